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
import { addCaseEvent, type CaseRow, updateCase } from '../../../store/case-store.ts';
import { contractsOf, type PairGrant } from '../../../store/directory-reader.ts';
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
  const dialogue: OpenCaseDialogue = { kind: 'open-case', pairId: pair.pairId, draft, pendingIssues: rest };
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
  const pair = turn.identity.grants.find((g) => g.pairId === dialogue.pairId && g.level === 'read-write');
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

function advance(turn: Turn, dialogue: OpenCaseDialogue, pair: PairGrant): void {
  const { draft } = dialogue;
  const { policy } = turn.ctx;
  if (draft.severity && draft.system === 'test' && !policy.severities[draft.severity].allowedOnTest) {
    turn.reply('test-cannot-be-critical', { severity: policy.severities[draft.severity].name });
    draft.severity = undefined;
  }
  let caseRow = turn.caseRow?.state === 'collecting' ? turn.caseRow : undefined;
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
 * "Cancel" while a case is still being gathered: the draft case is closed and the thread let go of it,
 * so what the contact writes next is not added to a case they abandoned (and staff never saw).
 */
export function abandonDraftCase(turn: Turn): void {
  const draft = turn.caseRow;
  if (draft?.state !== 'collecting') return;
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
