/**
 * Sensitive data in what contacts send (DOMAIN.md §4, seed 001 §3.1): contacts must purge it; the bot
 * warns when it sees some and keeps it out of what staff see. Detection is deliberately conservative
 * for card numbers (Luhn, unless the word "card" precedes them) and broad for secrets (a false warning
 * costs less than a leak). Personal data of third parties — phones, addresses, IBANs — is found by
 * sensitive-contacts.ts.
 */

import { matchesOf } from './regexp-matches.ts';
import { type ContactDataOptions, findContactData } from './sensitive-contacts.ts';

export type SensitiveKind =
  | 'card-number'
  | 'card-expiry'
  | 'card-security-code'
  | 'national-id'
  | 'password'
  | 'private-key'
  | 'token'
  | 'phone'
  | 'email'
  | 'iban';

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

const CARD_CONTEXT = /\b(?:card|visa|mastercard|amex|credit|debit|cvv|cvc|payment)\b|\*{4}|x{4}|\[redacted card/i;

const DETECTORS: Array<{
  kind: SensitiveKind;
  pattern: RegExp;
  accept?: (match: string, before: string, after: string) => boolean;
}> = [
  {
    kind: 'private-key',
    pattern: /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----[\s\S]*?(?:-----END (?:[A-Z]+ )?PRIVATE KEY-----|$)/g,
  },
  {
    kind: 'card-number',
    pattern: /\b\d(?:[ -]?\d){12,18}\b/g,
    accept: (m, before) => {
      const digits = m.replace(/\D/g, '');
      const cued = /\b(?:card|visa|mastercard|amex|credit|debit|cc)\b[^\n]{0,20}$/i.test(before);
      // One phone number in ten passes Luhn by chance: a number dialled with "+" or under a phone label is a phone.
      const dialled =
        /\+\s*$|\b(?:tel(?:efon|ephone)?|t[ée]l[ée]phone|phone|fon|fax|mobile?|cell|handy|t|m|p)\b\.?\s*:?\s*(?:\+|00)?\s*$/i.test(
          before,
        );
      // "IBAN DE44 5001 0517 5407 3249 31": the digits after an IBAN's country and check digits are an account.
      const inIban = /\biban\b[^\n]{0,16}$/i.test(before) || /\b[A-Z]{2}\d{2} ?$/.test(before);
      return digits.length >= 13 && digits.length <= 19 && (cued || (!dialled && !inIban && passesLuhn(digits)));
    },
  },
  // A card's expiry and security code, next to a card (often already masked: "**** 1234 exp 09/27").
  {
    kind: 'card-expiry',
    pattern:
      /\b(?:exp(?:iry|iration)?(?:\s+date)?|valid\s+(?:thru|through|until)|expires?)\s*[:=.]?\s*(?:on\s+)?(?:0?[1-9]|1[0-2])\s*[/-]\s*(?:\d{4}|\d{2})\b/gi,
    accept: (_m, before, after) => CARD_CONTEXT.test(`${before} ${after}`),
  },
  {
    kind: 'card-security-code',
    pattern:
      /\b(?:cvv2?|cvc2?|csc|cid|security\s+code|card\s+verification(?:\s+(?:value|code))?)\s*(?:is|:|=|#)?\s*\d{3,4}\b/gi,
  },
  // US SSN, UK National Insurance number, French NIR.
  { kind: 'national-id', pattern: /\b(?!000|666|9\d\d)\d{3}-(?!00)\d{2}-(?!0000)\d{4}\b/g },
  // An identity document's number of letters and digits named as one: "Personalausweis L01X00T47". The
  // lookbehinds here allow at most 8 blanks before the value: an unbounded `\s*` in a lookbehind is retried
  // over a whole run of blanks at each of its characters (a few hundred tabs took minutes, red team round 9).
  {
    kind: 'national-id',
    pattern:
      /(?<=\b(?:personalausweis(?:nummer)?|ausweis(?:nummer)?|carte\s+d'identit[ée]|id(?:entity)?\s+card(?:\s+(?:number|no\.?))?|passport(?:\s+(?:number|no\.?|#))?)\s{0,8}(?:is|:|#|no\.?|nr\.?)?\s{0,8})(?=[A-Z0-9]*\d[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{6,12}\b/gi,
  },
  // A Korean resident registration number is written in its own shape: birth date, dash, seven digits.
  { kind: 'national-id', pattern: /(?<![\d-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}(?![\d-])/g },
  // A Brazilian CPF is written in its own shape: 123.456.789-09.
  { kind: 'national-id', pattern: /(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\d-])/g },
  { kind: 'national-id', pattern: /\b[A-CEGHJ-PR-TW-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/g },
  // A French NIR is written with single spaces, never tabs: `27010<tab>27010<tab>27010` is a row of ports.
  { kind: 'national-id', pattern: /\b[12] ?\d{2} ?(?:0[1-9]|1[0-2]) ?\d{2} ?\d{3} ?\d{3} ?\d{2}\b/g },
  // An identity number named as one: "My Number (national ID) 1234 5678 9012", "passport number TK1234567",
  // "DNI 12345678Z" — only the value, after its label.
  {
    kind: 'national-id',
    pattern:
      /(?<=\b(?:national\s+(?:id(?:entity)?|insurance)(?:\s+(?:number|no\.?|card))?|my\s+number|individual\s+number|passport(?:\s+(?:number|no\.?|#))?|social\s+security(?:\s+(?:number|no\.?))?|ssn|id(?:entity)?\s+card(?:\s+(?:number|no\.?))?|driver'?s\s+licen[cs]e(?:\s+(?:number|no\.?))?|(?:resident\s+|citizen\s+|personal\s+)?registration\s+(?:number|no\.?)|id\s+(?:number|no\.?)|tax\s+id|dni|nie|cpf|nric|aadhaa?r|pesel|bsn|personnummer|codice\s+fiscale|steuer-?id|personal\s+id(?:\s+(?:number|no\.?))?)\s{0,8}(?:\([^)\n]{0,30}\)\s{0,8})?(?:is|:|=|#|no\.?|number)?\s{0,8})[A-Z]{0,3}[\s-]?\d(?:[\s.-]?\d){4,16}[A-Z]?\b/gi,
  },
  {
    kind: 'password',
    pattern: /\b(?:password|passwd|pwd|passphrase|secret|mot de passe|passwort|contraseña)\s*(?:is|:|=)\s*\S+/gi,
  },
  // "the password for the admin console is hunter2": the password of something named, given — a secret-looking
  // word (with a digit or a sign), not "the password for the console is expired".
  {
    kind: 'password',
    pattern:
      /\b(?:password|passwd|pwd|passphrase)\s+(?:for|of|on|to)\s+(?:the\s+|our\s+|my\s+|this\s+)?[\w-]+(?:\s+[\w-]+){0,2}?\s+(?:is|:|=)\s*(?=\S*[A-Za-z])(?=\S*[\d!#$%&*@?])[^\s,;]{4,}/gi,
  },
  // An address written out so no mail program takes it: "maria dot lopez at gmail dot com", "j.smith[at]hotmail.com".
  {
    kind: 'email',
    pattern:
      /(?<![\w.-])(?<!\bdot\s)(?<![\])])\s{0,16}\b[a-z][\w-]*(?:\s*(?:\.|\[dot\]|\(dot\)|\sdot\s)\s*[\w-]+)*\s*(?:\[at\]|\(at\)|\{at\}|\s(?:at|AT)\s(?=[\w-]+\s*(?:\[dot\]|\(dot\)|\sdot\s)))\s*[\w-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\sdot\s)\s*[\w-]+)*\s*(?:\.|\[dot\]|\(dot\)|\sdot\s)\s*(?:com|net|org|edu|gov|info|io|co|[a-z]{2})\b/gi,
  },
  // "user svc_x pw Autumn2026!": the password word right before a secret-looking word (letters with a digit
  // or a sign) — not "password policy", "password reset"; not a bare "pass" ("calls pass SBC1 fine").
  {
    kind: 'password',
    pattern: /\b(?:pw|pwd|password|passwd|passwort)\s+(?=[^\s]*[A-Za-z])(?=[^\s]*[\d!#$%&*@?])[^\s,;]{4,}/gi,
  },
  // A credential pair named as a login: "the agent's login is jdoe / Welcome2026!", "test account is
  // admin/admin", "log in with admin / Passw0rd2026", "sign in as svc / W1nter!". A word pair ("login is
  // slow/unstable") is none: the secret holds a digit or a sign, or the user is a stock account name.
  {
    kind: 'password',
    pattern:
      /\b(?:log[io]n|logon|log\s+(?:in|on)|sign[\s-]?in|credentials?|creds|account|user(?:name)?)\b[^.;!?\n]{0,40}?(?:\bis|\bare|:|=|\bwith|\bas|\busing)\s*(?:(?![\d.,%]+\s?\/)[^\s/]{2,40}\s?\/\s?(?=[^\s/]*[^\sA-Za-z/])[^\s/]{2,40}|(?:admin(?:istrator)?|root|sa|guest|test|demo|operator|default)\s?\/\s?[^\s/]{2,40})(?![^\s/]*\/)/gi,
  },
  // "user acme_trk / pass Tr0ub4dor&3", "user=acme_sip pass=Xy7$trunk": a bare "pass" after a user named
  // before it, with a secret-looking word (not "calls pass SBC1 fine").
  {
    kind: 'password',
    pattern: /\bpass\s{0,8}[:=]?\s{0,8}(?=[^\s]*[A-Za-z])(?=[^\s]*[\d!#$%&*@?])[^\s,;]{4,}/gi,
    // The user may sit on the line above, as in a config section ("user=ixn_svc" / "pass=Gl0bex!Mail77").
    accept: (_m, before) => /\b(?:user(?:name)?|login|logon|account|acct|uid)\b[^\n]{0,40}\n?[ \t]*$/i.test(before),
  },
  // Config snippets: db.password=…, "dbPassword": "…", <password>…</password>, Password=…; in a connection
  // string, <property name="db.password" value="…"/>. A key is matched from its first character only (the
  // lookbehind): the same matches, without retrying from every character of a long word (red team round 9).
  {
    kind: 'password',
    pattern:
      /(?<![\w.-])[\w.-]*(?:password|passwd|pwd|passphrase|secret|[_.-]pass\b)[\w.-]*["']?\s*(?:=>|=|:)\s*["']?[^\s"'<;,]{2,}["']?|<([\w.:-]*(?:password|passwd|secret)[\w.:-]*)>[^<]+<\/\1>|name\s*=\s*["'][\w.-]*(?:password|passwd|secret)[\w.-]*["']\s+value\s*=\s*["'][^"']+["']/gi,
  },
  {
    kind: 'token',
    pattern:
      /\b(?:xox[abprs]-[\w-]{10,}|gh[pousr]_[A-Za-z0-9]{20,}|AKIA[0-9A-Z]{16}|sk_(?:live|test)_[A-Za-z0-9]{16,}|eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]{8,})/g,
  },
  { kind: 'token', pattern: /\b(?:api[_-]?key|access[_-]?token|bearer)\s*(?:is|:|=)?\s*[A-Za-z0-9._\-+/=]{16,}/gi },
];

export function findSensitiveData(text: string, options: ContactDataOptions = {}): SensitiveFinding[] {
  const findings: SensitiveFinding[] = [];
  const add = (kind: SensitiveKind, start: number, end: number) => {
    if (findings.some((f) => start < f.end && end > f.start)) return;
    findings.push({ kind, start, end });
  };
  for (const { kind, pattern, accept } of DETECTORS) {
    for (const match of matchesOf(text, pattern)) {
      const start = match.index ?? 0;
      const end = start + match[0].length;
      if (accept && !accept(match[0], text.slice(Math.max(0, start - 60), start), text.slice(end, end + 60))) continue;
      add(kind, start, end);
    }
  }
  for (const f of findContactData(text, options)) add(f.kind, f.start, f.end);
  return findings.sort((a, b) => a.start - b.start);
}

/** How a kind is named to the customer. */
export function describeKind(kind: SensitiveKind): string {
  const names: Record<SensitiveKind, string> = {
    'card-number': 'card number',
    'card-expiry': 'card expiry date',
    'card-security-code': 'card security code',
    'national-id': 'national id',
    password: 'password',
    'private-key': 'private key',
    token: 'access token',
    phone: 'phone number',
    email: 'e-mail address',
    iban: 'bank account (IBAN)',
  };
  return names[kind];
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
