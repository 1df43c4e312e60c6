/** New requests by intent, behind the verification and access rules of DOMAIN.md §1. */
import type { Intent, Understanding } from '../../../domain/conversation/intents.ts';
import { knownProductNames } from '../../../store/directory-reader.ts';
import type { Turn } from '../turn.ts';
import { addToCase, caseStatus, managementAttention, myCases, requestSeverityChange } from './case-requests.ts';
import { startControlledSoftware } from './controlled-software.ts';
import { startLicenseRequest } from './license-request.ts';
import { startOpenCase } from './open-case.ts';
import { answerDownload, answerReleaseType } from './software.ts';
import { startTempLicense } from './temp-license.ts';
import { answerPinQuestion, requireVerified } from './verification.ts';

export function routeIntent(turn: Turn, intent: Intent, text: string, understanding?: Understanding): void {
  const u =
    understanding ??
    turn.ctx.classifier.classify(text, {
      knownProducts: knownProductNames(turn.ctx.db),
      inCaseThread: turn.caseRow !== undefined,
    });
  switch (intent) {
    case 'help':
    case 'cancel':
      turn.decision = 'help';
      turn.reply('help', { portal: turn.ctx.policy.supportPortalName });
      return;
    case 'not-understood':
      turn.decision = 'not-understood';
      turn.reply('not-understood');
      return;
    case 'pin':
      return answerPinQuestion(turn);
    case 'release-type':
      return answerReleaseType(turn, text);
    case 'license-request':
      // Routing a request to Licensing issues nothing: an identified Designated Contact suffices (README).
      return startLicenseRequest(turn, text);
    default:
      break;
  }
  if (!requireVerified(turn, { intent, text })) return;
  switch (intent) {
    case 'open-case':
      return startOpenCase(turn, text, u);
    case 'add-to-case':
      return addToCase(turn, text, u);
    case 'case-status':
      return caseStatus(turn, u);
    case 'my-cases':
      return myCases(turn);
    case 'severity-change':
      return requestSeverityChange(turn, text, u);
    case 'management-attention':
      return managementAttention(turn, text, u);
    case 'download':
      return answerDownload(turn, text, u);
    case 'controlled-software':
      return startControlledSoftware(turn, text);
    case 'temp-license':
      return startTempLicense(turn, text);
  }
}
