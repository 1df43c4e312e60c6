/**
 * Which fields a request needs before Licensing can act, and the questions we ask for the rest.
 *
 * Engage (seed 002, "Information for License Order Kit"):
 * | field                              | required when                                                  |
 * |------------------------------------|----------------------------------------------------------------|
 * | companyName                        | always                                                         |
 * | sellableItems (≥ 1, name + version) | always; quantity is not: Order Management can look it up       |
 * | licenseServers (≥ 1)               | always; each with hostName, hostId and os ("for each server")   |
 * | serverConfiguration, purpose       | always                                                         |
 * | deploymentMode                     | more than one sellable item ("more than one solution")         |
 * | three-redundant                    | exactly three license servers (invalid otherwise)              |
 * | multiple-independent               | at least two license servers (invalid otherwise)               |
 * Applications, technical license types and the media layer are asked for by the kit but have documented
 * fall-backs (technical DNs default to 999,999; none needed from 7.2), so they are never required.
 *
 * PureConnect (seed 003, "Request a License File"):
 * | field                                                        | required when                    |
 * |--------------------------------------------------------------|----------------------------------|
 * | firstName, lastName, corporateEmail, endUserAccount,         | always (the tool's Request       |
 * | soldToAccount, requestType, subject, description              | Summary)                         |
 * | category, implementationType, primaryHostId, deploymentType  | requestType = activation-file    |
 * | thirdPartyType                                               | category = third-party           |
 * The GARN is asked for by the tool's tip but not enforced by it, so it is not required.
 */
import type { EngageRecord, InvalidField, PureConnectRecord, Question } from './schema.ts';

export interface Requirements {
  missing: string[];
  /** Problems found by cross-field rules (added to the invalid values the readers found). */
  invalid: InvalidField[];
}

export function engageRequirements(record: EngageRecord, invalid: InvalidField[]): Requirements {
  const missing: string[] = [];
  const problems: InvalidField[] = [];
  const need = (path: string, present: unknown) => {
    if ((present === undefined || present === '') && !invalid.some((i) => i.field === path)) missing.push(path);
  };
  need('companyName', record.companyName);
  const items = record.sellableItems ?? [];
  if (items.length === 0) need('sellableItems', undefined);
  items.forEach((item, i) => {
    need(`sellableItems[${i}].version`, item.version);
  });
  const servers = record.licenseServers ?? [];
  if (servers.length === 0) need('licenseServers', undefined);
  servers.forEach((server, i) => {
    need(`licenseServers[${i}].hostName`, server.hostName);
    need(`licenseServers[${i}].hostId`, server.hostId);
    need(`licenseServers[${i}].os`, server.os);
  });
  need('serverConfiguration', record.serverConfiguration);
  need('purpose', record.purpose);
  if (items.length > 1) need('deploymentMode', record.deploymentMode);
  if (record.serverConfiguration === 'three-redundant' && servers.length > 0 && servers.length !== 3) {
    problems.push({
      field: 'licenseServers',
      value: `${servers.length} server(s)`,
      problem: 'a three-redundant configuration needs exactly three license servers (the Licensing Guide)',
    });
  }
  if (record.serverConfiguration === 'multiple-independent' && servers.length === 1) {
    problems.push({
      field: 'licenseServers',
      value: '1 server',
      problem: 'a multiple-independent configuration needs two or more license servers (the Licensing Guide)',
    });
  }
  return { missing, invalid: problems };
}

export function pureConnectRequirements(record: PureConnectRecord, invalid: InvalidField[]): Requirements {
  const missing: string[] = [];
  const need = (field: keyof PureConnectRecord) => {
    if (record[field] === undefined && !invalid.some((i) => i.field === field)) missing.push(field);
  };
  for (const field of ['firstName', 'lastName', 'corporateEmail', 'endUserAccount', 'soldToAccount'] as const)
    need(field);
  for (const field of ['requestType', 'subject', 'description'] as const) need(field);
  if (record.requestType === 'activation-file') {
    for (const field of ['category', 'implementationType', 'primaryHostId', 'deploymentType'] as const) need(field);
    if (record.category === 'third-party') need('thirdPartyType');
  }
  return { missing, invalid: [] };
}

const ENGAGE_REQUIRED_TOP = new Set([
  'companyName',
  'sellableItems',
  'licenseServers',
  'serverConfiguration',
  'purpose',
  'deploymentMode',
]);
const PURECONNECT_REQUIRED = new Set([
  'firstName',
  'lastName',
  'corporateEmail',
  'endUserAccount',
  'soldToAccount',
  'requestType',
  'subject',
  'description',
  'category',
  'implementationType',
  'primaryHostId',
  'deploymentType',
  'thirdPartyType',
]);

/** Whether an invalid value sits in a field the request needs (only those get a question). */
export function isRequiredPath(kind: 'engage' | 'pureconnect', path: string): boolean {
  const top = path.split(/[.[]/)[0]!;
  if (kind === 'pureconnect') return PURECONNECT_REQUIRED.has(top);
  if (top === 'sellableItems') return path === top || path.endsWith('.version') || path.endsWith('.name');
  return ENGAGE_REQUIRED_TOP.has(top) && !/\.(osVersion|port)$/.test(path);
}

export type { Question };
