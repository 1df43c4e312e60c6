/**
 * Writing to a case's customer outside an inbound turn (staff replies and actions). Replies about a case
 * go only to its contact, while they still have access to its pair, on the channel they used for the case
 * — never to whoever wrote in its thread last (issue 18 §1).
 */
import { decideCaseAccess } from '../../domain/access.ts';
import { caseTag } from '../../domain/cases/case-number.ts';
import { addCaseEvent, type CaseRow } from '../../store/case-store.ts';
import { type ConversationRow, conversationsOfCase, deliveryThreadOf } from '../../store/conversation-store.ts';
import type { Db } from '../../store/database.ts';
import { type ContactRow, findContactById, grantsOf } from '../../store/directory-reader.ts';
import { enqueue } from '../../store/outbox-store.ts';
import { provenContactOf } from '../../store/verification-store.ts';
import { toOutbound } from './turn.ts';
import type { Outbound } from './types.ts';

export interface CaseContactRoute {
  channel: string;
  recipient: string;
  threadKey: string | null;
}

/**
 * Where news of a case goes: its contact's latest conversation about it whose sender is provably that
 * contact (their registered address; a Slack user they verified as), else their registered address.
 * Nowhere when the case has no contact or the contact has lost access to its pair.
 */
export async function caseContactRoute(db: Db, caseRow: CaseRow): Promise<CaseContactRoute | undefined> {
  const contact = caseRow.contactId ? await findContactById(db, caseRow.contactId) : undefined;
  if (!contact) return undefined;
  const access = decideCaseAccess(
    { verified: true, contactId: contact.id, designated: contact.designated, grants: await grantsOf(db, contact.id) },
    caseRow,
    'view',
  );
  if (!access.allowed) return undefined;
  let used: Awaited<ReturnType<typeof conversationsOfCase>>[number] | undefined;
  for (const c of await conversationsOfCase(db, caseRow.id)) {
    if (await speaksFor(db, c, contact)) {
      used = c;
      break;
    }
  }
  if (!used) return { channel: 'email', recipient: contact.email, threadKey: null };
  const recipient = used.channel === 'slack' ? (used.senderKey.split(':').pop() ?? used.senderKey) : contact.email;
  return { channel: used.channel, recipient, threadKey: deliveryThreadOf(used) };
}

/** Was this conversation written by the contact? By address for mail and console, by PIN link for Slack. */
async function speaksFor(db: Db, conversation: ConversationRow, contact: ContactRow): Promise<boolean> {
  if (conversation.channel === 'slack') {
    const user = conversation.senderKey.split(':').pop();
    return user === contact.slackUserId || (await provenContactOf(db, 'slack', conversation.senderKey)) === contact.id;
  }
  return conversation.senderKey === contact.email.trim().toLowerCase();
}

export async function sendToCaseContact(
  db: Db,
  caseRow: CaseRow,
  text: string,
  nowIso: string,
  attachments: string[] = [],
): Promise<Outbound | undefined> {
  const route = await caseContactRoute(db, caseRow);
  if (!route) return undefined;
  const row = await enqueue(
    db,
    {
      channel: route.channel,
      recipient: route.recipient,
      audience: 'customer',
      subject: `${caseTag(caseRow.number)} ${caseRow.description?.split('\n')[0]?.slice(0, 60) ?? 'Your case'}`,
      text,
      threadKey: route.threadKey,
      caseId: caseRow.id,
      attachments,
    },
    nowIso,
  );
  await addCaseEvent(db, { caseId: caseRow.id, at: nowIso, kind: 'message-out', actor: 'caseline', text });
  return toOutbound(row, caseRow.number);
}
