/**
 * A request about "this case" that names another End User (red team round 13): Erin, a partner holding
 * Initech and Umbrella, writes "For Initech: please set the severity to low" or "Initech says it is fixed,
 * please close the case" in the thread of an Umbrella case. The thread's case is only a hint; the words say
 * the request is about another End User's case, so the thread's case is neither changed nor described: the
 * writer is asked which case they mean. A case named by number is the one meant (and the access rule decides).
 *
 * | named in the text (no case number)                                            | the case in hand |
 * |-------------------------------------------------------------------------------|------------------|
 * | nothing, or the case's own End User or Sold To                                 | acted on         |
 * | X as the account ("For X:", "End User: X", "on behalf of X"), X not the case's | asked which case |
 * | X anywhere, another End User the writer holds (not the case's own), in a      | asked which case |
 * |   request that changes or describes the case (severity, close, status, …)     |                  |
 * | the same in news or an answer ("it started after Initech's migration")         | acted on         |
 */
import { companiesMentioned, companiesNamedAsAccount, mayNameAnAccount } from '../../../domain/account-named.ts';
import { type Intent, mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { readCaseNumbers } from '../../../domain/understanding/rule-reader.ts';
import { type CaseRow, getCaseById } from '../../../store/case-store.ts';
import { allCompanies } from '../../../store/directory-reader.ts';
import { caseAccessFor } from '../case-access.ts';
import type { Turn } from '../turn.ts';

/**
 * The other End Users the text names for the thread's case, if any ([] when the case is the one meant). A
 * mention in passing counts only for a request that changes or describes the case (`byMention`): news or an
 * answer that mentions another End User ("it started after Initech's migration") is still this case's.
 */
async function otherEndUsersNamed(turn: Turn, caseRow: CaseRow, text: string, byMention: boolean): Promise<string[]> {
  const own = new Set([caseRow.endUser, caseRow.soldTo]);
  // The directory's companies are read only when the text may name one (PostgreSQL: a round trip a message).
  let companies: Array<{ id: string; name: string }> | undefined;
  const directory = async () => (companies ??= await allCompanies(turn.ctx.db));
  const asAccount = mayNameAnAccount(text) ? companiesNamedAsAccount(text, await directory()) : [];
  if (asAccount.some((c) => own.has(c.id))) return [];
  if (!byMention) return [...new Set(asAccount.map((c) => c.name))];
  const held = turn.identity.grants
    .filter((g) => g.endUser !== caseRow.endUser)
    .map((g) => ({ id: g.endUser, name: g.endUserName }));
  const mentioned = companiesMentioned(text, held);
  if (mentioned.length > 0 && companiesMentioned(text, await directory()).some((c) => c.id === caseRow.endUser))
    return [];
  const others = [...asAccount.filter((c) => !own.has(c.id)), ...mentioned];
  return [...new Set(others.map((c) => c.name))];
}

/** What a message about the case in hand reads as: a request about it, or an answer to its questions. */
const ABOUT_THE_CASE: ReadonlySet<Intent> = new Set([
  'add-to-case',
  'answer',
  'case-status',
  'severity-change',
  'management-attention',
  'close-case',
]);

/** News and answers, which a mention of another End User in passing does not take away from the case. */
const NEWS: ReadonlySet<Intent> = new Set(['add-to-case', 'answer']);

/** The case the conversation is about: the one its dialogue collects for, else its thread's. */
async function caseInHand(turn: Turn): Promise<CaseRow | undefined> {
  const dialogue = turn.dialogue;
  const id = dialogue.kind === 'case-details' || dialogue.kind === 'open-case' ? dialogue.caseId : undefined;
  if (dialogue.kind !== 'idle' && !id) return undefined;
  const caseRow = id ? await getCaseById(turn.ctx.db, id) : turn.caseRow;
  return caseRow && caseAccessFor(turn, caseRow, 'view').allowed ? caseRow : undefined;
}

/**
 * True when a request or answer would go to the case in hand by default but names another End User:
 * nothing is done to that case, and the writer is asked for the number of the case they mean.
 */
export async function asksAboutAnotherEndUser(turn: Turn, text: string, reading: Reading): Promise<boolean> {
  const intent = mainIntent(reading);
  if (!ABOUT_THE_CASE.has(intent)) return false;
  const caseRow = await caseInHand(turn);
  // A case named by number is the one meant (the access rule decides); a subject's tag is only the thread's.
  if (!caseRow || reading.slots.caseNumbers?.value.some((n) => n !== caseRow.number)) return false;
  if (readCaseNumbers(text).length > 0) return false;
  const named = await otherEndUsersNamed(turn, caseRow, text, !NEWS.has(intent));
  if (named.length === 0) return false;
  const grant = turn.identity.grants.find((g) => g.endUser === caseRow.endUser);
  const endUser = grant?.endUserName ?? caseRow.endUser ?? '';
  turn.decision = 'other-end-user-named';
  await turn.audit('case.other-end-user-named', caseRow.number, { named });
  await turn.reply('other-end-user-named', { number: caseRow.number, endUser, named: named.join(', ') });
  return true;
}
