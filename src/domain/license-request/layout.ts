/**
 * Reads the layout partners use into entries: `Label: value` lines (also bulleted, bold, or a
 * two-cell spreadsheet row), tables pasted from spreadsheets (tab-, pipe- or multi-space-separated, with
 * a header row), headings such as `Server 2:`, and prose. The caller supplies the label matcher, so
 * the same reader serves both request kinds.
 */
import type { SourceLine } from './message-sections.ts';

export interface FieldLabel<F> {
  field: F;
  confidence: number;
  /** `Server 2 Host ID` → 1 (0-based); where a label names which of several servers or items. */
  index?: number;
  /** The label as written (`SO#` says which kind of order number follows). */
  raw?: string;
}

export type LabelMatcher<F> = (raw: string) => FieldLabel<F> | undefined;

export type LayoutEntry<F> =
  | { type: 'field'; label: FieldLabel<F>; value: string; line: number }
  | { type: 'table'; columns: (FieldLabel<F> | undefined)[]; rows: { cells: string[]; line: number }[] }
  | { type: 'heading'; index: number; line: number }
  | { type: 'prose'; text: string; line: number; indented?: boolean };

const BULLET = /^\s*(?:[-*•·–◦▪]|o(?=\s)|\(?\d{1,2}[.)]|\(?[a-h][.)])\s+/;
const SERVER_HEADING =
  /^(?:license\s+)?(?:server|host|node)\s*#?\s*(\d)\s*[:.)-]?\s*$|^(primary|first|backup|secondary|second|third)\s+(?:license\s+)?server\s*:?$/i;
const ORDINAL: Record<string, number> = { primary: 0, first: 0, backup: 1, secondary: 1, second: 1, third: 2 };

export function cleanLine(text: string): string {
  return text
    .replace(BULLET, '')
    .replace(/\*\*|__/g, '')
    .replace(/\u00a0/g, ' ')
    .trim();
}

interface Cell {
  text: string;
  start: number;
}

/** Cells of a spreadsheet-like row, or undefined when the line is not one. */
export function splitCells(raw: string): { cells: Cell[]; separator: 'tab' | 'pipe' | 'spaces' } | undefined {
  // Confluence and Jira write a header row's cells between double pipes.
  const text = raw.includes('||') ? raw.replace(/\|\|/g, '|') : raw;
  if (text.includes('\t')) return { cells: cellsBy(text.replace(/\s+$/, ''), /\t/), separator: 'tab' };
  if ((text.match(/\|/g) ?? []).length >= 2 || /^\s*\|/.test(text)) {
    const inner = text.replace(/^\s*\|/, ' ').replace(/\|\s*$/, ' ');
    return { cells: cellsBy(inner, /\|/), separator: 'pipe' };
  }
  if (/\S\s{2,}\S/.test(text.trim())) {
    return { cells: cellsBy(text, /\s{2,}/).filter((c) => c.text !== ''), separator: 'spaces' };
  }
  return undefined;
}

function cellsBy(text: string, separator: RegExp): Cell[] {
  const cells: Cell[] = [];
  const global = new RegExp(separator.source, 'g');
  let start = 0;
  for (const match of text.matchAll(global)) {
    cells.push({ text: text.slice(start, match.index).trim(), start });
    start = match.index + match[0].length;
  }
  cells.push({ text: text.slice(start).trim(), start });
  return cells;
}

const isMarkdownRule = (text: string) => /^[\s|:+-]+$/.test(text) && text.includes('-');

export function readLayout<F>(
  lines: SourceLine[],
  matchLabel: LabelMatcher<F>,
  isMultiline: (field: F) => boolean,
): LayoutEntry<F>[] {
  const entries: LayoutEntry<F>[] = [];
  let i = 0;
  while (i < lines.length) {
    const { text: rawText, line } = lines[i]!;
    const text = cleanLine(rawText);
    i += 1;
    if (text === '' || isMarkdownRule(text)) continue;
    const heading = SERVER_HEADING.exec(text);
    if (heading) {
      entries.push({
        type: 'heading',
        index: heading[1] ? Number(heading[1]) - 1 : ORDINAL[heading[2]!.toLowerCase()]!,
        line,
      });
      continue;
    }
    const field = readFieldLine(text, matchLabel);
    const split = splitCells(rawText.replace(BULLET, ''));
    const columns = split?.cells.map((c) => {
      const label = matchLabel(c.text.replace(/[:*]+$/, ''));
      return label && { ...label, raw: c.text };
    });
    const labelled = columns?.filter(Boolean).length ?? 0;
    if (split && columns && split.cells.length >= 2 && labelled >= 2 && (!field || labelled >= 3)) {
      const table = readTableRows(lines, i, split);
      i = table.next;
      entries.push({ type: 'table', columns, rows: table.rows });
      continue;
    }
    if (field) {
      let value = field.value;
      while (i < lines.length && (value === '' || isMultiline(field.label.field))) {
        const next = cleanLine(lines[i]!.text);
        if (next === '' || readFieldLine(next, matchLabel) || SERVER_HEADING.test(next)) break;
        value = value === '' ? next : `${value} ${next}`;
        i += 1;
      }
      for (const inline of splitInlineFields(field.label, value, matchLabel)) {
        entries.push({ type: 'field', label: inline.label, value: inline.value, line });
      }
      continue;
    }
    if (split?.cells.length === 2 && columns?.[0]) {
      entries.push({ type: 'field', label: columns[0], value: split.cells[1]!.text, line });
      continue;
    }
    entries.push(
      /^\s{2,}\S/.test(rawText) ? { type: 'prose', text, line, indented: true } : { type: 'prose', text, line },
    );
  }
  return entries;
}

/**
 * Several fields on one line: `End User: Fabrikam Bank, Sold To: Lakeshore Integrators, GARN 0012346` →
 * three fields. A piece after a comma or semicolon starts a new field only when it begins with a label we
 * know (with a colon, or a GARN); otherwise the comma belongs to the value (`DN, Seat`).
 */
function splitInlineFields<F>(
  label: FieldLabel<F>,
  value: string,
  matchLabel: LabelMatcher<F>,
): { label: FieldLabel<F>; value: string }[] {
  const pieces = value.split(/\s*[,;]\s+/);
  if (pieces.length < 2) return [{ label, value }];
  const fields: { label: FieldLabel<F>; value: string }[] = [{ label, value: pieces[0]! }];
  for (const piece of pieces.slice(1)) {
    const garn = /^((?:end\s+user\s+)?GARN)\b\s*[:#]?\s*(.+)$/i.exec(piece);
    const next = garn ? { label: matchLabel(garn[1]!), value: garn[2]! } : readFieldLine(piece, matchLabel);
    if (next?.label) fields.push({ label: next.label, value: next.value.replace(/[.]$/, '') });
    else fields[fields.length - 1]!.value += `, ${piece}`;
  }
  return fields.length > 1 ? fields : [{ label, value }];
}

/** `Label: value`, `Label = value`, `Label -> value` or `Label - value`, where Label is one we know. */
function readFieldLine<F>(
  text: string,
  matchLabel: LabelMatcher<F>,
): { label: FieldLabel<F>; value: string } | undefined {
  for (const separator of [/\s*[:：]\s*/, /\s*[-=]>\s*|\s+[=–-]\s+|\s*=\s*(?=\S)/]) {
    const match = separator.exec(text);
    if (!match || match.index === 0 || match.index > 60) continue;
    const raw = text.slice(0, match.index);
    const label = matchLabel(raw);
    if (label) return { label: { ...label, raw }, value: text.slice(match.index + match[0].length).trim() };
  }
  return undefined;
}

function readTableRows(
  lines: SourceLine[],
  from: number,
  header: NonNullable<ReturnType<typeof splitCells>>,
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
    const split = splitCells(text.replace(BULLET, ''));
    if (!split || split.separator !== header.separator) break;
    rows.push({ cells: alignCells(split.cells, header), line });
    i += 1;
  }
  return { rows, next: i };
}

/** Multi-space tables can leave a cell empty: place each cell under the header column nearest its start. */
function alignCells(cells: Cell[], header: NonNullable<ReturnType<typeof splitCells>>): string[] {
  if (header.separator !== 'spaces' || cells.length === header.cells.length) return cells.map((c) => c.text);
  const aligned = header.cells.map(() => '');
  for (const cell of cells) {
    let best = 0;
    header.cells.forEach((column, index) => {
      if (Math.abs(column.start - cell.start) < Math.abs(header.cells[best]!.start - cell.start)) best = index;
    });
    aligned[best] = aligned[best] ? `${aligned[best]} ${cell.text}` : cell.text;
  }
  return aligned;
}
