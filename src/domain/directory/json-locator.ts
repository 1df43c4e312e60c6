/**
 * A small JSON scanner that records the line each value starts on, keyed by its path
 * (`contacts[2].pin`), so import errors can name `directory.json:14`. It also validates the
 * syntax itself: JSON.parse error messages quote the input, and an import file may hold PINs.
 */
export type JsonPath = ReadonlyArray<string | number>;

/** `['contacts', 2, 'pin']` → `contacts[2].pin`. */
export function formatJsonPath(path: JsonPath): string {
  let text = '';
  for (const part of path) {
    if (typeof part === 'number') text += `[${part}]`;
    else text += text === '' ? part : `.${part}`;
  }
  return text;
}

/** A property named twice in one object (JSON.parse would silently keep the last one). */
export interface DuplicateKey {
  line: number;
  /** Where, with the key: `contacts[0].email`; digits runs in a key are masked (a key may be a PIN). */
  path: string;
}

export type JsonScan =
  | { ok: true; lines: Map<string, number>; duplicates: DuplicateKey[] }
  | { ok: false; line: number; message: string };

class JsonSyntaxError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

class Scanner {
  private pos = 0;
  private line = 1;
  readonly lines = new Map<string, number>();
  readonly duplicates: DuplicateKey[] = [];

  constructor(private readonly text: string) {}

  scanDocument(): void {
    this.skipSpace();
    this.value([]);
    this.skipSpace();
    if (this.pos < this.text.length) this.fail('unexpected text after the end of the JSON value');
  }

  private fail(message: string): never {
    throw new JsonSyntaxError(this.line, message);
  }

  private skipSpace(): void {
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos];
      if (ch === '\n') this.line++;
      else if (ch !== ' ' && ch !== '\t' && ch !== '\r') return;
      this.pos++;
    }
  }

  private value(path: Array<string | number>): void {
    this.lines.set(formatJsonPath(path), this.line);
    const ch = this.text[this.pos];
    if (ch === '{') this.object(path);
    else if (ch === '[') this.array(path);
    else if (ch === '"') this.string();
    else if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) this.number();
    else if (this.text.startsWith('true', this.pos)) this.pos += 4;
    else if (this.text.startsWith('false', this.pos)) this.pos += 5;
    else if (this.text.startsWith('null', this.pos)) this.pos += 4;
    else if (ch === undefined) this.fail('unexpected end of the file');
    else this.fail('expected a JSON value here');
  }

  private object(path: Array<string | number>): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return;
    }
    const seen = new Set<string>();
    for (;;) {
      if (this.text[this.pos] !== '"') this.fail('expected a property name in double quotes');
      const line = this.line;
      const key = decodeKey(this.string());
      if (seen.has(key)) this.duplicates.push({ line, path: formatJsonPath([...path, key]).replace(/\d{4,}/g, '…') });
      seen.add(key);
      this.skipSpace();
      // The name is not quoted back: in a broken file a "name" may really be a PIN.
      if (this.text[this.pos] !== ':') this.fail("expected ':' after a property name");
      this.pos++;
      this.skipSpace();
      this.value([...path, key]);
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === '}') return;
      if (next !== ',') this.fail("expected ',' or '}' after a property value");
      this.skipSpace();
    }
  }

  private array(path: Array<string | number>): void {
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return;
    }
    for (let index = 0; ; index++) {
      this.value([...path, index]);
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === ']') return;
      if (next !== ',') this.fail("expected ',' or ']' after an array element");
      this.skipSpace();
    }
  }

  /** Returns the raw string content (used as a path key, never quoted in a message). */
  private string(): string {
    const start = ++this.pos;
    for (;;) {
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail('unterminated string');
      if (ch === '\n' || ch < ' ') this.fail('unescaped control character or line break in a string');
      if (ch === '\\') {
        const escaped = this.text[this.pos + 1];
        if (escaped === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.pos + 2, this.pos + 6))) this.pos += 6;
        else if (escaped !== undefined && '"\\/bfnrt'.includes(escaped)) this.pos += 2;
        else this.fail('invalid escape in a string');
        continue;
      }
      if (ch === '"') return this.text.slice(start, this.pos++);
      this.pos++;
    }
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400));
    if (!match) this.fail('malformed number');
    this.pos += match[0].length;
  }
}

/** A key as JSON.parse reads it ("\u0063ontacts" is "contacts"); the scanner has validated its escapes. */
function decodeKey(raw: string): string {
  return raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
}

/** Scans JSON text (a leading byte-order mark is allowed): the line of every value, or the first syntax error. */
export function scanJsonLines(text: string): JsonScan {
  const scanner = new Scanner(text.replace(/^\uFEFF/, ' '));
  try {
    scanner.scanDocument();
    return { ok: true, lines: scanner.lines, duplicates: scanner.duplicates };
  } catch (error) {
    if (error instanceof JsonSyntaxError) return { ok: false, line: error.line, message: error.message };
    throw error;
  }
}

/** The line of the value at `path`, or of its nearest recorded ancestor (a missing field → its object). */
export function lineOfPath(lines: ReadonlyMap<string, number>, path: JsonPath): number {
  for (let length = path.length; length >= 0; length--) {
    const line = lines.get(formatJsonPath(path.slice(0, length)));
    if (line !== undefined) return line;
  }
  return 1;
}
