/**
 * A message making several requests, cut into one part per request (issue 21 §6): "What is the status of
 * case N? Please raise it to critical and close case M." — the engine reads and answers each part.
 */

/** Verbs that start a request of their own after "and" ("… to critical and close case M"). */
const REQUEST_VERB =
  /\s+(?:and|&|then|also)\s+(?=(?:(?:please|pls|also|then|could\s+you|can\s+you|kindly)\s+)*(?:close|raise|lower|escalate|downgrade|upgrade|increase|decrease|reduce|bump|change|set|give|tell|send|check|what|when|how|is|are)\b)/gi;

/** Sentences, lines and numbered items ("1) … 2) …"), then requests joined by "and". */
export function requestParts(text: string): string[] {
  return text
    .split(/\n+|(?<=[.?!;])\s+|\s(?=\(?\d\)\s|\d\.\s+\D)/)
    .flatMap((part) => part.split(REQUEST_VERB))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
