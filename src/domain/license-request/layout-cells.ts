/**
 * The cells of lines pasted from spreadsheets and wiki tables: tab-, pipe- or multi-space-separated,
 * Markdown rules, bullets and bold markers around labels.
 */

/** `- `, `* `, `1) `, `a. ` need a space after them; symbols partners paste from forms (`■Name：`) need none. */
export const BULLET = /^\s*(?:[-*•·–◦▪]\s+|[■□◆◇●○►▶→✓✔]\s*|o\s+|\(?\d{1,2}[.)]\s+|\(?[a-h][.)]\s+)(?=\S)/;

/** A line without its bullet, Markdown bold, non-breaking spaces and full-width spaces. */
export function cleanLine(text: string): string {
  return (
    text
      .replace(/^\s*(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+\s*/u, '')
      .replace(BULLET, '')
      // A form's blanks filled in (`Company Name: ___Westfield___`) are not part of the value.
      .replace(/_{3,}/g, ' ')
      .replace(/\*\*|__/g, '')
      .replace(/[\u00a0\u3000]/g, ' ')
      .trim()
  );
}

export interface Cell {
  text: string;
  start: number;
}

export type SplitRow = { cells: Cell[]; separator: 'tab' | 'pipe' | 'spaces' };

/** Cells of a spreadsheet-like row, or undefined when the line is not one. */
export function splitCells(raw: string): SplitRow | undefined {
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

/** `Product | Quantity`: a line with one pipe, a table row only where its neighbours agree (layout.ts). */
export function splitSinglePipe(raw: string): SplitRow | undefined {
  if (!/^[^|]*\S[^|]*\|[^|]*\S[^|]*$/.test(raw)) return undefined;
  return { cells: cellsBy(raw, /\|/), separator: 'pipe' };
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

export const isMarkdownRule = (text: string) => /^[\s|:+=-]+$/.test(text) && /[-=]/.test(text);

/** Multi-space tables can leave a cell empty: place each cell under the header column nearest its start. */
export function alignCells(cells: Cell[], header: SplitRow): string[] {
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
