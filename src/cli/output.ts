/**
 * The CLI's only way to print results, so commands stay testable and --json stays clean. What it prints
 * holds customer words (subjects, timelines, replies): control and bidi characters are written as
 * escapes, never sent to the staff member's terminal as such (display-text.ts).
 */
import { visibleControls } from '../domain/display-text.ts';

/** JSON.stringify escapes C0 controls; C1 controls, bidi controls and U+2028/9 as \uXXXX too (still JSON). */
const UNESCAPED_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * Set once the reader of our output has gone (`caseline replay s.json | head`): the rest is dropped and
 * the command finishes, instead of an unhandled EPIPE error with a stack trace (red team round 7).
 */
let readerGone = false;
let watching = false;

function write(text: string): void {
  if (!watching) {
    watching = true;
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
      readerGone = true;
    });
  }
  if (!readerGone) process.stdout.write(text);
}

export function printJson(value: unknown): void {
  const json = JSON.stringify(value, null, 2).replace(
    UNESCAPED_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  write(`${json}\n`);
}

export function printLine(text = ''): void {
  write(`${visibleControls(text)}\n`);
}
