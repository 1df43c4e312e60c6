/** `caseline start [--as EMAIL]` (also `npm start`): the bot on the configured channels, or a terminal chat. */
import type { Command } from 'commander';
import { ConfigError, loadConfig } from '../../config.ts';
import { HttpListenError } from '../../http/listen-error.ts';
import { createLogger } from '../../logger.ts';
import { startCaseline } from '../../main.ts';
import { PolicyError } from '../../store/policy-file.ts';
import { DatabaseInUseError } from '../../store/running-lock.ts';
import { CommandFailed } from '../errors.ts';

export function registerStartCommand(program: Command): void {
  program
    .command('start')
    .description('start the bot (a terminal chat as a demo contact when no Slack or mailbox is configured)')
    .option('--as <email>', 'the contact to chat as in the terminal')
    .action(async (options: { as?: string }) => {
      let config: ReturnType<typeof loadConfig>;
      try {
        config = loadConfig();
      } catch (error) {
        if (error instanceof ConfigError) throw new CommandFailed(`cannot start: ${error.problems.join('; ')}`);
        throw error;
      }
      const logger = createLogger({ level: config.LOG_LEVEL, environment: config.NODE_ENV });
      try {
        await startCaseline({ config, logger, ...(options.as ? { as: options.as } : {}) });
      } catch (error) {
        const known = [PolicyError, HttpListenError, DatabaseInUseError].some((kind) => error instanceof kind);
        if (known) throw new CommandFailed(`cannot start: ${(error as Error).message}`);
        throw error;
      }
    });
}
