/** `caseline demo seed`: the demo directory, loaded through the ordinary import (idempotent). */
import type { Command } from 'commander';
import { formatProblem } from '../../domain/directory/problems.ts';
import { seedDemoDirectory } from '../../services/seed-demo-directory.ts';
import { withAdminDatabase } from '../admin-database.ts';
import { CommandFailed } from '../errors.ts';
import { printJson, printLine } from '../output.ts';
import { describeCounts } from './directory.ts';

export function registerDemoCommand(program: Command): void {
  const demo = program.command('demo').description('Demo data');
  demo
    .command('seed')
    .description('Load the demo directory (companies, contracts, contacts, staff); running it again changes nothing')
    .option('--json', 'print the result as JSON')
    .action((options: { json?: boolean }) => runSeed(options));
}

async function runSeed(options: { json?: boolean }): Promise<void> {
  const result = await withAdminDatabase(({ db, policy, actor }) =>
    seedDemoDirectory(db, { pinPolicy: policy.pin, actor }),
  );
  if (!result.ok) {
    for (const problem of result.problems) process.stderr.write(`${formatProblem(problem)}\n`);
    throw new CommandFailed('the demo directory was refused; nothing was written');
  }
  for (const warning of result.warnings) process.stderr.write(`caseline: warning: ${warning}\n`);
  if (options.json) {
    printJson({ ok: true, rows: result.rows, counts: result.counts, warnings: result.warnings });
    return;
  }
  printLine(`Demo directory loaded (${result.rows} rows)`);
  for (const line of describeCounts(result.counts)) printLine(`  ${line}`);
}
