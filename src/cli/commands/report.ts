/** `caseline report sla --from DATE --to DATE [--json]`: compliance against the 80/90% commitments. */
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { reportSla } from '../../services/report-sla.ts';
import { openDatabase } from '../../store/database.ts';
import { loadPolicy } from '../../store/policy-file.ts';
import { UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

function parseDay(raw: string, option: string): Date {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00Z`) : new Date(raw);
  if (Number.isNaN(date.getTime())) throw new UsageError(`${option}: not a date: ${raw}`);
  return date;
}

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);

export function registerReportCommand(program: Command): void {
  const report = program.command('report').description('reports from the stored cases');
  report
    .command('sla')
    .description('SLA compliance per tier and severity (cases whose clock started in [from, to))')
    .requiredOption('--from <date>', 'first day (YYYY-MM-DD, UTC) or ISO instant')
    .requiredOption('--to <date>', 'day after the last (YYYY-MM-DD, UTC) or ISO instant')
    .option('--json', 'print JSON')
    .action((options: { from: string; to: string; json?: boolean }) => {
      const from = parseDay(options.from, '--from');
      const to = parseDay(options.to, '--to');
      if (to <= from) throw new UsageError('--to must be after --from');
      const config = loadConfig();
      const db = openDatabase(config.CASELINE_DB);
      try {
        const rows = reportSla(db, loadPolicy(config.POLICY_FILE), { from, to, asOf: new Date() });
        if (options.json) return printJson({ from: from.toISOString(), to: to.toISOString(), rows });
        if (rows.length === 0) return printLine('no cases with a running clock in that period');
        for (const r of rows) {
          const verdict =
            r.commitmentMet === null ? 'no verdict' : r.commitmentMet ? 'commitment met' : 'commitment MISSED';
          printLine(
            `${r.tier} ${r.severity}: ${r.count} case(s); response met ${percent(r.responseMetShare)}; target met ${percent(r.targetMetShare)} of ${r.commitmentPercent ?? '—'}% committed — ${verdict}`,
          );
        }
      } finally {
        db.$client.close();
      }
    });
}
