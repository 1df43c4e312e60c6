/**
 * Parser for the Authentication-Results header (RFC 8601). Tolerant: a malformed header yields what
 * could be read, never an exception, because the header comes from the outside world.
 */

export interface AuthResult {
  /** Lower-cased method, without version: "dkim", "dmarc", "spf", "arc", … */
  method: string;
  /** Lower-cased result: "pass", "fail", "none", "neutral", "temperror", … */
  result: string;
  reason?: string;
  /** "ptype.property" (lower-cased) → value, e.g. "header.d" → "example.com". */
  properties: Record<string, string>;
}

export interface AuthenticationResults {
  authservId: string;
  version?: number;
  results: AuthResult[];
}

/** Parse one header value (without the "Authentication-Results:" name). */
export function parseAuthenticationResults(value: string): AuthenticationResults {
  const unfolded = value.replace(/\r?\n[ \t]+/g, ' ');
  const [head = '', ...resinfos] = splitOutsideQuotes(stripComments(unfolded), ';');
  const [authservId = '', versionToken] = head.trim().split(/\s+/);
  const version = versionToken && /^\d+$/.test(versionToken) ? Number(versionToken) : undefined;
  const results: AuthResult[] = [];
  for (const resinfo of resinfos) {
    const parsed = parseResinfo(resinfo);
    if (parsed) results.push(parsed);
  }
  return { authservId: authservId.toLowerCase(), ...(version !== undefined ? { version } : {}), results };
}

const PAIR = /([A-Za-z0-9_.\-/]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^\s;"]+)/g;

function parseResinfo(resinfo: string): AuthResult | null {
  const pairs = [...resinfo.matchAll(PAIR)].map((m) => [m[1]!.toLowerCase(), unquote(m[2]!)] as const);
  const first = pairs[0];
  if (!first || first[0] === 'none') return null;
  const [methodWithVersion, result] = first;
  const method = methodWithVersion.split('/')[0]!;
  const properties: Record<string, string> = {};
  let reason: string | undefined;
  for (const [key, val] of pairs.slice(1)) {
    if (key === 'reason') reason = val;
    else if (key.includes('.') && !(key in properties)) properties[key] = val;
  }
  return { method, result: result.toLowerCase(), ...(reason !== undefined ? { reason } : {}), properties };
}

function unquote(token: string): string {
  return token.startsWith('"') ? token.slice(1, -1).replace(/\\(.)/g, '$1') : token;
}

/** Remove RFC 5322 comments, which may nest, but not parentheses inside quoted strings. */
function stripComments(input: string): string {
  let out = '';
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === '\\' && (quoted || depth > 0)) {
      if (depth === 0) out += c + (input[i + 1] ?? '');
      i++;
    } else if (quoted) {
      out += c;
      if (c === '"') quoted = false;
    } else if (c === '(') depth++;
    else if (c === ')' && depth > 0) depth--;
    else if (depth === 0) {
      if (c === '"') quoted = true;
      out += c;
    }
  }
  return out;
}

function splitOutsideQuotes(input: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i]!;
    if (c === '\\' && quoted) {
      current += c + (input[i + 1] ?? '');
      i++;
      continue;
    }
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}
