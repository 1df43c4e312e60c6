/**
 * The statistical fallback's guess is asked, never acted on (issue 21): where the rules understood
 * nothing, "It sounds like you want to know the status of a case — is that right?". A yes acts on the
 * message as if the request had been read; a no asks for other words; anything else is a new message.
 */
import type { Intent } from '../../../domain/understanding/reading.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import { readMessage } from '../read-message.ts';
import type { Turn } from '../turn.ts';
import { askWhichCase, casesToOffer } from './choose-case.ts';
import { routeIntent } from './route.ts';

/** What each request is called in the question ("It sounds like you want …"). */
const REQUEST_WORDS: Record<Intent, string> = {
  'open-case': 'to open a case for a problem',
  'add-to-case': 'to add information to one of your cases',
  'case-status': 'to know the status of a case',
  'my-cases': 'a list of your open cases',
  'severity-change': 'to change the severity of a case',
  'management-attention': 'a manager to look at a case',
  'close-case': 'to close a case',
  download: 'to download software',
  'controlled-software': 'to order a controlled software release',
  'release-type': 'to know what type of release an upgrade is',
  'license-request': 'to request a license',
  'temp-license': 'a temporary license',
  question: 'an answer to a question about our support rules',
  help: 'to know what I can do for you',
  pin: 'help with your PIN',
  cancel: 'to cancel what we were doing',
  answer: 'to answer my question',
  'not-understood': 'something I could not make out',
};

const YES =
  /^\s*(?:y|yes|yeah|yep|yup|sure|correct|right|exactly|indeed|that'?s\s+(?:right|correct|it)|ok(?:ay)?|please(?:\s+do)?|go\s+ahead|ja|oui|s[ií])\b/i;
const NO = /^\s*(?:n|no|nope|nah|not\s+(?:really|quite|that)|wrong|that'?s\s+not\s+(?:it|right)|non|nein)\b/i;

export async function askToConfirm(turn: Turn, intent: Intent, text: string): Promise<void> {
  turn.decision = 'intent-confirmation-asked';
  turn.setDialogue({ kind: 'confirm-intent', intent, text });
  await turn.reply('confirm-intent', { request: REQUEST_WORDS[intent] });
}

/** A yes or a no to the question; false for anything else, which the dispatcher reads as a new message. */
export async function answerConfirmation(
  turn: Turn,
  dialogue: Extract<Dialogue, { kind: 'confirm-intent' }>,
  text: string,
): Promise<boolean> {
  const answer = text.trim();
  // "yes, and also …" is more than a yes: only a short answer is taken as one.
  const short = answer.split(/\s+/).length <= 6;
  if (short && NO.test(answer)) {
    turn.setDialogue(IDLE);
    turn.decision = 'intent-not-confirmed';
    await turn.reply('confirm-intent-declined');
    return true;
  }
  if (!short || !YES.test(answer)) return false;
  turn.setDialogue(IDLE);
  const read = await readMessage(turn, dialogue.text);
  const { guess: _guess, ...rest } = read;
  const reading = { ...rest, intents: [{ intent: dialogue.intent, confidence: read.intents[0]!.confidence }] };
  const offered = await casesToOffer(turn, dialogue.intent, reading);
  if (offered.length > 0) await askWhichCase(turn, dialogue.text, dialogue.intent, offered);
  else await routeIntent(turn, dialogue.intent, dialogue.text, reading);
  return true;
}
