/**
 * Reads the layout partners use into entries: `Label: value` lines (also bulleted, bold, dotted, or a
 * two-cell spreadsheet row; layout-fields.ts), tables pasted from spreadsheets (tab-, pipe- or
 * multi-space-separated, with a header row — or turned sideways, labels down the first column and one
 * column per server), a label over a list (`Products:` and one product a line), headings such as
 * `Server 2:`, and prose. The caller supplies the label matcher, so the same reader serves both kinds.
 */
import { rewriteCommandOutput } from './command-output.ts';
import {
  alignCells,
  BULLET,
  cleanLine,
  isMarkdownRule,
  type SplitRow,
  splitCells,
  splitSinglePipe,
} from './layout-cells.ts';
import {
  type FieldLabel,
  type LabelMatcher,
  readFieldLine,
  splitInlineFields,
  withoutExamples,
} from './layout-fields.ts';
import type { SourceLine } from './message-sections.ts';

export { cleanLine, splitCells } from './layout-cells.ts';
export type { FieldLabel, LabelMatcher } from './layout-fields.ts';

export type LayoutEntry<F> =
  | { type: 'field'; label: FieldLabel<F>; value: string; line: number }
  | {
      type: 'table';
      columns: (FieldLabel<F> | undefined)[];
      /** The header cells as written (an unlabelled column's header still says something). */
      headers?: string[];
      rows: { cells: string[]; line: number }[];
    }
  | { type: 'heading'; index: number; line: number }
  | { type: 'prose'; text: string; line: number; indented?: boolean; quoted?: boolean };

/** How the caller's fields read: over several lines (a description), or as a list under one label. */
export interface FieldShapes<F> {
  multiline: (field: F) => boolean;
  list: (field: F) => boolean;
  /** Fields that name a party (End User, Sold To): another field may follow on their line after a slash or bar. */
  names?: (field: F) => boolean;
}

const SERVER_HEADING =
  /^(?:license\s+)?(?:server|host|node)\s*[-#]?\s*(\d)\s*[:.)-]?\s*$|^(primary|first|backup|secondary|second|third)\s+(?:license\s+)?server\s*:?$/i;
const ORDINAL: Record<string, number> = { primary: 0, first: 0, backup: 1, secondary: 1, second: 1, third: 2 };

/** `License server details`, `Server info`, `Details of the licence server`: a heading over the server's labels. */
const SERVER_SECTION =
  /^(?:(?:the|our|their)\s+)?(?:(?:details|data|information|info)\s+(?:of|for|on)\s+(?:the\s+)?)?(?:licen[cs]e\s+)?(?:server|host|machine|box|VM)(?:\s+(?:details?|info(?:rmation)?|data|specs?|specifications|particulars))?\s*:?$/i;

/**
 * `Item | Details`, `Parameter <tab> Value`, `|| Onderdeel || Waarde ||`, `Feld | Wert`: the header of a two-column table of labels and
 * their values (an HTML form pasted) names its columns, not a field — `Item` over the labels is no sellable item.
 */
const KEY_VALUE_HEADER =
  /^\s*\|{0,2}\s*(?:items?|fields?|parameters?|attributes?|property|properties|keys?|questions?|topic|labels?|settings?|elements?|onderdeel|veld|feld|champ|campo|rubrique|項目)\s*(?:\t+|\s{2,}|\s*\|{1,2}\s*)(?:details?|descriptions?|values?|information|info|data|answers?|responses?|entry|entries|comments?|input|your\s+(?:input|answers?)|specifics?|waarde|gegevens|wert|angaben|valeur|valor|valore|detalles?|detalhes|dettagli|値|内容)\s*\|{0,2}\s*$/i;

export function readLayout<F>(
  lines: SourceLine[],
  matchLabel: LabelMatcher<F>,
  shapes: FieldShapes<F>,
): LayoutEntry<F>[] {
  const entries: LayoutEntry<F>[] = [];
  const source = rewriteCommandOutput(lines).map((l) => ({ ...l, text: withoutExamples(l.text) }));
  let i = 0;
  // Under "License server details", "Name ..... x" is the server's name: the heading qualifies its labels.
  let section: LabelMatcher<F> | undefined;
  let sectionRead = false;
  while (i < source.length) {
    const { text: rawText, line } = source[i]!;
    const text = cleanLine(rawText);
    i += 1;
    if (text === '' && sectionRead) section = undefined;
    if (text === '' || isMarkdownRule(text) || KEY_VALUE_HEADER.test(rawText)) continue;
    sectionRead = section !== undefined;
    if (SERVER_SECTION.test(text)) {
      section = (raw) => matchLabel(raw) ?? matchLabel(`license server ${raw}`);
      sectionRead = false;
    }
    const heading = SERVER_HEADING.exec(text);
    if (heading) {
      const index = heading[1] ? Number(heading[1]) - 1 : ORDINAL[heading[2]!.toLowerCase()]!;
      entries.push({ type: 'heading', index, line });
      continue;
    }
    const split =
      splitCells(rawText.replace(BULLET, '')) ??
      singlePipeHeader(source, i - 1, matchLabel) ??
      singlePipeLabelRow(rawText, matchLabel);
    const sideways = split && readSidewaysTable(source, i - 1, matchLabel);
    if (sideways) {
      entries.push(sideways.table);
      i = sideways.next;
      continue;
    }
    const pairRow = split?.cells.length === 2 && followsKeyValueRow(source, i - 1, matchLabel);
    const field = readFieldLine(text, matchLabel) ?? (section ? readFieldLine(text, section) : undefined);
    const columns = split?.cells.map((c) => {
      const label = matchLabel(c.text.replace(/[:*]+$/, ''));
      return label && { ...label, raw: c.text };
    });
    const labelled = columns?.filter(Boolean).length ?? 0;
    const allHeaders =
      split !== undefined && labelled === split.cells.length && dataRowFollows(source, i, split, matchLabel);
    // "| Category | Third party |" under "| End User | Bank Timur |": a row of a key/value table, not a header (round 13).
    const keyValue = pairRow && !allHeaders;
    if (
      split &&
      columns &&
      split.cells.length >= 2 &&
      labelled >= 2 &&
      !keyValue &&
      (!field || labelled >= 3 || allHeaders)
    ) {
      const table = readTableRows(source, i, split);
      i = table.next;
      entries.push({ type: 'table', columns, headers: split.cells.map((c) => c.text), rows: table.rows });
      continue;
    }
    if (field) {
      if (field.value === '' && shapes.list(field.label.field)) {
        const list = readListUnder(source, i, matchLabel);
        if (list.items.length > 0) {
          for (const item of list.items)
            entries.push({ type: 'field', label: field.label, value: item.text, line: item.line });
          i = list.next;
          continue;
        }
      }
      const continued =
        field.value === '' || !shapes.list(field.label.field)
          ? []
          : alignedUnder(source, i, rawText, field.value, matchLabel);
      if (continued.length > 0) {
        entries.push({ type: 'field', label: field.label, value: field.value, line });
        for (const item of continued)
          entries.push({ type: 'field', label: field.label, value: item.text, line: item.line });
        i += continued.length;
        continue;
      }
      // "License servers (multiple independent, split equally):": the hint in brackets says something too.
      const hint = field.value === '' && /\([^)]*\s[^)]*\)/.test(field.label.raw ?? '');
      if (hint) entries.push({ type: 'prose', text: field.label.raw!, line, indented: true });
      let value = field.value;
      // "- What: add 30 …" then "- Production server host id: …": in a bulleted list each bullet is its own item.
      const bulleted = BULLET.test(rawText);
      while (i < source.length && (value === '' || shapes.multiline(field.label.field))) {
        const next = cleanLine(source[i]!.text);
        if (
          next === '' ||
          (bulleted && BULLET.test(source[i]!.text)) ||
          readFieldLine(next, matchLabel) ||
          SERVER_HEADING.test(next) ||
          isHeaderRow(next, matchLabel) ||
          (splitCells(source[i]!.text)?.cells.filter((c) => c.text !== '').length ?? 0) >= 3
        )
          break;
        value = value === '' ? next : `${value} ${next}`;
        i += 1;
      }
      // "Items: X 8.5 (210 seats), Y 8.5. Agents work across both (blended).": what follows the value's
      // sentence is prose, not more of the value.
      const [first, rest] = shapes.multiline(field.label.field) ? [value, undefined] : splitAtSentence(value);
      for (const inline of splitInlineFields(field.label, first, matchLabel, shapes.names)) {
        entries.push({ type: 'field', label: inline.label, value: inline.value, line });
      }
      if (rest) entries.push({ type: 'prose', text: rest, line, indented: true });
      continue;
    }
    // A spreadsheet row `Label <tab> value [<tab> more]`: the label's value, its cells joined.
    if (split && split.cells.length >= 2 && columns?.[0] && labelled === 1) {
      const value = split.cells
        .slice(1)
        .map((c) => c.text)
        .filter(Boolean)
        .join(', ');
      entries.push({ type: 'field', label: columns[0], value, line });
      const firstValue = split.cells[1]?.text ?? '';
      const continued = shapes.list(columns[0].field) ? alignedUnder(source, i, rawText, firstValue, matchLabel) : [];
      for (const item of continued)
        entries.push({ type: 'field', label: columns[0], value: item.text, line: item.line });
      i += continued.length;
      continue;
    }
    const quoted = source[i - 1]!.quoted ? { quoted: true } : {};
    entries.push(
      /^\s{2,}\S/.test(rawText)
        ? { type: 'prose', text, line, indented: true, ...quoted }
        : { type: 'prose', text, line, ...quoted },
    );
  }
  return entries;
}

/** A value's first sentence and the sentences after it (three words or more), if any. */
export function splitAtSentence(value: string): [string, string | undefined] {
  const end = /(?<=[\p{Ll}\d)][.!?])\s+(?=\p{Lu}\p{Ll}+\s+\p{Ll}+\s+\p{Ll})/u.exec(value);
  if (!end || end.index < 8) return [value, undefined];
  return [value.slice(0, end.index).replace(/\.$/, ''), value.slice(end.index + end[0].length)];
}

/** `Product | Quantity` (one pipe, both cells labels) over a line with one pipe: a two-column table's header. */
function singlePipeHeader<F>(lines: SourceLine[], at: number, matchLabel: LabelMatcher<F>): SplitRow | undefined {
  const header = splitSinglePipe(lines[at]!.text);
  if (!header?.cells.every((c) => matchLabel(c.text.replace(/[:*]+$/, '')))) return undefined;
  const next = lines.slice(at + 1).find((l) => !isMarkdownRule(l.text.trim()));
  return next && (splitSinglePipe(next.text) || splitCells(next.text)?.separator === 'pipe') ? header : undefined;
}

/** `Company | Acme Ltd` (a wiki's two-column table without outer bars): a label, a bar, and its value. */
function singlePipeLabelRow<F>(raw: string, matchLabel: LabelMatcher<F>): SplitRow | undefined {
  const row = splitSinglePipe(raw.trim());
  const [label, value] = row?.cells ?? [];
  return label && value && matchLabel(label.text.replace(/[:*]+$/, '')) && !matchLabel(value.text) ? row : undefined;
}

/**
 * `Product | Quantity` over `Enterprise Routing Solution 8.5 | 150`: a two-cell line whose cells are both
 * labels is a header when the next line has as many cells and does not start with a label.
 */
function dataRowFollows<F>(lines: SourceLine[], from: number, header: SplitRow, matchLabel: LabelMatcher<F>): boolean {
  let i = from;
  while (i < lines.length && (lines[i]!.text.trim() === '' || isMarkdownRule(lines[i]!.text.trim()))) {
    if (lines[i]!.text.trim() === '') return false;
    i += 1;
  }
  const next = lines[i] && splitCells(lines[i]!.text);
  return next?.cells.length === header.cells.length && !matchLabel(next.cells[0]!.text.replace(/[:*]+$/, ''));
}

/** The line before is a two-cell row of a label and its value (`| End User | Bank Timur Berhad |`). */
function followsKeyValueRow<F>(lines: SourceLine[], at: number, matchLabel: LabelMatcher<F>): boolean {
  const before = at > 0 ? splitCells(lines[at - 1]!.text) : undefined;
  const [key, value] = before?.cells ?? [];
  return before?.cells.length === 2 && !!matchLabel(key!.text.replace(/[:*]+$/, '')) && !matchLabel(value!.text);
}

/** A table's header row (two or more cells that are labels): never a value for the label above it. */
function isHeaderRow<F>(text: string, matchLabel: LabelMatcher<F>): boolean {
  const split = splitCells(text);
  return (split?.cells.filter((c) => matchLabel(c.text)).length ?? 0) >= 2;
}

/** The lines listed under a label with no value of its own: bulleted or indented, up to a blank line. */
function readListUnder<F>(lines: SourceLine[], from: number, matchLabel: LabelMatcher<F>) {
  const items: { text: string; line: number }[] = [];
  let i = from;
  while (i < lines.length) {
    const raw = lines[i]!.text;
    const text = cleanLine(raw);
    if (text === '' || !(BULLET.test(raw) || /^\s+\S/.test(raw)) || readFieldLine(text, matchLabel)) break;
    items.push({ text, line: lines[i]!.line });
    i += 1;
  }
  return items.length >= 2 ? { items, next: i } : { items: [], next: from };
}

/** Columns as a mail client shows them: a tab runs to the next multiple of eight. */
const columnOf = (raw: string, index: number) =>
  raw.slice(0, index).replace(/[^\t]*\t/g, (run) => ' '.repeat((Math.floor((run.length - 1) / 8) + 1) * 8)).length;

/**
 * `items     ERS 8.5 (180)` then `          OCS 8.5 (40)` on the next line, under the value: a list's further
 * entries aligned under its first, the label not repeated (round 15, cause 4).
 */
function alignedUnder<F>(lines: SourceLine[], from: number, raw: string, value: string, matchLabel: LabelMatcher<F>) {
  const at = raw.indexOf(value.slice(0, 12));
  const column = at < 0 ? -1 : columnOf(raw, at);
  const labelColumn = columnOf(raw, raw.search(/\S/));
  const items: { text: string; line: number }[] = [];
  if (column < labelColumn + 4) return items;
  for (let i = from; i < lines.length; i++) {
    const next = lines[i]!.text;
    const text = cleanLine(next);
    const indent = columnOf(next, next.search(/\S/));
    if (text === '' || Math.abs(indent - column) > 2 || readFieldLine(text, matchLabel)) break;
    items.push({ text, line: lines[i]!.line });
  }
  return items;
}

/** A cell that is only an arrow, a colon or a dash: the separator of a `Label  ->  value` line, no value. */
const LONE_SEPARATOR = /^(?:[-=]+>|→|⇒|[:：=–—-])$/;

/**
 * A table turned sideways: a label in the first cell of each row, one value per column (`Host name  lic-a
 * lic-b  lic-c`), under an optional header row (`   Server 1  Server 2  Server 3`). Read as the table it
 * would be the right way round: one row per column.
 */
function readSidewaysTable<F>(lines: SourceLine[], at: number, matchLabel: LabelMatcher<F>) {
  let i = at;
  const first = splitCells(lines[i]!.text);
  if (first && first.cells.length >= 3 && first.cells[0]!.text === '') i += 1;
  const rows: { label: NonNullable<ReturnType<LabelMatcher<F>>>; cells: string[]; line: number }[] = [];
  while (i < lines.length) {
    const split = splitCells(lines[i]!.text);
    if (!split || split.cells.length < 3) break;
    const [head, ...values] = split.cells.map((c) => c.text);
    const label = matchLabel(head!.replace(/[:*]+$/, ''));
    // "GARN no.   ->   GARN0176205": an arrow in its own column separates a label from its value, no table.
    if (!label || values.some((v) => matchLabel(v) || LONE_SEPARATOR.test(v))) break;
    rows.push({ label: { ...label, raw: head! }, cells: values, line: lines[i]!.line });
    i += 1;
  }
  if (rows.length < 2) return undefined;
  const width = Math.max(...rows.map((r) => r.cells.length));
  const table: LayoutEntry<F> = {
    type: 'table',
    columns: rows.map((r) => r.label),
    rows: Array.from({ length: width }, (_, k) => ({ cells: rows.map((r) => r.cells[k] ?? ''), line: rows[0]!.line })),
  };
  return { table, next: i };
}

function readTableRows(
  lines: SourceLine[],
  from: number,
  header: SplitRow,
): { rows: { cells: string[]; line: number }[]; next: number } {
  const rows: { cells: string[]; line: number }[] = [];
  let i = from;
  while (i < lines.length) {
    const { text, line } = lines[i]!;
    if (text.trim() === '') break;
    if (isMarkdownRule(text.trim())) {
      i += 1;
      continue;
    }
    const cells = text.replace(BULLET, '');
    const split = splitCells(cells) ?? (header.cells.length === 2 ? splitSinglePipe(cells) : undefined);
    if (!split || split.separator !== header.separator) break;
    rows.push({ cells: alignCells(split.cells, header), line });
    i += 1;
  }
  return { rows, next: i };
}
