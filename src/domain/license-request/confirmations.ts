/**
 * Values read with low confidence are put back to the partner ("I read the host ID of license server 2
 * (licB) as 3c2a91f1 — correct?") instead of being asked from scratch or trusted silently (issue 25 §2).
 * | field                                         | confirmed when its confidence is |
 * |-----------------------------------------------|----------------------------------|
 * | identifiers: host ids, host names, GARN, order and part numbers, company and accounts | < CONFIRM_BELOW |
 * | choices: configuration, purpose, mode, request, category, implementation and deployment type | < CONFIRM_BELOW |
 * | sellable items, OS, the date needed            | < CONFIRM_BELOW                  |
 * | names, email, phone, subject, description, reasoning | never (free text the partner wrote, or their own address) |
 * A required value below the line holds the request back until the partner answers; an optional one is
 * read back only when we write to the partner anyway (requirements.ts says which are required).
 */
import type { Confirmation, Provenance } from './schema.ts';

export const CONFIRM_BELOW = 0.7;

const LABELS: Record<string, string> = {
  companyName: 'the company name',
  sellableItems: 'the sellable items',
  applications: 'the applications',
  'licenseServers.hostName': 'the host name of {server}',
  'licenseServers.hostId': 'the host ID of {server}',
  'licenseServers.os': 'the operating system of {server}',
  'licenseServers.port': 'the port of {server}',
  serverConfiguration: 'the server configuration',
  purpose: 'the purpose',
  deploymentMode: 'the deployment mode',
  mediaLayer: 'the media layer',
  endUserAccount: 'the End User account',
  soldToAccount: 'the Sold To account',
  garn: 'the End User GARN',
  requestType: 'the request type',
  category: 'the category',
  implementationType: 'the implementation type',
  dateNeeded: 'the date needed',
  primaryHostId: 'the primary MAC / host ID',
  backupHostId: 'the backup MAC / host ID',
  deploymentType: 'the deployment type',
  orderNumber: 'the order number',
  thirdPartyType: 'the third-party product',
  partNumbers: 'the part numbers',
};

function valueAt(fields: object, path: string): unknown {
  let value: unknown = fields;
  for (const step of path.split(/[.[\]]+/).filter(Boolean)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[step];
  }
  return value;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return value.map(describe).join('; ');
  if (value && typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if ('partNumber' in v) return `${v['partNumber']}${v['quantity'] ? ` x ${v['quantity']}` : ''}`;
    if ('name' in v)
      return [v['name'], v['version'], v['quantity'] ? `(${v['quantity']})` : ''].filter(Boolean).join(' ');
    return Object.values(v)
      .filter((x) => x !== undefined)
      .join(' ');
  }
  return String(value);
}

/** The paths read below the confidence line, in record order, with the sentence that reads each back. */
export function confirmationsFor(fields: object, provenance: Record<string, Provenance>): Confirmation[] {
  const confirmations: Confirmation[] = [];
  for (const [path, where] of Object.entries(provenance)) {
    if (where.confidence >= CONFIRM_BELOW || where.via === 'confirmed' || where.via === 'answer') continue;
    const indexed = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
    const key = indexed ? `${indexed[1]}.${indexed[3]}` : path;
    const label = LABELS[key];
    if (!label) continue;
    let value = valueAt(fields, path);
    if (value === undefined || value === '') continue;
    if (key === 'licenseServers.os') {
      const version = valueAt(fields, path.replace(/\.os$/, '.osVersion'));
      if (version) value = `${value} ${version}`;
    }
    const server = indexed ? serverName(fields, Number(indexed[2]), indexed[3]!) : '';
    const what = label.replace('{server}', server);
    confirmations.push({
      field: path,
      value: describe(value),
      question: `I read ${what} as ${describe(value)} — correct?`,
    });
  }
  return confirmations;
}

function serverName(fields: object, index: number, property: string): string {
  const name = valueAt(fields, `licenseServers[${index}].hostName`);
  return `license server ${index + 1}${name && property !== 'hostName' ? ` (${name})` : ''}`;
}
