/**
 * Composition root: config → HTTP server → database → policy → engine → clock → channels. The only module
 * that knows every concrete piece. Runs until SIGINT/SIGTERM (or the end of terminal input) and closes cleanly.
 */
import { deliverToTerminal, runTerminal } from './channels/console/terminal.ts';
import { type MailChannel, startMailChannel } from './channels/email/start-mail-channel.ts';
import { type SlackChannel, startSlackChannel } from './channels/slack/start-slack-channel.ts';
import { type Config, describeConfig } from './config.ts';
import type { Policy } from './domain/policy/schema.ts';
import { understandingReader } from './domain/understanding/statistical/index.ts';
import { databaseHealth } from './health/database-health.ts';
import type { HealthSources } from './health/readiness.ts';
import { schedulerLeaseHealth } from './health/scheduler-health.ts';
import { healthzRoute } from './http/healthz.ts';
import { type HttpServer, startHttpServer } from './http/http-server.ts';
import { listenOrExplain } from './http/listen-error.ts';
import { operationsRoutes } from './http/operations/operations-routes.ts';
import { RouteTable } from './http/routes.ts';
import type { Logger } from './logger.ts';
import { registerDatabaseGauges } from './metrics/database-gauges.ts';
import { registerHealthGauges } from './metrics/health-gauges.ts';
import { createMetrics, type Metrics } from './metrics/prometheus-instruments.ts';
import { placementOf, startLeasedRoles } from './runtime/leased-roles.ts';
import { createEngineContext } from './services/engine/index.ts';
import { createClockScheduler } from './services/schedule/index.ts';
import { startClockLoop } from './services/schedule/run-loop.ts';
import { seedDemoDirectory } from './services/seed-demo-directory.ts';
import { dialectOf, postgresOf, tablesOf } from './store/dialect.ts';
import { type OpenStore, openStore } from './store/open-store.ts';
import { loadPolicy } from './store/policy-file.ts';
import { type HeldLock, holdRunningLock } from './store/running-lock.ts';
import { CASELINE_VERSION } from './version.ts';

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
  const metrics = createMetrics({ version: CASELINE_VERSION });
  let sources: HealthSources | null = null;
  // The one HTTP server: /healthz, /readyz, /metrics (and Slack's /slack/events when it runs over HTTP).
  // It listens first, so that a port in use stops the start before the database is opened or changed.
  let http: HttpServer | null = null;
  const routes = new RouteTable().add(healthzRoute());
  for (const route of operationsRoutes({ metrics, sources: () => sources })) routes.add(route);
  registerHealthGauges(metrics.registry, () => sources);
  if (config.http) {
    const { host, port } = config.http;
    http = await listenOrExplain(host, port, () => startHttpServer({ host, port, routes, logger }));
  }
  try {
    await run(options, { http, routes, metrics, policy, setSources: (s) => (sources = s) });
  } finally {
    await http?.close();
  }
}

interface Started {
  http: HttpServer | null;
  /** Slack's HTTP mode adds POST /slack/events to the one HTTP server. */
  routes: RouteTable;
  metrics: Metrics;
  policy: Policy;
  setSources(sources: HealthSources | null): void;
}

async function run(options: StartOptions, { http, routes, metrics, policy, setSources }: Started): Promise<void> {
  const { config, logger } = options;
  // The store: PostgreSQL with DATABASE_URL (several processes may share it), else the SQLite file, which
  // a running bot holds (the running lock keeps a restore out).
  const running: HeldLock = config.DATABASE_URL ? { release: () => undefined } : holdRunningLock(config.CASELINE_DB);
  let store: OpenStore;
  try {
    store = await openStore(config);
  } catch (error) {
    running.release();
    throw error;
  }
  const { db } = store;
  const channels = config.channels;
  logger.info(
    {
      version: CASELINE_VERSION,
      database: store.shown,
      mailbox: channels.mailbox ? 'configured' : 'not configured',
      slack: channels.slack ? `configured (${config.SLACK_MODE} mode)` : 'not configured',
      http: config.http && http ? `http://${config.http.host}:${http.port}` : 'off',
    },
    `Caseline ${CASELINE_VERSION} starting`,
  );
  logger.debug({ config: describeConfig(config) }, 'configuration');

  const { companies } = tablesOf(db);
  const empty = (await db.select({ id: companies.id }).from(companies).limit(1)).length === 0;
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
    instruments: metrics.instruments,
    reader: understandingReader(config.INTENT_FALLBACK, config.SLOT_OPINION),
  });
  registerDatabaseGauges(metrics.registry, db, { channels: ['email', 'slack', 'console'] });
  const terminal = !channels.mailbox && !channels.slack;
  const output = options.output ?? process.stdout;
  // Several processes on one PostgreSQL (issue 24 §2): the IMAP reader and the scheduler each under a lease.
  const roles = dialectOf(db) === 'postgres' ? startLeasedRoles({ pool: postgresOf(db).$client, logger }) : null;
  const placement = placementOf(roles);
  // Timed work (issue 22): pages, reminders and follow-ups, woken at the next due (≤ 30 s apart).
  const scheduler = createClockScheduler(ctx, { logger, ...placement.scheduler });
  const clock = startClockLoop({
    scheduler,
    logger,
    ...(terminal ? { onOutbound: async (rows) => await deliverToTerminal(ctx, output, rows) } : {}),
  });

  roles?.onSchedulerGained(() => clock.wake());

  const stopped = new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  let mail: MailChannel | null = null;
  let slack: SlackChannel | null = null;
  try {
    if (channels.mailbox) mail = await startMailChannel(config, ctx, logger, {}, placement.mail);
    if (channels.slack) slack = await startSlackChannel(config, ctx, logger, { routes, ...placement.slack });
    const mailbox = mail;
    const slackChannel = slack;
    setSources({
      database: placement.health.database ?? databaseHealth(db, config.CASELINE_DB),
      ...(mailbox ? { mailbox: () => mailbox.health() } : {}),
      ...(slackChannel ? { slack: () => slackChannel.health() } : {}),
      scheduler: placement.health.scheduler ?? schedulerLeaseHealth(db, scheduler.holder),
    });
    if (terminal) {
      const input = options.input ?? process.stdin;
      const chat = new AbortController();
      await Promise.race([
        runTerminal({ ctx, contactEmail: options.as ?? config.DEMO_CONTACT, input, output, signal: chat.signal }),
        stopped,
      ]);
      chat.abort();
      // An open stdin pipe would keep the process alive after a signal.
      if (input === process.stdin) process.stdin.destroy();
    } else {
      await stopped;
    }
  } finally {
    setSources(null);
    clock.stop();
    await slack?.stop();
    await mail?.stop();
    await roles?.stop();
    await store.close();
    running.release();
    logger.info('stopped');
  }
}
