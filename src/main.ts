/**
 * Composition root: config → database → policy → engine → channels. The only module that knows every
 * concrete piece. Runs until SIGINT/SIGTERM (or the end of terminal input) and closes cleanly.
 */
import { runTerminal } from './channels/console/terminal.ts';
import { type MailChannel, startMailChannel } from './channels/email/start-mail-channel.ts';
import { type Config, describeConfig } from './config.ts';
import type { Logger } from './logger.ts';
import { createEngineContext, runEscalations } from './services/engine/index.ts';
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

const ESCALATION_INTERVAL_MS = 60_000;

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
  const escalations = setInterval(() => {
    try {
      const pages = runEscalations(ctx, new Date());
      if (pages.length > 0) logger.info({ pages: pages.length }, 'escalation pages queued');
    } catch (error) {
      logger.error({ err: error }, 'escalation run failed');
    }
  }, ESCALATION_INTERVAL_MS);

  const stopped = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  let mail: MailChannel | null = null;
  try {
    if (channels.mailbox) mail = startMailChannel(config, ctx, logger);
    if (channels.slack) logger.warn('Slack settings found, but the Slack channel is not part of this build yet');
    if (!channels.mailbox && !channels.slack) {
      const input = options.input ?? process.stdin;
      const chat = new AbortController();
      await Promise.race([
        runTerminal({
          ctx,
          contactEmail: options.as ?? config.DEMO_CONTACT,
          input,
          output: options.output ?? process.stdout,
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
    clearInterval(escalations);
    await mail?.stop();
    db.$client.close();
    logger.info('stopped');
  }
}
