/**
 * `caseline staff away --email E --until WHEN [--from WHEN] [--cover EMAIL]` and `caseline staff back
 * --email E`: a staff member's absence, during which their pages and escalations go to the cover, else to
 * the others of their role (docs/sla.md, "Staff who are away"). WHEN is a day, a time or both, in words or
 * ISO, read in the member's own time zone ("Friday", "24 Dec 17:00", "2026-12-24").
 */
import type { Command } from 'commander';
import { PERIOD_EXAMPLES } from '../../domain/staff-absence/absence-period.ts';
import { setStaffAway, setStaffBack } from '../../services/staff-absence/staff-away.ts';
import { withAdminDatabase } from '../admin-database.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

interface AwayOptions {
  email: string;
  from?: string;
  until: string;
  cover?: string;
  json?: boolean;
}

export function registerStaffAwayCommands(staff: Command): void {
  staff
    .command('away')
    .description('Mark a staff member away: their pages go to their cover, else to the others of their role')
    .requiredOption('--email <email>', 'the staff member')
    .requiredOption('--until <when>', `when they are back (a day: back the next morning), e.g. ${PERIOD_EXAMPLES}`)
    .option('--from <when>', 'when the absence starts (default: now)')
    .option('--cover <email>', 'who covers for them (another staff member)')
    .option('--json', 'print the absence as JSON')
    .action((options: AwayOptions) => runAway(options));
  staff
    .command('back')
    .description('End a staff member’s absence (or cancel a planned one)')
    .requiredOption('--email <email>', 'the staff member')
    .action((options: { email: string }) => runBack(options));
}

function runAway(options: AwayOptions): Promise<void> {
  return withAdminDatabase(async ({ db, policy, actor }) => {
    const result = await setStaffAway(db, policy, {
      who: options.email,
      when: { until: options.until, ...(options.from !== undefined ? { from: options.from } : {}) },
      ...(options.cover !== undefined ? { cover: options.cover } : {}),
      actor,
      now: new Date(),
    });
    if (!result.ok && result.reason === 'invalid') throw new UsageError(result.problem);
    if (!result.ok) throw new CommandFailed(result.problem);
    if (options.json) {
      printJson({
        email: result.member.email,
        from: result.absence.startsAt,
        until: result.absence.endsAt,
        cover: result.cover?.email ?? null,
      });
    } else printLine(result.text);
  });
}

function runBack(options: { email: string }): Promise<void> {
  return withAdminDatabase(async ({ db, actor }) => {
    const result = await setStaffBack(db, { who: options.email, actor, now: new Date() });
    if (!result.ok) throw new CommandFailed(result.problem);
    printLine(result.text);
  });
}
