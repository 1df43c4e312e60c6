/**
 * Customer text that changes how the text around it is shown (issue 18 §8, red team round 6): a
 * terminal runs ESC and C1 sequences (`ESC ]0;…BEL` retitles the window, `ESC [2J` clears it, `CSI`
 * colours or hides what follows) and a lone CR writes over its own line; every viewer — Slack, a mail
 * client, a terminal — reverses the text after a bidi embedding, override or isolate (`U+202E`, so
 * `gnp.exe` reads as `exe.png`). Staff see customer words on cards, pages, the App Home and the CLI,
 * so those characters never reach them as such:
 *
 * | where the text goes             | C0 (but TAB, LF), DEL, C1 | lone CR        | bidi controls | function            |
 * |---------------------------------|---------------------------|----------------|---------------|---------------------|
 * | kept, one line (subject, file)  | removed                   | space          | removed       | `singleLine`        |
 * | kept or shown, several lines    | removed                   | LF             | removed       | `withoutControls`   |
 * | a staff member's terminal       | shown as `\u001b`         | shown as `\r`  | shown         | `visibleControls`   |
 *
 * Zero-width characters and marks (U+200B–U+200F, U+2060, U+FEFF) stay: they join and break words in
 * Persian, the Indic scripts and emoji, and change nothing around them. Pure.
 */

/** C0 controls but TAB and LF, DEL, the C1 controls. CR is handled on its own (CRLF is a line end). */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** LRE, RLE, PDF, LRO, RLO and LRI, RLI, FSI, PDI (Unicode Bidirectional Algorithm §2.1–2.4). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
/** U+2028/U+2029 end a line in some viewers and JavaScript, not in others. */
const LINE_SEPARATORS = /[\u2028\u2029]/g;

/** Several lines: every line end as LF (CRLF, a lone CR, U+2028/9), no control or bidi character left. */
export function withoutControls(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '');
}

/** One line (a subject, a file name): line ends and tabs become spaces, the rest as `withoutControls`. */
export function singleLine(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(CONTROLS, '')
    .replace(BIDI_CONTROLS, '');
}

const shown = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * For a terminal: every character above that is not a line end or a tab is written as its escape
 * (`\u001b`, `\u202e`, `\r`), so the staff member sees it was there and nothing runs.
 */
export function visibleControls(text: string): string {
  return text
    .replace(/\r(?!\n)/g, '\\r')
    .replace(CONTROLS, shown)
    .replace(BIDI_CONTROLS, shown)
    .replace(LINE_SEPARATORS, shown);
}

/**
 * Runs of spaces and tabs cut to 16 characters (red team round 9): the readers' patterns have lookbehinds
 * that go back over blanks, retried at every character of a run — a message with a few hundred tabs in a
 * row held the bot for minutes. Columns of a pasted table stay apart; nothing reads alignment past 16.
 */
export function boundedBlankRuns(text: string): string {
  return text.replace(/[^\S\n\r]{17,}/g, (run) => run.slice(0, 16));
}
