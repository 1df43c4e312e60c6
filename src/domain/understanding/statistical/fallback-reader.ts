/**
 * The statistical fallback behind the understanding port (issue 21): where the rules understood nothing
 * in a message that is no nonsense, no acknowledgement and no automatic reply, a classifier trained on the
 * labelled corpus proposes the main intent. Only a confident proposal is taken, with a confidence below
 * every rule's, marked as a guess (the engine confirms it before acting) and with the slots the rules
 * already read. It never overrides an intent the rules found and never proposes a PIN matter, a
 * cancellation or an answer: those the rules alone decide.
 */
import { extractReply } from '../../email/extract-reply.ts';
import { isAcknowledgement } from '../acknowledgement.ts';
import { AUTOMATIC, isNonsense } from '../cues.ts';
import type { MessageReader, ReadContext } from '../port.ts';
import { INTENTS, type Intent, type Reading } from '../reading.ts';
import { classify, type IntentModel } from './classifier.ts';
import { featuresOf, withSubject } from './features.ts';

export interface FallbackOptions {
  model: IntentModel;
  /** The least probability taken (calibrated by cross-validation: npm run eval:intent-model). */
  threshold: number;
}

/** Intents the fallback never proposes: they change state on a word, and the rules read them exactly. */
export const NEVER_GUESSED: ReadonlySet<Intent> = new Set(['pin', 'cancel', 'answer', 'not-understood']);

/** Below every confidence the rules give a request they read (0.6 and up), above hasIntent's 0.5. */
export const GUESS_CONFIDENCE = 0.55;

export function withStatisticalFallback(reader: MessageReader, options: FallbackOptions): MessageReader {
  return { read: (text, context) => fallBack(reader.read(text, context), text, context, options) };
}

export function fallBack(reading: Reading, text: string, context: ReadContext, options: FallbackOptions): Reading {
  if (!mayGuess(reading, text, context)) return reading;
  const best = classify(
    options.model,
    featuresOf(withSubject(text, context.subject), { inCaseThread: context.inCaseThread }),
  )[0];
  if (!best || best.probability < options.threshold) return reading;
  const intent = INTENTS.find((i) => i === best.label);
  if (!intent || NEVER_GUESSED.has(intent)) return reading;
  return {
    ...reading,
    intents: [{ intent, confidence: GUESS_CONFIDENCE }],
    guess: { by: 'statistical', probability: best.probability },
  };
}

/**
 * Only a message standing on its own that the rules could not place: not one answering a question of
 * ours (the dialogue asks again), nor one the rules' own tests call nonsense, thanks or an automatic reply.
 */
export function mayGuess(reading: Reading, text: string, context: ReadContext): boolean {
  if (reading.intents.length !== 1 || reading.intents[0]!.intent !== 'not-understood') return false;
  if ((context.asked?.length ?? 0) > 0) return false;
  const said = extractReply(text).withoutQuotes.trim() || text.trim();
  return !isNonsense(said) && !isAcknowledgement(said) && !AUTOMATIC.test(said);
}

/** The rules' own reading of a guessed message (not-understood), where a guess is not to be confirmed. */
export function withoutGuess(reading: Reading): Reading {
  if (!reading.guess) return reading;
  const { guess: _guess, ...rest } = reading;
  return { ...rest, intents: [{ intent: 'not-understood', confidence: RULES_NOT_UNDERSTOOD }] };
}

/** The confidence the rules give a message they found nothing in (intents.ts). */
const RULES_NOT_UNDERSTOOD = 0.6;
