/**
 * The statistical fallback behind the understanding port (issue 21): where the rules understood nothing
 * in a message that is no nonsense, no acknowledgement and no automatic reply, a classifier trained on the
 * labelled corpus proposes the main intent. It is also a second opinion where the rules read only a
 * default (a weak reading: a question by its form alone, a case named with nothing asked, a note about a
 * case), and only there: a sure proposal of another request replaces it. Either way the proposal has a
 * confidence below every rule's, is marked as a guess (the engine confirms it before acting) and keeps
 * the slots the rules read. It never overrides a request the rules read from its own words and never
 * proposes a PIN matter, a cancellation or an answer: those the rules alone decide.
 */
import { extractReply } from '../../email/extract-reply.ts';
import { isAcknowledgement } from '../acknowledgement.ts';
import { AUTOMATIC, isNonsense } from '../cues.ts';
import { withoutLaterCloses } from '../negated-requests.ts';
import type { MessageReader, ReadContext } from '../port.ts';
import { INTENTS, type Intent, type Reading } from '../reading.ts';
import { classify, type IntentModel } from './classifier.ts';
import { featuresOf, withSubject } from './features.ts';

export interface FallbackOptions {
  model: IntentModel;
  /** The least probability taken (calibrated by cross-validation: npm run eval:intent-model). */
  threshold: number;
  /** The least probability that replaces a weak reading of the rules (none: weak readings stay the rules'). */
  overrideThreshold?: number;
}

/** Intents the fallback never proposes: they change state on a word, and the rules read them exactly. */
export const NEVER_GUESSED: ReadonlySet<Intent> = new Set(['pin', 'cancel', 'answer', 'not-understood']);

/** Actions on a case a writer may say are not wanted (negated-requests.ts). */
const REFUSABLE: ReadonlySet<Intent> = new Set(['close-case', 'severity-change']);

/** Below every confidence the rules give a request they read (0.6 and up), above hasIntent's 0.5. */
export const GUESS_CONFIDENCE = 0.55;

export function withStatisticalFallback(reader: MessageReader, options: FallbackOptions): MessageReader {
  return { read: (text, context) => fallBack(reader.read(text, context), text, context, options) };
}

/**
 * The rules' readings below this confidence are their defaults, not a request read from its words
 * (intents.ts): a question by its form alone or a case named with nothing asked (0.6), a note or a
 * question about a case (0.62–0.72). A problem report (0.74 and up) is not among them: across writers the
 * model replacing one was wrong as often as the rules (npm run eval:intent-model -- --by-writer).
 */
export const WEAK_READING_BELOW = 0.73;

export function fallBack(reading: Reading, text: string, context: ReadContext, options: FallbackOptions): Reading {
  const missed = mayGuess(reading, text, context);
  const weak = !missed && options.overrideThreshold !== undefined && isWeakReading(reading, context);
  if (!missed && !weak) return reading;
  const best = classify(
    options.model,
    featuresOf(withSubject(text, context.subject), { inCaseThread: context.inCaseThread }),
  )[0];
  const threshold = missed ? options.threshold : options.overrideThreshold!;
  if (!best || best.probability < threshold) return reading;
  const intent = INTENTS.find((i) => i === best.label);
  if (!intent || NEVER_GUESSED.has(intent) || intent === reading.intents[0]!.intent) return reading;
  // "Please never make case N critical", "keep it open until Friday": an action the rules set aside is not guessed back.
  if (REFUSABLE.has(intent) && withoutLaterCloses(text) !== text) return reading;
  return {
    ...reading,
    intents: [{ intent, confidence: GUESS_CONFIDENCE }],
    guess: {
      by: 'statistical',
      probability: best.probability,
      ...(weak ? { rules: reading.intents } : {}),
    },
  };
}

/**
 * A weak reading of a message standing on its own: the rules' main request is one the fallback may
 * propose, read only by default (WEAK_READING_BELOW).
 */
export function isWeakReading(reading: Reading, context: ReadContext): boolean {
  const main = reading.intents[0]!;
  if ((context.asked?.length ?? 0) > 0) return false;
  return main.confidence < WEAK_READING_BELOW && !NEVER_GUESSED.has(main.intent);
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

/** The rules' own reading of a guessed message (their weak one, or not-understood), where a guess is not to be confirmed. */
export function withoutGuess(reading: Reading): Reading {
  if (!reading.guess) return reading;
  const { guess, ...rest } = reading;
  return { ...rest, intents: guess.rules ?? [{ intent: 'not-understood', confidence: RULES_NOT_UNDERSTOOD }] };
}

/** The confidence the rules give a message they found nothing in (intents.ts). */
const RULES_NOT_UNDERSTOOD = 0.6;
