/** Cell conventions shared by the CSV import forms (docs/directory.md). */

/** One data row: its first line in the file and its cells by canonical column name. */
export type CsvRow = { line: number; cells: Record<string, string> };

/** `yes`/`no`, `true`/`false`, `1`/`0`; anything else is passed on so the schema names the field. */
export function csvBoolean(cell: string): boolean | string {
  const value = cell.toLowerCase();
  if (['true', 'yes', 'y', '1'].includes(value)) return true;
  if (['false', 'no', 'n', '0'].includes(value)) return false;
  return cell;
}

export function csvList(cell: string): string[] {
  return cell
    .split(';')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `SIP Server=8.5|9.0;Info Mart` → `[{ name: 'SIP Server', versions: ['8.5', '9.0'] }, { name: 'Info Mart', versions: [] }]`. */
export function csvProducts(cell: string): Array<{ name: string; versions: string[] }> {
  return csvList(cell).map((item) => {
    const [name = '', versions = ''] = item.split('=', 2);
    return {
      name: name.trim(),
      versions: versions
        .split('|')
        .map((v) => v.trim())
        .filter((v) => v !== ''),
    };
  });
}
