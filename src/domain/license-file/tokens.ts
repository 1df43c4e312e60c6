/**
 * Splits one logical line into words. A word may be `key=value`; a double-quoted part keeps its
 * spaces (`VENDOR_STRING="Genesys Engage 8.5"`, `HOSTID="0050569a1b2c 0050569a1b2d"`).
 */

export interface Token {
  /** The word as written, quotes included. */
  raw: string;
  /** The part before the first `=`, when the word is an option. */
  key: string | null;
  /** The value without quotes (for a plain word: the word itself). */
  value: string;
  quoted: boolean;
}

export interface TokenizeResult {
  tokens: Token[];
  unterminatedQuote: boolean;
}

const KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let index = 0;
  let unterminatedQuote = false;
  while (index < text.length) {
    while (index < text.length && isSpace(text[index])) index++;
    if (index >= text.length) break;
    const start = index;
    let quoted = false;
    let value = '';
    while (index < text.length && !isSpace(text[index])) {
      if (text[index] === '"') {
        quoted = true;
        const close = text.indexOf('"', index + 1);
        if (close === -1) {
          unterminatedQuote = true;
          value += text.slice(index + 1);
          index = text.length;
        } else {
          value += text.slice(index + 1, close);
          index = close + 1;
        }
      } else {
        value += text[index];
        index++;
      }
    }
    tokens.push(toToken(text.slice(start, index), value, quoted));
  }
  return { tokens, unterminatedQuote };
}

function toToken(raw: string, unquoted: string, quoted: boolean): Token {
  const equals = raw.indexOf('=');
  if (equals > 0) {
    const key = raw.slice(0, equals);
    if (KEY.test(key)) {
      const value = unquoted.slice(unquoted.indexOf('=') + 1);
      return { raw, key, value, quoted };
    }
  }
  return { raw, key: null, value: unquoted, quoted };
}

function isSpace(character: string | undefined): boolean {
  return character === ' ' || character === '\t';
}
