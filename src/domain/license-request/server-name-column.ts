/**
 * A table of license servers whose name column has a header no label list knows (`Name`, `Box`, `VM`,
 * `Node`, `System`, `#`, `Flex server`…) — partners head the server column any way they like. In a table
 * with a host id column but no host name column, the one unlabelled column whose every cell is a single
 * host-like word is the host name column. Its values are read with less confidence than a labelled cell,
 * and below the read-back line when the header says nothing of names or servers (issue 25 round 7 §1).
 */
import { findHostIds } from './host-id-tokens.ts';
import type { FieldLabel } from './layout-fields.ts';
import { findOsNames } from './os-names.ts';

/** One word that can name a machine: `genlic`, `GLIC-A`, `lic01.corp.local` (no spaces, no brackets). */
const HOST_WORD = /^[A-Za-z][\w.-]{1,62}$/;
/** Words that fill a cell of a server table but name no machine. */
const NOT_A_NAME =
  /^(?:primary|secondary|backup|tertiary|main|master|slave|standby|active|passive|prod|production|lab|test|dr|yes|no|new|old|existing|physical|virtual|vm|vmware|tbd|tba|tbc|n\/?a|none|pending|windows|linux|aix|solaris|rhel)$/i;
/** A header that says the column names the machine, so its cells are read as surely as a label's. */
const NAMING_HEADER = /\b(?:name|server|host|machine|box|node|vm|computer|device|system|instance|fqdn|dns)\b/i;

const ROW_NUMBER = /^\s*#?\d{1,2}[.)]?\s*$/;
const ROW_TAG = /^\s*(?:#?\d{1,2}|[A-Za-z]{1,2}\s?-?\d{1,2}|[A-Z])[.)]?\s*$/;

const isHostWord = (cell: string) =>
  HOST_WORD.test(cell) &&
  !NOT_A_NAME.test(cell) &&
  findHostIds(cell).length === 0 &&
  findOsNames(cell).length === 0 &&
  // A version (`8.5`) or a port (`27000`) is no name; a name has letters beyond its first.
  /[A-Za-z].*[A-Za-z]/.test(cell);

/** The columns with the unlabelled host name column given its label, or the columns as they were. */
export function withServerNameColumn<F>(
  table: { columns: (FieldLabel<F> | undefined)[]; headers?: string[]; rows: { cells: string[] }[] },
  names: { hostName: F; hostId: F },
): (FieldLabel<F> | undefined)[] {
  const { rows } = table;
  // "Server | Host name | Host ID …" over "1 | waw-lic-a | …" or "S1 | waw-lic-a | …": a column that numbers the rows
  // names no machine (round 16) — a short tag like `S1` only when another column names them.
  const naming = table.columns.filter((c) => c?.field === names.hostName).length;
  const numbers = (k: number, pattern: RegExp) =>
    rows.length > 0 && rows.every((row) => pattern.test(row.cells[k] ?? ''));
  const columns = table.columns.map((column, k) =>
    column?.field === names.hostName && (numbers(k, ROW_NUMBER) || (naming >= 2 && numbers(k, ROW_TAG)))
      ? undefined
      : column,
  );
  const fields = columns.map((c) => c?.field);
  if (!fields.includes(names.hostId) || fields.includes(names.hostName) || rows.length === 0) return columns;
  const candidates = columns
    .map((column, k) => ({ column, k }))
    .filter(({ column, k }) => column === undefined && rows.every((row) => isHostWord((row.cells[k] ?? '').trim())));
  if (candidates.length !== 1) return columns;
  const k = candidates[0]!.k;
  const header = table.headers?.[k] ?? '';
  // Times the table cell's 0.9: 0.77 under a naming header, 0.68 (read back) under any other.
  const confidence = NAMING_HEADER.test(header) ? 0.85 : 0.75;
  return columns.map((column, j) => (j === k ? { field: names.hostName, confidence, raw: header } : column));
}
