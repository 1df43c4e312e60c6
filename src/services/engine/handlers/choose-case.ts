/**
 * "About Case N, or a new case?" (issue 19 §4). A channel that cannot tell which case a new message is
 * about (a top-level Slack message) says so (InboundMessage.askWhichCase); a verified contact with open
 * cases is then asked instead of the engine guessing. The answer is a button (InboundMessage.choice) or
 * typed words: a case number, or "new". Before verification nothing is asked, so no case number is shown.
 */
import { choiceLabel, NEW_CASE_CHOICE } from '../../../domain/reply-actions.ts';
import { type Intent, mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { type CaseRow, casesForPairs, findCaseByNumber } from '../../../store/case-store.ts';
import { caseAccessFor } from '../case-access.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import { readMessage } from '../read-message.ts';
import type { Turn } from '../turn.ts';
import { routeIntent } from './route.ts';

/** States in which a case is still being worked on (a resolved one reopens through its own thread). */
const OPEN_STATES = new Set(['collecting', 'open', 'waiting-on-customer']);
/** Requests that are about a case: the ones that could mean an existing case or a new one. */
const CASE_INTENTS: ReadonlySet<Intent> = new Set([
  'open-case',
  'add-to-case',
  'case-status',
  'severity-change',
  'management-attention',
]);
const MAX_OPTIONS = 5;
const NEW_WORDS = /^\s*(?:a\s+)?(?:new|another|different|separate)(?:\s+(?:one|case|issue|problem))?\b/i;

/** The contact's open cases to offer, newest first; none when the question does not apply. */
export async function casesToOffer(turn: Turn, intent: Intent, u: Reading): Promise<CaseRow[]> {
  const { message, identity } = turn;
  if (!message.askWhichCase || !identity.verified || turn.caseRow) return [];
  if (!CASE_INTENTS.has(intent) || (u.slots.caseNumbers?.value.length ?? 0) > 0) return [];
  return (await casesForPairs(turn.ctx.db, identity.grants))
    .filter((c) => OPEN_STATES.has(c.state))
    .slice(0, MAX_OPTIONS);
}

export async function askWhichCase(turn: Turn, text: string, intent: Intent, cases: CaseRow[]): Promise<void> {
  const options = cases.map((c) => c.number);
  turn.setDialogue({ kind: 'choose-case', pending: { intent, text }, options });
  turn.decision = 'which-case-asked';
  await turn.reply(
    'choose-case',
    {
      cases: cases
        .map((c) => `• Case ${c.number} — ${c.state}, ${(c.description ?? c.type).split('\n')[0]!.slice(0, 60)}`)
        .join('\n'),
    },
    [
      {
        kind: 'choose-case',
        options: [...options, NEW_CASE_CHOICE].map((value) => ({ value, label: choiceLabel(value) })),
      },
    ],
  );
}

export async function continueChooseCase(
  turn: Turn,
  dialogue: Extract<Dialogue, { kind: 'choose-case' }>,
  text: string,
): Promise<void> {
  const answer = turn.message.choice ?? text;
  const pending = dialogue.pending;
  if (answer.trim() === NEW_CASE_CHOICE || NEW_WORDS.test(answer)) {
    turn.setDialogue(IDLE);
    // Whatever it asked, it is about the new case: a status or an update of a case not yet opened is its report.
    return await routeIntent(turn, CASE_INTENTS.has(pending.intent) ? 'open-case' : pending.intent, pending.text);
  }
  const named = dialogue.options.find((n) => answer.includes(n) || answer.replace(/\D/g, '') === n);
  const found = named ? await findCaseByNumber(turn.ctx.db, named) : undefined;
  // Offered while the contact could see it; chosen only while they still can (issue 18 §1).
  const caseRow = found && caseAccessFor(turn, found, 'view').allowed ? found : undefined;
  if (!caseRow) {
    if (turn.message.choice !== undefined) {
      // A value that was never offered (a forged or outdated button): nothing is done with it.
      turn.decision = 'stale-choice';
      await turn.reply('choice-not-pending');
      return;
    }
    // Not an answer: the question stands, and what was written is kept with the request.
    const cases = (await Promise.all(dialogue.options.map(async (n) => await findCaseByNumber(turn.ctx.db, n)))).filter(
      (c) => c !== undefined,
    );
    return await askWhichCase(turn, `${pending.text}\n${text}`, pending.intent, cases);
  }
  turn.setDialogue(IDLE);
  turn.attachCase(caseRow);
  // In the case's thread now: words like "error" describe this case (intents.ts, inCaseThread).
  const u = await readMessage(turn, pending.text);
  const read = mainIntent(u);
  const intent = read === 'open-case' || read === 'not-understood' ? 'add-to-case' : read;
  await routeIntent(turn, intent, pending.text, u);
}
