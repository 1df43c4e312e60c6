/** Yes/no answers to the bot's offers: a separate case for another issue, an Admin case for an empty PIN. */
import { mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { openAdminCase } from './admin-case.ts';
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
