/**
 * A question about what the bot itself asks (issue 21 §6): "what do you mean by circumstances?", "what should I
 * write for business impact?", "sorry, what is meant by 'system'?". The contact is answering our question and
 * needs it explained: help, not "I did not understand". The form is a question of meaning or of what to write,
 * about one of the things the bot asks for.
 */

/** The things the bot asks for, as it words them and as contacts repeat them. */
const FIELD = String.raw`['"“‘]?(?:the\s+)?(?:circumstances?|business\s+impact|impact|system|severity|severity\s+level|description|release|delivery(?:\s+method)?|ship[\s-]?to(?:\s+address)?|reason|os|operating\s+system|version|product|pin|language)['"”’]?`;

const FIELD_ASKED = new RegExp(
  String.raw`\bwhat\s+(?:do\s+you|does\s+(?:it|that|this))\s+mean\s+(?:by|with)\s+${FIELD}|\bwhat\s+(?:is|'s)\s+meant\s+(?:by|with)\s+${FIELD}|\bwhat\s+(?:does|do)\s+${FIELD}\s+mean\b|\bwhat\s+(?:should|do|must|can|shall)\s+(?:i|we)\s+(?:write|put|enter|answer|say|give|fill\s+in)\s+(?:for|as|in|under|about)\s+${FIELD}|\bwhat\s+(?:kind|sort)\s+of\s+(?:answer|info\w*)\s+(?:do\s+you\s+(?:want|need|expect)\s+)?(?:for|about)\s+${FIELD}`,
  'i',
);

/**
 * True when the message is that question and little else: "40 agents cannot work, what do you mean by impact
 * otherwise?" answers beside its question, and the answer is taken, not lost to a help text.
 */
export function asksWhatAFieldMeans(text: string): boolean {
  const pieces = text.split(/(?<=[.?!\n])/);
  const asked = pieces.filter((p) => FIELD_ASKED.test(p));
  if (asked.length === 0) return false;
  const rest = pieces.filter((p) => !asked.includes(p)).join(' ');
  const beside = asked.map((p) => p.replace(FIELD_ASKED, ' ')).join(' ');
  return (
    words(rest) + words(beside.replace(/^\s*(?:sorry|hi|hello|ok|okay|hm+|um+|so|but|and|please)\b[,!.]?/i, '')) < 3
  );
}

function words(text: string): number {
  return text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;
}
