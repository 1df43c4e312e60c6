/**
 * Messages staff write in a case card's thread are internal notes on the case (issue 20 §2): recorded
 * on the case timeline (PINs and sensitive data out) and audited, never sent to a customer — only the
 * Reply and Ask for information forms send. A message there by anyone who is not staff of the vendor's
 * workspace is recorded as ignored, with the reason.
 */
import { redactPins } from '../../../domain/pin-text.ts';
import { findSensitiveData, redactSensitiveData } from '../../../domain/sensitive-data.ts';
import type { EngineContext } from '../../../services/engine/index.ts';
import { appendAudit } from '../../../store/audit-log.ts';
import { addCaseEvent, getCaseById } from '../../../store/case-store.ts';
import { findStaffBySlackId } from '../../../store/directory-reader.ts';
import { slackCardAt } from '../../../store/slack-card-store.ts';
import { recordSlackEvent } from '../../../store/slack-event-store.ts';
import { inTransaction } from '../../../store/transaction.ts';
import type { SlackMessageIn } from '../read-event.ts';

/** True when the message was a reply in a case card's thread (taken as a note, or refused); false: not ours. */
export async function takeCardNote(
  ctx: EngineContext,
  vendorTeamId: string | undefined,
  message: SlackMessageIn,
): Promise<boolean> {
  if (!message.threadTs) return false;
  const card = await slackCardAt(ctx.db, message.channel, message.threadTs);
  if (card?.kind !== 'case') return false;
  const nowIso = ctx.now().toISOString();
  const member =
    vendorTeamId && message.teamId === vendorTeamId ? await findStaffBySlackId(ctx.db, message.userId) : undefined;
  await inTransaction(ctx.db, async () => {
    const first = await recordSlackEvent(ctx.db, {
      eventId: message.eventId,
      kind: member ? 'note' : 'ignored',
      channel: message.channel,
      messageTs: message.ts,
      state: member ? 'processed' : 'ignored',
      reason: member ? null : 'not staff: a case card thread takes notes from staff only',
      summary: {},
      receivedAt: nowIso,
      retryNum: null,
    });
    if (first === null || !member) return;
    const caseRow = await getCaseById(ctx.db, card.refId);
    if (!caseRow) return;
    const withoutPins = redactPins(message.text);
    await addCaseEvent(ctx.db, {
      caseId: caseRow.id,
      at: nowIso,
      kind: 'note',
      actor: `staff:${member.email}`,
      text: redactSensitiveData(withoutPins, findSensitiveData(withoutPins)),
      details: { internal: true },
    });
    await appendAudit(ctx.db, {
      at: nowIso,
      actor: `staff:${member.email}`,
      action: 'case.note',
      subject: caseRow.number,
      details: {},
    });
  });
  return true;
}
