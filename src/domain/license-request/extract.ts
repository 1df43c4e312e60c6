/**
 * Partner mail → a license request record (issues 5 and 25). Pure: the services layer decodes the .eml
 * and the attachments; this reads text and rows only.
 *
 * 1. Is it a request at all (request-signals.ts), in which language (language.ts), of which kind
 *    (detect-kind.ts)?
 * 2. Each part is read on its own — labelled lines, tables, then prose — and the parts are merged by
 *    priority (read-parts.ts, mergeCollected): the newest message, its attachments, older messages,
 *    then the From header, the signature and the subject for the PureConnect requester.
 * 3. Urgency and the date needed are read in words against the mail's date (timing.ts).
 * 4. finish() applies the required-field table, and lists the questions for what is missing or
 *    contradictory and the values to read back for confirmation (confirmations.ts).
 */
import { spelledLicense } from './abbreviations.ts';
import { boundedForReading } from './bounded-text.ts';
import { CONTRADICTION, type MergedFields, mergeCollected } from './collector.ts';
import { findCompanyInSubject } from './company-in-subject.ts';
import { confirmationsFor } from './confirmations.ts';
import { dayFirstFor } from './date-order.ts';
import { detectKind } from './detect-kind.ts';
import { readEngagePart } from './engage-reader.ts';
import { labelKitAnswers } from './kit-answers.ts';
import { detectLanguage } from './language.ts';
import { splitMessageSections, withoutVendorText, writtenByVendor } from './message-sections.ts';
import { settleEngageCompany, settlePureConnectOrganisation } from './organisation.ts';
import { withPastedSender } from './pasted-header.ts';
import { proseUnits } from './prose-units.ts';
import { OWN_WORDS_CONFIDENCE } from './pureconnect-prose.ts';
import { readPureConnectPart } from './pureconnect-reader.ts';
import { settleRequestWords } from './pureconnect-words.ts';
import { questionFor } from './questions.ts';
import {
  attachmentPart,
  bodyParts,
  forwardedCustomer,
  recipientsByName,
  requesterParts,
  writerCompany,
} from './read-parts.ts';
import { assessRequest, isAutomaticReply, ownMessageDeclines } from './request-signals.ts';
import { engageRequirements, isRequiredPath, pureConnectRequirements } from './requirements.ts';
import type {
  EngageRecord,
  Handling,
  InvalidField,
  LicenseRequestExtraction,
  LicenseRequestInput,
  LicenseRequestKind,
  Provenance,
  PureConnectRecord,
  RequestLanguage,
} from './schema.ts';
import { settleSingleServer } from './single-server.ts';
import { subjectOf, withSubjectFields } from './subject-fields.ts';
import { engageSubjectPart } from './subject-order.ts';
import { type DateContext, readTiming, secondNeededDate } from './timing.ts';

export interface ExtractOptions {
  /** Skip detection, e.g. when reading an answer to our own questions. */
  kind?: LicenseRequestKind;
  /** Read only the newest message (an answer quotes our questions, examples included). */
  newestOnly?: boolean;
  /** Provenance source for the body; `body` unless told otherwise. */
  source?: string;
  /** Take the most telling prose paragraph as the PureConnect description when none is labelled (default true). */
  describeFromProse?: boolean;
  /** The request's language when already known (an answer in a thread). */
  language?: RequestLanguage;
}

export interface MergedRequest {
  kind: LicenseRequestKind;
  fields: EngageRecord | PureConnectRecord;
  provenance: Record<string, Provenance>;
  invalid: InvalidField[];
  handling: Handling;
}

export type NoRecord = { kind: 'unknown' | 'not-a-request'; handling: Handling };

export const isRecord = (read: MergedRequest | NoRecord): read is MergedRequest =>
  read.kind === 'engage' || read.kind === 'pureconnect';

export function extractLicenseRequest(
  input: LicenseRequestInput,
  options: ExtractOptions = {},
): LicenseRequestExtraction {
  const read = readLicenseRequest(input, options);
  if (!isRecord(read)) {
    const unknown = read.kind === 'unknown';
    return {
      kind: read.kind,
      fields: {},
      provenance: {},
      missing: unknown ? ['kind'] : [],
      invalid: [],
      questions: unknown ? [questionFor('kind')] : [],
      confirmations: [],
      handling: read.handling,
    };
  }
  return finish(read.kind, read.fields, read.provenance, read.invalid, read.handling);
}

/** Reads and merges every part, without the required-field rules (mergeAnswer builds on this). */
export function readLicenseRequest(
  written: LicenseRequestInput,
  options: ExtractOptions = {},
): MergedRequest | NoRecord {
  // Bounded words and lines: the patterns below read each in time growing with its square (bounded-text.ts).
  const input = withPastedSender({ ...written, body: boundedForReading(written.body) });
  const allSections = splitMessageSections(labelKitAnswers(withSubjectFields(input.subject, input.body)));
  const sections = options.newestOnly ? allSections.slice(0, 1) : withoutVendorText(allSections);
  const attachments = (input.attachments ?? []).map(attachmentPart);
  const notes = attachments.flatMap((a) => (a.note ? [a.note] : []));
  const newest = [input.subject ?? '', ...(sections[0]?.lines ?? []).map((l) => l.text)].join('\n');
  // The vendor's quoted messages state nothing of the request, but say what the thread is about.
  const vendorText = allSections.filter(writtenByVendor).flatMap((s) => s.lines.map((l) => l.text));
  const language = options.language ?? detectLanguage(newest);
  const handling: Handling = { language, needsPerson: language !== 'en', notes };
  const text = [newest, ...sections.slice(1).flatMap((s) => s.lines.map((l) => l.text))].join('\n');
  const body = spelledLicense(sections.flatMap((s) => s.lines.map((l) => l.text)).join('\n'));
  const detection = spelledLicense(
    [text, ...attachments.flatMap((a) => a.lines.map((l) => l.text)), ...vendorText].join('\n'),
  );
  const own = sections[0]?.lines.map((l) => l.text).join('\n') ?? '';
  if (!options.kind && isAutomaticReply(input.subject ?? '', own)) return { kind: 'not-a-request', handling };
  const kind = options.kind ?? detectKind(detection);
  const dates = { language, dayFirst: dayFirstFor(detection, language, input.dateOffset), offset: input.dateOffset };
  const parts = bodyParts(sections, attachments, options.source ?? 'body', input.date, dates);
  if (kind === 'unknown') {
    return { kind: assessRequest(body, 0, 3, input.subject).isRequest ? 'unknown' : 'not-a-request', handling };
  }
  const requester = kind === 'pureconnect' && !options.kind ? requesterParts(input, sections) : [];
  const merged =
    kind === 'engage'
      ? mergeCollected([
          ...parts.map((p) => readEngagePart(p.lines, p.context)),
          ...(options.kind ? [] : engageSubjectPart(subjectOf(input.subject, input.body), parts[0]?.context, own)),
        ])
      : mergeCollected([
          ...parts.map((p) => readPureConnectPart(p.lines, p.context, options.describeFromProse ?? true)),
          ...requester,
        ]);
  if (!options.kind) {
    const subjectLine = subjectOf(input.subject, input.body);
    const subject = subjectLine ? findCompanyInSubject(subjectLine) : undefined;
    if (kind === 'pureconnect') {
      settlePureConnectOrganisation(
        merged as MergedFields<PureConnectRecord>,
        requester[1],
        body,
        forwardedCustomer(sections, input),
        subject,
        input.from?.address,
      );
      settleRequestWords(
        merged as { fields: PureConnectRecord; provenance: Record<string, Provenance> },
        vendorText.join('\n'),
      );
      // A request pasted with its own `Subject:` line has that subject, too (round 17).
      const pasted = input.subject || !subjectLine ? undefined : subjectPart(subjectLine);
      subjectContradicts(merged as MergedFields<PureConnectRecord>, requester[2]?.fields.garn ?? pasted?.fields.garn);
      addRecipients(merged as MergedFields<PureConnectRecord>, recipientsByName(sections));
    } else {
      const company = [writerCompany(sections, input), forwardedCustomer(sections, input)] as const;
      const said = [input.subject ?? '', body].join('\n');
      settleEngageCompany(
        merged as MergedFields<EngageRecord>,
        company[0],
        said,
        company[1],
        subject,
        input.from?.address,
      );
      settleSingleServer(merged as MergedFields<EngageRecord>, body);
    }
  }
  const labelled = Object.values(merged.provenance).filter((p) => p.via === 'label' || p.via === 'table').length;
  // A description that is only the writer's words (round 12 §10) says nothing of whether the mail is a request.
  const read = Object.keys(merged.fields).filter(
    (k) => k !== 'description' || (merged.provenance[k]?.confidence ?? 1) > OWN_WORDS_CONFIDENCE,
  ).length;
  if (!options.kind && !assessRequest(body, labelled, read, input.subject).isRequest) {
    return { kind: 'not-a-request', handling };
  }
  // A reply that thanks for a file or reports a problem is not a new request because it quotes the old one.
  if (!options.kind && sections.length > 1 && ownMessageDeclines(own)) return { kind: 'not-a-request', handling };
  readHandling(sections, { reference: input.date, ...dates }, kind, merged, handling, input.subject);
  return { kind, fields: merged.fields, provenance: merged.provenance, invalid: merged.invalid, handling };
}

function addRecipients(merged: MergedFields<PureConnectRecord>, named: string[]): void {
  // The writer's own address (a run-on mail signs off with it) is whom we answer, not someone to copy.
  const own = merged.fields.corporateEmail;
  const kept = (merged.fields.additionalRecipients ?? []).filter((a) => a !== own);
  if (kept.length > 0) merged.fields.additionalRecipients = kept;
  else if (merged.fields.additionalRecipients) {
    delete merged.fields.additionalRecipients;
    delete merged.provenance['additionalRecipients'];
  }
  const listed = merged.fields.additionalRecipients ?? [];
  const more = named.filter((a) => !listed.includes(a) && a !== merged.fields.corporateEmail);
  if (more.length === 0) return;
  merged.fields.additionalRecipients = [...listed, ...more];
  merged.provenance['additionalRecipients'] ??= { source: 'body', line: 0, confidence: 0.6, via: 'prose' };
}

const subjectPart = (line: string) =>
  readPureConnectPart([{ text: line, line: 0 }], { source: 'subject', weight: 0.8 }, false);

/**
 * "Subject: AFR | GARN 0159930" over a body that says "GARN: 0159390": the mail gives the GARN twice,
 * differently — neither is sent to Licensing; the partner is asked which is right.
 */
function subjectContradicts(merged: MergedFields<PureConnectRecord>, subjectGarn: string | undefined): void {
  const garn = merged.fields.garn;
  if (!subjectGarn || !garn || garn === subjectGarn || merged.provenance['garn']?.source === 'subject') return;
  delete merged.fields.garn;
  delete merged.provenance['garn'];
  merged.invalid.push({ field: 'garn', value: `${subjectGarn} / ${garn}`, problem: CONTRADICTION });
}

/**
 * Urgency and the date needed, read in words from the messages (newest first). The PureConnect form has
 * fields for them, filled where no label did; for an Engage order they are handling only.
 */
function readHandling(
  sections: ReturnType<typeof splitMessageSections>,
  dates: DateContext,
  kind: LicenseRequestKind,
  merged: { fields: Record<string, unknown>; provenance: Record<string, Provenance>; invalid: InvalidField[] },
  handling: Handling,
  subject: string | undefined,
): void {
  // The subject last: the body's own words win, but "URGENT" in the subject alone still counts.
  const subjectLine = subject ? [{ text: subject, line: 0 }] : [];
  const timing = readTiming(proseUnits([...sections.flatMap((s) => s.lines), ...subjectLine]), dates);
  const fields = merged.fields as PureConnectRecord;
  if (kind === 'pureconnect') {
    contradictLabelledDate(fields, merged, timing.dateNeeded, sections[0]?.lines, dates);
    contradictSaidDates(fields, merged, timing.dateNeeded, sections[0]?.lines, dates);
    for (const key of ['urgent', 'dateNeeded', 'dateReasoning'] as const) {
      if (key !== 'urgent' && merged.invalid.some((i) => i.field === 'dateNeeded')) continue;
      const found = timing[key];
      if (!found || fields[key] !== undefined) continue;
      (fields as Record<string, unknown>)[key] = found.value;
      merged.provenance[key] = { source: 'body', line: found.line, confidence: found.confidence, via: 'prose' };
    }
    if (fields.urgent !== undefined) handling.urgent = fields.urgent;
    if (fields.dateNeeded) handling.dateNeeded = fields.dateNeeded;
    if (fields.dateReasoning) handling.dateReasoning = fields.dateReasoning;
    return;
  }
  if (timing.urgent) handling.urgent = timing.urgent.value;
  if (timing.dateNeeded) handling.dateNeeded = timing.dateNeeded.value;
  if (timing.dateReasoning) handling.dateReasoning = timing.dateReasoning.value;
}

/**
 * "Date needed: Wednesday 12 November" on a label and "we need the file by Friday 14 November" in the prose:
 * two dates for one field, so neither is kept and the partner is asked (issue 25 "Bad input").
 */
function contradictLabelledDate(
  fields: PureConnectRecord,
  merged: { provenance: Record<string, Provenance>; invalid: InvalidField[] },
  said: { value: string; line: number; cued?: boolean } | undefined,
  lines: { text: string; line: number }[] | undefined,
  dates: DateContext,
): void {
  const labelled = merged.provenance['dateNeeded'];
  // "Date needed: 20/11" and "their temporary license expires on 18 November": the event is why, not a second date.
  if (!said?.cued) return;
  if (!said || !fields.dateNeeded || !labelled || (labelled.via !== 'label' && labelled.via !== 'table')) return;
  // "Needed by: Thu 3 Dec" read first, then "We need it by Friday 4 December" in the new text: the second date.
  const other =
    said.line === labelled.line || said.value === fields.dateNeeded
      ? lines && secondNeededDate(proseUnits(lines), dates)
      : said;
  if (!other || other.value === fields.dateNeeded) return;
  merged.invalid.push({ field: 'dateNeeded', value: `${fields.dateNeeded} / ${other.value}`, problem: CONTRADICTION });
  delete fields.dateNeeded;
}

/**
 * "We need it by 12 December" and later "no later than Wednesday the 10th", both in the new text: two dates
 * needed, so neither is kept and the partner is asked (issue 25 "Bad input"). Quoted or forwarded text is not read:
 * a reply may change the date it quotes.
 */
function contradictSaidDates(
  fields: PureConnectRecord,
  merged: { provenance: Record<string, Provenance>; invalid: InvalidField[] },
  said: { value: string; cued?: boolean } | undefined,
  lines: { text: string; line: number }[] | undefined,
  dates: DateContext,
): void {
  if (!said?.cued || !lines || fields.dateNeeded !== undefined) return;
  if (merged.invalid.some((i) => i.field === 'dateNeeded')) return;
  const second = secondNeededDate(proseUnits(lines), dates);
  if (!second || second.value === said.value) return;
  merged.invalid.push({ field: 'dateNeeded', value: `${said.value} / ${second.value}`, problem: CONTRADICTION });
}

/** An empty list element, or an item whose name no part gave, is no element. */
const isFilled = (e: unknown) =>
  typeof e !== 'object' || e === null || (Object.keys(e).length > 0 && (e as { name?: string }).name !== '');

/** Builds the result: drops empty values, then applies the required-field table (requirements.ts). */
export function finish(
  kind: LicenseRequestKind,
  fields: EngageRecord | PureConnectRecord,
  provenance: Record<string, Provenance>,
  readInvalid: InvalidField[],
  handling: Handling,
): LicenseRequestExtraction {
  const clean = Object.fromEntries(
    Object.entries(fields)
      .map(([k, v]) => [k, Array.isArray(v) ? v.filter(isFilled) : v])
      .filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0)),
  );
  const rules =
    kind === 'engage'
      ? engageRequirements(clean as EngageRecord, readInvalid)
      : pureConnectRequirements(clean as PureConnectRecord, readInvalid);
  const invalid = [...readInvalid, ...rules.invalid];
  const questions = [
    ...rules.missing.map((path) => questionFor(path)),
    // A contradiction is asked about whatever the field: a value given twice, differently, is never guessed.
    ...invalid
      .filter((i) => isRequiredPath(kind, i.field) || i.problem === CONTRADICTION)
      .map((i) => questionFor(i.field, i.problem, i.value)),
  ];
  const confirmations = confirmationsFor(clean, provenance);
  const base = { provenance, missing: rules.missing, invalid, questions, confirmations, handling };
  return kind === 'engage'
    ? { kind, fields: clean as EngageRecord, ...base }
    : { kind, fields: clean as PureConnectRecord, ...base };
}
