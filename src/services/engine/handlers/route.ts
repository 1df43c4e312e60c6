/**
 * New requests by intent, behind the verification and access rules of DOMAIN.md §1. A message may make
 * several requests (a report and a question): the main one is handled first, then the others that can be
 * answered in passing (issue 21).
 */
import type { Intent, Reading } from '../../../domain/understanding/reading.ts';
import { readMessage } from '../read-message.ts';
import type { Turn } from '../turn.ts';
import { answerQuestions } from './answer-question.ts';
import {
  addToCase,
  caseStatus,
  managementAttention,
  myCases,
  requestCaseClosure,
  requestSeverityChange,
} from './case-requests.ts';
import { startControlledSoftware } from './controlled-software.ts';
import { startLicenseRequest } from './license-request.ts';
import { notUnderstood } from './not-understood.ts';
import { startOpenCase } from './open-case.ts';
import { answerDownload } from './software.ts';
import { startTempLicense } from './temp-license.ts';
import { answerPinQuestion, requireVerified } from './verification.ts';

/** Requests answered after the main one when a message makes several. */
const IN_PASSING: ReadonlySet<Intent> = new Set(['question', 'release-type', 'management-attention', 'download']);

export function routeIntent(turn: Turn, intent: Intent, text: string, reading?: Reading): void {
  const r = reading ?? readMessage(turn, text);
  route(turn, intent, text, r);
  const handled = new Set<Intent>([intent]);
  if (intent === 'release-type' || intent === 'question') handled.add('question').add('release-type');
  for (const other of r.intents.slice(1)) {
    if (other.confidence < 0.7 || handled.has(other.intent) || !IN_PASSING.has(other.intent)) continue;
    if (turn.decision === 'verification-requested' || turn.decision === 'unknown-sender') break;
    handled.add(other.intent);
    if (other.intent === 'question' || other.intent === 'release-type') {
      handled.add('question').add('release-type');
      answerQuestions(turn, text, r);
    } else route(turn, other.intent, text, r);
  }
}

function route(turn: Turn, intent: Intent, text: string, r: Reading): void {
  switch (intent) {
    case 'help':
      turn.decision = 'help';
      turn.reply('help', { portal: turn.ctx.policy.supportPortalName });
      return;
    case 'cancel':
      turn.decision = 'nothing-to-cancel';
      turn.reply('nothing-to-cancel');
      return;
    case 'not-understood':
      return notUnderstood(turn, text);
    case 'answer':
      // An answer to a question no longer asked: in a case's thread it is information for the case.
      if (turn.caseRow && turn.caseRow.state !== 'collecting') return routeVerified(turn, 'add-to-case', text, r);
      return notUnderstood(turn, text);
    case 'pin':
      return answerPinQuestion(turn);
    case 'release-type':
    case 'question':
      return answerQuestions(turn, text, r);
    case 'license-request':
      // Routing a request to Licensing issues nothing: an identified Designated Contact suffices (README).
      return startLicenseRequest(turn, text);
    default:
      return routeVerified(turn, intent, text, r);
  }
}

function routeVerified(turn: Turn, intent: Intent, text: string, r: Reading): void {
  if (!requireVerified(turn, { intent, text })) return;
  switch (intent) {
    case 'open-case':
      // One issue per case (DOMAIN.md §4): a new problem in an open case's thread is offered as a case of its own.
      if (turn.caseRow && turn.caseRow.state !== 'collecting' && turn.caseRow.state !== 'closed')
        return addToCase(turn, text, r);
      return startOpenCase(turn, text, r);
    case 'add-to-case':
      return addToCase(turn, text, r);
    case 'case-status':
      return caseStatus(turn, r);
    case 'my-cases':
      return myCases(turn);
    case 'severity-change':
      return requestSeverityChange(turn, text, r);
    case 'management-attention':
      return managementAttention(turn, text, r);
    case 'close-case':
      return requestCaseClosure(turn, text, r);
    case 'download':
      return answerDownload(turn, text, r);
    case 'controlled-software':
      return startControlledSoftware(turn, text, r);
    case 'temp-license':
      return startTempLicense(turn, text, r);
    default:
      return notUnderstood(turn, text);
  }
}
