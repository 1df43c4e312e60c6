/**
 * New requests by intent, behind the verification and access rules of DOMAIN.md §1. A message may make
 * several requests (a report and a question): the main one is handled first, then the others that can be
 * answered in passing (issue 21).
 */
import { isAcknowledgement } from '../../../domain/understanding/acknowledgement.ts';
import { isNudge } from '../../../domain/understanding/nudge.ts';
import { longEnoughToReport, writtenInAnotherLanguage } from '../../../domain/understanding/other-language.ts';
import type { Intent, Reading } from '../../../domain/understanding/reading.ts';
import { readMessage } from '../read-message.ts';
import type { Turn } from '../turn.ts';
import { answerQuestions } from './answer-question.ts';
import {
  addToCase,
  caseStatus,
  closeOwnCase,
  managementAttention,
  myCases,
  requestSeverityChange,
} from './case-requests.ts';
import { startControlledSoftware } from './controlled-software.ts';
import { startLicenseRequest } from './license-request.ts';
import { notUnderstood } from './not-understood.ts';
import { startOpenCase } from './open-case.ts';
import { routeEachRequest } from './several-requests.ts';
import { answerDownload } from './software.ts';
import { startTempLicense } from './temp-license.ts';
import { answerPinQuestion, requireVerified } from './verification.ts';

/** Requests answered after the main one when a message makes several. */
const IN_PASSING: ReadonlySet<Intent> = new Set(['question', 'release-type', 'management-attention', 'download']);

export async function routeIntent(
  turn: Turn,
  intent: Intent,
  text: string,
  reading?: Reading,
  whole = true,
): Promise<void> {
  const r = reading ?? (await readMessage(turn, text));
  const one = (i: Intent, part: string, partReading: Reading) => routeIntent(turn, i, part, partReading, false);
  if (whole && (await routeEachRequest(turn, text, r, one))) return;
  await route(turn, intent, text, r);
  const handled = new Set<Intent>([intent]);
  if (intent === 'release-type' || intent === 'question') handled.add('question').add('release-type');
  for (const other of r.intents.slice(1)) {
    if (other.confidence < 0.7 || handled.has(other.intent) || !IN_PASSING.has(other.intent)) continue;
    if (turn.decision === 'verification-requested' || turn.decision === 'unknown-sender') break;
    handled.add(other.intent);
    if (other.intent === 'question' || other.intent === 'release-type') {
      handled.add('question').add('release-type');
      await answerQuestions(turn, text, r);
    } else await route(turn, other.intent, text, r);
  }
}

async function route(turn: Turn, intent: Intent, text: string, r: Reading): Promise<void> {
  switch (intent) {
    case 'help':
      // "hello?" in a case's thread from a colleague not yet verified: verification first, as for a request.
      if (isNudge(text) && unseenThreadCase(turn)) return await askVerificationFirst(turn, 'case-status', text);
      turn.decision = 'help';
      await turn.reply('help', { portal: turn.ctx.policy.supportPortalName });
      return;
    case 'cancel':
      turn.decision = 'nothing-to-cancel';
      await turn.reply('nothing-to-cancel');
      return;
    case 'not-understood':
      return await notUnderstoodInThread(turn, text, r);
    case 'answer':
      // An answer to a question no longer asked: in a case's thread it is information for the case.
      if (turn.caseRow && turn.caseRow.state !== 'collecting') return await routeVerified(turn, 'add-to-case', text, r);
      return await notUnderstood(turn, text);
    case 'pin':
      return await answerPinQuestion(turn, text);
    case 'release-type':
    case 'question':
      return await answerQuestions(turn, text, r);
    case 'license-request':
      // Routing a request to Licensing issues nothing: an identified Designated Contact suffices (README).
      return await startLicenseRequest(turn, text);
    default:
      return await routeVerified(turn, intent, text, r);
  }
}

/**
 * In a case's thread, a message read as nothing is still written to that case: a file sent there without a
 * word by its contact is added to it (logs sent to one's case are the common case), and a sender not yet
 * verified is offered verification first, as for a first request — nothing of the case is shown before.
 */
async function notUnderstoodInThread(turn: Turn, text: string, r: Reading): Promise<void> {
  if (unseenThreadCase(turn) && !isAcknowledgement(text))
    return await askVerificationFirst(turn, 'not-understood', text);
  if (!turn.caseRow || turn.caseRow.state === 'collecting') {
    // A Designated Contact's report in another language: a case with the text as written moves it on.
    if (turn.identity.contact?.designated && writtenInAnotherLanguage(text) && longEnoughToReport(text))
      return await routeVerified(turn, 'open-case', text, r);
    return await notUnderstood(turn, text);
  }
  if (text.trim() === '' && turn.message.attachments.length > 0)
    return await routeVerified(turn, 'add-to-case', text, r);
  if (!(await requireVerified(turn, { intent: 'not-understood', text }))) return;
  return await notUnderstood(turn, text);
}

/** The thread is a case's, which this sender may not see until verified (turn.ts shows it only then). */
function unseenThreadCase(turn: Turn): boolean {
  const hint = turn.caseHint;
  return !turn.identity.verified && turn.caseRow === undefined && hint !== undefined && hint.state !== 'collecting';
}

/** The PIN is asked for; nothing of the case is said, and the message waits to be read once verified. */
async function askVerificationFirst(turn: Turn, intent: Intent, text: string): Promise<void> {
  if (await requireVerified(turn, { intent, text })) await notUnderstood(turn, text);
}

async function routeVerified(turn: Turn, intent: Intent, text: string, r: Reading): Promise<void> {
  if (!(await requireVerified(turn, { intent, text }))) return;
  switch (intent) {
    case 'open-case':
      // One issue per case (DOMAIN.md §4): a new problem in an open case's thread is offered as a case of its own.
      if (turn.caseRow && turn.caseRow.state !== 'collecting' && turn.caseRow.state !== 'closed')
        return await addToCase(turn, text, r);
      return await startOpenCase(turn, text, r);
    case 'add-to-case':
      return await addToCase(turn, text, r);
    case 'case-status':
      return await caseStatus(turn, r);
    case 'my-cases':
      return await myCases(turn);
    case 'severity-change':
      return await requestSeverityChange(turn, text, r);
    case 'management-attention':
      return await managementAttention(turn, text, r);
    case 'close-case':
      return await closeOwnCase(turn, text, r);
    case 'download':
      return await answerDownload(turn, text, r);
    case 'controlled-software':
      return await startControlledSoftware(turn, text, r);
    case 'temp-license':
      return await startTempLicense(turn, text, r);
    default:
      return await notUnderstood(turn, text);
  }
}
