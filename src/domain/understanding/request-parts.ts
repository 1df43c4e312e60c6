/**
 * A message making several requests, cut into one part per request (issue 21 §6): "What is the status of
 * case N? Please raise it to critical and close case M." — the engine reads and answers each part.
 */

/**
 * Verbs that start a request of their own after "and" ("… to critical and close case M"). At most eight
 * courtesy words before the verb, and a run of blanks tried from its first only: unbounded, the lookahead read a run
 * of "also also …" again from each of its words (red team round 15; time growing with the square of the run).
 */
const REQUEST_VERB =
  /(?<!\s)\s+(?:and|&|then|also)\s+(?=(?:(?:please|pls|also|then|could\s+you|can\s+you|kindly)\s+){0,8}(?:close|raise|lower|escalate|downgrade|upgrade|increase|decrease|reduce|bump|change|set|give|tell|send|check|what|when|how|is|are)\b)/gi;

/** Sentences, lines and numbered items ("1) … 2) …"), then requests joined by "and". */
export function requestParts(text: string): string[] {
  return text
    .split(/\n+|(?<=[.?!;])\s+|\s(?=\(?\d\)\s|\d\.\s+\D)/)
    .flatMap((part) => part.split(REQUEST_VERB))
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
}
