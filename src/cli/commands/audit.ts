/** `caseline audit tail [-n N] [--json]`: the latest audit entries, oldest first. */
import type { Command } from 'commander';
import { tailAudit } from '../../store/audit-log.ts';
import { withAdminDatabase } from '../admin-database.ts';
import { UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

export function registerAuditCommand(program: Command): void {
  const audit = program.command('audit').description('The append-only audit log');
  audit
    .command('tail')
    .description('Show the latest audit entries')
    .option('-n, --lines <n>', 'how many entries', '20')
    .option('--json', 'print JSON')
    .action((options: { lines: string; json?: boolean }) => runTail(options));
}

function runTail(options: { lines: string; json?: boolean }): Promise<void> {
  if (!/^\d+$/.test(options.lines) || Number(options.lines) < 1) {
    throw new UsageError(`-n expects a positive whole number, not "${options.lines}"`);
  }
  return withAdminDatabase(async ({ db }) => {
    const entries = await tailAudit(db, Number(options.lines));
    if (options.json) {
      printJson(entries);
      return;
    }
    if (entries.length === 0) printLine('The audit log is empty.');
    for (const e of entries) printLine(`${e.at}  ${e.actor}  ${e.action}  ${e.subject}  ${JSON.stringify(e.details)}`);
  });
}
