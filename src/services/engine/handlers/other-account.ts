/**
 * One issue per case (issue 21 §4), across accounts: a partner who holds several End Users and, in the
 * middle of one's case, writes "For Initech: …" asks for a case for Initech. The message is a new request
 * for the End User it names, never added to the case or draft in hand, and the pair is not asked again.
 */
import { escapeRegExp } from '../../../domain/regexp-matches.ts';
import { mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { getCaseById } from '../../../store/case-store.ts';
import type { PairGrant } from '../../../store/directory-reader.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { presetPair } from './choose-pair.ts';
import { routeIntent } from './route.ts';

interface Account {
  soldTo: string | null;
  endUser: string | null;
}

/** What a message about a problem reads as; a request about a named case stays with that case. */
const PROBLEM_INTENTS = new Set(['open-case', 'answer', 'add-to-case', 'not-understood']);

/** The grant whose End User the text names (by name or account id, as a whole word), when exactly one is. */
function namedGrant(turn: Turn, text: string): PairGrant | undefined {
  const names = (g: PairGrant) => [g.endUserName, g.endUser].filter((n) => n.length >= 3);
  const named = turn.identity.grants.filter(
    (g) =>
      g.level === 'read-write' &&
      names(g).some((n) => new RegExp(`(?<![\\w-])${escapeRegExp(n)}(?![\\w-])`, 'i').test(text)),
  );
  const pairs = new Set(named.map((g) => g.pairId));
  return pairs.size === 1 ? named[0] : undefined;
}

/** The account the dialogue in progress (or the thread's case) is about, if any. */
async function accountInHand(turn: Turn, dialogue: Dialogue): Promise<Account | undefined> {
  const byPair = (pairId: number | undefined) => turn.identity.grants.find((g) => g.pairId === pairId);
  switch (dialogue.kind) {
    case 'open-case':
      return byPair(dialogue.pairId);
    case 'offer-new-case':
      return byPair(dialogue.pairId) ?? turn.caseRow;
    case 'case-details': {
      const caseRow = await getCaseById(turn.ctx.db, dialogue.caseId);
      return caseRow ?? undefined;
    }
    case 'idle':
      return turn.caseRow;
    default:
      return undefined;
  }
}

/**
 * True when the message names another of the sender's End Users than the one in hand and reports a
 * problem: the case for that End User was opened or asked about, and nothing is added to the one in hand.
 */
export async function openForAnotherAccount(turn: Turn, text: string, reading: Reading): Promise<boolean> {
  const aboutAProblem = reading.slots.description !== undefined || reading.slots.product !== undefined;
  if (turn.identity.grants.length < 2 || !aboutAProblem || reading.slots.caseNumbers) return false;
  if (!PROBLEM_INTENTS.has(mainIntent(reading))) return false;
  const current = await accountInHand(turn, turn.dialogue);
  const named = current && namedGrant(turn, text);
  if (!current || !named || (named.soldTo === current.soldTo && named.endUser === current.endUser)) return false;
  await turn.audit('case.other-account-named', turn.actor, { endUser: named.endUser });
  turn.setDialogue(IDLE);
  turn.caseRow = undefined;
  presetPair(turn, named.pairId);
  await routeIntent(turn, 'open-case', text, reading);
  return true;
}
