/**
 * One labelled line as partners write it, and the value cleaned of form furniture:
 * | written                                                  | label            | value           |
 * |----------------------------------------------------------|------------------|-----------------|
 * | `Host ID: 00-50-…`, `Host ID：…`, `GARN - 0087712`         | Host ID          | as written      |
 * | `Company name ........ [ Tailspin Toys ]`, `Hostname...: x` | Company name     | `Tailspin Toys` |
 * | `Company name --> Vestland Kraft`, `Purpose => lab`        | Company name     | the value       |
 * | `Purpose ... [ ] demo [x] production [ ] development`       | Purpose          | `production`    |
 * | `End User: Fabrikam, Sold To: Lakeshore, GARN 0012346`      | three fields     | one each        |
 */
export interface FieldLabel<F> {
  field: F;
  confidence: number;
  /** `Server 2 Host ID` → 1 (0-based); where a label names which of several servers or items. */
  index?: number;
  /** `Employer / Sold To`: a second field the same value fills (one company in two roles). */
  also?: F;
  /** The label as written (`SO#` says which kind of order number follows). */
  raw?: string;
}

export type LabelMatcher<F> = (raw: string) => FieldLabel<F> | undefined;

/**
 * `Label: value`; `Label :- value` and `Label := value` as many writers in India and Sri Lanka put it: the dash or
 * equals sign is the colon's, not a value's (a dash before a digit or another dash stays the value's).
 */
const SEPARATORS = [
  /\s*[:：](?:\s*[-–—=](?![\d=-]))?\s*/,
  // "Licence sever name .. kib-lic-01", "Sellabel item / ver . Genesys Info Mart": a form's long label leaves room
  // for one or two leader dots only.
  /\s*(?:\.{3,}|…+)\s*:?\s*|\s+\.{1,2}\s+/,
  /\s*(?:[-=]+>|→|⇒)\s*|\s+[=–—-]\s+|\s*=\s*(?=\S)/,
];

/** `Label: value` (and the other separators above), where Label is one the matcher knows. */
export function readFieldLine<F>(
  text: string,
  matchLabel: LabelMatcher<F>,
): { label: FieldLabel<F>; value: string } | undefined {
  for (const separator of SEPARATORS) {
    const match = separator.exec(text);
    // A form's label may carry its hint: "Purpose of the license request (demo, evaluation, …):".
    if (!match || match.index === 0 || match.index > 140) continue;
    // `ipconfig /all`: "Host Name . . . . . . . . : lic01" — the dotted leader is no part of the label.
    const raw = text.slice(0, match.index).replace(/(?:\s*\.){2,}\s*$/, '');
    // "Primary server  4C:D9:8F:0A:2B:11": a colon between two hex pairs is the MAC's own, not the separator.
    if (
      /(?:^|\s)[0-9A-Fa-f]{2}$/.test(raw) &&
      /^[0-9A-Fa-f]{2}(?::[0-9A-Fa-f]{2}){3}/.test(text.slice(match.index + 1))
    )
      continue;
    // "Primary MAC | 00:50:56:B8:3F:12": the bar parts label from value, the colons are the MAC's own.
    if (/\s\|\s/.test(raw)) continue;
    // "Technical licenses needed for Quayside Energy's Engage 8.5 production platform, on …:" is a sentence.
    if (
      raw
        .replace(/\([^)]*\)/g, ' ')
        .trim()
        .split(/\s+/).length > 8
    )
      continue;
    const label = matchLabel(raw);
    if (label) return { label: { ...label, raw }, value: cleanValue(text.slice(match.index + match[0].length)) };
  }
  return undefined;
}

const CHECKED = String.raw`\[\s*[xX✓✔✗]\s*\]|\(\s*[xX]\s*\)|[☒☑✅]`;
const UNCHECKED = String.raw`\[\s*\]|\(\s*\)|[☐]`;
const BOX = new RegExp(`${CHECKED}|${UNCHECKED}`, 'g');
const IS_CHECKED = new RegExp(`^(?:${CHECKED})$`);

/** A value without its form furniture: `[ x ]` brackets, check boxes (the ticked options are the value). */
export function cleanValue(raw: string): string {
  let value = raw.trim();
  const boxes = value.match(BOX) ?? [];
  if (boxes.length >= 2 || (boxes.length === 1 && IS_CHECKED.test(boxes[0]!) && value.indexOf(boxes[0]!) === 0)) {
    const options = [...value.matchAll(new RegExp(`(${CHECKED}|${UNCHECKED})([^\\[\\(☐☒☑✅]*)`, 'g'))];
    value = options
      .filter((o) => IS_CHECKED.test(o[1]!))
      .map((o) => o[2]!.trim())
      .filter(Boolean)
      .join(', ');
  }
  const bracketed = /^\[\s*(.*?)\s*\]$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  return value.trim();
}

/**
 * Several fields on one line: `End User: Fabrikam Bank, Sold To: Lakeshore Integrators, GARN 0012346` →
 * three fields. A piece after a comma or semicolon starts a new field only when it begins with a label we
 * know (with a colon, or a GARN); otherwise the comma belongs to the value (`DN, Seat`). After a party's name
 * (`names`), a slash or bar may start the next field too, and a label may stand before its number without a
 * colon: `End User: Alamo Dental / Sold To: Lone Star CC / PO 55-90214` (round 12) — a server's value keeps
 * its own separators (`lic01 | host ID = … | port 7260`), read by the server reader.
 */
export function splitInlineFields<F>(
  label: FieldLabel<F>,
  value: string,
  matchLabel: LabelMatcher<F>,
  names: (field: F) => boolean = () => false,
): { label: FieldLabel<F>; value: string }[] {
  const party = names(label.field);
  // "…, GARN-0125518. Sold to: Tasman Voice": a sentence's end parts fields too (a piece that is no label rejoins).
  const pieces = value.split(party ? /(\s*[,;]\s+|\s+[/|]\s+|\.\s+(?=\p{Lu}))/u : /(\s*[,;]\s+|\.\s+(?=\p{Lu}))/u);
  if (pieces.length < 3) return [{ label, value }];
  const fields: { label: FieldLabel<F>; value: string }[] = [{ label, value: pieces[0]! }];
  for (let k = 2; k < pieces.length; k += 2) {
    const piece = pieces[k]!;
    const garn = /^((?:end\s+user\s+)?GARN)\b\s*[:#-]?\s*(.+)$/i.exec(piece);
    const next = garn
      ? { label: matchLabel(garn[1]!), value: garn[2]! }
      : (readFieldLine(piece, matchLabel) ?? (party ? labelBeforeNumber(piece, matchLabel) : undefined));
    if (next?.label) fields.push({ label: next.label, value: next.value.replace(/[.]$/, '') });
    else fields[fields.length - 1]!.value += `${pieces[k - 1]}${piece}`;
  }
  return fields.length > 1 ? fields : [{ label, value }];
}

/** `PO 55-90214`, `order 6340013`: a known label of up to three words before a number ("order 1" is "order number: 1"). */
function labelBeforeNumber<F>(piece: string, matchLabel: LabelMatcher<F>) {
  const said = /^((?:[\p{L}.]+\s+){0,2}[\p{L}.]+)\s*[:#]?\s*(\S*\d\S*)$/u.exec(piece);
  const label = said && (matchLabel(said[1]!) ?? matchLabel(`${said[1]!} number`));
  return label ? { label: { ...label, raw: said[1]! }, value: said[2]! } : undefined;
}

/** `(e.g. 00-50-56-9A-1B-2C)`, `(for example Contoso Ltd)`: an example in a form or a question, not a value. */
const EXAMPLE =
  /\(\s*(?:e\.?\s?g\.?|eg|i\.?\s?e\.?|for\s+(?:example|instance)|example|ex\.|such\s+as|like|z\.\s?B\.|p\.\s?ex\.|por\s+ejemplo|par\s+exemple|beispielsweise|例)[:：,]?\s[^)]*\)|\((?:例|例えば)[:：][^)]*\)/gi;

export function withoutExamples(text: string): string {
  return text.includes('(') ? text.replace(EXAMPLE, '') : text;
}
