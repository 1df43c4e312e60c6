/**
 * What the license reader is given, bounded so that its patterns read it in time growing with its length
 * (red team round 15). Its few hundred patterns read words and lines from each of their characters; on one
 * 50,000-character word (a pasted blob, a log line, a run of one letter) or line they took from seconds to
 * minutes, and the body chain it reads is up to 200,000 characters. No field of a license request is written
 * as a word of more than 200 characters or on a line of more than 2,000, nor needs more than 16 blank lines in a
 * row: past those the word and the line are cut (the rest of the line is dropped, not moved to a line of its own)
 * and the blank lines dropped. Pure.
 */

/** Longer than any host ID, file path, address or license key a partner writes; shorter than a pasted blob. */
export const MAX_WORD_CHARS = 200;
/** Longer than any form line, table row or paragraph of a request. */
export const MAX_LINE_CHARS = 2_000;

const LONG_WORD = new RegExp(String.raw`\S{${MAX_WORD_CHARS + 1},}`, 'g');

/** More blank lines in a row than any layout needs to keep its parts apart. */
export const MAX_BLANK_LINES = 16;

/** `text` with every word past MAX_WORD_CHARS and every line past MAX_LINE_CHARS cut, blank runs to MAX_BLANK_LINES. */
export function boundedForReading(text: string): string {
  let blanks = 0;
  return text
    .split('\n')
    .filter((line) => {
      blanks = line.trim() === '' ? blanks + 1 : 0;
      return blanks <= MAX_BLANK_LINES;
    })
    .map((line) => {
      const cut = line.length > MAX_LINE_CHARS ? line.slice(0, MAX_LINE_CHARS) : line;
      return cut.length > MAX_WORD_CHARS ? cut.replace(LONG_WORD, (word) => word.slice(0, MAX_WORD_CHARS)) : cut;
    })
    .join('\n');
}
