/** Continues a dialogue in progress, or routes a new request by intent. */
import type { Intent, Understanding } from '../../domain/conversation/intents.ts';
import { knownProductNames } from '../../store/directory-reader.ts';
import { IDLE } from './dialogue.ts';
import { handleAuthFailure } from './handlers/auth-failure.ts';
import { askWhichCase, casesToOffer, continueChooseCase } from './handlers/choose-case.ts';
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
  if (turn.message.choice !== undefined && !choiceMayBeTaken(turn)) return;

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
    case 'choose-case':
      return continueChooseCase(turn, dialogue, text);
    case 'idle': {
      const intent = newRequestIntent(turn, text, understanding);
      const offered = casesToOffer(turn, intent, understanding);
      if (offered.length > 0) return askWhichCase(turn, text, intent, offered);
      return routeIntent(turn, intent, text, understanding);
    }
  }
}

/**
 * A button answers the question of its own conversation, pressed by the person it was asked (in a
 * shared channel anyone can press any button): otherwise nothing is done, and the refusal is recorded.
 */
function choiceMayBeTaken(turn: Turn): boolean {
  if (turn.conversation.senderKey !== turn.identity.senderKey || pressedInSomeoneElsesThread(turn)) {
    turn.decision = 'choice-refused';
    turn.audit('choice.refused', turn.actor, { conversation: turn.conversation.threadKey });
    return false;
  }
  if (turn.dialogue.kind !== 'choose-case') {
    turn.decision = 'stale-choice';
    turn.reply('choice-not-pending');
    return false;
  }
  return true;
}

/**
 * A button pressed by someone who had not written in its thread: the engine gave them a conversation of
 * their own there (conversation-store.ts, one per sender), with nothing asked — silence, on record.
 */
function pressedInSomeoneElsesThread(turn: Turn): boolean {
  const c = turn.conversation;
  return c.threadKey.includes('|from:') && c.caseId === null && turn.dialogue.kind === 'idle';
}

/** The keyword rules' broadest answers, which a mail that reads as a license request overrides. */
const BROAD_INTENTS: ReadonlySet<Intent> = new Set(['open-case', 'not-understood']);

function newRequestIntent(turn: Turn, text: string, understanding: Understanding): Intent {
  if (BROAD_INTENTS.has(understanding.intent) && readsAsLicenseRequest(turn, text)) return 'license-request';
  if (understanding.intent === 'temp-license' && readsAsOtherFileRequest(turn, text)) return 'license-request';
  return understanding.intent;
}
