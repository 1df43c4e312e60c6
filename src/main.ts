/**
 * Composition root: config → database → policy → engine → channels. The only module that knows every
 * concrete piece. Runs until SIGINT/SIGTERM (or the end of terminal input) and closes cleanly.
 */
import { deliverToTerminal, runTerminal } from './channels/console/terminal.ts';
import { type MailChannel, startMailChannel } from './channels/email/start-mail-channel.ts';
import { type SlackChannel, startSlackChannel } from './channels/slack/start-slack-channel.ts';
import { type Config, describeConfig } from './config.ts';
import type { Policy } from './domain/policy/schema.ts';
import { healthzRoute } from './http/healthz.ts';
import { type HttpServer, startHttpServer } from './http/http-server.ts';
import { RouteTable } from './http/routes.ts';
import type { Logger } from './logger.ts';
import { createEngineContext } from './services/engine/index.ts';
import { createClockScheduler } from './services/schedule/index.ts';
import { startClockLoop } from './services/schedule/run-loop.ts';
import { seedDemoDirectory } from './services/seed-demo-directory.ts';
import { type Db, openDatabase, schema } from './store/database.ts';
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
  logger.info({ config: describeConfig(config) }, 'configuration loaded');
  // The one HTTP server answers /healthz from the start; the Slack channel adds /slack/events in HTTP mode.
  const routes = new RouteTable().add(healthzRoute());
  let http: HttpServer | null = null;
  try {
    if (config.http) http = await startHttpServer({ host: config.http.host, port: config.http.port, routes, logger });
    await run(options, policy, db, routes);
  } finally {
    await http?.close();
    db.$client.close();
    logger.info('stopped');
  }
}

async function run(options: StartOptions, policy: Policy, db: Db, routes: RouteTable): Promise<void> {
  const { config, logger } = options;
  const channels = config.channels;
  logger.info(
    {
      mailbox: channels.mailbox ? 'configured' : 'not configured',
      slack: channels.slack ? `configured (${config.SLACK_MODE} mode)` : 'not configured',
    },
    'channels',
  );
  const empty = db.select().from(schema.companies).limit(1).all().length === 0;
  if (empty && !channels.mailbox && !channels.slack) {
    const seeded = await seedDemoDirectory(db, { pinPolicy: policy.pin, actor: 'start' });
    logger.info({ ok: seeded.ok }, 'empty database: demo directory seeded');
  }
  const ctx = createEngineContext({
    db,
    policy,
    // With Slack, staff are told in Slack: in the staff channel when there is one (SLACK_STAFF_CHANNEL).
    staffChannel: channels.slack ? 'slack' : channels.mailbox ? 'email' : 'console',
    ...(channels.slack && config.SLACK_STAFF_CHANNEL ? { staffRoom: config.SLACK_STAFF_CHANNEL } : {}),
  });
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
  let slack: SlackChannel | null = null;
  try {
    if (channels.mailbox) mail = startMailChannel(config, ctx, logger);
    if (channels.slack) slack = await startSlackChannel(config, ctx, logger, { routes });
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
    await slack?.stop();
    await mail?.stop();
  }
}
