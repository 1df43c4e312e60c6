/**
 * One import file (JSON or CSV text) → its rows, each knowing its file and line; or every problem
 * found in it. Pure: the caller reads the file.
 */
import { csvToDirectoryForm } from './csv-form.ts';
import { formatJsonPath, type JsonPath, lineOfPath, scanJsonLines } from './json-locator.ts';
import type { DirectoryProblem, Located, RowOrigin } from './problems.ts';
import {
  type CompanyRow,
  type ContactRow,
  type ContractRow,
  DirectoryFileSchema,
  type PairRow,
  type StaffRow,
} from './row-schemas.ts';

export interface LocatedDirectory {
  companies: Located<CompanyRow>[];
  contracts: Located<ContractRow>[];
  pairs: Located<PairRow>[];
  contacts: Located<ContactRow>[];
  staff: Located<StaffRow>[];
}

export type SourceParse =
  | { ok: true; directory: LocatedDirectory; rows: number }
  | { ok: false; problems: DirectoryProblem[] };

export function emptyLocatedDirectory(): LocatedDirectory {
  return { companies: [], contracts: [], pairs: [], contacts: [], staff: [] };
}

function looksLikeCsv(file: string, text: string): boolean {
  if (/\.csv$/i.test(file)) return true;
  if (/\.json$/i.test(file)) return false;
  return !/^\s*[{[]/.test(text.replace(/^\uFEFF/, ''));
}

/** Validates the JSON-form object and ties every row to its lines. */
function locateRows(file: string, raw: unknown, lines: ReadonlyMap<string, number>): SourceParse {
  const lineOf = (path: JsonPath) => lineOfPath(lines, path);
  const parsed = DirectoryFileSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => {
        const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
        return { file, line: lineOf(path), path: formatJsonPath(path), message: issue.message };
      }),
    };
  }
  const origin = (kind: string, index: number): RowOrigin => ({ file, path: [kind, index], lineOf });
  const locate = <T>(kind: string, rows: T[]): Located<T>[] =>
    rows.map((row, index) => ({ row, origin: origin(kind, index) }));
  const data = parsed.data;
  const directory: LocatedDirectory = {
    companies: locate('companies', data.companies),
    contracts: locate('contracts', data.contracts),
    pairs: locate('pairs', data.pairs),
    contacts: locate('contacts', data.contacts),
    staff: locate('staff', data.staff),
  };
  const rows = Object.values(directory).reduce((sum, list) => sum + list.length, 0);
  return { ok: true, directory, rows };
}

export function parseDirectorySource(file: string, text: string): SourceParse {
  if (looksLikeCsv(file, text)) {
    const csv = csvToDirectoryForm(file, text);
    if (!csv.ok) return csv;
    return locateRows(file, csv.form, csv.lines);
  }
  const scan = scanJsonLines(text);
  if (!scan.ok)
    return { ok: false, problems: [{ file, line: scan.line, path: '', message: `not valid JSON: ${scan.message}` }] };
  // JSON.parse keeps the last of two equal keys: a whole "contacts" list could vanish unseen (issue 18 §9).
  if (scan.duplicates.length > 0) {
    return {
      ok: false,
      problems: scan.duplicates.map(({ line, path }) => ({
        file,
        line,
        path,
        message: `duplicate key "${path.split(/[.[]/).pop()}": a property may appear once in an object`,
      })),
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // The scanner accepted it, so this is an edge the scanner does not model; never quote the parser (it echoes input).
    return { ok: false, problems: [{ file, line: 1, path: '', message: 'not valid JSON' }] };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          path: '',
          message: 'expected a JSON object with companies, contracts, pairs, contacts, staff',
        },
      ],
    };
  }
  return locateRows(file, raw, scan.lines);
}

/** Concatenates the rows of several files; cross-file checks run on the result. */
export function mergeLocatedDirectories(parts: LocatedDirectory[]): LocatedDirectory {
  const merged = emptyLocatedDirectory();
  for (const part of parts) {
    merged.companies.push(...part.companies);
    merged.contracts.push(...part.contracts);
    merged.pairs.push(...part.pairs);
    merged.contacts.push(...part.contacts);
    merged.staff.push(...part.staff);
  }
  return merged;
}
