/**
 * Typo-tolerant label matching. Partners retype form labels ("Host Id", "HostID", "Sellabel item",
 * "Corprate Email"); we normalise the label and accept a small Damerau-Levenshtein distance, scaled to
 * the label's length so short labels ("OS", "Qty") must match exactly.
 */

/**
 * Lower case without accents (`Propósito` → `proposito`), `#` kept (SO#), letters of any script kept
 * (`ホスト名`), every other run of punctuation or space → one space.
 */
export function normaliseLabel(raw: string): string {
  return raw
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/\(s\)/g, 's')
    .replace(/[^\p{L}\p{N}#]+/gu, ' ')
    .trim();
}

/** Optimal-string-alignment Damerau-Levenshtein distance, giving up early once above `max`. */
export function damerauLevenshtein(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows = a.length + 1;
  const cols = b.length + 1;
  let prevPrev = new Array<number>(cols).fill(0);
  let prev = Array.from({ length: cols }, (_, j) => j);
  for (let i = 1; i < rows; i++) {
    const current = new Array<number>(cols).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        value = Math.min(value, prevPrev[j - 2]! + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    prevPrev = prev;
    prev = current;
  }
  return prev[cols - 1]!;
}

/**
 * Typos allowed for a label of this length: none up to 4 characters, 1 up to 12, then 2. Two typos in
 * a ten-letter word turn values into labels (`Production` → `products`), so long labels only get two.
 */
export function allowedTypos(length: number): number {
  if (length <= 4) return 0;
  if (length <= 12) return 1;
  return 2;
}

export interface LabelMatch<F> {
  field: F;
  /** 1 for an exact dictionary label, lower for a typo match. */
  confidence: number;
}

/** Words after which a label's head ends and a qualifier begins: `GARN of the customer`, `Applications needing …`. */
const QUALIFIER = /^(?:of|for|needing|needed|requiring|required|on|in|at|from|by|with|per|to|if|incl|including)$/;
/** Heads too generic to stand for a label when a qualifier follows (`Name of the customer` is not the contact). */
const GENERIC_HEAD = new Set([
  'name',
  'email',
  'e mail',
  'phone',
  'company',
  'contact',
  'customer',
  'number',
  'type',
  'version',
  'date',
  'id',
  'server',
  'host',
]);

/**
 * What a label is paired with after a slash (issue 25 round 9 §1): the field is the first label's. A version
 * beside an item or an application (`Selable item / ver`, `Aplication/version`) is in the value the label names.
 */
const PAIRED_WITH = /^(?:site|location|branch|account|ip|ip address|address|fqdn|dns|dns name|domain)$/;
const VERSION_WORD = /^(?:ver|vers|version|versao|versione|version number|release|rel|バージョン)$/;
/** A normalised label ending in a version word (`o s ver`, `sellable item and version`): what comes before it. */
const TRAILING_VERSION = /^(.*?\S)\s+(?:and\s+|n\s+|und\s+|et\s+|y\s+)?(?:ver|vers|version|versao|release|rel)$/;

/**
 * Words a form's label is shortened to as people type them (issue 25 round 15): "End-user acct", "Cust. name",
 * "Ph", "Mob", "Impl. type", "Email addr", "Tel. no.". Each stands for its word wherever it is in the label,
 * so "Sold-to acct", "End Usr Acct" and "Cust acct" need no entry of their own.
 */
const SHORT_WORDS: Record<string, string> = {
  acct: 'account',
  acc: 'account',
  usr: 'user',
  cust: 'customer',
  ph: 'phone',
  phn: 'phone',
  mob: 'mobile',
  impl: 'implementation',
  addr: 'address',
  nbr: 'number',
  num: 'number',
  desc: 'description',
  org: 'organisation',
  // "Tech lic type", "App needing tech lic", "Lic srv name" (round 16).
  tech: 'technical',
  lic: 'license',
  lics: 'licenses',
  app: 'application',
  apps: 'applications',
  srv: 'server',
  svr: 'server',
};
/** "Mail id", "E-mail ID", "Email-id": an e-mail address, as Indian English forms write it. */
const MAIL_ID = /\b(e mail|email|mail) id$/;

const HAS_SHORT_WORD = new RegExp(String.raw`(?:^|\s)(?:${Object.keys(SHORT_WORDS).join('|')})(?:\s|$)|mail id$`);

/** The label with its shortened words written out; undefined when nothing was shortened. */
function spelledOut(label: string): string | undefined {
  if (!HAS_SHORT_WORD.test(label)) return undefined;
  const words = label.split(' ');
  const long = words
    .map((w) => SHORT_WORDS[w] ?? w)
    .join(' ')
    .replace(MAIL_ID, '$1');
  return long === label ? undefined : long;
}

/** `Qtty`, `Adresss`: a letter typed twice is a typo even in a label too short for any other. */
const singleLetters = (label: string) => label.replace(/(\p{L})\1+/gu, '$1');

/**
 * Builds a matcher over a label dictionary (normalised label → field), memoising what it has seen. A
 * label is tried as written, then with a bracketed qualifier read first (`Host ID (backup)` → `backup host
 * id`) or left out (`Sellable item and version (first two digits)`), then with typos, then by its head
 * when a qualifier follows (`GARN of the customer` → GARN).
 */
export function createLabelMatcher<F>(
  dictionary: Record<string, F>,
  /** Fields whose value carries its own version (an item, an application): `Aplication / ver` is that field. */
  versioned: readonly F[] = [],
): (raw: string) => LabelMatch<F> | undefined {
  const entries = Object.entries(dictionary).map(([label, field]) => [normaliseLabel(label), field] as const);
  const exact = new Map(entries);
  const undoubled = new Map<string, F | null>();
  for (const [label, field] of entries) {
    const key = singleLetters(label);
    // Two fields whose labels differ only by a doubled letter: neither is read from a doubled typo.
    undoubled.set(key, undoubled.has(key) && undoubled.get(key) !== field ? null : field);
  }
  const memo = new Map<string, LabelMatch<F> | undefined>();
  const typo = (label: string): LabelMatch<F> | undefined => {
    const max = allowedTypos(label.length);
    let best = max + 1;
    let result: LabelMatch<F> | undefined;
    let ambiguous = false;
    for (const [candidate, field] of entries) {
      const distance = damerauLevenshtein(label, candidate, max);
      if (distance < best) {
        best = distance;
        result = { field, confidence: distance === 1 ? 0.85 : 0.75 };
        ambiguous = false;
      } else if (distance === best && distance <= max && result && result.field !== field) ambiguous = true;
    }
    return ambiguous ? undefined : result;
  };
  const head = (label: string): LabelMatch<F> | undefined => {
    const words = label.split(' ');
    for (let k = Math.min(words.length - 1, 5); k >= 1; k--) {
      if (!QUALIFIER.test(words[k]!)) continue;
      const start = words.slice(0, k).join(' ');
      const field = exact.get(start);
      if (field !== undefined && !GENERIC_HEAD.has(start)) return { field, confidence: 0.85 };
    }
    return undefined;
  };
  // "Customer/Site", "Hostname / IP", "Company/Account": a label paired with what usually stands beside it.
  const pairedLabel = (raw: string): LabelMatch<F> | undefined => {
    // Only a slash pairs a label with a site or an address ("Customer/Site", "Hostname / IP").
    const parts = raw.split(/[/／]/).map(normaliseLabel);
    if (parts.length !== 2) return withVersion(normaliseLabel(raw));
    if (PAIRED_WITH.test(parts[1]!)) {
      const field = exact.get(parts[0]!);
      return field === undefined ? undefined : { field, confidence: 0.85 };
    }
    if (VERSION_WORD.test(parts[1]!)) return versionedField(parts[0]!);
    return withVersion(normaliseLabel(raw)) ?? translated(parts[0]!, parts[1]!);
  };
  // "Aantal / qty", "Rechnername / hostname": a label written in two languages, one of them ours.
  const translated = (a: string, b: string): LabelMatch<F> | undefined => {
    // "GARN 0217762 / Sold To": a value before the slash makes it a run of fields, not one label twice.
    if (/\d/.test(a + b)) return undefined;
    const [first, second] = [exact.get(a), exact.get(b)];
    if (first !== undefined && second !== undefined && first !== second) return undefined;
    const field = first ?? second;
    return field === undefined ? undefined : { field, confidence: 0.85 };
  };
  const versionedField = (label: string): LabelMatch<F> | undefined => {
    const first = exact.has(label) ? { field: exact.get(label)!, confidence: 0.85 } : typo(label);
    return first && versioned.includes(first.field) ? first : undefined;
  };
  // "Sellable Itme & Ver", "O/S & ver", "Application + version": a thing's label joined to a version word by
  // anything but a slash is that thing's label too (the value names both); a form's "OS version" is exact.
  const withVersion = (label: string): LabelMatch<F> | undefined => {
    const joined = TRAILING_VERSION.exec(label);
    return joined ? versionedField(joined[1]!) : undefined;
  };
  return (raw) => {
    const key = raw.trim();
    if (memo.has(key)) return memo.get(key);
    const label = normaliseLabel(raw);
    const bracket = /\(([^)]*)\)/.exec(raw);
    const outside = bracket ? normaliseLabel(raw.replace(/\([^)]*\)/g, ' ')) : label;
    const inFront = bracket ? normaliseLabel(`${bracket[1]} ${outside}`) : label;
    const long = spelledOut(label);
    const direct =
      exact.get(label) ??
      exact.get(inFront) ??
      exact.get(outside) ??
      (long === undefined ? undefined : exact.get(long));
    let result: LabelMatch<F> | undefined;
    const paired = direct === undefined ? pairedLabel(raw) : undefined;
    // Only a label typed with a doubled letter (`C:` is no typo of `CC:`).
    const doubled = singleLetters(label) !== label ? (undoubled.get(singleLetters(label)) ?? undefined) : undefined;
    if (direct !== undefined) result = { field: direct, confidence: 1 };
    else if (paired !== undefined) result = paired;
    else if (doubled !== undefined) result = { field: doubled, confidence: 0.85 };
    else if (label.length <= 60)
      result =
        typo(label) ??
        (long === undefined ? undefined : typo(long)) ??
        (bracket ? typo(outside) : undefined) ??
        head(outside);
    if (memo.size < 5000) memo.set(key, result);
    return result;
  };
}
