/**
 * Composition root: config → database → policy → engine → channels. The only module that knows every
 * concrete piece. Runs until SIGINT/SIGTERM (or the end of terminal input) and closes cleanly.
 */
import { deliverToTerminal, runTerminal } from './channels/console/terminal.ts';
import { type MailChannel, startMailChannel } from './channels/email/start-mail-channel.ts';
import { type Config, describeConfig } from './config.ts';
import type { Logger } from './logger.ts';
import { createEngineContext } from './services/engine/index.ts';
import { createClockScheduler } from './services/schedule/index.ts';
import { startClockLoop } from './services/schedule/run-loop.ts';
import { seedDemoDirectory } from './services/seed-demo-directory.ts';
import { openDatabase, schema } from './store/database.ts';
import { loadPolicy } from './store/policy-file.ts';

export interface StartOptions {
  config: Config;
  logger: Logger;
  as?: string;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

export async function startCaseline(options: StartOptions): Promise<void> {
  const { config, logger } = options;
  const policy = loadPolicy(config.POLICY_FILE);
  const db = openDatabase(config.CASELINE_DB);
  const channels = config.channels;
  logger.info({ config: describeConfig(config) }, 'configuration loaded');
  logger.info(
    {
      mailbox: channels.mailbox ? 'configured' : 'not configured',
      slack: channels.slack ? 'configured' : 'not configured',
    },
    'channels',
  );

  const empty = db.select().from(schema.companies).limit(1).all().length === 0;
  if (empty && !channels.mailbox && !channels.slack) {
    const seeded = await seedDemoDirectory(db, { pinPolicy: policy.pin, actor: 'start' });
    logger.info({ ok: seeded.ok }, 'empty database: demo directory seeded');
  }
  const ctx = createEngineContext({ db, policy, staffChannel: channels.mailbox ? 'email' : 'console' });
  const terminal = !channels.mailbox && !channels.slack;
  const output = options.output ?? process.stdout;
  // Timed work (issue 22): pages, reminders and follow-ups, woken at the next due (≤ 30 s apart).
  const clock = startClockLoop({
    scheduler: createClockScheduler(ctx, { logger }),
    logger,
    ...(terminal ? { onOutbound: (rows) => deliverToTerminal(ctx, output, rows) } : {}),
  });

  const stopped = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  let mail: MailChannel | null = null;
  try {
    if (channels.mailbox) mail = startMailChannel(config, ctx, logger);
    if (channels.slack) logger.warn('Slack settings found, but the Slack channel is not part of this build yet');
    if (terminal) {
      const input = options.input ?? process.stdin;
      const chat = new AbortController();
      await Promise.race([
        runTerminal({
          ctx,
          contactEmail: options.as ?? config.DEMO_CONTACT,
          input,
          output,
          signal: chat.signal,
        }),
        stopped,
      ]);
      chat.abort();
      // An open stdin pipe would keep the process alive after a signal.
      if (input === process.stdin) process.stdin.destroy();
    } else {
      await stopped;
    }
  } finally {
    clock.stop();
    await mail?.stop();
    db.$client.close();
    logger.info('stopped');
  }
}
