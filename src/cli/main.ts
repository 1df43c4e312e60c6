/**
 * The `caseline` command. Exit codes: 0 ok, 1 failed, 2 bad usage. Errors are one clear line on stderr.
 */
import { Command, CommanderError } from 'commander';
import { CASELINE_VERSION } from '../version.ts';
import { registerCommands } from './commands/index.ts';
import { CommandFailed, UsageError } from './errors.ts';

export function buildProgram(): Command {
  const program = new Command('caseline')
    .description('Caseline: the Customer Care bot and its admin tools')
    .version(CASELINE_VERSION, '-V, --version', 'print the version')
    .showHelpAfterError(false)
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  registerCommands(program);
  for (const command of program.commands) command.exitOverride();
  return program;
}

export async function runCli(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (error) {
    return exitCodeFor(error);
  }
}

function exitCodeFor(error: unknown): number {
  if (error instanceof CommanderError) {
    // --help and --version end through here too, with exit code 0.
    if (error.exitCode === 0) return 0;
    return 2;
  }
  if (error instanceof UsageError || error instanceof CommandFailed) {
    process.stderr.write(`caseline: ${error.message}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`caseline: ${message}\n`);
  return 1;
}
