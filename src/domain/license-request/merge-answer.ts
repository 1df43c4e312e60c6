/**
 * Completes a record from the partner's threaded answer to our questions. The answer usually gives only
 * what we asked ("Host ID: 0050569a1b2c"), sometimes bare values when we asked one thing. Rules:
 * | answer gives                                   | result                                      |
 * |------------------------------------------------|---------------------------------------------|
 * | a labelled value (confidence > 0.6)            | replaces the record's value (newest wins)   |
 * | a value found in prose only                    | fills the field only if it was empty        |
 * | servers / items / applications                 | merged element by element, by index         |
 * | a bare line, with exactly one question open    | the answer to that question                 |
 * Only the answer's newest message is read: it quotes our questions, examples included.
 */
import { finish, type MergedRequest, readLicenseRequest } from './extract.ts';
import { splitMessageSections } from './message-sections.ts';
import { engageRequirements } from './requirements.ts';
import type { EngageRecord, LicenseRequestExtraction } from './schema.ts';

const LABELLED = 0.6;

/** The label to put before a bare answer, so it reads like the form line we asked for. */
const ANSWER_LABELS: Record<string, string> = {
  companyName: 'Company name',
  serverConfiguration: 'Server configuration',
  purpose: 'Purpose',
  deploymentMode: 'Deployment mode',
  'licenseServers.hostName': 'Host name',
  'licenseServers.hostId': 'Host ID',
  'licenseServers.os': 'OS',
  'sellableItems.version': 'Version',
  firstName: 'First name',
  lastName: 'Last name',
  corporateEmail: 'Corporate email',
  endUserAccount: 'End User account',
  soldToAccount: 'Sold To account',
  requestType: 'Request type',
  subject: 'Subject',
  description: 'Description',
  category: 'Category',
  implementationType: 'Implementation type',
  primaryHostId: 'Primary MAC ID or Host ID',
  deploymentType: 'Deployment type',
  thirdPartyType: 'Third party type',
};

export function mergeAnswer(record: LicenseRequestExtraction, answerText: string): LicenseRequestExtraction {
  if (record.kind === 'unknown') {
    const fresh = readLicenseRequest({ body: answerText }, { newestOnly: true, source: 'answer' });
    return fresh.kind === 'unknown' ? record : finish(fresh.kind, fresh.fields, fresh.provenance, fresh.invalid);
  }
  const options = { kind: record.kind, newestOnly: true, source: 'answer', describeFromProse: false } as const;
  let answer = readLicenseRequest({ body: answerText }, options) as MergedRequest;
  if (Object.keys(answer.fields).length === 0 && record.questions.length === 1) {
    answer = readLicenseRequest(
      { body: labelBareAnswer(record.questions[0]!.field, answerText) },
      options,
    ) as MergedRequest;
  }
  const fields: Record<string, unknown> = { ...record.fields };
  const provenance = { ...record.provenance };
  const invalidBefore = new Set(record.invalid.map((i) => i.field.split(/[.[]/)[0]!));
  for (const [key, value] of Object.entries(answer.fields)) {
    if (value === undefined) continue;
    const labelled = (answer.provenance[key]?.confidence ?? 1) > LABELLED;
    const existing = fields[key];
    if (Array.isArray(value) && Array.isArray(existing) && typeof value[0] === 'object') {
      fields[key] = mergeByIndex(existing, value);
    } else if (existing === undefined || labelled || invalidBefore.has(key)) fields[key] = value;
    else continue;
    for (const [path, where] of Object.entries(answer.provenance))
      if (path.split(/[.[]/)[0] === key) provenance[path] = where;
  }
  const invalid = [
    ...readInvalid(record).filter((i) => !answered(answer.fields, i.field)),
    ...answer.invalid.filter((i) => fields[i.field.split(/[.[]/)[0]!] === undefined || !answered(fields, i.field)),
  ];
  return finish(record.kind, fields as EngageRecord, provenance, invalid);
}

/** The record's own invalid values, without those the cross-field rules added (finish adds them again). */
function readInvalid(record: Exclude<LicenseRequestExtraction, { kind: 'unknown' }>) {
  const rules = record.kind === 'engage' ? engageRequirements(record.fields, []).invalid : [];
  return record.invalid.filter((i) => !rules.some((r) => r.field === i.field && r.problem === i.problem));
}

function mergeByIndex(existing: unknown[], update: unknown[]): unknown[] {
  const merged = [...existing];
  update.forEach((element, i) => {
    merged[i] = { ...(existing[i] as object | undefined), ...(element as object) };
  });
  return merged;
}

/** Whether the answer supplies a value at a path such as `licenseServers[0].hostId`. */
function answered(fields: object, path: string): boolean {
  let value: unknown = fields;
  for (const step of path.split(/[.[\]]+/).filter(Boolean)) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string, unknown>)[step];
  }
  return value !== undefined;
}

function labelBareAnswer(path: string, answerText: string): string {
  const indexed = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
  const key = indexed ? `${indexed[1]}.${indexed[3]}` : path;
  const label = ANSWER_LABELS[key] ?? path;
  const prefix = indexed?.[1] === 'licenseServers' ? `Server ${Number(indexed[2]) + 1} ` : '';
  const newest = splitMessageSections(answerText)[0]?.lines ?? [];
  const line = newest
    .map((l) => l.text.trim())
    .find((text) => text !== '' && !/^(hi|hello|dear|sure|ok|here)\b.*[,:!]$/i.test(text));
  return line ? `${prefix}${label}: ${line}` : '';
}
