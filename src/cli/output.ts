/**
 * The CLI's only way to print results, so commands stay testable and --json stays clean. What it prints
 * holds customer words (subjects, timelines, replies): control and bidi characters are written as
 * escapes, never sent to the staff member's terminal as such (display-text.ts).
 */
import { visibleControls } from '../domain/display-text.ts';

/** JSON.stringify escapes C0 controls; C1 controls, bidi controls and U+2028/9 as \uXXXX too (still JSON). */
const UNESCAPED_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

export function printJson(value: unknown): void {
  const json = JSON.stringify(value, null, 2).replace(
    UNESCAPED_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  process.stdout.write(`${json}\n`);
}

export function printLine(text = ''): void {
  process.stdout.write(`${visibleControls(text)}\n`);
}
