/**
 * The question we ask for each missing or invalid required field, with an example of the expected form
 * (canonical values, DOMAIN.md §9). Indexed paths (`licenseServers[1].hostId`) name the server or item.
 */
import { CONTRADICTION } from './collector.ts';
import type { Question } from './schema.ts';

const QUESTIONS: Record<string, [question: string, example: string]> = {
  companyName: ['What is the company name the licenses are for?', 'Northwind Telecom'],
  sellableItems: [
    'Which sellable items (with version and quantity) should the license cover?',
    'Enterprise Routing Solution 8.5, quantity 250',
  ],
  'sellableItems.version': ['Which version (first two digits) is {item}?', '8.5'],
  'sellableItems.name': ['What is the name of {item}?', 'Enterprise Routing Solution'],
  licenseServers: [
    'Which license server should the file be generated for (host name, host ID, operating system)?',
    'ctiserver01, 0050569a1b2c, Windows Server 2019',
  ],
  'licenseServers.hostName': ['What is the host name of {server}?', 'ctiserver01'],
  'licenseServers.hostId': [
    'What is the host ID of {server} (MAC address, UNIX hostid or disk serial number)?',
    '0050569a1b2c',
  ],
  'licenseServers.os': ['Which operating system and version does {server} run?', 'Windows Server 2019'],
  serverConfiguration: [
    'Which license server configuration: single, three-redundant or multiple-independent?',
    'single',
  ],
  purpose: ['What is the purpose: demo, evaluation, testing, production or development?', 'production'],
  deploymentMode: ['You ordered more than one solution: is the deployment mode separate or blended?', 'blended'],
  firstName: ["What is the requester's first name?", 'Jane'],
  lastName: ["What is the requester's last name?", 'Doe'],
  corporateEmail: ["What is the requester's corporate email address?", 'jane.doe@northwind-telecom.com'],
  endUserAccount: ['What is the End User account?', 'Northwind Telecom'],
  soldToAccount: ['What is the Sold To account (who received the invoice)?', 'Contoso Contact'],
  requestType: ['Is this a question or an activation file request?', 'activation-file'],
  subject: ['What is a short subject for the request?', 'New activation file for CIC 2020 R1 production'],
  description: ['Please describe the request in a few sentences.', 'New deployment of CIC 2020 R1 for 150 agents'],
  category: ['Which category: vendor (Genesys), third-party or pay-per-use-hosted?', 'vendor'],
  implementationType: [
    'Which implementation type: add-on, migration, new-deployment, reallocation, temporary, upgrade or evaluation?',
    'new-deployment',
  ],
  primaryHostId: ['What is the MAC address or host ID of the primary IC server?', '0050569a1b2c'],
  deploymentType: ['Which deployment type: production, lab, test, dr-cold-standby or dr-hot-standby?', 'production'],
  thirdPartyType: ['Which third-party product is the activation file for?', 'Nuance'],
  kind: [
    'Is this an Engage license order or a PureConnect activation file request?',
    'PureConnect activation file request',
  ],
};

const NAMES: Record<string, string> = {
  'licenseServers.hostId': 'host IDs for {server}',
  'licenseServers.hostName': 'host names for {server}',
  'licenseServers.os': 'operating systems for {server}',
  primaryHostId: 'primary MAC / host IDs',
  backupHostId: 'backup MAC / host IDs',
  garn: 'End User GARNs',
  corporateEmail: 'corporate email addresses',
  companyName: 'company names',
  endUserAccount: 'End User accounts',
  soldToAccount: 'Sold To accounts',
  orderNumber: 'order numbers',
  dateNeeded: 'dates needed',
  'licenseServers.port': 'ports for {server}',
  'licenseServers.osVersion': 'OS versions for {server}',
  'sellableItems.quantity': 'quantities for sellable item {item}',
  'partNumbers.quantity': 'quantities for part number {item}',
};

/** The question about two values the mail gives for one field (issue 25 "Bad input"). */
function contradictionQuestion(path: string, key: string, ordinal: number, value: string): Question {
  const [first, second] = value.split(' / ');
  const what = (NAMES[key] ?? `values for ${path}`)
    .replace('{server}', `license server ${ordinal}`)
    .replace('{item}', String(ordinal));
  return {
    field: path,
    question: `Your mail gives two different ${what}: ${first} and ${second}. Which one is right?`,
    example: first ?? '',
  };
}

export function questionFor(path: string, problem?: string, value?: string): Question {
  if (problem === CONTRADICTION && value) {
    const indexed = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
    return contradictionQuestion(
      path,
      indexed ? `${indexed[1]}.${indexed[3]}` : path,
      Number(indexed?.[2] ?? 0) + 1,
      value,
    );
  }
  if (path === 'licenseServers' && problem) {
    return {
      field: path,
      question: `Please list every license server (host name, host ID, operating system) or change the configuration: ${problem}.`,
      example: 'ctiserver01, 0050569a1b2c, Windows Server 2019; ctiserver02, 0050569a1b2d, Windows Server 2019; …',
    };
  }
  const indexed = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
  const key = indexed ? `${indexed[1]}.${indexed[3]}` : path;
  const [template, example] = QUESTIONS[key] ?? [`Please provide ${path}.`, ''];
  const ordinal = indexed ? Number(indexed[2]) + 1 : 0;
  const question = template
    .replace('{server}', `license server ${ordinal}`)
    .replace('{item}', `sellable item ${ordinal}`);
  return { field: path, question: problem ? `${question} (${problem})` : question, example };
}
