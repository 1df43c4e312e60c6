/**
 * Sensitive data in what contacts send (DOMAIN.md §4, seed 001 §3.1): contacts must purge it; the bot
 * warns when it sees some and keeps it out of what staff see. Detection is deliberately conservative
 * for card numbers (Luhn) and broad for secrets (a false warning costs less than a leak).
 */
export type SensitiveKind = 'card-number' | 'national-id' | 'password' | 'private-key' | 'token';

export interface SensitiveFinding {
  kind: SensitiveKind;
  start: number;
  end: number;
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const DETECTORS: Array<{ kind: SensitiveKind; pattern: RegExp; accept?: (match: string) => boolean }> = [
  {
    kind: 'private-key',
    pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----|$)/g,
  },
  {
    kind: 'card-number',
    pattern: /\b\d(?:[ -]?\d){12,18}\b/g,
    accept: (m) => {
      const digits = m.replace(/\D/g, '');
      return digits.length >= 13 && digits.length <= 19 && passesLuhn(digits);
    },
  },
  // US SSN, UK National Insurance number, French NIR.
  { kind: 'national-id', pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g },
  { kind: 'national-id', pattern: /\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g },
  // A French NIR is written with single spaces, never tabs: `27010<tab>27010<tab>27010` is a row of ports.
  { kind: 'national-id', pattern: /\b[12] ?\d{2} ?(?:0[1-9]|1[0-2]) ?\d{2} ?\d{3} ?\d{3} ?\d{2}\b/g },
  {
    kind: 'password',
    pattern: /\b(?:password|passwd|pwd|passphrase|secret|mot de passe|passwort|contraseña)\s*(?:is|:|=)\s*\S+/gi,
  },
  {
    kind: 'token',
    pattern:
      /\b(?:xox[abprs]-[\w-]{10,}|gh[pousr]_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|sk_(?:live|test)_[A-Za-z0-9]{16,}|eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,})/g,
  },
  { kind: 'token', pattern: /\b(?:api[_-]?key|access[_-]?token|bearer)\s*(?:is|:|=)?\s*[A-Za-z0-9._\-+/=]{16,}/gi },
];

export function findSensitiveData(text: string): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  for (const { kind, pattern, accept } of DETECTORS) {
    for (const match of text.matchAll(pattern)) {
      if (accept && !accept(match[0])) continue;
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (findings.some((f) => start < f.end && end > f.start)) continue;
      findings.push({ kind, start, end });
    }
  }
  return findings.sort((a, b) => a.start - b.start);
}

/** The text staff see: each finding replaced by a marker naming its kind. */
export function redactSensitiveData(text: string, findings = findSensitiveData(text)): string {
  let out = '';
  let cursor = 0;
  for (const f of findings) {
    out += `${text.slice(cursor, f.start)}[redacted ${f.kind}]`;
    cursor = f.end;
  }
  return out + text.slice(cursor);
}
