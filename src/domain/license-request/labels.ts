/**
 * Label dictionaries: the words partners put before a value, per request kind, mapped to the field they
 * fill. Sources: the order kit table (seed 002) and the request tool's form (seed 003), plus the
 * variants we see in mail. Matching tolerates typos (label-match.ts).
 */

import { createLabelMatcher } from './label-match.ts';
import { ENGAGE_DN_LABELS } from './labels-dns.ts';
import { ENGAGE_LABELS_ELSEWHERE } from './labels-elsewhere.ts';
import { ENGAGE_LABELS_MORE } from './labels-more-languages.ts';
import { PURECONNECT_LABELS, type PureConnectLabel } from './labels-pureconnect.ts';
import type { FieldLabel, LabelMatcher } from './layout.ts';

export type { PureConnectLabel } from './labels-pureconnect.ts';

export type EngageLabel =
  | 'companyName'
  | 'sellableItem'
  | 'itemVersion'
  | 'quantity'
  | 'application'
  | 'applicationVersion'
  | 'technicalLicenseTypes'
  | 'hostName'
  | 'hostId'
  | 'diskSerial'
  | 'os'
  | 'osVersion'
  | 'port'
  | 'licenseServerLocation'
  | 'serverConfiguration'
  | 'purpose'
  | 'deploymentMode'
  | 'switchType'
  | 'switchVersion'
  | 'agentSeatDns'
  | 'technicalDns';

const ENGAGE_LABELS: Record<string, EngageLabel> = {
  'company name': 'companyName',
  company: 'companyName',
  customer: 'companyName',
  'customer name': 'companyName',
  'end customer': 'companyName',
  'account name': 'companyName',
  'customer account': 'companyName',
  'end user': 'companyName',
  'end user company': 'companyName',
  'end user company name': 'companyName',
  'customer company name': 'companyName',
  'customer company': 'companyName',
  'customer legal name': 'companyName',
  'end user organisation': 'companyName',
  'end user organization': 'companyName',
  'customer organisation': 'companyName',
  'customer organization': 'companyName',
  client: 'companyName',
  account: 'companyName',
  // "Cust: X", "Acct - X": the short forms partners type (issue 25 round 9 §1).
  cust: 'companyName',
  'cust name': 'companyName',
  acct: 'companyName',
  'acct name': 'companyName',
  'client name': 'companyName',
  'end client': 'companyName',
  'end customer name': 'companyName',
  'end user name': 'companyName',
  organization: 'companyName',
  organisation: 'companyName',
  licensee: 'companyName',
  'sellable item': 'sellableItem',
  'sellable items': 'sellableItem',
  'sellable item and version': 'sellableItem',
  'sellable item name': 'sellableItem',
  article: 'sellableItem',
  'article description': 'sellableItem',
  'item description': 'sellableItem',
  'product description': 'sellableItem',
  material: 'sellableItem',
  'sellable item s': 'sellableItem',
  product: 'sellableItem',
  'product name': 'sellableItem',
  products: 'sellableItem',
  solution: 'sellableItem',
  item: 'sellableItem',
  version: 'itemVersion',
  ver: 'itemVersion',
  vers: 'itemVersion',
  'sellable item version': 'itemVersion',
  'product version': 'itemVersion',
  'item version': 'itemVersion',
  release: 'itemVersion',
  rel: 'itemVersion',
  'product release': 'itemVersion',
  quantity: 'quantity',
  qty: 'quantity',
  // A spreadsheet's own word for the count column (`Product | Version | Amount`).
  amount: 'quantity',
  count: 'quantity',
  'how many': 'quantity',
  'how many seats': 'quantity',
  'quantity ordered': 'quantity',
  'qty ordered': 'quantity',
  'seats required': 'quantity',
  'licenses required': 'quantity',
  'licences required': 'quantity',
  'quantity of sellable items': 'quantity',
  'number of seats': 'quantity',
  'no of seats': 'quantity',
  'nr of seats': 'quantity',
  '# of seats': 'quantity',
  'seat count': 'quantity',
  'number of agents': 'quantity',
  'no of agents': 'quantity',
  'no of licenses': 'quantity',
  'no of licences': 'quantity',
  'number of licences': 'quantity',
  'license count': 'quantity',
  'licence count': 'quantity',
  'number of ports': 'quantity',
  'no of ports': 'quantity',
  agents: 'quantity',
  ports: 'quantity',
  units: 'quantity',
  seats: 'quantity',
  licenses: 'quantity',
  'number of licenses': 'quantity',
  application: 'application',
  applications: 'application',
  'application name': 'application',
  'application name and version': 'application',
  'application version': 'applicationVersion',
  'app version': 'applicationVersion',
  'type of technical licenses': 'technicalLicenseTypes',
  'technical license type': 'technicalLicenseTypes',
  'technical license types': 'technicalLicenseTypes',
  'technical licenses': 'technicalLicenseTypes',
  'tech licenses': 'technicalLicenseTypes',
  'technical license': 'technicalLicenseTypes',
  'technical licence': 'technicalLicenseTypes',
  'technical licences': 'technicalLicenseTypes',
  'applications needing technical licenses': 'application',
  'technical license applications': 'application',
  'host name': 'hostName',
  hostname: 'hostName',
  host: 'hostName',
  'host name of the license server': 'hostName',
  'license server host name': 'hostName',
  'license server hostname': 'hostName',
  'server name': 'hostName',
  'server hostname': 'hostName',
  'license server name': 'hostName',
  'license server id': 'hostId',
  'host id': 'hostId',
  hostid: 'hostId',
  'host id of the license server': 'hostId',
  'license server host id': 'hostId',
  'mac address': 'hostId',
  mac: 'hostId',
  'mac id': 'hostId',
  'disk serial number': 'diskSerial',
  'volume serial number': 'diskSerial',
  'disk serial': 'diskSerial',
  'volume serial': 'diskSerial',
  'license server host': 'hostName',
  'lic server': 'licenseServerLocation',
  'license manager': 'licenseServerLocation',
  'license manager host': 'hostName',
  'flexlm server': 'licenseServerLocation',
  'server host name': 'hostName',
  'computer name': 'hostName',
  'machine name': 'hostName',
  fqdn: 'hostName',
  server: 'hostName',
  'license host': 'hostName',
  'license server mac': 'hostId',
  'mac address of the license server': 'hostId',
  lmhostid: 'hostId',
  // `ipconfig /all` and inventory sheets name the MAC so; VM platforms name the host so.
  'physical address': 'hostId',
  'ethernet address': 'hostId',
  'node name': 'hostName',
  // Inventory sheets and server lists head their columns so (issue 25 round 6).
  machine: 'hostName',
  'server names': 'hostName',
  'host names': 'hostName',
  hostnames: 'hostName',
  'license server names': 'hostName',
  'server fqdn': 'hostName',
  'host fqdn': 'hostName',
  ethernet: 'hostId',
  'ethernet id': 'hostId',
  'nic mac': 'hostId',
  'mac addr': 'hostId',
  'hardware address': 'hostId',
  // Licensing tools call the host id a machine's fingerprint.
  fingerprint: 'hostId',
  'host fingerprint': 'hostId',
  'machine fingerprint': 'hostId',
  tcp: 'port',
  'listening port': 'port',
  'flexlm tcp port': 'port',
  'vm name': 'hostName',
  // Windows' About page and inventory tools (issue 25 round 7).
  'device name': 'hostName',
  'full device name': 'hostName',
  'dns name': 'hostName',
  'dns host name': 'hostName',
  'virtual machine name': 'hostName',
  'product and version': 'sellableItem',
  'product & version': 'sellableItem',
  'host ids': 'hostId',
  ...ENGAGE_LABELS_ELSEWHERE,
  ...ENGAGE_LABELS_MORE,
  'flexlm host id': 'hostId',
  os: 'os',
  'o s': 'os',
  'operating system': 'os',
  'os type': 'os',
  'type of operating system': 'os',
  'os type and version': 'os',
  'type and version of the operating system': 'os',
  'type and version of the operating system for the license server': 'os',
  'license server os': 'os',
  platform: 'os',
  // `systeminfo` prints `OS Name: Microsoft Windows Server 2019 Standard` above `OS Version: 10.0.17763 …`.
  'os name': 'os',
  'os version': 'osVersion',
  'os ver': 'osVersion',
  'os vers': 'osVersion',
  'operating system version': 'osVersion',
  port: 'port',
  'license port': 'port',
  'flexlm port': 'port',
  'tcp port': 'port',
  'port no': 'port',
  'port number': 'port',
  'license manager port': 'port',
  'license server port': 'port',
  'lmgrd port': 'port',
  'flexnet port': 'port',
  'license server': 'licenseServerLocation',
  'license servers': 'licenseServerLocation',
  'license server location': 'licenseServerLocation',
  'license server locations': 'licenseServerLocation',
  'license file': 'licenseServerLocation',
  'license file location': 'licenseServerLocation',
  'server configuration': 'serverConfiguration',
  'license server configuration': 'serverConfiguration',
  'type of the license server configuration': 'serverConfiguration',
  'type of license server configuration': 'serverConfiguration',
  configuration: 'serverConfiguration',
  config: 'serverConfiguration',
  'server config': 'serverConfiguration',
  'license server config': 'serverConfiguration',
  'license server setup': 'serverConfiguration',
  'server setup': 'serverConfiguration',
  setup: 'serverConfiguration',
  'redundancy type': 'serverConfiguration',
  'configuration type': 'serverConfiguration',
  'type of configuration': 'serverConfiguration',
  redundancy: 'serverConfiguration',
  purpose: 'purpose',
  'purpose of the license request': 'purpose',
  'purpose of request': 'purpose',
  'license purpose': 'purpose',
  environment: 'purpose',
  'installation type': 'purpose',
  'type of installation': 'purpose',
  'purpose of the license': 'purpose',
  use: 'purpose',
  'use case': 'purpose',
  'intended use': 'purpose',
  env: 'purpose',
  'what for': 'purpose',
  'used for': 'purpose',
  'deployment mode': 'deploymentMode',
  mode: 'deploymentMode',
  'agent mode': 'deploymentMode',
  switch: 'switchType',
  'switch type': 'switchType',
  'type of switch': 'switchType',
  'switch type and version': 'switchType',
  'type and version of switch': 'switchType',
  'type and version of your switch': 'switchType',
  pbx: 'switchType',
  'pbx type': 'switchType',
  'switch model': 'switchType',
  'pbx model': 'switchType',
  telephony: 'switchType',
  'telephony platform': 'switchType',
  'switch pbx': 'switchType',
  'switch version': 'switchVersion',
  'pbx version': 'switchVersion',
  ...ENGAGE_DN_LABELS,
};

const engageBase = createLabelMatcher<EngageLabel>(ENGAGE_LABELS, ['sellableItem', 'application', 'os', 'switchType']);
const pureConnectBase = createLabelMatcher(PURECONNECT_LABELS);

/** `Server 2 Host ID`, `Host ID (server 2)`, `Host ID #2`, `Backup server host name` → the server's index. */
const SERVER_INDEX = /\b(?:license\s+)?(?:server|srv|node|ls)\s*#?\s*(\d)\b|#\s*(\d)\s*$|\((\d)\)\s*$/i;
const SERVER_ORDINAL = /\b(primary|first|backup|secondary|second|third)\s+(?:license\s+)?server\b/i;
const ORDINALS: Record<string, number> = { primary: 0, first: 0, backup: 1, secondary: 1, second: 1, third: 2 };

export const matchEngageLabel: LabelMatcher<EngageLabel> = (raw) => {
  const direct = engageBase(raw);
  if (direct) return direct;
  const numbered = SERVER_INDEX.exec(raw);
  const ordinal = SERVER_ORDINAL.exec(raw);
  const found = numbered ?? ordinal;
  if (!found) return undefined;
  const rest = raw.replace(found[0], ' ').replace(/[()]/g, ' ');
  const label: FieldLabel<EngageLabel> | undefined = engageBase(rest);
  if (!label) return undefined;
  const index = numbered
    ? Number(numbered[1] ?? numbered[2] ?? numbered[3]) - 1
    : ORDINALS[ordinal![1]!.toLowerCase()]!;
  return { ...label, index };
};

/** `Our SO ref`, `PO reference`, `Order ref.`: the order's label with whose it is and the word for a reference. */
const ORDER_REFERENCE =
  /^\s*(?:(?:our|my|the|your)\s+)?((?:sales\s+|purchase\s+)?(?:order|SO|PO)\b.*?)\s*(?:ref(?:erence)?|ref\.)\s*(?:no\.?|#|number)?\s*$/i;

/** `Main server MAC`, `Standby node host ID`, `Secondary box`: a server's role, then what identifies it. */
const ROLE_ID =
  /^\s*(?:the\s+)?(?:(primary|main|active|first)|backup|back-up|standby|secondary|switchover|passive|second)\s+(?:(?:ic|cic)\s+)?(?:(?:server|node|box|host)\s*)?(?:mac(?:\s+(?:address|id))?|host\s*-?id)?\s*$/i;

/**
 * `バックアップMACアドレス`, `プライマリサーバー MAC`, `予備サーバのホストID`: the same in Japanese (round 16), where the
 * words run together without spaces.
 */
const ROLE_ID_JA =
  /^[\s・･]*(?:(プライマリ|メイン|主|本番|現用)|バックアップ|セカンダリ|予備|待機|スタンバイ|副)\s*(?:系)?\s*(?:サーバー?|機|ノード)?\s*(?:の)?\s*(?:mac\s*(?:アドレス|address)?|ホスト\s*id)\s*$/i;

/** The fields a company fills: one company may be named for two of them under one label. */
const COMPANY_ROLES = new Set<PureConnectLabel>(['employer', 'soldToAccount', 'endUserAccount']);

/**
 * `Nombre / Apellido`, `Employer / Sold To`, `Company / Sold-to`: one label naming two fields one value fills —
 * the person's whole name, or one company in two roles (issue 25 round 16 §4).
 */
function twoFieldLabel(raw: string): FieldLabel<PureConnectLabel> | undefined {
  const parts = raw.split(/\s*[/／&+]\s*|\s+and\s+/i);
  if (parts.length !== 2 || /\d/.test(raw)) return undefined;
  const [a, b] = parts.map((p) => pureConnectBase(p));
  if (!a || !b || a.field === b.field) return undefined;
  const confidence = Math.min(a.confidence, b.confidence, 0.9);
  const names = new Set([a.field, b.field]);
  if (names.has('firstName') && names.has('lastName')) return { field: 'fullName', confidence };
  if (COMPANY_ROLES.has(a.field) && COMPANY_ROLES.has(b.field)) return { field: a.field, also: b.field, confidence };
  return undefined;
}

export const matchPureConnectLabel: LabelMatcher<PureConnectLabel> = (raw) => {
  const direct = pureConnectBase(raw);
  if (direct) return direct;
  const two = /[/／&+]|\sand\s/i.test(raw) ? twoFieldLabel(raw) : undefined;
  if (two) return two;
  const role = ROLE_ID.exec(raw);
  if (role && /\b(?:server|node|box|host|mac)\b|host\s*-?id/i.test(raw))
    return { field: role[1] ? 'primaryHostId' : 'backupHostId', confidence: 0.85 };
  const japanese = ROLE_ID_JA.exec(raw);
  if (japanese) return { field: japanese[1] ? 'primaryHostId' : 'backupHostId', confidence: 0.85 };
  const reference = ORDER_REFERENCE.exec(raw);
  const order = reference ? (pureConnectBase(reference[1]!) ?? pureConnectBase(`${reference[1]!} number`)) : undefined;
  return order?.field === 'orderNumber' ? { ...order, confidence: Math.min(order.confidence, 0.85) } : undefined;
};

export const ENGAGE_MULTILINE = new Set<EngageLabel>(['technicalLicenseTypes']);
export const PURECONNECT_MULTILINE = new Set<PureConnectLabel>(['description', 'dateReasoning']);
/** Fields a partner may list one value a line under a bare label (`Products:` then one product a line). */
export const ENGAGE_LISTS = new Set<EngageLabel>([
  'sellableItem',
  'application',
  'technicalLicenseTypes',
  'licenseServerLocation',
  'hostName',
]);
export const PURECONNECT_LISTS = new Set<PureConnectLabel>(['partNumber', 'additionalRecipients']);
