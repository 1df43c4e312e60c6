/** Writing to a case's customer outside an inbound turn (staff actions, escalation follow-ups). */
import { caseTag } from '../../domain/cases/case-number.ts';
import { addCaseEvent, type CaseRow } from '../../store/case-store.ts';
import { findConversationByCase } from '../../store/conversation-store.ts';
import type { Db } from '../../store/database.ts';
import { findContactById } from '../../store/directory-reader.ts';
import { enqueue } from '../../store/outbox-store.ts';
import { toOutbound } from './turn.ts';
import type { Outbound } from './types.ts';

export function sendToCaseContact(
  db: Db,
  caseRow: CaseRow,
  text: string,
  nowIso: string,
  attachments: string[] = [],
): Outbound | undefined {
  const conversation = findConversationByCase(db, caseRow.id);
  const contact = caseRow.contactId ? findContactById(db, caseRow.contactId) : undefined;
  if (!conversation && !contact) return undefined;
  const channel = conversation?.channel ?? 'email';
  const recipient =
    channel === 'slack'
      ? conversation!.senderKey.split(':').pop()!
      : channel === 'email'
        ? (conversation?.senderKey ?? contact!.email)
        : (conversation?.senderKey ?? contact!.email);
  const row = enqueue(
    db,
    {
      channel,
      recipient,
      audience: 'customer',
      subject: `${caseTag(caseRow.number)} ${caseRow.description?.split('\n')[0]?.slice(0, 60) ?? 'Your case'}`,
      text,
      threadKey: conversation?.threadKey ?? null,
      caseId: caseRow.id,
      attachments,
    },
    nowIso,
  );
  addCaseEvent(db, { caseId: caseRow.id, at: nowIso, kind: 'message-out', actor: 'caseline', text });
  return toOutbound(row, caseRow.number);
}
