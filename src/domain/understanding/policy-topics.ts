/** The policy questions a message asks (issue 21 §5, §11), told apart from requests worded as questions. */
import { OWN_LICENSE_SITUATION, TEMP_LICENSE } from './cues.ts';
import { asksForInformation } from './question-form.ts';
import { isQuestion, readTopicSentences } from './questions.ts';
import type { QuestionTopic } from './reading.ts';
import type { sentences } from './text.ts';

/**
 * The topics asked. "We have to move our license server tonight … can you issue a temporary license?" is a
 * request in the form of a question, not a question about the rules; "how long is such a file valid?"
 * beside it, or "what do we need to send you for one?", asks for information all the same.
 */
export function policyTopics(pieces: ReturnType<typeof sentences>, text: string): QuestionTopic[] {
  const own = OWN_LICENSE_SITUATION.test(text);
  const asked = readTopicSentences(pieces)
    .filter((a) => a.topic !== 'temp-license-policy' || !own || asksForInformation(a.piece.text))
    .map((a) => a.topic);
  // "… please issue a temporary one. And for how long will it be valid?": the file's validity, asked.
  if (TEMP_LICENSE.test(text) && pieces.some((p) => isQuestion(p.text) && VALIDITY_ASKED.test(p.text)))
    asked.push('temp-license-policy');
  return [...new Set(asked)];
}

const VALIDITY_ASKED =
  /\bhow\s+long\b[^?\n]{0,40}\b(?:valid|good\s+for|last|lasts|run|runs|work|works)\b|\bvalid\s+(?:for\s+)?how\s+long\b|\bwhen\s+(?:does|will|would)\s+(?:it|that|this|the\s+(?:file|key|license))\s+(?:expire|run\s+out|stop)\b/i;
