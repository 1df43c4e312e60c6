/**
 * `caseline directory import FILE…` and `caseline directory export [--json]` (docs/directory.md).
 * Import problems are printed one per line (`file:line: row.field: message`); nothing is written then.
 */
import { readFileSync } from 'node:fs';
import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import type { ImportCounts } from '../../domain/directory/plan-import.ts';
import { formatProblem } from '../../domain/directory/problems.ts';
import { exportDirectory, summarizeDirectory } from '../../services/export-directory.ts';
import { type ImportProgress, type ImportSource, importDirectory } from '../../services/import-directory.ts';
import { withAdminDatabase } from '../admin-database.ts';
import { CommandFailed } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

/** Below this many rows an import is quick enough not to need a bar. */
const PROGRESS_BAR_ROWS = 1000;

export function registerDirectoryCommand(program: Command): void {
  const directory = program
    .command('directory')
    .description('Import and export the directory of companies, contracts, contacts and staff');
  directory
    .command('import')
    .description('Import JSON or CSV files: all checked first; nothing is written if any row is bad')
    .argument('<files...>', 'JSON or CSV import files (docs/directory.md)')
    .option('--json', 'print the result as JSON')
    .action((files: string[], options: { json?: boolean }) => runImport(files, options));
  directory
    .command('export')
    .description('Print the directory: a summary, or with --json exactly the import form (without PINs)')
    .option('--json', 'print the import form as JSON')
    .action((options: { json?: boolean }) => runExport(options));
}

function readSources(files: string[]): ImportSource[] {
  return files.map((name) => {
    try {
      return { name, text: readFileSync(name, 'utf8') };
    } catch (error) {
      throw new CommandFailed(`cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  });
}

/** A bar on stderr, only for big inputs and only when someone is watching. */
function progressReporter(): { onProgress: (p: ImportProgress) => void; stop: () => void } {
  let bar: SingleBar | undefined;
  return {
    onProgress: ({ done, total }) => {
      if (total < PROGRESS_BAR_ROWS || !process.stderr.isTTY) return;
      if (!bar) {
        bar = new SingleBar({ stream: process.stderr, format: 'importing [{bar}] {value}/{total} rows' });
        bar.start(total, done);
      } else bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}

export function describeCounts(counts: ImportCounts): string[] {
  return Object.entries(counts).map(
    ([kind, c]) => `${kind.padEnd(10)} ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged`,
  );
}

async function runImport(files: string[], options: { json?: boolean }): Promise<void> {
  const sources = readSources(files);
  const progress = progressReporter();
  const result = await withAdminDatabase(({ db, policy, actor }) =>
    importDirectory(db, { sources, pinPolicy: policy.pin, actor, onProgress: progress.onProgress }).finally(
      progress.stop,
    ),
  );
  if (!result.ok) {
    if (options.json)
      printJson({ ok: false, problems: result.problems.map((p) => ({ ...p, text: formatProblem(p) })) });
    else for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    const n = result.problems.length;
    throw new CommandFailed(`import refused: ${n} problem${n === 1 ? '' : 's'}; nothing was written`);
  }
  for (const warning of result.warnings) process.stderr.write(`caseline: warning: ${warning}\n`);
  if (options.json) {
    printJson({ ok: true, files, rows: result.rows, counts: result.counts, warnings: result.warnings });
    return;
  }
  printLine(`Imported ${result.rows} rows from ${files.join(', ')}`);
  for (const line of describeCounts(result.counts)) printLine(`  ${line}`);
}

function runExport(options: { json?: boolean }): Promise<void> {
  return withAdminDatabase(async ({ db }) => {
    if (options.json) {
      printJson(await exportDirectory(db));
      return;
    }
    const s = await summarizeDirectory(db);
    const list = (counts: Record<string, number>) =>
      Object.entries(counts)
        .map(([k, n]) => `${n} ${k}`)
        .join(', ') || 'none';
    printLine(`Companies: ${s.companies}`);
    printLine(`Contracts: ${s.contracts.total} (${list(s.contracts.byStatus)})`);
    printLine(`Account pairs: ${s.pairs.total} (${s.pairs.direct} direct, ${s.pairs.indirect} indirect)`);
    printLine(`Contacts: ${s.contacts.total} (${s.contacts.designated} designated, ${s.contacts.withPin} with a PIN)`);
    printLine(`Staff: ${s.staff.total} (${list(s.staff.byRole)})`);
  });
}
