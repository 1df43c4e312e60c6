/**
 * License requests (DOMAIN.md §7, issue 25): read the partner's mail into a record, then ask, read back
 * or route it (license-request-progress.ts). A mail that only looks like a request gets no record.
 */
import type { RegionId } from '../../../domain/ids.ts';
import { extractLicenseRequest, isRecord, readLicenseRequest } from '../../../domain/license-request/extract.ts';
import { answersNoQuestion, mergeAnswer, restoreExtraction } from '../../../domain/license-request/merge-answer.ts';
import { plainlyAsksForALicense, temporaryIsOnlyContext } from '../../../domain/license-request/request-signals.ts';
import type {
  DecodedAttachment,
  Handling,
  InvalidField,
  LicenseRequestExtraction,
  LicenseRequestKind,
  Provenance,
} from '../../../domain/license-request/schema.ts';
import { hasIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { contractsOf } from '../../../store/directory-reader.ts';
import {
  insertLicenseRequest,
  licenseRequestById,
  updateLicenseRequest,
} from '../../../store/license-request-store.ts';
import type { Dialogue } from '../dialogue.ts';
import { IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { answerQuestions } from './answer-question.ts';
import { progress, questionBullets } from './license-request-progress.ts';

function decodedAttachments(turn: Turn): DecodedAttachment[] {
  return turn.message.attachments.flatMap((a): DecodedAttachment[] => {
    if (a.rows) return [{ name: a.filename, kind: 'rows', rows: a.rows }];
    if (a.text === undefined) return [];
    return [{ name: a.filename, kind: /\.csv$/i.test(a.filename) ? 'csv' : 'text', text: a.text }];
  });
}

/**
 * Fields a mail must yield before it reads as a license request without saying so: every request in
 * tests/fixtures/license-requests yields at least three, a problem report at most one or two.
 */
const FIELDS_OF_A_REQUEST = 3;

/**
 * What a request is read from. In a new thread, the whole chain, as `caseline parse-license-request`
 * reads the same mail: partners forward or quote the customer's order below a short note, and older
 * messages count for less (extract.ts). A thread the contact has written in before may quote our own
 * mails, our questions and their examples among them, so there only the new text counts.
 */
export function requestBody(turn: Turn, text: string): string {
  const firstInThread = turn.conversation.contactId === null && turn.conversation.caseId === null;
  return firstInThread ? (turn.chain() ?? text) : text;
}

/**
 * The mail's date, which "by Friday" in it means (issue 25): the sender's Date header, unless it claims a
 * time more than a day after we received the mail (a wrong clock); otherwise when we received it.
 */
function mailDate(turn: Turn): Date {
  const { sentAt, receivedAt } = turn.message;
  return sentAt && sentAt.getTime() <= receivedAt.getTime() + 86_400_000 ? sentAt : receivedAt;
}

/** The mail read as `caseline parse-license-request` reads it: the body chain, its subject, date and attachments. */
function readMailAsRequest(turn: Turn, text: string) {
  return readLicenseRequest({
    body: requestBody(turn, text),
    ...(turn.message.subject ? { subject: turn.message.subject } : {}),
    date: mailDate(turn),
    ...(turn.message.sentOffset !== undefined ? { dateOffset: turn.message.sentOffset } : {}),
    attachments: decodedAttachments(turn),
  });
}

/**
 * Partners mail license orders as forms, tables, spreadsheets or prose without the words "license
 * order"; a Designated Contact's mail that the keyword rules would take as a problem report or not
 * understand is a license request when it reads as one.
 */
export function readsAsLicenseRequest(turn: Turn, text: string): boolean {
  if (!turn.identity.contact?.designated) return false;
  const read = readMailAsRequest(turn, text);
  if (!isRecord(read)) return false;
  // A request in another language is one once it is recognised: its fields wait for a person (issue 25 §3).
  // One that plainly asks for a license, and reports no problem, needs only two fields.
  const fields = Object.keys(read.fields).length;
  return read.handling.needsPerson || fields >= FIELDS_OF_A_REQUEST || (fields >= 2 && plainlyAsksForALicense(text));
}

/**
 * A mail the keyword rules take for a temporary-license request, that the reader finds to be a file
 * request of another implementation type ("reallocate to the new hardware … the temporary license expires
 * that day"): the temporary license is its context, not what it asks for.
 */
export function readsAsOtherFileRequest(turn: Turn, text: string): boolean {
  if (!turn.identity.contact?.designated) return false;
  const read = readMailAsRequest(turn, text);
  if (!isRecord(read)) return false;
  if (read.kind === 'engage') {
    // An Engage order (items with their counts) whose temporary license is only the one ending.
    const items = (read.fields as { sellableItems?: Array<{ quantity?: number }> }).sellableItems ?? [];
    return (
      temporaryIsOnlyContext(text) &&
      items.some((item) => item.quantity !== undefined) &&
      Object.keys(read.fields).length >= FIELDS_OF_A_REQUEST
    );
  }
  if (read.kind !== 'pureconnect') return false;
  const type = (read.fields as { implementationType?: string }).implementationType;
  return type !== undefined && type !== 'temporary' && Object.keys(read.fields).length >= FIELDS_OF_A_REQUEST;
}

/**
 * A mail that orders something for a host: PureConnect part numbers or Engage items with their counts, and a
 * host id to cut the file for. That is an order for Licensing even when it asks for a "temporary licence".
 */
export function readsAsOrder(turn: Turn, text: string): boolean {
  if (!turn.identity.contact?.designated) return false;
  const read = readMailAsRequest(turn, text);
  if (!isRecord(read)) return false;
  const fields = read.fields as {
    partNumbers?: Array<{ quantity?: number }>;
    sellableItems?: Array<{ quantity?: number }>;
    primaryHostId?: string;
    licenseServers?: Array<{ hostId?: string }>;
  };
  const counted = [...(fields.partNumbers ?? []), ...(fields.sellableItems ?? [])].some(
    (i) => i.quantity !== undefined,
  );
  const host = fields.primaryHostId !== undefined || (fields.licenseServers ?? []).some((s) => s.hostId !== undefined);
  return counted && host;
}

/** What the store keeps of a reading: its JSON columns take plain records. */
function storedReading(reading: LicenseRequestExtraction) {
  return {
    kind: reading.kind,
    fields: reading.fields as Record<string, unknown>,
    provenance: reading.provenance as Record<string, unknown>,
    missing: reading.missing,
    invalid: reading.invalid,
    handling: reading.handling as unknown as Record<string, unknown>,
  };
}

function isRequester(turn: Turn, contactId: number | null): boolean {
  const contact = turn.identity.contact;
  return contact?.designated === true && contact.id === contactId;
}

export async function startLicenseRequest(turn: Turn, text: string): Promise<void> {
  const contact = turn.identity.contact;
  if (!contact?.designated) {
    turn.decision = contact ? 'not-designated' : 'unknown-sender';
    await turn.reply(contact ? 'not-designated' : 'unknown-sender', { name: contact?.name ?? '' });
    return;
  }
  const extraction = extractLicenseRequest({
    body: requestBody(turn, text),
    ...(turn.message.subject ? { subject: turn.message.subject } : {}),
    date: mailDate(turn),
    ...(turn.message.sentOffset !== undefined ? { dateOffset: turn.message.sentOffset } : {}),
    from: { name: contact.name, address: contact.email },
    attachments: decodedAttachments(turn),
  });
  if (extraction.kind === 'not-a-request') {
    turn.decision = 'license-request-not-a-request';
    await turn.audit('license-request.not-a-request', turn.message.subject ?? '', {});
    await turn.reply('license-request-none');
    return;
  }
  const region = await regionOf(turn, extraction.handling.language);
  const row = await insertLicenseRequest(turn.ctx.db, {
    ...storedReading(extraction),
    state: 'collecting',
    region,
    contactId: contact.id,
    requesterAddress: turn.identity.replyTo,
    conversationId: turn.conversation.id,
    createdAt: turn.nowIso,
  });
  const { reference } = row;
  await turn.audit('license-request.received', reference, {
    kind: extraction.kind,
    missing: extraction.missing,
    language: extraction.handling.language,
  });
  if (extraction.kind === 'unknown') {
    turn.setDialogue({ kind: 'license-request', requestId: row.id });
    turn.decision = 'license-request-incomplete';
    await turn.reply('license-request-questions', { reference, questions: questionBullets(extraction.questions) });
    return;
  }
  await progress(turn, row.id, reference, extraction, region);
}

export async function continueLicenseRequest(
  turn: Turn,
  dialogue: Extract<Dialogue, { kind: 'license-request' }>,
  text: string,
  reading?: Reading,
): Promise<void> {
  const row = await licenseRequestById(turn.ctx.db, dialogue.requestId);
  if (row?.state !== 'collecting') {
    turn.setDialogue(IDLE);
    return await startLicenseRequest(turn, text);
  }
  // Completed and routed only by the Designated Contact who began it, while still one (red team round 14: a
  // contact no longer designated, or gone from the directory, finished the request and it went to Licensing).
  if (!isRequester(turn, row.contactId)) {
    turn.setDialogue(IDLE);
    return await startLicenseRequest(turn, text);
  }
  const handling = { language: 'en', needsPerson: false, notes: [], ...row.handling } as Handling;
  const previous =
    row.kind === 'engage' || row.kind === 'pureconnect'
      ? restoreExtraction(
          row.kind as LicenseRequestKind,
          row.fields,
          row.provenance as Record<string, Provenance>,
          row.invalid as InvalidField[],
          handling,
        )
      : ({
          kind: 'unknown',
          fields: {},
          provenance: {},
          missing: ['kind'],
          invalid: [],
          questions: [],
          confirmations: [],
          handling,
        } as LicenseRequestExtraction);
  const merged = mergeAnswer(previous, text);
  await updateLicenseRequest(turn.ctx.db, row.id, storedReading(merged));
  if (merged.kind === 'unknown' || merged.kind === 'not-a-request') {
    turn.decision = 'license-request-incomplete';
    await turn.reply('license-request-questions', {
      reference: row.reference,
      questions: questionBullets(merged.questions),
    });
    return;
  }
  // A reply that answers none of our questions (a question, thanks, something else): the request goes to
  // Licensing with what was read, its gaps marked for a person, and the partner is told once — the same
  // questions are never asked twice (docs/rules.md §7). A question in the reply is answered as usual.
  const unanswered = answersNoQuestion(previous, merged);
  await progress(turn, row.id, row.reference, merged, (row.region ?? 'americas') as RegionId, unanswered);
  if (unanswered && reading && (hasIntent(reading, 'question') || hasIntent(reading, 'release-type')))
    await answerQuestions(turn, text, reading);
}

/**
 * The Licensing team for the request: the region of the first contract in force of the contact's first
 * Sold To. A request written in Japanese goes to Japan's own team, whatever the contract says (seed 002
 * and DOMAIN.md §6 name a separate Japan Licensing team: "Americas and APAC except Japan; EMEA; Japan").
 */
async function regionOf(turn: Turn, language: string): Promise<RegionId> {
  if (language === 'ja') return 'japan';
  const soldTo = turn.identity.grants[0]?.soldTo;
  const contract = soldTo ? (await contractsOf(turn.ctx.db, soldTo)).find((c) => c.status === 'active') : undefined;
  return (contract?.region ?? 'americas') as RegionId;
}
