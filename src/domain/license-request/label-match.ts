/**
 * Typo-tolerant label matching. Partners retype form labels ("Host Id", "HostID", "Sellabel item",
 * "Corprate Email"); we normalise the label and accept a small Damerau-Levenshtein distance, scaled to
 * the label's length so short labels ("OS", "Qty") must match exactly.
 */

/**
 * Lower case without accents (`Propósito` → `proposito`), `#` kept (SO#), letters of any script kept
 * (`ホスト名`), every other run of punctuation or space → one space.
 */
export function normaliseLabel(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/\(s\)/g, 's')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** Optimal-string-alignment Damerau-Levenshtein distance, giving up early once above `max`. */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1]!;
}

/**
 * Typos allowed for a label of this length: none up to 4 characters, 1 up to 12, then 2. Two typos in
 * a ten-letter word turn values into labels (`Production` → `products`), so long labels only get two.
 */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0;
  if (length <= 12) return 1;
  return 2;
}

export interface LabelMatch<F> {
  field: F;
  /** 1 for an exact dictionary label, lower for a typo match. */
  confidence: number;
}

/** Builds a matcher over a label dictionary (normalised label → field), memoising what it has seen. */
export function createLabelMatcher<F>(dictionary: Record<string, F>): (raw: string) => LabelMatch<F> | undefined {
  const entries = Object.entries(dictionary).map(([label, field]) => [normaliseLabel(label), field] as const);
  const exact = new Map(entries);
  const memo = new Map<string, LabelMatch<F> | undefined>();
  return (raw) => {
    const label = normaliseLabel(raw);
    if (memo.has(label)) return memo.get(label);
    let result: LabelMatch<F> | undefined;
    const direct = exact.get(label);
    if (direct !== undefined) result = { field: direct, confidence: 1 };
    else {
      const max = allowedTypos(label.length);
      let best = max + 1;
      let ambiguous = false;
      for (const [candidate, field] of entries) {
        const distance = damerauLevenshtein(label, candidate, max);
        if (distance < best) {
          best = distance;
          result = { field, confidence: distance === 1 ? 0.85 : 0.75 };
          ambiguous = false;
        } else if (distance === best && distance <= max && result && result.field !== field) ambiguous = true;
      }
      if (ambiguous) result = undefined;
    }
    if (memo.size < 5000) memo.set(label, result);
    return result;
  };
}
