/**
 * The same PIN written again in a message, unlabelled (pin-text.ts): a Slack link whose label is the PIN
 * keeps it in its address ("PIN: 482913 (https://x.example/482913)"), people repeat it ("482913, again:
 * 482.913"). A run of digits, grouped as people group them ("482.913", "482 913", "48-29-13") or not, whose
 * digits are exactly a PIN found in the message is that PIN too (red team rounds 11 and 12); digits inside a
 * longer number are that number's.
 *
 * One pass over the text, whatever the number of PINs found (red team round 12: a message of thousands of
 * labelled PINs was searched once per PIN, then every match compared with every mention — 25 s for 44,000
 * characters): the text's digit runs are read once and looked up among the PINs' digits.
 */
export interface FoundPin {
  start: number;
  end: number;
  digits: string;
  code?: true;
  repeat?: true;
}

/** The searched view of a text and, when it is not the text as written, where each of its units came from. */
export interface SearchedView {
  text: string;
  from: number[] | null;
  to: number[] | null;
}

/** A run of digits joined by single separators, as a grouped number is written; never a longer number's part. */
const DIGIT_RUN = /\d(?:[ \u00a0._/-]?\d)*/g;

export function repeatedPins(view: SearchedView, found: readonly FoundPin[], minDigits: number): FoundPin[] {
  const pins = new Map<string, boolean>();
  for (const f of found) if (f.digits.length >= minDigits && !pins.has(f.digits)) pins.set(f.digits, f.code === true);
  if (pins.size === 0) return [];
  const inMention = coveredBy(found);
  const again: FoundPin[] = [];
  for (const run of view.text.matchAll(DIGIT_RUN)) {
    const digits = run[0].replace(/\D/g, '');
    const code = pins.get(digits);
    if (code === undefined) continue;
    const last = run.index + run[0].length - 1;
    const start = view.from ? view.from[run.index]! : run.index;
    const end = view.to ? view.to[last]! : last + 1;
    if (!inMention(start, end)) again.push({ start, end, digits, repeat: true, ...(code ? { code } : {}) });
  }
  return again;
}

/** Whether [start, end) lies inside one of the mentions: a binary search over their starts (ends kept as a running maximum). */
function coveredBy(found: readonly FoundPin[]): (start: number, end: number) => boolean {
  const sorted = [...found].sort((a, b) => a.start - b.start);
  const furthest: number[] = [];
  for (const [i, f] of sorted.entries()) furthest.push(Math.max(f.end, i > 0 ? furthest[i - 1]! : -1));
  return (start, end) => {
    let low = 0;
    let high = sorted.length - 1;
    let at = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (sorted[middle]!.start <= start) {
        at = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return at >= 0 && furthest[at]! >= end;
  };
}
