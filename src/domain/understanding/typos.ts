/**
 * Typos in the words that decide a request (issue 21: "hihg", "sicne", "agnets", "upgarde", "sevrer",
 * "Info Mrat", "critcal", "medum", "lowr", "escalte", "critiical"): a swapped pair of letters, one wrong
 * letter in a long word, one letter left out or one letter too many (never the first or the last) is
 * corrected to the vocabulary word. A correction that changes a word's length is recorded, so every span
 * read on the corrected text maps back to the characters the contact wrote — values are cut from the original.
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
  // A letter left out of a vocabulary word, or one too many, giving a real word.
  'sine',
  'stared',
  'stated',
  'sever',
  'rise',
  'manger',
  'path',
  'stats',
  'filing',
  'filed',
  'pease',
  'statues',
  'proud',
  'callus',
  'flailed',
  'startled',
  'argents',
  'oder',
  'clase',
  'orer',
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

/** One letter left out of `target` (not its first or last): "critcal", "medum", "lowr". */
function missesOneLetter(word: string, target: string): boolean {
  if (word.length !== target.length - 1) return false;
  for (let i = 1; i < target.length - 1; i++) if (target.slice(0, i) + target.slice(i + 1) === word) return true;
  return false;
}

function withCaseOf(original: string, word: string): string {
  if (original === original.toUpperCase()) return word.toUpperCase();
  if (original[0] === original[0]!.toUpperCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

function correctionOf(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (KNOWN.has(lower)) return undefined;
  const match =
    BY_LENGTH.get(lower.length)?.find((w) => closeTo(lower, w)) ??
    BY_LENGTH.get(lower.length + 1)?.find((w) => missesOneLetter(lower, w)) ??
    BY_LENGTH.get(lower.length - 1)?.find((w) => lower.length >= 5 && missesOneLetter(w, lower));
  return match ? withCaseOf(token, match) : undefined;
}

export interface CorrectedText {
  text: string;
  /** Where a position of the corrected text is in the written one (inside a corrected word: its edge). */
  toWritten(position: number): number;
}

export function correctTypos(text: string): string {
  return correctTyposMapped(text).text;
}

export function correctTyposMapped(written: string): CorrectedText {
  /** Corrected words whose length changed: [start in corrected, end in corrected, length difference]. */
  const shifts: Array<{ start: number; end: number; delta: number }> = [];
  let delta = 0;
  const text = written.replace(/[A-Za-z]{4,}/g, (token, offset: number) => {
    const corrected = correctionOf(token) ?? token;
    if (corrected.length !== token.length) {
      const start = offset + delta;
      delta += corrected.length - token.length;
      shifts.push({ start, end: start + corrected.length, delta });
    }
    return corrected;
  });
  return {
    text,
    toWritten(position: number): number {
      let before = 0;
      for (const s of shifts) {
        if (position >= s.end) before = s.delta;
        else if (position > s.start) return Math.min(position - before, s.end - s.delta);
        else break;
      }
      return position - before;
    },
  };
}
