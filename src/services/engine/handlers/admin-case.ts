/** The Admin case that sets an empty PIN (DOMAIN.md §1, §9): opened on the contact's yes, or asked for outright. */
import { findContactById, grantsOf } from '../../../store/directory-reader.ts';
import type { Turn } from '../turn.ts';
import { openCaseRecord } from './case-factory.ts';

/** An Admin case for access, PIN or profile matters (DOMAIN.md §1, §9). No account data is needed. */
export async function openAdminCase(turn: Turn, contactId: number | undefined): Promise<void> {
  // A Slack user who met the empty PIN in the form is not linked to the contact (nothing verified
  // them), so the offer remembers whom it was made for; it still only holds while the PIN is empty.
  const offeredTo = contactId === undefined ? undefined : await findContactById(turn.ctx.db, contactId);
  const contact = turn.identity.contact ?? (offeredTo?.pinHash === null ? offeredTo : undefined);
  if (!contact) {
    turn.decision = 'unknown-sender';
    await turn.reply('unknown-sender');
    return;
  }
  turn.identity.contact = contact;
  const caseRow = await openCaseRecord(turn, {
    type: 'admin',
    pair: (turn.identity.grants.length > 0 ? turn.identity.grants : await grantsOf(turn.ctx.db, contact.id))[0] ?? null,
    contract: null,
    draft: { description: `PIN missing for ${contact.name}: please set a PIN in the contact's profile.` },
    state: 'open',
  });
  turn.decision = 'admin-case';
  await turn.reply('admin-case-opened', { number: caseRow.number, portal: turn.ctx.policy.supportPortalName });
  await turn.notifyStaff('analyst', 'staff-admin-case', { number: caseRow.number, contact: contact.name });
}
