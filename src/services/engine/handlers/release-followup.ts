/**
 * A follow-up on release types (issue 21 §5, DOMAIN §5): after the bot answered "8.5 → 9.0 is a major
 * release", "thanks. and 9.0 -> 9.1?" asks the same of the new pair — the conversation remembers the answer
 * (dialogue.ts, `idle.releaseAnswered`) for an hour. Only a message the rules read as nothing else (not
 * understood) is taken so: a problem, an order or a request of its own goes its own way.
 */
import { followUpPairs, RELEASE_FOLLOW_UP_MS } from '../../../domain/conversation/release-followup.ts';
import { mainIntent, type Reading } from '../../../domain/understanding/reading.ts';
import { withoutGuess } from '../../../domain/understanding/statistical/fallback-reader.ts';
import type { Dialogue } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { answerQuestions } from './answer-question.ts';

export async function answerReleaseFollowUp(
  turn: Turn,
  dialogue: Dialogue,
  text: string,
  reading: Reading,
): Promise<boolean> {
  if (dialogue.kind !== 'idle' || !dialogue.releaseAnswered) return false;
  if (Date.parse(turn.nowIso) - Date.parse(dialogue.releaseAnswered) > RELEASE_FOLLOW_UP_MS) return false;
  // The rules' own reading: a statistical guess at a vague pair is not a request of its own.
  const rules = withoutGuess(reading);
  if (mainIntent(rules) !== 'not-understood') return false;
  const pairs = followUpPairs(text);
  if (pairs.length === 0) return false;
  const carried: Reading = {
    ...rules,
    intents: [{ intent: 'release-type', confidence: 0.8 }],
    slots: {
      ...rules.slots,
      questions: { value: ['release-type'], confidence: 0.8, source: 'text' },
      releaseVersions: { value: pairs, confidence: 0.8, source: 'text' },
    },
  };
  await answerQuestions(turn, text, carried);
  return true;
}
