/**
 * `caseline contact set-pin EMAIL [--generate]` and `caseline contact show EMAIL [--json]`.
 * A PIN is read from a hidden prompt or stdin, never from argv (DOMAIN.md §1: never echoed or logged);
 * `--generate` prints the new PIN once, to the admin who asked.
 */
import type { Command } from 'commander';
import { generatePin } from '../../domain/pin.ts';
import { setContactPin } from '../../services/set-contact-pin.ts';
import { showContact } from '../../services/show-contact.ts';
import { withAdminDatabase } from '../admin-database.ts';
import { CommandFailed } from '../errors.ts';
import { printJson, printLine } from '../output.ts';
import { readNewPin } from '../read-secret.ts';

export function registerContactCommand(program: Command): void {
  const contact = program.command('contact').description("Manage a contact's PIN and look a contact up");
  contact
    .command('set-pin')
    .description('Set the PIN of a contact: typed at a hidden prompt, piped on stdin, or --generate')
    .argument('<email>', "the contact's address")
    .option('--generate', 'generate a random PIN and print it once')
    .action((email: string, options: { generate?: boolean }) => runSetPin(email, options));
  contact
    .command('show')
    .description('Show a contact: details, PIN set or empty, lock state, access grants (never the PIN)')
    .argument('<email>', "the contact's address")
    .option('--json', 'print JSON')
    .action((email: string, options: { json?: boolean }) => runShow(email, options));
}

async function runSetPin(email: string, options: { generate?: boolean }): Promise<void> {
  await withAdminDatabase(async ({ db, policy, actor }) => {
    const pin = options.generate ? generatePin(policy.pin) : await readNewPin();
    const result = await setContactPin(db, {
      email,
      pin,
      pinPolicy: policy.pin,
      actor,
      generated: options.generate ?? false,
    });
    if (!result.ok) throw new CommandFailed(result.message);
    if (options.generate)
      printLine(
        `New PIN for ${result.email}: ${pin} (shown once; give it to the contact by phone or in person, never by email)`,
      );
    else printLine(`PIN set for ${result.email}`);
  });
}

function runShow(email: string, options: { json?: boolean }): Promise<void> {
  return withAdminDatabase(async ({ db }) => {
    const view = await showContact(db, email);
    if (!view) throw new CommandFailed(`no contact with the address ${email}`);
    if (options.json) {
      printJson(view);
      return;
    }
    printLine(`${view.name} <${view.email}>${view.designated ? ' — Designated Contact' : ' — not designated'}`);
    if (view.emails.length > 0) printLine(`  also:   ${view.emails.join(', ')}`);
    if (view.phone) printLine(`  phone:  ${view.phone}`);
    if (view.slackUserId) printLine(`  slack:  ${view.slackUserId}`);
    printLine(`  pin:    ${view.pin}`);
    const lock = view.lock;
    printLine(
      `  lock:   ${lock.locked ? `locked until ${lock.lockedUntil}` : 'not locked'} (${lock.failedAttempts} failed attempts)`,
    );
    if (view.access.length === 0) printLine('  access: none');
    for (const grant of view.access) {
      const approval = grant.approvedBy ? ` (approved by ${grant.approvedBy})` : '';
      printLine(`  access: ${grant.soldTo} / ${grant.endUser}: ${grant.level}${approval}`);
    }
  });
}
