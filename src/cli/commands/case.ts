/**
 * `caseline case list [--state S] [--region R] [--json] [--as EMAIL]` and `caseline case show N [--json]
 * [--as EMAIL]` (issue 20 §7): cases for admins and for staff outside Slack. Without --as the terminal's
 * operator (who holds the database) sees everything; --as names a staff member (all cases, the whole
 * timeline) or a contact (only the cases of their pairs, no staff notes) — the rules of services/cases.
 */
import type { Command } from 'commander';
import { CASE_STATES, REGIONS } from '../../domain/ids.ts';
import { showCase, summarise, type Viewer, visibleCases } from '../../services/cases/case-view.ts';
import type { Db } from '../../store/database.ts';
import { findContactByEmail, findStaffByEmail, grantsOf } from '../../store/directory-reader.ts';
import { withAdminDatabase } from '../admin-database.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

async function viewerFor(db: Db, as: string | undefined): Promise<Viewer> {
  if (!as) return { kind: 'admin' };
  const member = await findStaffByEmail(db, as);
  if (member) return { kind: 'staff', member };
  const contact = await findContactByEmail(db, as);
  if (contact) return { kind: 'contact', contact, grants: await grantsOf(db, contact.id), verified: true };
  throw new CommandFailed(`${as} is neither Customer Care staff nor a contact`);
}

export function registerCaseCommands(program: Command): void {
  const command = program
    .command('case')
    .description('cases: list and show (the access rules of the person named by --as)');
  command
    .command('list')
    .description('cases, oldest first')
    .option('--state <state>', `only cases in this state (${CASE_STATES.join(', ')})`)
    .option('--region <region>', `only cases of this region (${REGIONS.join(', ')})`)
    .option('--as <email>', 'see what this staff member or contact may see')
    .option('--json', 'print JSON')
    .action((options: { state?: string; region?: string; as?: string; json?: boolean }) =>
      withAdminDatabase(async ({ db, policy }) => {
        if (options.state && !(CASE_STATES as readonly string[]).includes(options.state)) {
          throw new UsageError(`unknown state "${options.state}" (one of ${CASE_STATES.join(', ')})`);
        }
        if (options.region && !(REGIONS as readonly string[]).includes(options.region)) {
          throw new UsageError(`unknown region "${options.region}" (one of ${REGIONS.join(', ')})`);
        }
        const viewer = await viewerFor(db, options.as);
        const visible = await visibleCases(db, viewer, {
          ...(options.state ? { state: options.state } : {}),
          ...(options.region ? { region: options.region } : {}),
        });
        const cases = await Promise.all(visible.map(async (c) => await summarise(db, policy, c)));
        if (options.json) return printJson(cases);
        if (cases.length === 0) return printLine('No cases.');
        for (const c of cases) {
          printLine(
            `${c.number}  ${c.state}  ${c.severity ?? '-'}  ${c.tier ?? '-'}  ${c.account}  ${c.product ?? '-'} ${c.version ?? ''}  owner ${c.owner ?? '-'}  response due ${c.responseDue ?? '-'}`,
          );
        }
      }),
    );
  command
    .command('show')
    .description('one case: details, dues, and (for staff) its timeline and pages')
    .argument('<number>', 'the 8-digit case number')
    .option('--as <email>', 'see what this staff member or contact may see')
    .option('--json', 'print JSON')
    .action((number: string, options: { as?: string; json?: boolean }) =>
      withAdminDatabase(async ({ db, policy }) => {
        if (!/^\d{8}$/.test(number.replace(/\D/g, ''))) throw new UsageError(`not a case number: ${number}`);
        const found = await showCase(db, policy, number, await viewerFor(db, options.as));
        // "No such case" whether it is missing or not theirs: no oracle for case numbers.
        if (!found.ok) throw new CommandFailed(`no case ${number} that ${options.as ?? 'you'} may see`);
        const c = found.details;
        if (options.json) return printJson(c);
        printLine(`Case ${c.number} (${c.type}) — ${c.state}`);
        printLine(`Account: ${c.account}`);
        printLine(`Product: ${c.product ?? '-'} ${c.version ?? ''}   System: ${c.system ?? '-'}`);
        printLine(
          `Severity: ${c.severity ?? '-'}   Tier: ${c.tier ?? '-'}   Region: ${c.region ?? '-'}   Owner: ${c.owner ?? '-'}`,
        );
        printLine(`First response due: ${c.dues.response}`);
        printLine(
          `${c.targetKind ?? 'Target'} due: ${c.dues.target}${c.mustCallIn ? '   (critical: must be called in)' : ''}`,
        );
        for (const p of c.pages ?? []) printLine(`Page ${p.id}: ${p.target} ${p.level}, ${p.state}, due ${p.due}`);
        if (c.events) {
          printLine('Timeline:');
          for (const e of c.events) printLine(`  ${e.at}  ${e.kind}  ${e.actor}  ${e.text ?? ''}`);
        }
      }),
    );
}
