/**
 * What is said when a resolved case reopens (reopen-case.ts): kept apart from the reopening itself because a
 * severity asked with the news answers through severity-change.ts, which itself reopens a resolved case.
 */
import type { Reading } from '../../../domain/understanding/reading.ts';
import type { CaseRow } from '../../../store/case-store.ts';
import { describeDue } from '../case-sla.ts';
import type { Turn } from '../turn.ts';
import { requestSeverityChange } from './severity-change.ts';

/**
 * News in a resolved case's thread, once the case is reopened and the words added to it: the analysts are
 * told it is open again, the contact its new dues — or, when the news asks for a severity ("back, and now
 * critical"), the severity change answers as any does (the critical path: call now, staff paged).
 */
export async function tellReopened(turn: Turn, reopened: CaseRow, text: string, u: Reading): Promise<void> {
  turn.decision = 'case-reopened';
  await turn.notifyStaff(
    'analyst',
    'staff-case-reopened',
    { number: reopened.number, contact: turn.identity.contact?.name ?? '', text: text.slice(0, 500) },
    reopened.region,
  );
  // The severity change answers with the dues it sets; one answer, not two with different dues.
  const asked = u.slots.severity?.value;
  if (asked && asked !== reopened.severity) return await requestSeverityChange(turn, text, u);
  const zone = reopened.timeZone ?? 'UTC';
  await turn.reply('case-reopened', {
    number: reopened.number,
    responseDue: describeDue(reopened.responseDue, zone, turn.message.receivedAt),
    targetDue: describeDue(reopened.targetDue, zone, turn.message.receivedAt),
  });
}
