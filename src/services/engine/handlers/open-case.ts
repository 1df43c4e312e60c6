/**
 * Opening a support case (DOMAIN.md §2–§4, issue 21): every fact of every message goes into the draft,
 * everything still missing is asked in one message, and the clock starts once product, description,
 * severity and circumstances are in (seed 001 §2.1). Critical severities open at once with the call-in
 * instruction and a staff page; a test/lab system is capped at High. A question or another request in the
 * middle is handled, and the dialogue resumes.
 */
import { findCoveringContract } from '../../../domain/access.ts';
import { mergeIntoDraft } from '../../../domain/cases/merge-draft.ts';
import {
  type CaseDraft,
  CLOCK_FIELDS,
  type DraftField,
  missingForClock,
  missingHelpful,
} from '../../../domain/cases/required-info.ts';
import { writtenInAnotherLanguage } from '../../../domain/understanding/other-language.ts';
import { mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { reportRemainder } from '../../../domain/understanding/report-remainder.ts';
import { contractsOf, type PairGrant } from '../../../store/directory-reader.ts';
import { actingGrant } from '../case-access.ts';
import { askedList, type Dialogue, IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { cancel } from './cancel.ts';
import { openCaseRecord } from './case-factory.ts';
import { askCaseQuestions, contractProducts } from './case-questions.ts';
import { pickPair } from './choose-pair.ts';
import { closeTheOthersNamed } from './close-case.ts';
import { explainNoCoverage } from './coverage.ts';
import { draftCaseOf, refuseLapsedContract, syncDraft } from './draft-case.ts';
import {
  asksBesideAnswer,
  choiceFrom,
  closesTheDraft,
  handleAside,
  isAside,
  notPlausiblePreface,
} from './open-case-asides.ts';
import { startClock } from './start-clock.ts';

type OpenCaseDialogue = Extract<Dialogue, { kind: 'open-case' }>;

interface Ask {
  again?: readonly DraftField[];
  preface?: string;
}

export async function startOpenCase(turn: Turn, text: string, reading: Reading): Promise<void> {
  const pair = await pickPair(turn, 'open-case', { intent: 'open-case', text });
  if (!pair) return;
  if (await refuseLapsedContract(turn, pair)) return;
  const [first, ...rest] = reading.issues;
  const merged = mergeIntoDraft({}, reading, first?.text ?? text);
  // The case keeps the report as written (its first issue), not only the sentences read as the problem.
  // A report in another language keeps its text as the description: its problem sentence is not read.
  // So does a report known by its facts whose behaviour no problem sentence names (report-remainder.ts).
  const asWritten = merged.draft.description
    ? reading.slots.description?.source === 'text'
    : writtenInAnotherLanguage(first?.text ?? text) ||
      (rest.length === 0 && reportRemainder(first?.text ?? text, reading) !== undefined);
  const draft = asWritten ? { ...merged.draft, description: (first?.text ?? text).trim() } : merged.draft;
  const choices = draft.product ? [] : await nearMisses(turn, reading, pair);
  const pendingIssues = rest.map((r) => r.text);
  if (pendingIssues.length > 0) {
    await turn.reply('several-issues', {
      count: pendingIssues.length + 1,
      others: pendingIssues.map((r) => `• ${r.slice(0, 160)}`).join('\n'),
    });
    await turn.audit('case.split-offered', turn.actor, { issues: pendingIssues.length + 1 });
  }
  await advance(
    turn,
    { kind: 'open-case', pairId: pair.pairId, draft, pendingIssues, askedBefore: [], choices, caseId: null },
    pair,
    {},
  );
}

export async function continueOpenCase(
  turn: Turn,
  dialogue: OpenCaseDialogue,
  text: string,
  reading: Reading,
): Promise<void> {
  const pair = actingGrant(turn, dialogue.pairId);
  if (!pair) {
    turn.setDialogue(IDLE);
    await turn.reply('no-access');
    return;
  }
  const asked = askedList(dialogue.asked);
  const draftNumber = (await draftCaseOf(turn, dialogue, pair))?.number;
  if (closesTheDraft(reading, draftNumber)) {
    await cancel(turn);
    // "please close both cases": the contact's other live case is the second one named.
    return await closeTheOthersNamed(turn, text, reading, draftNumber);
  }
  if (isAside(reading)) {
    await handleAside(turn, text, reading);
    // The dialogue resumes where it was: what the clock still needs is asked again.
    return await advance(turn, { ...dialogue, asked: undefined }, pair, {
      again: asked,
      preface: 'Back to your new case.',
    });
  }
  if (asksBesideAnswer(reading)) await handleAside(turn, text, reading);
  let draft: CaseDraft = dialogue.draft;
  if (!draft.product && dialogue.choices?.length) {
    const chosen = choiceFrom(text, dialogue.choices);
    if (chosen) draft = { ...draft, product: chosen };
  }
  const merged = mergeIntoDraft(draft, reading, text, asked);
  const unanswered = asked.filter((f) => CLOCK_FIELDS.includes(f) && !merged.draft[f]);
  const preface = merged.changed.length === 0 ? notPlausiblePreface(turn, text, reading, unanswered) : undefined;
  await advance(turn, { ...dialogue, draft: merged.draft, asked: undefined }, pair, {
    again: unanswered,
    ...(preface ? { preface } : {}),
  });
  if (mainIntent(reading) === 'open-case' && reading.announcesNewIssue)
    await turn.audit('case.new-issue-in-dialogue', turn.actor);
}

async function advance(turn: Turn, started: OpenCaseDialogue, pair: PairGrant, ask: Ask): Promise<void> {
  let dialogue = started;
  let { draft } = dialogue;
  const { policy } = turn.ctx;
  if (draft.severity && draft.system === 'test' && !policy.severities[draft.severity].allowedOnTest) {
    // DOMAIN.md §2: a test/lab system can be at most High; the case opens at High with the reason.
    await turn.reply('test-capped-at-high', { severity: policy.severities[draft.severity].name });
    await turn.audit('case.severity-capped', turn.actor, { requested: draft.severity, system: 'test' });
    draft = { ...draft, severity: 'high' };
  }
  let caseRow = await draftCaseOf(turn, dialogue, pair);
  if (draft.product && !caseRow) {
    const coverage = findCoveringContract(
      await contractsOf(turn.ctx.db, pair.soldTo),
      draft.product,
      cleanVersion(draft.version),
      turn.nowIso.slice(0, 10),
    );
    if (!coverage.covered) {
      turn.setDialogue(IDLE);
      await explainNoCoverage(turn, coverage.reason, draft.product, pair);
      return;
    }
    caseRow = await openCaseRecord(turn, {
      type: 'support',
      pair,
      contract: coverage.contract,
      draft,
      state: 'collecting',
    });
    dialogue = { ...dialogue, caseId: caseRow.id };
  }
  if (caseRow) caseRow = await syncDraft(turn, caseRow, draft);
  const askedBefore = dialogue.askedBefore ?? [];
  const required = missingForClock(draft);
  const helpful = missingHelpful(draft).filter((f) => !askedBefore.includes(f));
  const critical = draft.severity !== undefined && policy.severities[draft.severity].mustCallIn;
  if (caseRow && draft.severity && (critical || required.length === 0)) {
    await startClock(turn, caseRow, draft.severity);
    // Asked now if never asked; taken later when given either way (they do not hold the clock).
    const toAsk = [...required, ...helpful];
    const stillMissing = [...required, ...missingHelpful(draft)];
    if (toAsk.length > 0) await askCaseQuestions(turn, pair, { required: [], helpful: toAsk, again: [] });
    turn.setDialogue(
      stillMissing.length > 0 ? { kind: 'case-details', caseId: caseRow.id, asked: stillMissing } : IDLE,
    );
    return await offerPendingIssues(turn, dialogue);
  }
  // Asked again (and marked so): what the clock needs, asked before and still missing.
  const again = required.filter((f) => askedBefore.includes(f));
  await askCaseQuestions(turn, pair, {
    required,
    helpful,
    again,
    ...(dialogue.choices?.length && !draft.product ? { choices: dialogue.choices } : {}),
    ...(caseRow ? { caseNumber: caseRow.number } : {}),
    ...(ask.preface ? { preface: ask.preface } : {}),
  });
  const asked = [...required, ...helpful];
  // What the next message may answer: everything still missing that was ever asked, not only this time.
  const open = [...required, ...missingHelpful(draft)];
  turn.setDialogue({ ...dialogue, draft, asked: open, askedBefore: [...new Set([...askedBefore, ...asked])] });
  turn.decision = caseRow ? 'collecting' : 'gathering';
}

function cleanVersion(version: string | undefined): string | undefined {
  return version && version !== 'unknown' ? version : undefined;
}

/** Products the message seems to name loosely, those of the contact's contract first. */
async function nearMisses(turn: Turn, reading: Reading, pair: PairGrant): Promise<string[]> {
  const covered = await contractProducts(turn, pair);
  const names = reading.products.filter((p) => p.confidence < 0.8 && p.confidence >= 0.45).map((p) => p.name);
  return [...new Set([...names.filter((n) => covered.includes(n)), ...names])].slice(0, 3);
}

async function offerPendingIssues(turn: Turn, dialogue: OpenCaseDialogue): Promise<void> {
  const [next, ...rest] = dialogue.pendingIssues;
  if (!next) return;
  turn.setDialogue({ kind: 'offer-new-case', text: [next, ...rest].join('\n'), pairId: dialogue.pairId });
  await turn.reply('offer-next-issue', { issue: next.replace(/\s*\n\s*/g, ' ').slice(0, 200) });
}
