/**
 * Decodes a mail attachment into the extractor's form (domain/license-request/schema.ts
 * `DecodedAttachment`): text as text, CSV as rows (csv-parse), spreadsheets as rows (exceljs, one sheet
 * after another). Anything else is binary we cannot read: it is skipped with a note, never guessed at.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import type ExcelJS from 'exceljs';
import type { DecodedAttachment } from '../../domain/license-request/schema.ts';
import { checkWorkbookBounds, WorkbookTooLarge } from './workbook-limits.ts';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

export type ReadAttachmentResult =
  | { ok: true; attachment: DecodedAttachment }
  | { ok: false; note: string; tooLarge?: boolean };

/**
 * License files, request texts and CSV exports are small; a text attachment larger than this is named, not read —
 * by the mail path and `caseline parse-license-request` alike.
 */
export const MAX_TEXT_ATTACHMENT_BYTES = 512 * 1024;

const TEXT_TYPES = /^text\/(plain|tab-separated-values)|^application\/(json|xml)/i;
const TEXT_EXTENSIONS = /\.(txt|text|log|lic|dat|tsv|md)$/i;
const CSV = /\.csv$|^text\/csv|^application\/csv/i;
/** A CSV export: read as rows the same way whichever path (mail, command line) hands it over. */
export const isCsv = (file: { filename: string; contentType: string }) =>
  CSV.test(file.filename) || CSV.test(file.contentType);
const XLSX = /\.xlsx$|spreadsheetml\.sheet/i;

export async function readAttachment(file: MailAttachment): Promise<ReadAttachmentResult> {
  const { filename, contentType, content } = file;
  const textual =
    CSV.test(filename) || CSV.test(contentType) || TEXT_EXTENSIONS.test(filename) || TEXT_TYPES.test(contentType);
  if (textual && content.length > MAX_TEXT_ATTACHMENT_BYTES)
    return {
      ok: false,
      note: `${filename}: more than ${MAX_TEXT_ATTACHMENT_BYTES / 1024} KB of text; not read`,
      tooLarge: true,
    };
  try {
    if (isCsv(file)) {
      const text = decodeText(content);
      return { ok: true, attachment: { name: filename, kind: 'csv', text, rows: readCsvRows(text) } };
    }
    if (XLSX.test(filename) || XLSX.test(contentType)) {
      return { ok: true, attachment: { name: filename, kind: 'rows', rows: await readWorkbookRows(content) } };
    }
    if (TEXT_EXTENSIONS.test(filename) || TEXT_TYPES.test(contentType)) {
      return { ok: true, attachment: { name: filename, kind: 'text', text: decodeText(content) } };
    }
  } catch (error) {
    if (error instanceof WorkbookTooLarge) return { ok: false, note: `${filename}: ${error.message}`, tooLarge: true };
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, note: `${filename}: could not be read (${reason.split('\n')[0]})` };
  }
  return { ok: false, note: `${filename}: ${contentType || 'unknown type'} is not text, CSV or .xlsx; ignored` };
}

/** UTF-8 unless the bytes say UTF-16 (Excel's "Unicode text" export). */
function decodeText(content: Buffer): string {
  if (content[0] === 0xff && content[1] === 0xfe) return content.subarray(2).toString('utf16le');
  return content.toString('utf8').replace(/^\uFEFF/, '');
}

/** European spreadsheets export with `;`; pick the delimiter the header row uses most. */
function readCsvRows(text: string): string[][] {
  const header = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((best, d) =>
    header.split(d).length > header.split(best).length ? d : best,
  );
  return parseCsv(text, { delimiter, relax_column_count: true, skip_empty_lines: true, trim: true }) as string[][];
}

async function readWorkbookRows(content: Buffer): Promise<string[][]> {
  // Bounded first (issue 18 §4): a few kilobytes of .xlsx can declare gigabytes of cells.
  await checkWorkbookBounds(content);
  // Loaded on first use: exceljs costs ~19 MB of memory at import, and most processes never read a sheet.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.eachSheet((sheet) => {
    if (rows.length > 0) rows.push([]);
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const cells: string[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellText(row.getCell(c)));
      rows.push(cells);
    });
  });
  return rows;
}

/** Dates as YYYY-MM-DD, formulas as their result, rich text as its plain text. */
function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (value && typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  if (value && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  if (value && typeof value === 'object' && 'text' in value) return String(value.text);
  return value === null || value === undefined ? '' : String(value).trim();
}
