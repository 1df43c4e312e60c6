/**
 * `caseline page list [--open] [--json]`, `caseline page ack PAGE --as EMAIL`, and the tasks:
 * `caseline task list [--open] [--json]`, `caseline task done TASK --as EMAIL [--note TEXT]` (issue 22).
 * The same services as the terminal's `/staff … acknowledge` and (issue 20) Slack's buttons.
 */
import type { Command } from 'commander';
import { pageRecords, taskRecords } from '../../services/replay/records.ts';
import {
  acknowledgePage,
  completeTask,
  parsePageReference,
  parseTaskReference,
} from '../../services/schedule/index.ts';
import { findStaffByEmail } from '../../store/directory-reader.ts';
import { withAdminDatabase } from '../admin-database.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

export function registerPageCommands(program: Command): void {
  const page = program.command('page').description('escalation pages: list and acknowledge');
  page
    .command('list')
    .description('pages, newest last')
    .option('--open', 'only pages not yet acknowledged or closed')
    .option('--json', 'print JSON')
    .action((options: { open?: boolean; json?: boolean }) =>
      withAdminDatabase(async ({ db }) => {
        const pages = (await pageRecords(db)).filter((p) => !options.open || p.state === 'open');
        if (options.json) return printJson(pages);
        if (pages.length === 0) return printLine(options.open ? 'No open pages.' : 'No pages.');
        for (const p of pages) {
          const ack = p.acknowledgedBy ? ` acknowledged by ${p.acknowledgedBy} at ${p.acknowledgedAt}` : '';
          printLine(
            `${p.id}  case ${p.case}  ${p.target} ${p.level}  ${p.state}${ack}  level ${p.ladderLevel}, ${p.repages} repeat(s)  first ${p.at}  to ${p.recipients.join(', ')}`,
          );
        }
      }),
    );
  page
    .command('ack')
    .description('acknowledge a page (stops its repeats and its climb up the ladder)')
    .argument('<page>', 'page reference (P-000012 or 12)')
    .requiredOption('--as <email>', 'the staff member acknowledging')
    .action((reference: string, options: { as: string }) =>
      withAdminDatabase(async ({ db }) => {
        const id = parsePageReference(reference);
        if (id === undefined) throw new UsageError(`not a page reference: ${reference}`);
        const member = await findStaffByEmail(db, options.as);
        if (!member) throw new CommandFailed(`${options.as} is not Customer Care staff`);
        const result = await acknowledgePage({ db, now: () => new Date() }, id, member.id);
        if (!result.ok) throw new CommandFailed(result.message);
        printLine(result.message);
      }),
    );

  const task = program.command('task').description('follow-up tasks with a due date: list and complete');
  task
    .command('list')
    .description('tasks, oldest first')
    .option('--open', 'only open tasks')
    .option('--json', 'print JSON')
    .action((options: { open?: boolean; json?: boolean }) =>
      withAdminDatabase(async ({ db }) => {
        const tasks = (await taskRecords(db)).filter((t) => !options.open || t.state === 'open');
        if (options.json) return printJson(tasks);
        if (tasks.length === 0) return printLine(options.open ? 'No open tasks.' : 'No tasks.');
        for (const t of tasks) {
          printLine(`${t.id}  case ${t.case}  ${t.state}  due ${t.due}  ${t.assignee ?? '-'}  ${t.title}`);
        }
      }),
    );
  task
    .command('done')
    .description('mark a task done (its overdue pages stop)')
    .argument('<task>', 'task reference (T-000003 or 3)')
    .requiredOption('--as <email>', 'the staff member who did it')
    .option('--note <text>', 'what was done')
    .action((reference: string, options: { as: string; note?: string }) =>
      withAdminDatabase(async ({ db }) => {
        const id = parseTaskReference(reference);
        if (id === undefined) throw new UsageError(`not a task reference: ${reference}`);
        const member = await findStaffByEmail(db, options.as);
        if (!member) throw new CommandFailed(`${options.as} is not Customer Care staff`);
        const result = await completeTask(
          { db, now: () => new Date() },
          { taskId: id, staffId: member.id, ...(options.note ? { note: options.note } : {}) },
        );
        if (!result.ok) throw new CommandFailed(result.message);
        printLine(result.message);
      }),
    );
}
