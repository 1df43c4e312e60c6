/**
 * `caseline doctor [--timeout SECONDS] [--json]`: check the configuration and everything it points at
 * before going live. One line per check, ✔ or ✖ and what to do; exit 0 only when all configured parts pass.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { allPassed, formatCheck } from '../../doctor/check.ts';
import { runDoctor } from '../../doctor/run-doctor.ts';
import { projectPath } from '../../project-root.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

export function registerDoctorCommand(program: Command): void {
  program
    .command('doctor')
    .description('check the configuration, database, directory, mailbox and Slack before going live (changes nothing)')
    .option('--timeout <seconds>', 'deadline of each network step', '10')
    .option('--json', 'print { ok, checks } as JSON')
    .action((options: { timeout: string; json?: boolean }) => runDoctorCommand(options));
}

async function runDoctorCommand(options: { timeout: string; json?: boolean }): Promise<void> {
  const seconds = Number(options.timeout);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > 600) {
    throw new UsageError(`--timeout expects seconds between 0 and 600, not "${options.timeout}"`);
  }
  const results = await runDoctor({
    loadConfig: () => loadConfig(),
    timeoutMs: seconds * 1000,
    manifestPath: projectPath('slack', 'manifest.yml'),
    ...(options.json ? {} : { onResult: (result) => printLine(formatCheck(result)) }),
  });
  const failures = results.filter((r) => r.status === 'failed').length;
  if (options.json) printJson({ ok: allPassed(results), checks: results });
  if (failures > 0) {
    throw new CommandFailed(`${failures} of ${results.length} checks failed`);
  }
  if (!options.json) printLine(`all ${results.filter((r) => r.status === 'ok').length} checks passed`);
}
