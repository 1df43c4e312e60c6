/**
 * License requests (DOMAIN.md §7): read the partner's mail into a record, ask once for exactly what is
 * missing or invalid, and route the complete record to the regional Licensing team with a reference.
 * Routing issues nothing, so an identified Designated Contact is enough (no PIN needed).
 */
import { eq } from 'drizzle-orm';
import type { RegionId } from '../../../domain/ids.ts';
import { extractLicenseRequest, readLicenseRequest } from '../../../domain/license-request/extract.ts';
import { mergeAnswer } from '../../../domain/license-request/merge-answer.ts';
import type { DecodedAttachment, LicenseRequestExtraction } from '../../../domain/license-request/schema.ts';
import { calendarFor } from '../../../domain/sla/index.ts';
import { schema } from '../../../store/database.ts';
import { contractsOf } from '../../../store/directory-reader.ts';
import { enqueue } from '../../../store/outbox-store.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import { type Turn, toOutbound } from '../turn.ts';
import { summariseLicenseRequest } from './license-summary.ts';

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
function requestBody(turn: Turn, text: string): string {
  const firstInThread = turn.conversation.contactId === null && turn.conversation.caseId === null;
  return firstInThread ? (turn.chain() ?? text) : text;
}

/**
 * Partners mail license orders as forms, tables, spreadsheets or prose without the words "license
 * order"; a Designated Contact's mail that the keyword rules would take as a problem report or not
 * understand is a license request when it reads as one.
 */
export function readsAsLicenseRequest(turn: Turn, text: string): boolean {
  if (!turn.identity.contact?.designated) return false;
  const read = readLicenseRequest({ body: requestBody(turn, text), attachments: decodedAttachments(turn) });
  return read.kind !== 'unknown' && Object.keys(read.fields).length >= FIELDS_OF_A_REQUEST;
}

export function startLicenseRequest(turn: Turn, text: string): void {
  const contact = turn.identity.contact;
  if (!contact?.designated) {
    turn.decision = contact ? 'not-designated' : 'unknown-sender';
    turn.reply(contact ? 'not-designated' : 'unknown-sender', { name: contact?.name ?? '' });
    return;
  }
  const extraction = extractLicenseRequest({
    body: requestBody(turn, text),
    ...(turn.message.subject ? { subject: turn.message.subject } : {}),
    from: { name: contact.name, address: contact.email },
    attachments: decodedAttachments(turn),
  });
  const region = regionOf(turn);
  const row = turn.ctx.db
    .insert(schema.licenseRequests)
    .values({
      reference: `pending-${turn.message.receivedAt.getTime()}-${Math.random()}`,
      kind: extraction.kind,
      fields: extraction.fields as Record<string, unknown>,
      provenance: extraction.provenance as Record<string, unknown>,
      missing: extraction.missing,
      invalid: extraction.invalid,
      state: 'collecting',
      region,
      contactId: contact.id,
      requesterAddress: turn.identity.replyTo,
      conversationId: turn.conversation.id,
      createdAt: turn.nowIso,
    })
    .returning()
    .get();
  const reference = `LR-${String(row.id).padStart(6, '0')}`;
  turn.ctx.db.update(schema.licenseRequests).set({ reference }).where(eq(schema.licenseRequests.id, row.id)).run();
  turn.audit('license-request.received', reference, { kind: extraction.kind, missing: extraction.missing });
  progress(turn, row.id, reference, extraction, region);
}

export function continueLicenseRequest(
  turn: Turn,
  dialogue: Extract<Dialogue, { kind: 'license-request' }>,
  text: string,
): void {
  const row = turn.ctx.db
    .select()
    .from(schema.licenseRequests)
    .where(eq(schema.licenseRequests.id, dialogue.requestId))
    .get();
  if (row?.state !== 'collecting') {
    turn.setDialogue(IDLE);
    return startLicenseRequest(turn, text);
  }
  const previous = {
    kind: row.kind,
    fields: row.fields,
    provenance: row.provenance,
    missing: row.missing,
    invalid: row.invalid,
    questions: [],
  } as unknown as LicenseRequestExtraction;
  const merged = mergeAnswer(previous, text);
  turn.ctx.db
    .update(schema.licenseRequests)
    .set({
      kind: merged.kind,
      fields: merged.fields as Record<string, unknown>,
      provenance: merged.provenance as Record<string, unknown>,
      missing: merged.missing,
      invalid: merged.invalid,
    })
    .where(eq(schema.licenseRequests.id, row.id))
    .run();
  progress(turn, row.id, row.reference, merged, (row.region ?? 'americas') as RegionId);
}

function progress(
  turn: Turn,
  id: number,
  reference: string,
  extraction: LicenseRequestExtraction,
  region: RegionId,
): void {
  if (extraction.missing.length > 0 || extraction.invalid.length > 0) {
    turn.setDialogue({ kind: 'license-request', requestId: id });
    turn.decision = 'license-request-incomplete';
    const questions = extraction.questions.map((q) => `• ${q.question}\n  for example: ${q.example}`).join('\n');
    turn.reply('license-request-questions', { reference, questions });
    return;
  }
  const regionPolicy = turn.ctx.policy.regions[region];
  const summary = summariseLicenseRequest(reference, extraction);
  const routed = enqueue(
    turn.ctx.db,
    {
      channel: 'email',
      recipient: regionPolicy.licensingEmail,
      audience: 'staff',
      subject: `[${reference}] ${extraction.kind === 'engage' ? 'License order' : 'Activation file request'} from ${turn.identity.contact?.name ?? turn.identity.replyTo}`,
      text: summary,
      threadKey: null,
      attachments: turn.message.attachments.map((a) => a.storagePath ?? a.filename),
      inboundId: turn.inboundId,
    },
    turn.nowIso,
  );
  // One of this turn's messages: tied to the inbound message (a duplicate delivery reports it) and shown.
  turn.replies.push(toOutbound(routed, null));
  turn.ctx.db
    .update(schema.licenseRequests)
    .set({ state: 'routed', routedTo: regionPolicy.licensingEmail, routedAt: turn.nowIso })
    .where(eq(schema.licenseRequests.id, id))
    .run();
  turn.setDialogue(IDLE);
  turn.decision = 'license-request-routed';
  turn.audit('license-request.routed', reference, { to: regionPolicy.licensingEmail, region });
  const hours = regionPolicy.businessHours;
  const calendar = calendarFor(turn.ctx.policy, region);
  turn.reply('license-request-routed', {
    reference,
    team: `${regionPolicy.name} Licensing team`,
    address: regionPolicy.licensingEmail,
    hours: `Monday to Friday ${hours.open}–${hours.close} (${regionPolicy.timeZone}), except public holidays`,
    when: calendar.isOpen(turn.message.receivedAt) ? 'now, during their business hours' : 'when they next open',
  });
}

/** The account's region: the first contract in force of the contact's first Sold To. */
function regionOf(turn: Turn): RegionId {
  const soldTo = turn.identity.grants[0]?.soldTo;
  const contract = soldTo ? contractsOf(turn.ctx.db, soldTo).find((c) => c.status === 'active') : undefined;
  return (contract?.region ?? 'americas') as RegionId;
}
