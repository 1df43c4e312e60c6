/**
 * Partner mail → a license request record (issue 5). Pure: the services layer decodes the .eml and the
 * attachments; this reads text and rows only.
 *
 * Order of reading, highest priority first (mergeCollected): the newest message, its attachments,
 * then older quoted or forwarded messages; then the Subject and From headers as a last resort for the
 * PureConnect subject and requester.
 */
import { type Collected, mergeCollected, type PartContext } from './collector.ts';
import { detectKind } from './detect-kind.ts';
import { readEngagePart } from './engage-reader.ts';
import { type MessageSection, type SourceLine, splitMessageSections } from './message-sections.ts';
import { readPureConnectPart } from './pureconnect-reader.ts';
import { questionFor } from './questions.ts';
import { engageRequirements, isRequiredPath, pureConnectRequirements } from './requirements.ts';
import type {
  DecodedAttachment,
  EngageRecord,
  InvalidField,
  LicenseRequestExtraction,
  LicenseRequestInput,
  LicenseRequestKind,
  Provenance,
  PureConnectRecord,
} from './schema.ts';

/** Each older message in a chain counts for a little less than the one replying to it. */
const OLDER_MESSAGE_WEIGHT = 0.9;

export interface ExtractOptions {
  /** Skip detection, e.g. when reading an answer to our own questions. */
  kind?: LicenseRequestKind;
  /** Read only the newest message (an answer quotes our questions, examples included). */
  newestOnly?: boolean;
  /** Provenance source for the body; `body` unless told otherwise. */
  source?: string;
  /** Take the first prose paragraph as the PureConnect description when none is labelled (default true). */
  describeFromProse?: boolean;
}

export interface MergedRequest {
  kind: LicenseRequestKind;
  fields: EngageRecord | PureConnectRecord;
  provenance: Record<string, Provenance>;
  invalid: InvalidField[];
}

export function extractLicenseRequest(
  input: LicenseRequestInput,
  options: ExtractOptions = {},
): LicenseRequestExtraction {
  const read = readLicenseRequest(input, options);
  if (read.kind === 'unknown') {
    return {
      kind: 'unknown',
      fields: {},
      provenance: {},
      missing: ['kind'],
      invalid: [],
      questions: [questionFor('kind')],
    };
  }
  return finish(read.kind, read.fields, read.provenance, read.invalid);
}

/** Reads and merges every part, without the required-field rules (mergeAnswer builds on this). */
export function readLicenseRequest(
  input: LicenseRequestInput,
  options: ExtractOptions = {},
): MergedRequest | { kind: 'unknown' } {
  const allSections = splitMessageSections(input.body);
  const sections = options.newestOnly ? allSections.slice(0, 1) : allSections;
  const attachments = (input.attachments ?? []).map((a) => ({ name: a.name, lines: attachmentLines(a) }));
  const kind = options.kind ?? detectKind(detectionText(input, sections, attachments));
  if (kind === 'unknown') return { kind };
  const source = options.source ?? 'body';
  const parts: { lines: SourceLine[]; context: PartContext }[] = [
    ...sections.slice(0, 1).map((s) => ({ lines: s.lines, context: { source, weight: 1 } })),
    ...attachments.map((a) => ({ lines: a.lines, context: { source: a.name, weight: 1 } })),
    ...sections.slice(1).map((s) => ({ lines: s.lines, context: { source, weight: OLDER_MESSAGE_WEIGHT ** s.depth } })),
  ];
  if (kind === 'engage') return { kind, ...mergeCollected(parts.map((p) => readEngagePart(p.lines, p.context))) };
  const read = parts.map((p) => readPureConnectPart(p.lines, p.context, options.describeFromProse ?? true));
  return { kind, ...mergeCollected([...read, headerPart(input)]) };
}

/** Builds the result: drops empty values, then applies the required-field table (requirements.ts). */
export function finish(
  kind: LicenseRequestKind,
  fields: EngageRecord | PureConnectRecord,
  provenance: Record<string, Provenance>,
  readInvalid: InvalidField[],
): LicenseRequestExtraction {
  const clean = Object.fromEntries(
    Object.entries(fields)
      .map(([k, v]) => [k, Array.isArray(v) ? v.filter((e) => typeof e !== 'object' || Object.keys(e).length > 0) : v])
      .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
  const rules =
    kind === 'engage'
      ? engageRequirements(clean as EngageRecord, readInvalid)
      : pureConnectRequirements(clean as PureConnectRecord, readInvalid);
  const invalid = [...readInvalid, ...rules.invalid];
  const questions = [
    ...rules.missing.map((path) => questionFor(path)),
    ...invalid.filter((i) => isRequiredPath(kind, i.field)).map((i) => questionFor(i.field, i.problem)),
  ];
  const base = { provenance, missing: rules.missing, invalid, questions };
  return kind === 'engage'
    ? { kind, fields: clean as EngageRecord, ...base }
    : { kind, fields: clean as PureConnectRecord, ...base };
}

/** Rows become tab-separated lines, so a spreadsheet reads like a table pasted into the body. */
function attachmentLines(attachment: DecodedAttachment): SourceLine[] {
  const rows = attachment.rows ?? (attachment.kind === 'csv' ? splitCsv(attachment.text ?? '') : undefined);
  const lines = rows
    ? rows.map((cells) => cells.map((c) => c.replace(/[\t\r\n]+/g, ' ').trim()).join('\t'))
    : (attachment.text ?? '').split(/\r?\n/);
  return lines.map((text, i) => ({ text: text.replace(/\t+$/, ''), line: i + 1 }));
}

/** A minimal CSV reader for attachments handed over as text (the services layer normally gives rows). */
function splitCsv(text: string): string[][] {
  const delimiter = (text.split('\n')[0] ?? '').includes(';') && !(text.split('\n')[0] ?? '').includes(',') ? ';' : ',';
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (ch === '"' && quoted && line[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === delimiter && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += ch;
      }
      cells.push(cell);
      return cells;
    });
}

function detectionText(
  input: LicenseRequestInput,
  sections: MessageSection[],
  attachments: { lines: SourceLine[] }[],
): string {
  const all = [...sections.flatMap((s) => s.lines), ...attachments.flatMap((a) => a.lines)];
  return [input.subject ?? '', ...all.map((l) => l.text)].join('\n');
}

/** The Subject and From headers, read last: the sender is usually the requester (seed 003's contact). */
function headerPart(input: LicenseRequestInput): Collected<PureConnectRecord> {
  const part = readPureConnectPart([], { source: 'subject', weight: 1 });
  const subject = input.subject?.replace(/^\s*((re|fw|fwd|aw|wg|tr)\s*:\s*)+/i, '').trim();
  if (subject) part.set('subject', subject, 0, 0.5);
  const from = input.from;
  const name = from?.name?.replace(/["']/g, '').trim();
  const names = name && !name.includes('@') ? (name.includes(',') ? name.split(',').reverse() : name.split(/\s+/)) : [];
  if (names.length >= 2) {
    part.set('firstName', names[0]!.trim(), 0, 0.5);
    part.set('lastName', names.slice(1).join(' ').trim(), 0, 0.5);
  }
  if (from?.address) part.set('corporateEmail', from.address.toLowerCase(), 0, 0.5);
  for (const key of Object.keys(part.provenance)) {
    if (key !== 'subject') part.provenance[key] = { ...part.provenance[key]!, source: 'from' };
  }
  return part;
}
