/** Continues a dialogue in progress, or routes a new request by intent. */
import type { Intent, Understanding } from '../../domain/conversation/intents.ts';
import { knownProductNames } from '../../store/directory-reader.ts';
import { IDLE } from './dialogue.ts';
import { handleAuthFailure } from './handlers/auth-failure.ts';
import { continueChoosePair } from './handlers/choose-pair.ts';
import { continueControlledSoftware } from './handlers/controlled-software.ts';
import { continueLicenseRequest, readsAsLicenseRequest, readsAsOtherFileRequest } from './handlers/license-request.ts';
import { answerOffer } from './handlers/offers.ts';
import { abandonDraftCase, continueOpenCase } from './handlers/open-case.ts';
import { routeIntent } from './handlers/route.ts';
import { continueTempLicense } from './handlers/temp-license.ts';
import { holdForVerification } from './handlers/verification.ts';
import type { Turn } from './turn.ts';

export function dispatch(turn: Turn, text: string): void {
  if (turn.identity.authFailed) return handleAuthFailure(turn);
  const understanding = turn.ctx.classifier.classify(text, {
    knownProducts: knownProductNames(turn.ctx.db),
    inCaseThread: turn.caseRow !== undefined,
  });
  if (understanding.intent !== 'help' && holdForVerification(turn, text, understanding.intent)) return;
  const dialogue = turn.dialogue;
  if (understanding.intent === 'cancel') {
    if (dialogue.kind === 'open-case') abandonDraftCase(turn, dialogue);
    turn.setDialogue(IDLE);
    turn.decision = 'cancelled';
    turn.reply(dialogue.kind === 'idle' ? 'nothing-to-cancel' : 'cancelled');
    return;
  }
  if (understanding.intent === 'help') return routeIntent(turn, 'help', text, understanding);

  switch (dialogue.kind) {
    case 'choose-pair':
      return continueChoosePair(turn, dialogue, text);
    case 'open-case':
      return continueOpenCase(turn, dialogue, text, understanding);
    case 'offer-new-case':
    case 'offer-admin-case':
      return answerOffer(turn, dialogue, text, understanding);
    case 'temp-license':
      return continueTempLicense(turn, dialogue, text);
    case 'controlled-software':
      return continueControlledSoftware(turn, dialogue, text);
    case 'license-request':
      return continueLicenseRequest(turn, dialogue, text);
    case 'awaiting-verification':
      // Still unverified: a new request replaces the waiting one; the reminder is sent again.
      turn.setDialogue(IDLE);
      return routeIntent(turn, newRequestIntent(turn, text, understanding), text, understanding);
    case 'idle':
      return routeIntent(turn, newRequestIntent(turn, text, understanding), text, understanding);
  }
}

/** The keyword rules' broadest answers, which a mail that reads as a license request overrides. */
const BROAD_INTENTS: ReadonlySet<Intent> = new Set(['open-case', 'not-understood']);

function newRequestIntent(turn: Turn, text: string, understanding: Understanding): Intent {
  if (BROAD_INTENTS.has(understanding.intent) && readsAsLicenseRequest(turn, text)) return 'license-request';
  if (understanding.intent === 'temp-license' && readsAsOtherFileRequest(turn, text)) return 'license-request';
  return understanding.intent;
}
