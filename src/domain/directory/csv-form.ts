/**
 * The CSV import form (docs/directory.md): one file per record kind, the kind told by the header.
 * Each CSV is turned into the JSON import form plus the line of every row, so both forms share
 * one schema and one set of checks. Contacts CSV has one row per contact × grant; rows of the
 * same email merge.
 */
import { parse } from 'csv-parse/sync';
import { type CsvRow, csvBoolean, csvList, csvProducts } from './csv-cells.ts';
import { contactsFromCsvRows } from './csv-contacts.ts';
import { formatJsonPath } from './json-locator.ts';
import type { DirectoryProblem } from './problems.ts';

type CsvKind = 'companies' | 'contracts' | 'pairs' | 'contacts' | 'staff';

const COLUMNS: Record<CsvKind, { required: string[]; optional: string[] }> = {
  companies: { required: ['id', 'name'], optional: [] },
  contracts: {
    required: ['id', 'soldTo', 'tier', 'region', 'status', 'start', 'end'],
    optional: ['timeZone', 'holidays', 'pilot', 'products'],
  },
  pairs: { required: ['soldTo', 'endUser'], optional: ['supportOwner'] },
  contacts: {
    required: ['email', 'name', 'designated'],
    optional: ['phone', 'slackUserId', 'pin', 'soldTo', 'endUser', 'level', 'approvedBy', 'emails'],
  },
  staff: { required: ['email', 'name', 'roles'], optional: ['slackUserId', 'regions'] },
};

export type CsvForm =
  | { ok: true; form: Record<string, unknown[]>; lines: Map<string, number> }
  | { ok: false; problems: DirectoryProblem[] };

/** Copies the non-empty cells; an empty cell means "not given". */
function present(cells: Record<string, string>, names: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of names) if (cells[name]) out[name] = cells[name];
  return out;
}

function convertRow(kind: Exclude<CsvKind, 'contacts'>, cells: Record<string, string>): Record<string, unknown> {
  const { required, optional } = COLUMNS[kind];
  const row: Record<string, unknown> = present(cells, [...required, ...optional]);
  if (kind === 'contracts') {
    if (cells.pilot) row.pilot = csvBoolean(cells.pilot);
    row.products = csvProducts(cells.products ?? '');
  }
  if (kind === 'staff') {
    row.roles = csvList(cells.roles ?? '');
    row.regions = csvList(cells.regions ?? '');
  }
  return row;
}

function inferKind(header: string[]): CsvKind | undefined {
  return (Object.keys(COLUMNS) as CsvKind[]).find((kind) => {
    const { required, optional } = COLUMNS[kind];
    return (
      required.every((c) => header.includes(c)) && header.every((c) => required.includes(c) || optional.includes(c))
    );
  });
}

const KNOWN_COLUMNS = new Map(
  Object.values(COLUMNS).flatMap(({ required, optional }) =>
    [...required, ...optional].map((c) => [c.toLowerCase(), c]),
  ),
);

const CSV_ERRORS: Record<string, string> = {
  CSV_RECORD_INCONSISTENT_COLUMNS: 'this row has a different number of fields than the header',
  CSV_RECORD_INCONSISTENT_FIELDS_LENGTH: 'this row has a different number of fields than the header',
  CSV_QUOTE_NOT_CLOSED: 'a quoted field is never closed',
  INVALID_OPENING_QUOTE: 'a quote appears inside an unquoted field',
  CSV_INVALID_CLOSING_QUOTE: 'unexpected text after a closing quote',
};

function readRecords(
  file: string,
  text: string,
): { ok: true; records: CsvRow[]; header: string[] } | { ok: false; problems: DirectoryProblem[] } {
  let parsed: Array<{ record: string[]; info: { lines: number } }>;
  try {
    parsed = parse(text, { info: true, bom: true, trim: true, skip_empty_lines: true }) as unknown as typeof parsed;
  } catch (error) {
    // csv-parse messages quote the offending value, which could be a PIN: report our own words.
    const { code, lines } = error as { code?: string; lines?: number };
    return {
      ok: false,
      problems: [
        {
          file,
          line: lines ?? 1,
          path: '',
          message: `malformed CSV: ${CSV_ERRORS[code ?? ''] ?? code ?? 'cannot be parsed'}`,
        },
      ],
    };
  }
  const [head, ...body] = parsed;
  if (!head)
    return { ok: false, problems: [{ file, line: 1, path: '', message: 'empty CSV file (expected a header row)' }] };
  const header = head.record.map((name) => KNOWN_COLUMNS.get(name.toLowerCase()) ?? name);
  const records = body.map(({ record, info }) => {
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      cells[name] = record[i] ?? '';
    });
    // info.lines is where the record ends; a quoted cell may span lines.
    const spanned = record.reduce((n, cell) => n + (cell.match(/\n/g)?.length ?? 0), 0);
    return { line: info.lines - spanned, cells };
  });
  return { ok: true, records, header };
}

export function csvToDirectoryForm(file: string, text: string): CsvForm {
  const read = readRecords(file, text);
  if (!read.ok) return read;
  const kind = inferKind(read.header);
  if (!kind) {
    const expected = (Object.keys(COLUMNS) as CsvKind[])
      .map((k) => `${k}: ${COLUMNS[k].required.join(',')}`)
      .join('; ');
    return {
      ok: false,
      problems: [
        {
          file,
          line: 1,
          path: '',
          message: `cannot tell the record kind from the header (expected columns like ${expected})`,
        },
      ],
    };
  }
  if (kind === 'contacts') return contactsFromCsvRows(file, read.records);
  const lines = new Map<string, number>();
  const rows = read.records.map((record, index) => {
    lines.set(formatJsonPath([kind, index]), record.line);
    return convertRow(kind, record.cells);
  });
  return { ok: true, form: { [kind]: rows }, lines };
}
