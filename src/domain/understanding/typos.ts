/**
 * Typos in the words that decide a request (issue 21: "hihg", "sicne", "agnets", "upgarde", "sevrer",
 * "Info Mrat"): a swapped pair of letters, or one wrong letter in a long word, is corrected to the
 * vocabulary word. Only same-length corrections are made, so every span read on the corrected text
 * points at the same characters of what the contact wrote — values are cut from the original.
 */
const VOCABULARY = [
  'high',
  'medium',
  'critical',
  'severity',
  'priority',
  'production',
  'prod',
  'empty',
  'since',
  'after',
  'agents',
  'server',
  'status',
  'cancel',
  'please',
  'upgrade',
  'downgrade',
  'raise',
  'lower',
  'escalate',
  'manager',
  'management',
  'version',
  'update',
  'change',
  'changed',
  'problem',
  'issue',
  'license',
  'licence',
  'temporary',
  'controlled',
  'release',
  'installed',
  'yesterday',
  'customer',
  'because',
  'started',
  'download',
  'order',
  'mart',
  'interaction',
  'workspace',
  'workforce',
  'failing',
  'failed',
  'crashes',
  'cannot',
  'error',
  'calls',
  'patch',
  'help',
  'close',
];

const BY_LENGTH = new Map<number, string[]>();
for (const word of VOCABULARY) BY_LENGTH.set(word.length, [...(BY_LENGTH.get(word.length) ?? []), word]);
/**
 * Real words one letter or one swap away from a vocabulary word ("a chance to look" is no change, "calls
 * falling back" no failing): never corrected. Listed by checking every vocabulary word's neighbours.
 */
const REAL_NEIGHBOURS = [
  'chance',
  'chanced',
  'charge',
  'charged',
  'arise',
  'instilled',
  'costumer',
  'falling',
  'crushes',
  'clashes',
];
const KNOWN = new Set([...VOCABULARY, ...REAL_NEIGHBOURS]);

/** One adjacent swap ("hihg" → "high"), or one different letter in a word of six or more letters. */
function closeTo(word: string, target: string): boolean {
  const diff: number[] = [];
  for (let i = 0; i < word.length; i++) if (word[i] !== target[i]) diff.push(i);
  if (diff.length === 2 && diff[1] === diff[0]! + 1)
    return word[diff[0]!] === target[diff[1]!] && word[diff[1]!] === target[diff[0]!];
  // Not the last letter: that is another form of a word ("installer", "changes"), not a typo of it.
  return diff.length === 1 && word.length >= 6 && diff[0]! > 0 && diff[0]! < word.length - 1;
}

function withCaseOf(original: string, word: string): string {
  if (original === original.toUpperCase()) return word.toUpperCase();
  if (original[0] === original[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

export function correctTypos(text: string): string {
  return text.replace(/[A-Za-z]{4,}/g, (token) => {
    const lower = token.toLowerCase();
    if (KNOWN.has(lower)) return token;
    const match = BY_LENGTH.get(lower.length)?.find((w) => closeTo(lower, w));
    return match ? withCaseOf(token, match) : token;
  });
}
