/**
 * One issue per case (docs/rules.md §4): a new problem announced in a case's thread ("Another thing, nothing to
 * do with the ETL: …", "Separate issue while I have you: …") is split into a case of its own at once, on the
 * same Sold To / End User; what the message says before the announcement ("Logs attached for the email issue")
 * is added to the case it was written to. A different product named without such an announcement may still be
 * the same problem seen elsewhere: that one is offered as a new case, and the contact says yes or no.
 */
import { announcesAnotherProblem, splitAtNewIssue } from '../../../domain/understanding/cues.ts';
import type { CaseRow } from '../../../store/case-store.ts';
import type { Turn } from '../turn.ts';
import { presetPair } from './choose-pair.ts';
import { routeIntent } from './route.ts';

/** Words enough to be news for the case (more than a greeting or a "thanks"). */
const NEWS_WORDS = 3;

export async function splitNewIssue(turn: Turn, caseRow: CaseRow, text: string, pairId?: number) {
  const split = announcesAnotherProblem(text) ? splitAtNewIssue(text) : undefined;
  if (!split) {
    turn.setDialogue({ kind: 'offer-new-case', text, ...(pairId !== undefined ? { pairId } : {}) });
    turn.decision = 'new-issue-offered';
    await turn.reply('offer-new-case-in-thread', { number: caseRow.number });
    return;
  }
  const files = turn.message.attachments.map((a) => a.filename);
  const news = split.before.split(/\s+/).filter(Boolean).length >= NEWS_WORDS || files.length > 0;
  if (news) {
    await turn.recordMessageIn(caseRow.id, split.before, { attachments: files });
    await turn.notifyStaff(
      'analyst',
      'staff-case-updated',
      { number: caseRow.number, contact: turn.identity.contact?.name ?? '', text: split.before.slice(0, 500) },
      caseRow.region,
    );
  }
  await turn.reply(news ? 'new-issue-split-with-news' : 'new-issue-split', { number: caseRow.number });
  // A new conversation for the new issue, so it gets a case of its own, on the same pair (not asked again).
  turn.caseRow = undefined;
  turn.conversation.caseId = null;
  if (pairId !== undefined) presetPair(turn, pairId);
  await routeIntent(turn, 'open-case', split.issue);
}
