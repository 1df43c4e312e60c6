/**
 * Contacts CSV: one row per contact × grant (`email,name,phone,slackUserId,designated,pin,soldTo,
 * endUser,level,approvedBy[,emails]`). Rows with the same email merge into one contact; a later row
 * may leave the contact's own cells empty or repeat them, but may not contradict an earlier row.
 */
import { type CsvRow, csvBoolean, csvList } from './csv-cells.ts';
import { formatJsonPath } from './json-locator.ts';
import type { DirectoryProblem } from './problems.ts';

const CONTACT_CELLS = ['name', 'phone', 'slackUserId', 'designated', 'pin', 'emails'] as const;
const GRANT_CELLS = ['soldTo', 'endUser', 'level', 'approvedBy'] as const;

interface MergedContact {
  index: number;
  firstLine: number;
  cells: Record<string, string>;
  access: Array<Record<string, string>>;
}

function contactFields(cells: Record<string, string>): Record<string, unknown> {
  const contact: Record<string, unknown> = { email: cells.email ?? '' };
  if (cells.name) contact.name = cells.name;
  if (cells.phone) contact.phone = cells.phone;
  if (cells.slackUserId) contact.slackUserId = cells.slackUserId;
  if (cells.designated) contact.designated = csvBoolean(cells.designated);
  if (cells.pin) contact.pin = cells.pin;
  contact.emails = csvList(cells.emails ?? '');
  return contact;
}

function grantOf(cells: Record<string, string>): Record<string, string> | undefined {
  const grant: Record<string, string> = {};
  for (const name of GRANT_CELLS) if (cells[name]) grant[name] = cells[name];
  return Object.keys(grant).length > 0 ? grant : undefined;
}

export function contactsFromCsvRows(
  file: string,
  rows: CsvRow[],
):
  | { ok: true; form: Record<string, unknown[]>; lines: Map<string, number> }
  | { ok: false; problems: DirectoryProblem[] } {
  const byEmail = new Map<string, MergedContact>();
  const problems: DirectoryProblem[] = [];
  const lines = new Map<string, number>();
  for (const { line, cells } of rows) {
    const key = (cells.email ?? '').trim().toLowerCase();
    let contact = byEmail.get(key);
    if (!contact) {
      contact = { index: byEmail.size, firstLine: line, cells: { ...cells }, access: [] };
      byEmail.set(key, contact);
      lines.set(formatJsonPath(['contacts', contact.index]), line);
    } else {
      for (const name of CONTACT_CELLS) {
        const value = cells[name] ?? '';
        const first = contact.cells[name] ?? '';
        if (value !== '' && first === '') contact.cells[name] = value;
        else if (value !== '' && value !== first) {
          // The value is not quoted: the disagreeing cell may be a PIN.
          problems.push({
            file,
            line,
            path: formatJsonPath(['contacts', contact.index, name]),
            message: `rows for ${key} disagree on ${name} (the contact starts on line ${contact.firstLine})`,
          });
        }
      }
    }
    const grant = grantOf(cells);
    if (grant) {
      lines.set(formatJsonPath(['contacts', contact.index, 'access', contact.access.length]), line);
      contact.access.push(grant);
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const contacts = [...byEmail.values()].map((c) => ({ ...contactFields(c.cells), access: c.access }));
  return { ok: true, form: { contacts }, lines };
}
