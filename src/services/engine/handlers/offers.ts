/** Yes/no answers to the bot's offers: a separate case for another issue, an Admin case for an empty PIN. */
import { mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { findContactById, grantsOf } from '../../../store/directory-reader.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { openCaseRecord } from './case-factory.ts';
import { presetPair } from './choose-pair.ts';
import { routeIntent } from './route.ts';

const YES = /^\s*(y|yes|yeah|yep|sure|ok|okay|please|please do|go ahead|do it|open it)\b/i;
const NO = /^\s*(n|no|nope|not now|no thanks|don'?t)\b/i;

export async function answerOffer(
  turn: Turn,
  dialogue: Extract<Dialogue, { kind: 'offer-new-case' | 'offer-admin-case' }>,
  text: string,
  reading: Reading,
): Promise<void> {
  if (YES.test(text)) {
    turn.setDialogue(IDLE);
    if (dialogue.kind === 'offer-admin-case') return await openAdminCase(turn, dialogue.contactId);
    // A new conversation for the new issue, so it gets a case of its own.
    turn.caseRow = undefined;
    turn.conversation.caseId = null;
    // Raised in a case's thread or split from a report: the same Sold To / End User, not asked again.
    if (dialogue.kind === 'offer-new-case' && dialogue.pairId !== undefined) presetPair(turn, dialogue.pairId);
    return await routeIntent(turn, 'open-case', dialogue.text);
  }
  if (NO.test(text)) {
    turn.setDialogue(IDLE);
    turn.decision = 'offer-declined';
    await turn.reply('offer-declined');
    return;
  }
  // Anything else is a new request: the offer lapses.
  turn.setDialogue(IDLE);
  await routeIntent(turn, mainIntent(reading), text, reading);
}

/** An Admin case for access, PIN or profile matters (DOMAIN.md §1, §9). No account data is needed. */
async function openAdminCase(turn: Turn, contactId: number | undefined): Promise<void> {
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
