/**
 * `caseline report sla [--from DATE] [--to DATE] [--csv | --json | --html FILE]` (issue 22): compliance
 * per tier and severity against the 80/90% commitments, as a readable table, CSV, JSON, or a
 * self-contained HTML page with charts. Without dates: the last 28 days up to today (UTC).
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { reportSla } from '../../services/report-sla.ts';
import { renderSlaHtml } from '../../services/reports/sla-html.ts';
import { renderSlaCsv, renderSlaTable } from '../../services/reports/sla-text.ts';
import { openStore } from '../../store/open-store.ts';
import { loadPolicy } from '../../store/policy-file.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

const DAY_MS = 86_400_000;

function parseDay(raw: string, option: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00Z`) : new Date(raw);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${option}: not a date: ${raw}`);
  return date;
}

interface ReportOptions {
  from?: string;
  to?: string;
  json?: boolean;
  csv?: boolean;
  html?: string;
}

export function registerReportCommand(program: Command): void {
  const report = program.command('report').description('reports from the stored cases');
  report
    .command('sla')
    .description('SLA compliance per tier and severity (cases whose clock started in [from, to))')
    .option('--from <date>', 'first day (YYYY-MM-DD, UTC) or ISO instant; default 28 days before --to')
    .option('--to <date>', 'day after the last (YYYY-MM-DD, UTC) or ISO instant; default tomorrow')
    .option('--json', 'print JSON')
    .option('--csv', 'print CSV (one row per tier and severity)')
    .option('--html <file>', 'write a self-contained HTML page with charts to FILE')
    .action(async (options: ReportOptions) => {
      if ([options.json, options.csv, options.html !== undefined].filter(Boolean).length > 1) {
        throw new UsageError('choose one of --json, --csv and --html');
      }
      const today = new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);
      const to = options.to ? parseDay(options.to, '--to') : new Date(today.getTime() + DAY_MS);
      const from = options.from ? parseDay(options.from, '--from') : new Date(to.getTime() - 28 * DAY_MS);
      if (to <= from) throw new UsageError('--to must be after --from');
      const config = loadConfig();
      const policy = loadPolicy(config.POLICY_FILE);
      const store = await openStore(config, { max: 2 });
      const { db } = store;
      try {
        const result = await reportSla(db, policy, { from, to, asOf: new Date() });
        if (options.json) return printJson(result);
        if (options.csv) return void process.stdout.write(renderSlaCsv(result));
        if (options.html !== undefined) {
          try {
            writeFileSync(options.html, renderSlaHtml(result, policy));
          } catch (error) {
            throw new CommandFailed(
              `cannot write ${options.html}: ${(error as NodeJS.ErrnoException).code ?? 'error'}`,
            );
          }
          return printLine(`wrote ${options.html}`);
        }
        printLine(renderSlaTable(result, policy));
      } finally {
        await store.close();
      }
    });
}
