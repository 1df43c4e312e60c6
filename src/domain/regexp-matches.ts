/**
 * Searching with a global pattern without copying it on every call. `text.matchAll(re)` makes a new
 * RegExp from `re` each time (the language requires it), and so did the readers' `new RegExp(re.source,
 * …)`: with the reader's dozens of patterns per message that copying was about a fifth of its CPU time
 * (bench/engine-cpu-ab.ts). Here each pattern's search copy is made once and reused; its position is
 * set before every search, so one generator's search never disturbs another's on the same pattern.
 */

const searchCopies = new WeakMap<RegExp, RegExp>();

/** The global copy of `re` the searches below use (`re` itself is never moved). */
function searchCopyOf(re: RegExp): RegExp {
  let copy = searchCopies.get(re);
  if (!copy) {
    copy = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    searchCopies.set(re, copy);
  }
  return copy;
}

/**
 * The same matches as `text.matchAll(re)`, in order: `re` must be global (matchAll throws otherwise),
 * the search starts at `re.lastIndex` as matchAll's does, and an empty match moves on by one character
 * (a whole code point under the u or v flag).
 */
export function* matchesOf(text: string, re: RegExp): Generator<RegExpExecArray> {
  if (!re.global) throw new TypeError('matchesOf needs a global pattern');
  const pattern = searchCopyOf(re);
  const wholeCodePoints = /[uv]/.test(re.flags);
  let from = re.lastIndex;
  for (;;) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) return;
    from = pattern.lastIndex;
    if (m[0] === '') from = m.index + (wholeCodePoints && (text.codePointAt(m.index) ?? 0) > 0xffff ? 2 : 1);
    yield m;
  }
}

/** Every match of `re` (global or not), overlapping ones included: the next search starts one past the last match's start. */
export function* overlappingMatchesOf(text: string, re: RegExp): Generator<RegExpExecArray> {
  const pattern = searchCopyOf(re);
  let from = 0;
  for (;;) {
    pattern.lastIndex = from;
    const m = pattern.exec(text);
    if (!m) return;
    from = m.index + 1;
    yield m;
  }
}

/** `text` as a pattern that matches it literally (names, accounts and products put into patterns). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
