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
  redundancy: 'serverConfiguration',
  purpose: 'purpose',
  'purpose of the license request': 'purpose',
  'purpose of request': 'purpose',
  'license purpose': 'purpose',
  environment: 'purpose',
  'installation type': 'purpose',
  'deployment mode': 'deploymentMode',
  mode: 'deploymentMode',
  switch: 'switchType',
  'switch type': 'switchType',
  'type of switch': 'switchType',
  'switch type and version': 'switchType',
  'type and version of switch': 'switchType',
  'type and version of your switch': 'switchType',
  pbx: 'switchType',
  'pbx type': 'switchType',
  'switch version': 'switchVersion',
  'pbx version': 'switchVersion',
  'agent seat dns': 'agentSeatDns',
  'agent seat related dns': 'agentSeatDns',
  'number of agent seat dns': 'agentSeatDns',
  'agent dns': 'agentSeatDns',
  'agent seat dn': 'agentSeatDns',
  'technical dns': 'technicalDns',
  'technical dn': 'technicalDns',
  'number of technical dns': 'technicalDns',
  'other technical dns': 'technicalDns',
  'other dns': 'technicalDns',
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
  | 'quantity';

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
  'work phone': 'workPhone',
  phone: 'workPhone',
  telephone: 'workPhone',
  'phone number': 'workPhone',
  employer: 'employer',
  'end user account': 'endUserAccount',
  'end user': 'endUserAccount',
  'end user name': 'endUserAccount',
  'end customer': 'endUserAccount',
  'sold to account': 'soldToAccount',
  'sold to': 'soldToAccount',
  'sold to name': 'soldToAccount',
  'end user garn': 'garn',
  garn: 'garn',
  'genesys account reference number': 'garn',
  'request type': 'requestType',
  'type of request': 'requestType',
  category: 'category',
  'activation file category': 'category',
  'file category': 'category',
  'implementation type': 'implementationType',
  'activation file type': 'implementationType',
  'file type': 'implementationType',
  subject: 'subject',
  description: 'description',
  details: 'description',
  'please clarify your request': 'description',
  urgent: 'urgent',
  'date needed': 'dateNeeded',
  'needed by': 'dateNeeded',
  'required by': 'dateNeeded',
  'date required': 'dateNeeded',
  'date reasoning': 'dateReasoning',
  'reason for date': 'dateReasoning',
  reason: 'dateReasoning',
  reasoning: 'dateReasoning',
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
  'backup mac id or host id': 'backupHostId',
  'backup mac id': 'backupHostId',
  'backup mac': 'backupHostId',
  'backup host id': 'backupHostId',
  'backup mac address': 'backupHostId',
  'switchover mac': 'backupHostId',
  'switchover mac address': 'backupHostId',
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
  'third party activation file type': 'thirdPartyType',
  'third party type': 'thirdPartyType',
  'third party product': 'thirdPartyType',
  'part number': 'partNumber',
  'part numbers': 'partNumber',
  'part #': 'partNumber',
  'part#': 'partNumber',
  'part no': 'partNumber',
  sku: 'partNumber',
  quantity: 'quantity',
  qty: 'quantity',
  'request details': 'description',
  comments: 'description',
  what: 'description',
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
