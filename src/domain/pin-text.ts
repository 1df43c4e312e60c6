/**
 * PINs in what people write (DOMAIN.md §1, §8; issue 18 §3). A PIN is given, or tried, in many forms:
 * "PIN-Code: 482 913", "pin no. 482913", quoted, in fullwidth or Arabic-Indic digits, with a zero-width
 * character inside, in a subject or a file name. The text is searched in a normalised form (NFKC,
 * format characters and combining marks dropped, every Unicode decimal digit read as its ASCII digit)
 * and each PIN found is removed from the text as written, so nothing else in it changes.
 *
 * Only a labelled PIN is taken ("PIN", "PIN code", "code PIN", "PIN-Nummer", "暗証番号", next to its
 * digits): case numbers, versions, phone numbers and other numbers are left alone. A label spelt with
 * Greek or Cyrillic letters drawn like Latin ones ("ΡΙΝ") is read as the Latin label, and the Russian
 * "ПИН" / "ПИН-код" is a label too (its Н and К, О read as H, K, O by then).
 */
import { foldLatinLookalikes, latinLookalike } from './latin-lookalikes.ts';
import { PIN_LABEL } from './pin-label.ts';
import { linkedPinDigits } from './pin-links.ts';
import { type FoundPin, repeatedPins } from './pin-repeats.ts';

export { PIN_LABEL };

export interface PinMention {
  /** Where the digits are in the text as written (UTF-16 offsets, end exclusive). */
  start: number;
  end: number;
  /** The PIN as ASCII digits, separators removed. */
  digits: string;
  /** Nothing else on its line but the label, punctuation and quote markers: a "PIN:" line. */
  line: boolean;
  /**
   * Named a code, not a PIN ("my code 482913", "passcode 482913", "482913 is Ben's code"): removed like a
   * PIN, never checked as one — it may be a bridge's or a door's (CODE_LABEL_FIRST).
   */
  code?: true;
  /**
   * The same digits again, unlabelled, after a labelled PIN or code, or a link's digits after a PIN label
   * (pin-links.ts): removed, never the one given.
   */
  repeat?: true;
}

export const PIN_REMOVED = '[PIN removed]';

const FILLER = String.raw`[\s:：=#*_~|"'“”‘’«»„‚\x60\[(>→-]*`;
const VERB = '(?:is|are|was|were|ist|sind|sont|son|lautet|est|es|è|är|er|jest|wynosi|=>|->)';
const DIGITS = String.raw`(\d(?:[ \u00a0._/-]?\d){2,})(?!\d)`;
/** After a label, groups may also be set apart by a spaced dash or dot ("947 - 261"): the PIN rule cuts the run. */
const LABELLED_DIGITS = String.raw`(\d(?:[ \u00a0]?[._/-]?[ \u00a0]?\d){2,})(?!\d)`;
const LABEL_FIRST = new RegExp(String.raw`${PIN_LABEL}${FILLER}(?:${VERB}\b${FILLER}){0,2}${LABELLED_DIGITS}`, 'giu');
/**
 * Digits named before their label start only where a run of digits starts (not after a digit and a
 * separator): tried at every digit of a long grouped run ("1/1/1/…"), each attempt read the rest of the
 * run, in time growing with the square of its length (red team round 12). The first match is the same.
 */
const RUN_START = String.raw`(?<![\d.]|\d[ \u00a0_/-])`;
const DIGITS_FIRST = new RegExp(
  String.raw`${RUN_START}${DIGITS}\s*(?:is|=|was)\s+(?:my|our|the|your)?\s*(?:contact\s+)?pin\b`,
  'giu',
);

/**
 * A number of a PIN's length said to be someone's code (red team rounds 5 and 11): "my code 482913",
 * "passcode 482913", "Ben's access code is 482913", "482913 is my passcode". A code is taken only when it
 * is a pass code, an access, security or secret code, or a person's ("my", "his", "Ben's", with at most a
 * "contact", "personal", "secret", "own" or "support" between): "error code 1234567", "the customer code
 * 1234567", "zip code 750010" and "case 01000001" stay. With a name's "'s", the name must be written with a
 * capital ("Ben's code"): "the server's code" is a program's.
 */
const CODE_OWNER = String.raw`(?:my|his|her|your|our|their|\p{L}+['’]s)`;
const CODE_KIND = String.raw`(?:pass[\s_-]?code|access[\s_-]code|security[\s_-]code|secret[\s_-]code)s?`;
const CODE_BEFORE = String.raw`(?:(?:contact|personal|secret|own|support)\s+)?`;
const CODE_WORD = String.raw`(?<![\p{L}\p{N}'’])(?:(?:${CODE_OWNER}\s+)?${CODE_BEFORE}${CODE_KIND}|${CODE_OWNER}\s+${CODE_BEFORE}codes?)(?!\p{L})`;
const CODE_LABEL_FIRST = new RegExp(
  String.raw`${CODE_WORD}${FILLER}(?:${VERB}\b${FILLER}){0,2}${LABELLED_DIGITS}`,
  'giu',
);
const CODE_DIGITS_FIRST = new RegExp(String.raw`${RUN_START}${DIGITS}\s*(?:is|=|was)\s+(?:the\s+)?${CODE_WORD}`, 'giu');
const NAMES_OWNER = /(\p{L})\p{L}*['’]s\s/u;

/** A code owned by "X's" is a person's only when X is written with a capital. */
function ownerWrittenAsName(matched: string): boolean {
  const owner = NAMES_OWNER.exec(matched);
  return !owner || owner[1] !== owner[1]!.toLowerCase();
}

const PATTERNS = [LABEL_FIRST, DIGITS_FIRST, CODE_LABEL_FIRST, CODE_DIGITS_FIRST] as const;

/**
 * A second PIN given in the same breath as a labelled one: "his PIN is 739164 and mine is 482913",
 * "PINs 482913, 739164". Taken only with as many digits as the labelled one (a case number or a year
 * after a PIN stays), right after it.
 */
const OWNER = String.raw`(?:mine|my\s+own|his|hers|theirs|ours|yours|the\s+other(?:\s+one)?|meine?|le\s+mien|la\s+mienne|el\s+m[ií]o|la\s+m[ií]a|\p{Lu}\p{Ll}+['’]s)`;
const CONTINUATION = new RegExp(
  String.raw`(?:\s*[,;/&]\s*|\s+(?:and|or|und|oder|et|ou|y|o|e)\s+)(?:${OWNER}(?:\s+(?:one|pin))?${FILLER}(?:${VERB}\b${FILLER})?)?${DIGITS}`,
  'yiu',
);

const ASCII = /^[\x00-\x7f]*$/;
const ANY_DIGIT = /[\p{Nd}\p{No}]/u;
const MAY_HOLD_LABEL = /pin|p[\s._·-]{1,3}i[\s._·-]{1,3}n|暗証|пи[нh]|code/iu;
const FORMAT_OR_MARKS = /[\p{Cf}\p{Mn}\p{Me}]/gu;

/** Cheap tests first: most texts have no digit, or nothing that reads "pin" once normalised. */
function mayHoldPin(text: string): boolean {
  if (!ANY_DIGIT.test(text)) return false;
  if (ASCII.test(text)) return MAY_HOLD_LABEL.test(text);
  return MAY_HOLD_LABEL.test(foldLatinLookalikes(text.normalize('NFKC').replace(FORMAT_OR_MARKS, '')));
}

const FORMAT_OR_MARK = /[\p{Cf}\p{Mn}\p{Me}]/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
const digitValues = new Map<number, string>();

/** The ASCII digit of any Unicode decimal digit (Nd digits come in runs of ten, 0 to 9). */
function asciiDigit(codePoint: number): string {
  const known = digitValues.get(codePoint);
  if (known !== undefined) return known;
  let zero = codePoint;
  while (DECIMAL_DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  const value = String((codePoint - zero) % 10);
  digitValues.set(codePoint, value);
  return value;
}

interface Normalised {
  text: string;
  /** For each UTF-16 unit of `text`, the span of the original it came from. */
  from: number[];
  to: number[];
}

/**
 * NFKC per character, format characters and marks dropped, decimal digits as ASCII, Greek and Cyrillic
 * letters drawn like Latin ones as those (latin-lookalikes.ts); offsets kept.
 */
function normalise(text: string): Normalised {
  let out = '';
  const from: number[] = [];
  const to: number[] = [];
  let index = 0;
  for (const char of text) {
    const start = index;
    index += char.length;
    if (char.charCodeAt(0) < 0x80) {
      out += char;
      from.push(start);
      to.push(index);
      continue;
    }
    if (FORMAT_OR_MARK.test(char)) continue;
    for (const piece of char.normalize('NFKC')) {
      if (FORMAT_OR_MARK.test(piece)) continue;
      const mapped = DECIMAL_DIGIT.test(piece) ? asciiDigit(piece.codePointAt(0)!) : latinLookalike(piece);
      out += mapped;
      for (let i = 0; i < mapped.length; i++) {
        from.push(start);
        to.push(index);
      }
    }
  }
  return { text: out, from, to };
}

const ENTRY_SEPARATORS = /[\s._\-\u2010-\u2015\u2212]/gu;

/**
 * A PIN as typed into a private form (the Slack modal, the terminal's hidden prompt): people group it
 * ("482 913", "482-913") or type it on a phone keyboard in another script ("４８２９１３", "٤٨٢٩١٣"). When
 * what was typed is digits once those are read as ASCII and the separators dropped, those digits are the
 * PIN; anything else is checked as typed (and fails), so no guess is made on a value that is no number.
 */
export function pinFromFormEntry(typed: string): string {
  const digits = normalise(typed).text.replace(ENTRY_SEPARATORS, '');
  return /^\d+$/.test(digits) ? digits : typed.trim();
}

/** Every decimal digit as ASCII, with NFKC: for checking that no PIN digits are left in any script. */
export function normaliseDigits(text: string): string {
  return normalise(text).text;
}

export function findPinMentions(text: string): PinMention[] {
  if (!mayHoldPin(text)) return [];
  const ascii = ASCII.test(text);
  const view = ascii ? { text, from: null, to: null } : normalise(text);
  const found: Found[] = [];
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    const labelFirst = pattern === LABEL_FIRST || pattern === CODE_LABEL_FIRST;
    const code = pattern === CODE_LABEL_FIRST || pattern === CODE_DIGITS_FIRST;
    for (const match of view.text.matchAll(pattern)) {
      const digits = match[1]!;
      if (code && !codeLength(digits)) continue;
      if (code && !ownerWrittenAsName(match[0])) continue;
      const at = match.index + match[0].indexOf(digits, labelFirst ? match[0].length - digits.length : 0);
      // "739164 is my PIN and 482913 is Ben's": a PIN named after the words that label the first goes too.
      const after = labelFirst ? undefined : match.index + match[0].length;
      const first = pattern === LABEL_FIRST ? labelledPinAt(view.text, at, digits) : digits;
      found.push(...withContinuations(view, at, first, after).map((m) => (code ? { ...m, code: true as const } : m)));
    }
  }
  for (const link of linkedPinDigits(view.text)) {
    const start = view.from ? view.from[link.start]! : link.start;
    const end = view.to ? view.to[link.end - 1]! : link.end;
    found.push({ start, end, digits: link.digits, repeat: true });
  }
  found.push(...repeatedPins(view, found, PIN_DIGITS.min));
  // A PIN label wins over a code label on the same digits ("PIN code 482913").
  found.sort((a, b) => a.start - b.start || Number(a.code ?? false) - Number(b.code ?? false));
  const mentions: PinMention[] = [];
  for (const mention of found) {
    const previous = mentions[mentions.length - 1];
    if (previous && mention.start < previous.end) continue;
    mentions.push({
      ...mention,
      line: !mention.code && !mention.repeat && aloneOnItsLine(text, mention.start, mention.end),
    });
  }
  return mentions;
}

type Found = FoundPin;

/** A code is taken for a PIN only with a Contact PIN's digits (6 to 10): "code 42" or a year is no PIN. */
function codeLength(digits: string): boolean {
  const count = digits.replace(/\D/g, '').length;
  return count >= PIN_DIGITS.min && count <= PIN_DIGITS.max;
}

/**
 * How long a PIN can be (the default policy's 6 to 10 digits; this module reads no policy): a run of digit
 * groups after a label is cut to the PIN it can be, and a PIN broken by a line end is joined only to
 * digits that complete one.
 */
const PIN_DIGITS = { min: 6, max: 10 } as const;
const DIGIT_GROUP = /\d+/g;
/** The next line's opening digits, after blanks and quote markers ("> "): where a wrapped PIN goes on. */
const NEXT_LINE_DIGITS = /[ \t\u00a0]*\r?\n[ \t\u00a0>]*(\d(?:[ \u00a0]?[._/-]?[ \u00a0]?\d)*)/y;

/**
 * The PIN a label names, as written from `at` in the searched view, out of the digit run `run` found
 * there. Groups join while they fall short of a PIN ("48 29 13", "482 913"); a complete PIN takes a
 * further group only as long as the one before it ("12 34 56 78"), so the 12 of "PIN: 482913 12 agents"
 * is neither checked as part of the PIN nor removed. A PIN still short at its line's end goes on with
 * the digits opening the next lines ("PIN: 482\n913", "PIN: 48 29\n13") only when they complete one;
 * otherwise the next line is left as it is.
 */
function labelledPinAt(text: string, at: number, run: string): string {
  const state = { count: 0, previous: 0 };
  const taken = takeGroups(run, state);
  if (taken < run.length || state.count >= PIN_DIGITS.min) return run.slice(0, taken);
  let end = at + run.length;
  while (state.count < PIN_DIGITS.min) {
    NEXT_LINE_DIGITS.lastIndex = end;
    const next = NEXT_LINE_DIGITS.exec(text);
    if (!next) return run;
    const more = next[1]!;
    const joined = takeGroups(more, state);
    end = next.index + next[0].length - more.length + joined;
    if (joined < more.length && state.count < PIN_DIGITS.min) return run;
  }
  return state.count <= PIN_DIGITS.max ? text.slice(at, end) : run;
}

/** How much of `run` continues the PIN counted so far in `state` (updated), by the rule above. */
function takeGroups(run: string, state: { count: number; previous: number }): number {
  let taken = 0;
  for (const group of run.matchAll(DIGIT_GROUP)) {
    const length = group[0].length;
    const complete = state.count >= PIN_DIGITS.min;
    if (complete && (length !== state.previous || state.count + length > PIN_DIGITS.max)) break;
    state.count += length;
    state.previous = length;
    taken = group.index + length;
  }
  return taken;
}

/**
 * The mention whose digits start at `at` in the searched view, and the PINs named right after it (after
 * `firstEnd` when words follow the first digits: "739164 is my PIN").
 */
function withContinuations(
  view: { text: string; from: number[] | null; to: number[] | null },
  at: number,
  digits: string,
  firstEnd?: number,
): Found[] {
  const mentions: Found[] = [];
  const length = digits.replace(/\D/g, '').length;
  let position = at;
  let written = digits;
  let searchFrom = firstEnd;
  for (;;) {
    const start = view.from ? view.from[position]! : position;
    const end = view.to ? view.to[position + written.length - 1]! : position + written.length;
    mentions.push({ start, end, digits: written.replace(/\D/g, '') });
    CONTINUATION.lastIndex = searchFrom ?? position + written.length;
    searchFrom = undefined;
    const next = CONTINUATION.exec(view.text);
    if (!next || next[1]!.replace(/\D/g, '').length !== length) return mentions;
    written = next[1]!;
    position = next.index + next[0].length - written.length;
  }
}

/** A "PIN:" line is short: past this many characters around its digits it is a sentence, read no further. */
const PIN_LINE_REST = 200;

function aloneOnItsLine(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - PIN_LINE_REST - 1), start);
  const after = text.slice(end, end + PIN_LINE_REST + 1);
  const lineStart = before.lastIndexOf('\n') + 1;
  const newline = after.indexOf('\n');
  if ((lineStart === 0 && start > PIN_LINE_REST) || (newline === -1 && text.length - end > PIN_LINE_REST)) return false;
  return LINE_WITHOUT_PIN.test(
    normalise(before.slice(lineStart) + (newline === -1 ? after : after.slice(0, newline))).text,
  );
}

/** What is left of a "PIN:" line without its digits: the label, punctuation, quote markers. */
const LINE_WITHOUT_PIN = new RegExp(
  String.raw`^${FILLER}(?:my\s+|your\s+|contact\s+)*${PIN_LABEL}?${FILLER}(?:${VERB}${FILLER})?[.!,;]*\s*$`,
  'iu',
);

/**
 * The text with every PIN's digits replaced by "[PIN removed]"; `dropLines` removes a PIN line whole
 * instead (a verification line says nothing else).
 */
export function redactPins(text: string, options: { dropLines?: boolean; mentions?: PinMention[] } = {}): string {
  const mentions = options.mentions ?? findPinMentions(text);
  if (mentions.length === 0) return text;
  let out = '';
  let cursor = 0;
  for (const mention of mentions) {
    if (mention.start < cursor) continue;
    if (options.dropLines && mention.line) {
      const lineStart = text.lastIndexOf('\n', mention.start - 1) + 1;
      const newline = text.indexOf('\n', mention.end);
      out += text.slice(cursor, Math.max(cursor, lineStart));
      cursor = newline === -1 ? text.length : newline + 1;
      continue;
    }
    out += `${text.slice(cursor, mention.start)}${PIN_REMOVED}`;
    cursor = mention.end;
  }
  return out + text.slice(cursor);
}

const LABEL_ALONE = new RegExp(String.raw`^${FILLER}(?:my\s+|your\s+|contact\s+)*${PIN_LABEL}${FILLER}$`, 'iu');
const DIGIT_GROUP_ALONE = new RegExp(`^${FILLER}${DIGITS}${FILLER}$`, 'u');

/**
 * A spreadsheet row with every PIN removed: in a cell ("PIN: 482913"), or in the cell after a cell
 * that only labels it ("PIN" | "482913").
 */
export function redactPinsInRow(cells: readonly string[]): string[] {
  return cells.map((cell, i) => {
    const previous = i > 0 ? cells[i - 1]! : '';
    if (previous !== '' && LABEL_ALONE.test(normalise(previous).text) && DIGIT_GROUP_ALONE.test(normalise(cell).text)) {
      return PIN_REMOVED;
    }
    return redactPins(cell);
  });
}

const OWN_PIN_PHRASE = new RegExp(
  String.raw`(?:^|(?<=[.!?\n(][ \t]*))(?:(?:my|our)\s+)?(?:contact\s+)?(?:${PIN_LABEL})${FILLER}(?:${VERB}\b${FILLER}){0,2}\[PIN removed\][ \t]*[,;:.–-]?[ \t]*|(?:^|(?<=[.!?\n(][ \t]*))\[PIN removed\]\s*(?:is|=|was)\s+(?:my|our)?\s*(?:contact\s+)?pin\b[ \t]*[,;:.–-]?[ \t]*`,
  'giu',
);

/**
 * The redacted text without the words that gave the writer's own PIN ("my pin-code is [PIN removed], what
 * is the status of my case?" → "what is the status of my case?"): they say nothing else, and left in they
 * read as a question about the PIN (red team round 11). Only a phrase opening the text or a sentence, with
 * "my"/"our" at most before its label, is the writer's; "the phone asks for the PIN [PIN removed]" stays.
 */
export function withoutOwnPinPhrases(redacted: string): string {
  return redacted.includes(PIN_REMOVED) ? redacted.replace(OWN_PIN_PHRASE, '') : redacted;
}
