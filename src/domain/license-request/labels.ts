/**
 * Label dictionaries: the words partners put before a value, per request kind, mapped to the field they
 * fill. Sources: the order kit table (seed 002) and the request tool's form (seed 003), plus the
 * variants we see in mail. Matching tolerates typos (label-match.ts).
 */

import { createLabelMatcher } from './label-match.ts';
import { ENGAGE_LABELS_ELSEWHERE, PURECONNECT_LABELS_ELSEWHERE } from './labels-elsewhere.ts';
import type { FieldLabel, LabelMatcher } from './layout.ts';

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
  'end user': 'companyName',
  'end user company': 'companyName',
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
  'sellable item version': 'itemVersion',
  'product version': 'itemVersion',
  'item version': 'itemVersion',
  quantity: 'quantity',
  qty: 'quantity',
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
  'product and version': 'sellableItem',
  'product & version': 'sellableItem',
  'host ids': 'hostId',
  ...ENGAGE_LABELS_ELSEWHERE,
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
  'os version': 'osVersion',
  'operating system version': 'osVersion',
  port: 'port',
  'license port': 'port',
  'flexlm port': 'port',
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
  'agent seat dns': 'agentSeatDns',
  'agent seat related dns': 'agentSeatDns',
  'number of agent seat dns': 'agentSeatDns',
  'agent dns': 'agentSeatDns',
  'agent seat dn': 'agentSeatDns',
  'agent seat dns count': 'agentSeatDns',
  'agent extensions': 'agentSeatDns',
  extensions: 'agentSeatDns',
  'agent positions': 'agentSeatDns',
  positions: 'agentSeatDns',
  'agent dn': 'agentSeatDns',
  'seat dns': 'agentSeatDns',
  'technical dns': 'technicalDns',
  'technical dn': 'technicalDns',
  'number of technical dns': 'technicalDns',
  'other technical dns': 'technicalDns',
  'other dns': 'technicalDns',
  'routing points': 'technicalDns',
  'routing points vdns': 'technicalDns',
  'routing points queues': 'technicalDns',
  vdns: 'technicalDns',
  'acd queues': 'technicalDns',
  queues: 'technicalDns',
  'virtual queues': 'technicalDns',
  'tech dns': 'technicalDns',
};

export type PureConnectLabel =
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'corporateEmail'
  | 'confirmEmail'
  | 'additionalRecipients'
  | 'workPhone'
  | 'employer'
  | 'endUserAccount'
  | 'soldToAccount'
  | 'garn'
  | 'requestType'
  | 'category'
  | 'implementationType'
  | 'subject'
  | 'description'
  | 'urgent'
  | 'dateNeeded'
  | 'dateReasoning'
  | 'primaryHostId'
  | 'backupHostId'
  | 'deploymentType'
  | 'orderNumber'
  | 'thirdPartyType'
  | 'partNumber'
  | 'quantity'
  /** A host id the mail says is the old one (`Old MAC:`): read so it is not taken for the new one. */
  | 'previousHostId';

const PURECONNECT_LABELS: Record<string, PureConnectLabel> = {
  'first name': 'firstName',
  'given name': 'firstName',
  'last name': 'lastName',
  surname: 'lastName',
  'family name': 'lastName',
  name: 'fullName',
  'contact name': 'fullName',
  contact: 'fullName',
  'corporate email': 'corporateEmail',
  'corporate e mail': 'corporateEmail',
  email: 'corporateEmail',
  'e mail': 'corporateEmail',
  'email address': 'corporateEmail',
  'confirm corporate email': 'confirmEmail',
  'confirm email': 'confirmEmail',
  'additional email recipients': 'additionalRecipients',
  'additional recipients': 'additionalRecipients',
  'additional emails': 'additionalRecipients',
  cc: 'additionalRecipients',
  'copy to': 'additionalRecipients',
  'also send to': 'additionalRecipients',
  'send copy to': 'additionalRecipients',
  'other recipients': 'additionalRecipients',
  recipients: 'additionalRecipients',
  'additional contacts': 'additionalRecipients',
  'work phone': 'workPhone',
  phone: 'workPhone',
  telephone: 'workPhone',
  'phone number': 'workPhone',
  tel: 'workPhone',
  'tel no': 'workPhone',
  'office phone': 'workPhone',
  'direct line': 'workPhone',
  mobile: 'workPhone',
  'mobile phone': 'workPhone',
  'contact number': 'workPhone',
  employer: 'employer',
  'end user account': 'endUserAccount',
  'end user': 'endUserAccount',
  'end user name': 'endUserAccount',
  'end customer': 'endUserAccount',
  'end customer name': 'endUserAccount',
  'end user company': 'endUserAccount',
  'end user account name': 'endUserAccount',
  customer: 'endUserAccount',
  'customer name': 'endUserAccount',
  'customer account': 'endUserAccount',
  client: 'endUserAccount',
  'sold to account': 'soldToAccount',
  'sold to': 'soldToAccount',
  'sold to name': 'soldToAccount',
  'sold to party': 'soldToAccount',
  'sold to partner': 'soldToAccount',
  partner: 'soldToAccount',
  'partner name': 'soldToAccount',
  reseller: 'soldToAccount',
  'end user garn': 'garn',
  garn: 'garn',
  'genesys account reference number': 'garn',
  'customer garn': 'garn',
  'garn number': 'garn',
  'garn no': 'garn',
  'garn #': 'garn',
  'end user garn number': 'garn',
  'request type': 'requestType',
  'type of request': 'requestType',
  category: 'category',
  'activation file category': 'category',
  'file category': 'category',
  'implementation type': 'implementationType',
  'activation file type': 'implementationType',
  'file type': 'implementationType',
  implementation: 'implementationType',
  'type of implementation': 'implementationType',
  'type of file': 'implementationType',
  'request reason': 'implementationType',
  subject: 'subject',
  description: 'description',
  details: 'description',
  'please clarify your request': 'description',
  urgent: 'urgent',
  'date needed': 'dateNeeded',
  'needed by': 'dateNeeded',
  'required by': 'dateNeeded',
  'date required': 'dateNeeded',
  'required date': 'dateNeeded',
  'requested date': 'dateNeeded',
  'need by': 'dateNeeded',
  'need by date': 'dateNeeded',
  'needed by date': 'dateNeeded',
  'need date': 'dateNeeded',
  deadline: 'dateNeeded',
  'due date': 'dateNeeded',
  'target date': 'dateNeeded',
  'delivery date': 'dateNeeded',
  'requested delivery date': 'dateNeeded',
  'date reasoning': 'dateReasoning',
  'reason for date': 'dateReasoning',
  reason: 'dateReasoning',
  reasoning: 'dateReasoning',
  'reason for the date': 'dateReasoning',
  'reason for urgency': 'dateReasoning',
  justification: 'dateReasoning',
  'business justification': 'dateReasoning',
  'primary mac id or host id': 'primaryHostId',
  'primary mac id': 'primaryHostId',
  'primary mac': 'primaryHostId',
  'primary host id': 'primaryHostId',
  'primary mac address': 'primaryHostId',
  'mac id or host id': 'primaryHostId',
  'mac address': 'primaryHostId',
  mac: 'primaryHostId',
  'mac id': 'primaryHostId',
  'host id': 'primaryHostId',
  hostid: 'primaryHostId',
  'primary host': 'primaryHostId',
  'primary server': 'primaryHostId',
  'primary server mac': 'primaryHostId',
  'primary server host id': 'primaryHostId',
  'primary server mac address': 'primaryHostId',
  'new mac': 'primaryHostId',
  'new mac address': 'primaryHostId',
  'new mac id': 'primaryHostId',
  'new host id': 'primaryHostId',
  'new server mac': 'primaryHostId',
  'new server mac id': 'primaryHostId',
  'new server host id': 'primaryHostId',
  'server mac': 'primaryHostId',
  'server mac address': 'primaryHostId',
  'ic server mac': 'primaryHostId',
  'cic server mac': 'primaryHostId',
  'mac principal': 'primaryHostId',
  'mac principale': 'primaryHostId',
  'old mac': 'previousHostId',
  'old mac address': 'previousHostId',
  'old host id': 'previousHostId',
  'previous mac': 'previousHostId',
  'previous host id': 'previousHostId',
  'current mac': 'previousHostId',
  'former mac': 'previousHostId',
  'old server mac': 'previousHostId',
  'alte mac adresse': 'previousHostId',
  'ancienne adresse mac': 'previousHostId',
  'backup mac id or host id': 'backupHostId',
  'backup mac id': 'backupHostId',
  'backup mac': 'backupHostId',
  'backup host id': 'backupHostId',
  'backup mac address': 'backupHostId',
  'switchover mac': 'backupHostId',
  'switchover mac address': 'backupHostId',
  'switchover host id': 'backupHostId',
  'backup server': 'backupHostId',
  'backup server mac': 'backupHostId',
  'backup server host id': 'backupHostId',
  'secondary mac': 'backupHostId',
  'secondary host id': 'backupHostId',
  'secondary server mac': 'backupHostId',
  'mac secours': 'backupHostId',
  'mac de secours': 'backupHostId',
  'mac backup': 'backupHostId',
  'deployment type': 'deploymentType',
  deployment: 'deploymentType',
  environment: 'deploymentType',
  'so# or po#': 'orderNumber',
  'so#': 'orderNumber',
  'po#': 'orderNumber',
  'so po#': 'orderNumber',
  'so number': 'orderNumber',
  'po number': 'orderNumber',
  'sales order': 'orderNumber',
  'order number': 'orderNumber',
  'order no': 'orderNumber',
  'order #': 'orderNumber',
  'so no': 'orderNumber',
  'po no': 'orderNumber',
  'sales order number': 'orderNumber',
  'sales order no': 'orderNumber',
  'purchase order': 'orderNumber',
  'purchase order number': 'orderNumber',
  'purchase order no': 'orderNumber',
  so: 'orderNumber',
  po: 'orderNumber',
  'third party activation file type': 'thirdPartyType',
  'third party type': 'thirdPartyType',
  'third party product': 'thirdPartyType',
  'third party': 'thirdPartyType',
  '3rd party': 'thirdPartyType',
  '3rd party product': 'thirdPartyType',
  'part number': 'partNumber',
  'part numbers': 'partNumber',
  'part #': 'partNumber',
  'part#': 'partNumber',
  'part no': 'partNumber',
  sku: 'partNumber',
  part: 'partNumber',
  parts: 'partNumber',
  'item number': 'partNumber',
  'material number': 'partNumber',
  quantity: 'quantity',
  qty: 'quantity',
  'request details': 'description',
  comments: 'description',
  what: 'description',
  'request description': 'description',
  title: 'subject',
  'request title': 'subject',
  summary: 'subject',
  ...PURECONNECT_LABELS_ELSEWHERE,
};

const engageBase = createLabelMatcher(ENGAGE_LABELS);
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

export const matchPureConnectLabel: LabelMatcher<PureConnectLabel> = (raw) => pureConnectBase(raw);

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
