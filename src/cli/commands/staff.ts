/**
 * `caseline staff add …`, `caseline staff list [--json]` (DOMAIN.md §1 staff, §9 roles and regions) and
 * `caseline staff away|back …` (staff-away.ts). The list says who is away now or soon.
 */
import type { Command } from 'commander';
import { REGIONS, STAFF_ROLES } from '../../domain/ids.ts';
import { addStaff } from '../../services/add-staff.ts';
import { awayList } from '../../services/staff-absence/away-list.ts';
import { listStaffMembers } from '../../store/staff-admin-store.ts';
import { withAdminDatabase } from '../admin-database.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';
import { registerStaffAwayCommands } from './staff-away.ts';

const collect = (value: string, previous: string[]) => [...previous, value];

interface StaffAddOptions {
  email: string;
  name: string;
  role: string[];
  region: string[];
  slack?: string;
  json?: boolean;
}

export function registerStaffCommand(program: Command): void {
  const staff = program.command('staff').description('Customer Care staff: analysts, managers, licensing, admins');
  staff
    .command('add')
    .description('Add a staff member')
    .requiredOption('--email <email>', 'work address')
    .requiredOption('--name <name>', 'full name')
    .option('--role <role>', `${STAFF_ROLES.join(' | ')} (repeatable, at least one)`, collect, [])
    .option('--region <region>', `${REGIONS.join(' | ')} (repeatable)`, collect, [])
    .option('--slack <userId>', 'Slack user id')
    .option('--json', 'print the new staff member as JSON')
    .action((options: StaffAddOptions) => runAdd(options));
  staff
    .command('list')
    .description('List the staff')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) => runList(options));
  registerStaffAwayCommands(staff);
}

function runAdd(options: StaffAddOptions): Promise<void> {
  if (options.role.length === 0) throw new UsageError(`--role is required (${STAFF_ROLES.join(', ')})`);
  return withAdminDatabase(async ({ db, actor }) => {
    const result = await addStaff(db, {
      email: options.email,
      name: options.name,
      roles: options.role,
      regions: options.region,
      ...(options.slack !== undefined ? { slackUserId: options.slack } : {}),
      actor,
    });
    if (!result.ok && result.reason === 'invalid') throw new UsageError(result.problems.join('; '));
    if (!result.ok) throw new CommandFailed(result.problems.join('; '));
    if (options.json) printJson(result.staff);
    else printLine(`Added ${result.staff.name} <${result.staff.email}>: ${result.staff.roles.join(', ')}`);
  });
}

function runList(options: { json?: boolean }): Promise<void> {
  return withAdminDatabase(async ({ db, policy }) => {
    const members = await listStaffMembers(db);
    const away = await awayList(db, policy, new Date());
    if (options.json) {
      printJson(members.map((m) => ({ ...m, ...(away.has(m.email) ? { away: away.get(m.email)!.json } : {}) })));
      return;
    }
    if (members.length === 0) printLine('No staff.');
    for (const m of members) {
      const regions = m.regions.length > 0 ? m.regions.join(', ') : 'no region';
      const absence = away.get(m.email);
      printLine(
        `${m.email}  ${m.name}  [${m.roles.join(', ')}]  (${regions})${m.slackUserId ? `  slack ${m.slackUserId}` : ''}${
          absence ? `  — ${absence.text}` : ''
        }`,
      );
    }
  });
}
