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

// A word: runs of plain characters and "quoted parts" (spaces allowed inside); a quote left open runs to the end.
const WORD = /(?:[^ \t"]+|"[^"]*(?:"|$))+/g;

export function tokenize(text: string): TokenizeResult {
  const tokens: Token[] = [];
  let unterminatedQuote = false;
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const raw = match[0];
    if (!raw.includes('"')) {
      tokens.push(toToken(raw, raw, false));
      continue;
    }
    if ((raw.split('"').length - 1) % 2 === 1) unterminatedQuote = true;
    tokens.push(toToken(raw, raw.replaceAll('"', ''), true));
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
