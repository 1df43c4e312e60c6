/**
 * A spreadsheet is opened only when what it holds is bounded (issue 18 §4): an .xlsx of a few kilobytes
 * can declare a million cells, a sheet 16,384 columns wide, or shared strings that inflate to gigabytes.
 * Before exceljs sees it, the zip's central directory is read (yauzl) and refused past the bounds on
 * declared sizes; the sheet and shared-string parts are then inflated — yauzl checks each inflates to no
 * more than it declared — and their rows, cells, cell positions and strings are counted.
 */
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';

export const WORKBOOK_LIMITS = {
  /** Parts in the zip (sheets, styles, relations, …). */
  entries: 500,
  /** Declared, and checked while inflating, per part and in all. */
  partBytes: 8 * 1024 * 1024,
  totalBytes: 16 * 1024 * 1024,
  sheets: 20,
  /** A license request is a few dozen rows: these leave room for a hundred times that. */
  rows: 5_000,
  /** Highest row and column a cell may name (a cell at XFD1048576 makes every reader walk there). */
  rowIndex: 5_000,
  columnIndex: 200,
  cells: 50_000,
  sharedStrings: 50_000,
  /** Wall-clock for the whole read. */
  milliseconds: 3_000,
} as const;

export type WorkbookLimits = { -readonly [K in keyof typeof WORKBOOK_LIMITS]: number };

export class WorkbookTooLarge extends Error {
  constructor(readonly what: string) {
    super(`the spreadsheet is too large to read (${what})`);
    this.name = 'WorkbookTooLarge';
  }
}

const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const SHARED_STRINGS = /^xl\/sharedStrings\.xml$/i;

/** Throws WorkbookTooLarge past a bound; returns when exceljs may read the workbook. */
export async function checkWorkbookBounds(content: Buffer, limits: WorkbookLimits = WORKBOOK_LIMITS): Promise<void> {
  try {
    await checkBounds(content, limits);
  } catch (error) {
    // yauzl stops a part that inflates past the size the central directory declared for it.
    if (error instanceof Error && /too many bytes/.test(error.message)) {
      throw new WorkbookTooLarge('a part inflates past the size it declares');
    }
    throw error;
  }
}

async function checkBounds(content: Buffer, limits: WorkbookLimits): Promise<void> {
  const started = Date.now();
  const zip = await yauzl.fromBufferPromise(content, { lazyEntries: true, validateEntrySizes: true });
  try {
    if (zip.entryCount > limits.entries) throw new WorkbookTooLarge(`${zip.entryCount} parts`);
    let declared = 0;
    let sheets = 0;
    const counted = { rows: 0, cells: 0, sharedStrings: 0 };
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (entry.uncompressedSize > limits.partBytes || declared > limits.totalBytes) {
        throw new WorkbookTooLarge(`${Math.round(declared / 1024 / 1024)} MB uncompressed`);
      }
      const isSheet = SHEET.test(entry.fileName);
      const stream = await zip.openReadStreamPromise(entry);
      // Every part is inflated once here, and yauzl stops one that inflates past what it declared: the
      // reader after us inflates them all without such a check.
      if (!isSheet && !SHARED_STRINGS.test(entry.fileName)) {
        for await (const _chunk of stream) if (Date.now() - started > limits.milliseconds) break;
        continue;
      }
      if (isSheet && ++sheets > limits.sheets) throw new WorkbookTooLarge(`more than ${limits.sheets} sheets`);
      const xml = (await buffer(stream)).toString('utf8');
      if (isSheet) countSheet(xml, counted, limits);
      else counted.sharedStrings += occurrences(xml, '<si>') + occurrences(xml, '<si ');
      if (counted.sharedStrings > limits.sharedStrings) throw new WorkbookTooLarge(`${counted.sharedStrings} strings`);
      if (Date.now() - started > limits.milliseconds) throw new WorkbookTooLarge('it takes too long to read');
    }
  } finally {
    zip.close();
  }
}

const ROW_INDEX = /<row\b[^>]*?\br="(\d+)"/g;
const CELL_REF = /<c\b[^>]*?\br="([A-Z]+)(\d+)"/g;

function countSheet(xml: string, counted: { rows: number; cells: number }, limits: WorkbookLimits): void {
  counted.rows += occurrences(xml, '<row');
  counted.cells += occurrences(xml, '<c ') + occurrences(xml, '<c>') + occurrences(xml, '<c/>');
  if (counted.rows > limits.rows) throw new WorkbookTooLarge(`${counted.rows} rows`);
  if (counted.cells > limits.cells) throw new WorkbookTooLarge(`${counted.cells} cells`);
  for (const match of xml.matchAll(ROW_INDEX)) {
    if (Number(match[1]) > limits.rowIndex) throw new WorkbookTooLarge(`a row numbered ${match[1]}`);
  }
  for (const match of xml.matchAll(CELL_REF)) {
    if (columnIndex(match[1]!) > limits.columnIndex) throw new WorkbookTooLarge(`a cell in column ${match[1]}`);
    if (Number(match[2]) > limits.rowIndex) throw new WorkbookTooLarge(`a cell in row ${match[2]}`);
  }
  // A <dimension> naming a huge range makes readers size their tables by it.
  const dimension = /<dimension\b[^>]*\bref="[A-Z]*\d*:?([A-Z]+)(\d+)"/.exec(xml);
  if (dimension && (columnIndex(dimension[1]!) > limits.columnIndex || Number(dimension[2]) > limits.rowIndex)) {
    throw new WorkbookTooLarge(`a sheet spanning to ${dimension[1]}${dimension[2]}`);
  }
}

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index;
}

function occurrences(text: string, needle: string): number {
  let count = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
  return count;
}
