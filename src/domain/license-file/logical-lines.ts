/**
 * Turns the raw text into logical lines: CRLF/CR/LF all end a line, `#` lines and blank lines
 * are dropped, and a trailing backslash joins the next physical line (FlexLM continuation).
 */
import type { LicenseDiagnostic } from './types.ts';

export interface LogicalLine {
  /** The first physical line the logical line starts on (1-based). */
  line: number;
  text: string;
}

export interface SplitResult {
  lines: LogicalLine[];
  diagnostics: LicenseDiagnostic[];
}

// Line keywords that begin a new entry: a continuation followed by one of these means the
// continued line was cut short (a truncated copy-paste), so the two must not be glued together.
const LINE_KEYWORD = /^(SERVER|VENDOR|DAEMON|USE_SERVER|FEATURE|INCREMENT|PACKAGE|UPGRADE)\b/i;
// Control characters other than tab: a text license file never holds them.
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/;

/** `mayHoldControlCharacters: false` lets a caller that already scanned the text skip the per-line check. */
export function splitLogicalLines(text: string, mayHoldControlCharacters = CONTROL_CHARACTER.test(text)): SplitResult {
  const physical = text.replace(/^\ufeff/, '').split(/\r\n|\n|\r/);
  // The newline that ends the last line does not start another one.
  if (physical.length > 1 && physical[physical.length - 1] === '') physical.pop();
  const lines: LogicalLine[] = [];
  const diagnostics: LicenseDiagnostic[] = [];
  let pending: LogicalLine | null = null;

  const finish = () => {
    if (pending) lines.push(pending);
    pending = null;
  };

  for (let index = 0; index < physical.length; index++) {
    const lineNumber = index + 1;
    const raw = physical[index] ?? '';
    if (mayHoldControlCharacters && CONTROL_CHARACTER.test(raw)) {
      diagnostics.push({ line: lineNumber, severity: 'error', message: 'line contains binary (non-text) bytes' });
      finish();
      continue;
    }
    const trimmed = raw.trim();
    if (pending !== null) {
      const current: LogicalLine = pending;
      if (trimmed === '' || trimmed.startsWith('#') || LINE_KEYWORD.test(trimmed)) {
        diagnostics.push({
          line: current.line,
          severity: 'error',
          message: `line ${current.line} ends with a continuation "\\" but line ${lineNumber} does not continue it: the entry is truncated`,
        });
        finish();
      } else {
        const continues = trimmed.endsWith('\\');
        current.text += ` ${continues ? trimmed.slice(0, -1) : trimmed}`;
        if (!continues) finish();
        continue;
      }
    }
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    if (trimmed.endsWith('\\')) {
      pending = { line: lineNumber, text: trimmed.slice(0, -1) };
    } else {
      lines.push({ line: lineNumber, text: trimmed });
    }
  }
  if (pending !== null) {
    const current: LogicalLine = pending;
    diagnostics.push({
      line: current.line,
      severity: 'error',
      message: `line ${current.line} ends with a continuation "\\" at the end of the file: the entry is truncated`,
    });
    finish();
  }
  return { lines, diagnostics };
}
