/**
 * Completes a record from the partner's threaded answer to our questions and read-backs. The answer
 * usually gives only what we asked ("Host ID: 0050569a1b2c"), sometimes bare values when we asked one
 * thing, "yes" to what we read back, or "no" to it. Rules:
 * | answer gives                                   | result                                      |
 * |------------------------------------------------|---------------------------------------------|
 * | a labelled value (confidence > 0.6)            | replaces the record's value (newest wins)   |
 * | any value for a field we read back              | replaces it                                  |
 * | a value found in prose only                    | fills the field only if it was empty        |
 * | servers / items / applications                 | merged element by element, by index         |
 * | a bare line, with exactly one question open    | the answer to that question                 |
 * | "no" / "wrong" to what we read back, no value   | those values are dropped, so they are asked  |
 * | anything else about what we read back           | confirmed (confidence 1, `confirmed`)        |
 * Only the answer's newest message is read: it quotes our questions, examples included.
 */
import { finish, isRecord, type MergedRequest, readLicenseRequest } from './extract.ts';
import { splitMessageSections } from './message-sections.ts';
import { engageRequirements } from './requirements.ts';
import type {
  EngageRecord,
  Handling,
  InvalidField,
  LicenseRequestExtraction,
  LicenseRequestKind,
  Provenance,
} from './schema.ts';

const LABELLED = 0.6;
const DENIED =
  /^\s*(?:no\b|nope\b|not\s+(?:correct|right)|incorrect|wrong|that'?s\s+(?:wrong|not\s+right)|non\b|nein\b|いいえ)/i;

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
  garn: 'GARN',
  requestType: 'Request type',
  subject: 'Subject',
  description: 'Description',
  category: 'Category',
  implementationType: 'Implementation type',
  primaryHostId: 'Primary MAC ID or Host ID',
  backupHostId: 'Backup MAC ID or Host ID',
  deploymentType: 'Deployment type',
  thirdPartyType: 'Third party type',
  dateNeeded: 'Date needed',
  orderNumber: 'SO# or PO#',
};

/** A stored record back as an extraction: the cross-field problems are left for finish() to add again. */
export function restoreExtraction(
  kind: LicenseRequestKind,
  fields: Record<string, unknown>,
  provenance: Record<string, Provenance>,
  invalid: InvalidField[],
  handling: Handling,
): LicenseRequestExtraction {
  const rules = kind === 'engage' ? engageRequirements(fields as EngageRecord, []).invalid : [];
  const own = invalid.filter((i) => !rules.some((r) => r.field === i.field && r.problem === i.problem));
  return finish(kind, fields as EngageRecord, provenance, own, handling);
}

export function mergeAnswer(record: LicenseRequestExtraction, answerText: string): LicenseRequestExtraction {
  if (record.kind === 'unknown' || record.kind === 'not-a-request') {
    const fresh = readLicenseRequest({ body: answerText }, { newestOnly: true, source: 'answer' });
    return isRecord(fresh) ? finish(fresh.kind, fresh.fields, fresh.provenance, fresh.invalid, fresh.handling) : record;
  }
  const options = {
    kind: record.kind,
    newestOnly: true,
    source: 'answer',
    describeFromProse: false,
    language: record.handling.language,
  } as const;
  const readBack = record.confirmations.map((c) => c.field);
  let answer = readLicenseRequest({ body: answerText }, options) as MergedRequest;
  const open = [...record.questions.map((q) => q.field), ...readBack];
  if (Object.keys(answer.fields).length === 0 && open.length === 1 && !isYesOrNo(answerText)) {
    answer = readLicenseRequest({ body: labelBareAnswer(open[0]!, answerText) }, options) as MergedRequest;
  }
  const fields: Record<string, unknown> = structuredClone(record.fields);
  const provenance = { ...record.provenance };
  const replaceable = new Set([...record.invalid, ...record.confirmations].map((i) => i.field.split(/[.[]/)[0]!));
  for (const [key, value] of Object.entries(answer.fields)) {
    if (value === undefined) continue;
    const labelled = (answer.provenance[key]?.confidence ?? 1) > LABELLED;
    const existing = fields[key];
    if (Array.isArray(value) && Array.isArray(existing) && typeof value[0] === 'object') {
      fields[key] = mergeByIndex(existing, value);
    } else if (existing === undefined || labelled || replaceable.has(key)) fields[key] = value;
    else continue;
    for (const [path, where] of Object.entries(answer.provenance)) {
      if (path.split(/[.[]/)[0] === key) provenance[path] = { ...where, via: 'answer' };
    }
  }
  const denied = DENIED.test(newestText(answerText));
  for (const path of readBack) {
    if (answered(answer.fields, path)) continue;
    if (denied) {
      removeAt(fields, path);
      delete provenance[path];
    } else if (provenance[path]) provenance[path] = { ...provenance[path]!, confidence: 1, via: 'confirmed' };
  }
  const invalid = [
    ...ownInvalid(record).filter((i) => !answered(answer.fields, i.field)),
    ...answer.invalid.filter((i) => fields[i.field.split(/[.[]/)[0]!] === undefined || !answered(fields, i.field)),
  ];
  return finish(record.kind, fields as EngageRecord, provenance, invalid, record.handling);
}

/**
 * Whether the partner's reply to our questions answers none of them (issue 25, docs/rules.md §7 "A reply that
 * answers none of our questions"): we asked for something, and the reply gives no value at all — a question of
 * its own, thanks, news. Values read back and left alone count as confirmed, so they are no answer either way.
 */
export function answersNoQuestion(previous: LicenseRequestExtraction, merged: LicenseRequestExtraction): boolean {
  if (!hasRecord(previous) || !hasRecord(merged) || previous.questions.length === 0) return false;
  if (JSON.stringify(previous.fields) !== JSON.stringify(merged.fields)) return false;
  const stillAsked = new Set(merged.questions.map((q) => q.field));
  return previous.questions.every((q) => stillAsked.has(q.field));
}

function hasRecord(
  extraction: LicenseRequestExtraction,
): extraction is Exclude<LicenseRequestExtraction, { kind: 'unknown' | 'not-a-request' }> {
  return extraction.kind === 'engage' || extraction.kind === 'pureconnect';
}

function isYesOrNo(text: string): boolean {
  return (
    /^\s*(?:yes|yep|yeah|correct|right|ok|okay|confirmed|that'?s\s+(?:right|correct)|oui|ja|sí|si|はい)\b/i.test(
      newestText(text),
    ) || DENIED.test(newestText(text))
  );
}

function newestText(answerText: string): string {
  const lines = splitMessageSections(answerText)[0]?.lines ?? [];
  return lines
    .map((l) => l.text.trim())
    .filter((t) => t !== '' && !/^(hi|hello|dear)\b.*[,:!]?$/i.test(t))
    .join('\n');
}

/** The record's own invalid values, without those the cross-field rules added (finish adds them again). */
function ownInvalid(record: Exclude<LicenseRequestExtraction, { kind: 'unknown' | 'not-a-request' }>) {
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

function removeAt(fields: Record<string, unknown>, path: string): void {
  const steps = path.split(/[.[\]]+/).filter(Boolean);
  let target: unknown = fields;
  for (const step of steps.slice(0, -1)) {
    if (target === null || typeof target !== 'object') return;
    target = (target as Record<string, unknown>)[step];
  }
  if (target && typeof target === 'object') delete (target as Record<string, unknown>)[steps.at(-1)!];
}

function labelBareAnswer(path: string, answerText: string): string {
  const indexed = /^(\w+)\[(\d+)\]\.(\w+)$/.exec(path);
  const key = indexed ? `${indexed[1]}.${indexed[3]}` : path;
  const label = ANSWER_LABELS[key] ?? path;
  const prefix = indexed?.[1] === 'licenseServers' ? `Server ${Number(indexed[2]) + 1} ` : '';
  const line = newestText(answerText)
    .split('\n')
    .find((text) => !/^(sure|ok|here)\b.*[,:!]$/i.test(text));
  return line ? `${prefix}${label}: ${line}` : '';
}
