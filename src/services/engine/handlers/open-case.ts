/**
 * Opening a support case (DOMAIN.md §2–§4): gather what the case needs one question at a time
 * (taking several answers given at once), check the contract, and start the clock once the required
 * information is in. Critical severities open at once, with the call-in instruction and a staff page.
 */
import { findCoveringContract } from '../../../domain/access.ts';
import { type CaseDraft, DRAFT_FIELDS, type DraftField, nextQuestion } from '../../../domain/cases/required-info.ts';
import { severityFromAnswer, systemFromText } from '../../../domain/conversation/entities.ts';
import type { Understanding } from '../../../domain/conversation/intents.ts';
import { splitIssues } from '../../../domain/conversation/issue-split.ts';
import { addCaseEvent, type CaseRow, getCaseById, updateCase } from '../../../store/case-store.ts';
import { contractsOf, type PairGrant } from '../../../store/directory-reader.ts';
import { actingGrant, caseAccessFor } from '../case-access.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { openCaseRecord } from './case-factory.ts';
import { pickPair } from './choose-pair.ts';
import { explainNoCoverage } from './coverage.ts';
import { startClock } from './start-clock.ts';

type OpenCaseDialogue = Extract<Dialogue, { kind: 'open-case' }>;

const BARE_REQUEST =
  /^\s*(?:i\s+(?:want|need|would\s+like)\s+to\s+)?(?:open|raise|log|create)\s+(?:a\s+)?(?:new\s+)?(?:support\s+)?case\s*[.!]*\s*$/i;

export function startOpenCase(turn: Turn, text: string, u: Understanding): void {
  const pair = pickPair(turn, 'open-case', { intent: 'open-case', text });
  if (!pair) return;
  const [first = text, ...rest] = splitIssues(text);
  const draft: CaseDraft = {};
  if (!BARE_REQUEST.test(first) && first.length >= 12) draft.description = first;
  fillFromEntities(
    draft,
    first,
    turn.ctx.classifier.classify(first, { knownProducts: u.entities.products, inCaseThread: false }),
  );
  if (!draft.product && u.entities.products[0] && first.includes(u.entities.products[0]))
    draft.product = u.entities.products[0];
  const dialogue: OpenCaseDialogue = {
    kind: 'open-case',
    pairId: pair.pairId,
    draft,
    pendingIssues: rest,
    caseId: null,
  };
  if (rest.length > 0) {
    turn.reply('several-issues', {
      count: rest.length + 1,
      others: rest.map((r) => `• ${r.slice(0, 160)}`).join('\n'),
    });
    turn.audit('case.split-offered', turn.actor, { issues: rest.length + 1 });
  }
  advance(turn, dialogue, pair);
}

export function continueOpenCase(turn: Turn, dialogue: OpenCaseDialogue, text: string, u: Understanding): void {
  const pair = actingGrant(turn, dialogue.pairId);
  if (!pair) {
    turn.setDialogue(IDLE);
    turn.reply('no-access');
    return;
  }
  const draft = { ...dialogue.draft };
  if (dialogue.asked) answerField(draft, dialogue.asked, text, u);
  fillFromEntities(draft, text, u);
  advance(turn, { ...dialogue, draft, asked: undefined }, pair);
}

function answerField(draft: CaseDraft, field: DraftField, text: string, u: Understanding): void {
  const answer = text.trim();
  switch (field) {
    case 'product':
      if (u.entities.products[0]) draft.product = u.entities.products[0];
      return;
    case 'version':
      draft.version =
        u.entities.versions[0] ?? (/\b(don'?t|do not)\s+know|unknown|not sure/i.test(answer) ? 'unknown' : undefined);
      return;
    case 'system':
      draft.system = systemFromText(answer) ?? draft.system;
      return;
    case 'severity':
      draft.severity = severityFromAnswer(answer) ?? draft.severity;
      return;
    default:
      if (answer.length >= 3) draft[field] = answer;
  }
}

function fillFromEntities(draft: CaseDraft, _text: string, u: Understanding): void {
  const e = u.entities;
  draft.product ??= e.products[0];
  draft.version ??= e.versions[0];
  draft.system ??= e.system;
  draft.severity ??= e.severity;
}

function advance(turn: Turn, started: OpenCaseDialogue, pair: PairGrant): void {
  let dialogue = started;
  const { draft } = dialogue;
  const { policy } = turn.ctx;
  if (draft.severity && draft.system === 'test' && !policy.severities[draft.severity].allowedOnTest) {
    turn.reply('test-cannot-be-critical', { severity: policy.severities[draft.severity].name });
    draft.severity = undefined;
  }
  let caseRow = draftCaseOf(turn, dialogue, pair);
  if (draft.product && !caseRow) {
    const today = turn.nowIso.slice(0, 10);
    const coverage = findCoveringContract(
      contractsOf(turn.ctx.db, pair.soldTo),
      draft.product,
      cleanVersion(draft.version),
      today,
    );
    if (!coverage.covered) {
      turn.setDialogue(IDLE);
      explainNoCoverage(turn, coverage.reason, draft.product, pair);
      return;
    }
    caseRow = openCaseRecord(turn, { type: 'support', pair, contract: coverage.contract, draft, state: 'collecting' });
    dialogue = { ...dialogue, caseId: caseRow.id };
  }
  if (caseRow) caseRow = syncDraft(turn, caseRow, draft);
  const critical = draft.severity && policy.severities[draft.severity].mustCallIn && draft.system === 'production';
  const next = nextQuestion(draft);
  if (caseRow && (critical || next === undefined)) {
    startClock(turn, caseRow, draft.severity!);
    return offerPendingIssues(turn, dialogue);
  }
  const field = next ?? 'description';
  turn.setDialogue({ ...dialogue, draft, asked: field });
  turn.decision = caseRow ? 'collecting' : 'gathering';
  askField(turn, field, pair);
}

/**
 * The collecting case this dialogue opened, while it still collects, is on the dialogue's pair, and the
 * sender may change it — never a case the thread or a subject tag points at (issue 18 §2).
 */
function draftCaseOf(turn: Turn, dialogue: OpenCaseDialogue, pair: PairGrant): CaseRow | undefined {
  const id = dialogue.caseId === undefined ? turn.conversation.caseId : dialogue.caseId;
  const draft = id === null ? undefined : getCaseById(turn.ctx.db, id);
  if (draft?.state !== 'collecting' || draft.soldTo !== pair.soldTo || draft.endUser !== pair.endUser) return undefined;
  return caseAccessFor(turn, draft, 'update').allowed ? draft : undefined;
}

function cleanVersion(version: string | undefined): string | undefined {
  return version && version !== 'unknown' ? version : undefined;
}

/** Writes the draft to the collecting case, only when an answer changed it. */
function syncDraft(turn: Turn, caseRow: CaseRow, draft: CaseDraft) {
  if (DRAFT_FIELDS.every((field) => (caseRow[field] ?? null) === (draft[field] ?? null))) return caseRow;
  const updated = updateCase(turn.ctx.db, caseRow.id, {
    description: draft.description ?? null,
    product: draft.product ?? null,
    version: draft.version ?? null,
    system: draft.system ?? null,
    severity: draft.severity ?? null,
    circumstances: draft.circumstances ?? null,
    businessImpact: draft.businessImpact ?? null,
    updatedAt: turn.nowIso,
  });
  turn.attachCase(updated);
  return updated;
}

function askField(turn: Turn, field: DraftField, pair: PairGrant): void {
  if (field === 'severity') {
    const lines = Object.entries(turn.ctx.policy.severities).map(
      ([, s], i) => `${i + 1}. ${s.name}${s.allowedOnTest ? '' : ' (production only)'} — ${s.criteria}`,
    );
    turn.reply('ask-severity', { criteria: lines.join('\n') });
    return;
  }
  if (field === 'product') {
    const products = contractsOf(turn.ctx.db, pair.soldTo).flatMap((c) => c.products.map((p) => p.name));
    turn.reply('ask-product', { products: [...new Set(products)].join(', ') || 'none on file' });
    return;
  }
  turn.reply(`ask-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
}

function offerPendingIssues(turn: Turn, dialogue: OpenCaseDialogue): void {
  const [next, ...rest] = dialogue.pendingIssues;
  if (!next) {
    turn.setDialogue(IDLE);
    return;
  }
  turn.setDialogue({ kind: 'offer-new-case', text: [next, ...rest].join('\n'), pairId: dialogue.pairId });
  turn.reply('offer-next-issue', { issue: next.slice(0, 200) });
}

/**
 * "Cancel" while a case is still being gathered: the dialogue's own draft case is closed and the thread
 * let go of it, so what the contact writes next is not added to a case they abandoned (and staff never
 * saw). Only that case, and only by a sender who may change it (issue 18 §2).
 */
export function abandonDraftCase(turn: Turn, dialogue: OpenCaseDialogue): void {
  const pair = actingGrant(turn, dialogue.pairId);
  const draft = pair ? draftCaseOf(turn, dialogue, pair) : undefined;
  if (!draft) return;
  updateCase(turn.ctx.db, draft.id, { state: 'closed', updatedAt: turn.nowIso });
  addCaseEvent(turn.ctx.db, {
    caseId: draft.id,
    at: turn.nowIso,
    kind: 'state',
    actor: turn.actor,
    text: 'closed: cancelled by the contact before it was opened',
  });
  turn.audit('case.cancelled', draft.number);
  turn.caseRow = undefined;
  turn.conversation.caseId = null;
}
