/**
 * The Slack channel assembled from configuration (issue 19 §1): the Bolt 5 app in Socket Mode (default,
 * SLACK_APP_TOKEN) or HTTP mode (Bolt's HTTP receiver mounted at `POST /slack/events` on the bot's one
 * HTTP server), its listeners, and the outbox sender. The only module that builds Bolt's App.
 * - Every Web API call goes to SLACK_API_URL, Socket Mode's `apps.connections.open` included.
 * - The App's Web API client never retries (the outbox owns retries); the Socket Mode client keeps
 *   its own reconnect retries (with none it would stop after one failed connect).
 * - The bot's ids come from SLACK_BOT_USER_ID or one `auth.test` at start; if that fails the channel
 *   still runs (a stand-in may lack auth.test), and Bolt is never asked to call it per event.
 */
import { App, type Authorize, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import type { Config } from '../../config.ts';
import type { PartStatus } from '../../health/readiness.ts';
import { createSlackHealth } from '../../health/slack-health.ts';
import type { RouteTable } from '../../http/routes.ts';
import type { EngineContext } from '../../services/engine/index.ts';
import { findSlackCard } from '../../store/slack-card-store.ts';
import { type SlackEventRow, unprocessedSlackEvents } from '../../store/slack-event-store.ts';
import { recoverSlackInFlight } from '../../store/slack-outbox-store.ts';
import { ACTION_IDS } from './blocks/message.ts';
import { VERIFY_CALLBACK_ID } from './blocks/verify-modal.ts';
import { boltLogger, type PinoLike } from './bolt-logger.ts';
import { takeChoice } from './interactions/choose-case.ts';
import { openVerifyForm, submitPinForm } from './interactions/verify-pin.ts';
import { createKeyedQueue } from './keyed-queue.ts';
import { type ChoiceIn, createEventProcessor } from './process-events.ts';
import type { SlackMessageIn, SlackRevisionIn } from './read-event.ts';
import { createEventReceiver } from './receive-events.ts';
import { slackRequestErrorHandler } from './request-errors.ts';
import { slackEventsRoute } from './slack-events-route.ts';
import { type SlackSender, startSlackSender } from './slack-sender.ts';
import { slackSettingsFrom } from './slack-settings.ts';
import { answerAwayCommand } from './staff/away-command.ts';
import { createCardSync } from './staff/card-sender.ts';
import { answerCaseCommand, homeView } from './staff/home-and-command.ts';
import { registerStaffListeners } from './staff/register-staff.ts';
import { strandedSlackEvents } from './stranded-events.ts';
import { createWebApiPoster } from './web-api-poster.ts';

export interface SlackChannel {
  sender: SlackSender;
  /** Resolves when every event taken in so far is processed (tests, shutdown). */
  idle(): Promise<void>;
  stop(): Promise<void>;
  /** Readiness (/readyz, doctor): connected in Socket Mode; always up in HTTP mode. */
  health(): PartStatus;
}

export interface SlackChannelTuning {
  sendIntervalMs?: number;
  paceMs?: number;
  sendBackoff?: { initialMs: number; maxMs: number };
  /** Socket Mode: how long to wait for a pong before reconnecting. */
  clientPingTimeoutMs?: number;
  /**
   * Several processes on one database (PostgreSQL, issue 24 §2): how often to take up events a peer
   * recorded but never processed (it died). Off on SQLite, where only this process's restart leaves them.
   */
  strandedEveryMs?: number;
}

export async function startSlackChannel(
  config: Config,
  ctx: EngineContext,
  logger: PinoLike & { debug(details: object, message: string): void },
  options: {
    routes?: RouteTable;
    tuning?: SlackChannelTuning;
    /**
     * Several processes on one database (PostgreSQL, issue 24 §2): whether this one keeps the staff cards
     * (posts and updates them, page DMs included) — one process at a time, or a card would be posted
     * twice. Every process still turns its staff notices into cards. Default: always (one process).
     */
    cardsHere?: () => boolean;
  } = {},
): Promise<SlackChannel> {
  const settings = slackSettingsFrom(config);
  const tuning = options.tuning ?? {};
  const slackLog = boltLogger(logger);
  const client = new WebClient(settings.botToken, {
    slackApiUrl: settings.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 30_000,
    logger: slackLog,
  });
  const bot = await botIdentity(client, settings, logger);

  const recovered = await recoverSlackInFlight(ctx.db);
  if (recovered > 0) logger.warn({ rows: recovered }, 'Slack replies left in sending by a crash: one more try');
  const poster = createWebApiPoster({ apiUrl: settings.apiUrl, token: settings.botToken });
  const cards = createCardSync({
    db: ctx.db,
    policy: ctx.policy,
    poster,
    staffChannel: settings.staffChannel,
    now: ctx.now,
    logger,
    ...(tuning.sendBackoff ? { backoffMs: tuning.sendBackoff.initialMs } : {}),
  });
  const { cardsHere } = options;
  const sender = startSlackSender({
    cards: cardsHere
      ? {
          sync: async () => (cardsHere() ? await cards.sync() : 0),
          // Not the cards' keeper: a notice finds its card as posted (or not yet) by the keeper.
          syncCard: async (key) => (cardsHere() ? await cards.syncCard(key) : await findSlackCard(ctx.db, key)),
        }
      : cards,
    db: ctx.db,
    client,
    poster,
    logger,
    ...(settings.staffChannel ? { staffRoom: settings.staffChannel } : {}),
    now: ctx.now,
    instruments: ctx.instruments,
    ...(tuning.sendIntervalMs ? { intervalMs: tuning.sendIntervalMs } : {}),
    ...(tuning.paceMs !== undefined ? { paceMs: tuning.paceMs } : {}),
    ...(tuning.sendBackoff ? { backoff: tuning.sendBackoff } : {}),
  });
  const queue = createKeyedQueue((error) => logger.error({ err: error }, 'Slack work failed'));
  const processor = createEventProcessor({ ctx, settings, wakeSender: sender.wake, turn: queue.turn, logger });
  const events = createEventReceiver({ ctx, settings, queue, processor, botUserId: () => bot.userId, logger });
  const resumed = new Set<number>();
  const resume = (rows: SlackEventRow[]) => {
    for (const row of rows) resumed.add(row.id);
    resumeUnprocessed(rows, queue, processor, logger);
  };
  resume(await unprocessedSlackEvents(ctx.db));
  const takeUpStranded = async () =>
    resume(strandedSlackEvents(await unprocessedSlackEvents(ctx.db), resumed, ctx.now()));
  const stranded = tuning.strandedEveryMs
    ? setInterval(
        () =>
          void takeUpStranded().catch((error) => logger.error({ err: error }, 'Slack events of a peer not resumed')),
        tuning.strandedEveryMs,
      )
    : undefined;
  stranded?.unref();

  const appClientOptions = {
    slackApiUrl: settings.apiUrl,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: 10_000,
  };
  const receiver =
    settings.mode === 'socket'
      ? new SocketModeReceiver({
          appToken: settings.appToken!,
          logger: slackLog,
          clientPingTimeout: tuning.clientPingTimeoutMs ?? 20_000,
          installerOptions: { clientOptions: { slackApiUrl: settings.apiUrl } },
        })
      : new HTTPReceiver({
          signingSecret: settings.signingSecret!,
          endpoints: ['/slack/events'],
          logger: slackLog,
          processEventErrorHandler: slackRequestErrorHandler(logger),
        });
  // One bot token for one workspace: authorization never needs a Web API call.
  const authorize: Authorize<boolean> = async () => ({
    botToken: settings.botToken,
    ...(bot.userId ? { botUserId: bot.userId } : {}),
    ...(bot.botId ? { botId: bot.botId } : {}),
  });
  // No conversation store: the engine keeps every conversation's state in the database.
  const app = new App({ receiver, authorize, logger: slackLog, clientOptions: appClientOptions, convoStore: false });

  // Every event type reaches the reader, which takes in messages and records why anything else is ignored.
  app.event(/.*/, async ({ body, context }) => {
    await events.takeEvent(body, context.retryNum);
  });
  app.action(ACTION_IDS.verify, async ({ ack, body, action, client: web }) => {
    await ack();
    try {
      const problem = await openVerifyForm(body, (action as { value?: string }).value, web);
      if (problem) logger.warn({ problem }, 'PIN form not opened');
    } catch (error) {
      logger.warn({ err: error }, 'PIN form not opened');
    }
  });
  app.action(new RegExp(`^${ACTION_IDS.chooseCase.replace('.', '\\.')}\\.`), async ({ ack, body, action }) => {
    await ack();
    const problem = await takeChoice({ ctx, queue, processor }, body, action);
    if (problem) logger.warn({ problem }, 'button ignored');
  });
  app.view(VERIFY_CALLBACK_ID, async ({ ack, body }) => {
    let answer: Awaited<ReturnType<typeof submitPinForm>>;
    try {
      answer = await submitPinForm(ctx, body);
    } catch (error) {
      logger.error({ err: error }, 'PIN form not handled');
      answer = {
        response_action: 'errors',
        errors: { pin: 'Sorry, the form could not be checked just now. Please try again in a minute.' },
      };
    }
    await ack(answer as never);
    sender.wake();
  });
  // Buttons and forms of other apps' making, or of a later version: answered, recorded in the log.
  app.action(/^(?!caseline\.).*/, async ({ ack, action }) => {
    await ack();
    logger.info({ action: (action as { action_id?: string }).action_id }, 'unknown Slack action ignored');
  });
  const staffDeps = { ctx, settings, wake: sender.wake, logger };
  registerStaffListeners(app, staffDeps);
  app.view(/^(?!caseline\.).*/, async ({ ack, view }) => {
    await ack();
    logger.info({ callbackId: view.callback_id }, 'unknown Slack view ignored');
  });
  // `/case` (issue 20 §6): a case or a list for whoever may see it, help otherwise; `/away` (staff): an
  // absence. Always ephemeral.
  app.command(/.*/, async ({ ack, command }) => {
    let text: string;
    try {
      const answer = command.command === '/away' ? answerAwayCommand : answerCaseCommand;
      text = await answer(staffDeps, command.user_id, command.team_id, command.text ?? '');
    } catch (error) {
      logger.error({ err: error }, 'Slack command failed');
      text = 'Sorry, that could not be answered just now. Please try again in a minute.';
    }
    await ack({ response_type: 'ephemeral', text });
    logger.info({ command: command.command }, 'Slack command answered');
  });
  // App Home (issue 20 §5): published when the user opens the tab; a view, not a message (no outbox).
  app.event('app_home_opened', async ({ event, body, client: web }) => {
    if ((event as { tab?: string }).tab !== 'home') return;
    const user = (event as { user: string }).user;
    try {
      await web.views.publish({
        user_id: user,
        view: (await homeView(staffDeps, user, (body as { team_id?: string }).team_id)) as never,
      });
    } catch (error) {
      logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'App Home not published');
    }
  });
  app.error(async (error) => {
    logger.error({ err: error }, 'Slack listener failed');
  });

  const health = createSlackHealth(settings.mode);
  if (receiver instanceof SocketModeReceiver) {
    receiver.client.on('connected', () => health.connected());
    receiver.client.on('disconnected', (error?: Error) => health.disconnected(error?.message ?? 'disconnected'));
    receiver.client.on('reconnecting', () => health.disconnected('reconnecting'));
  }
  if (receiver instanceof HTTPReceiver) {
    if (!options.routes) throw new Error('Slack HTTP mode needs the HTTP server (HTTP_PORT)');
    options.routes.add(slackEventsRoute(receiver.requestListener, Date.now, logger));
  } else {
    await app.start();
  }
  logger.info({ mode: settings.mode, api: settings.apiUrl, botUserId: bot.userId ?? null }, 'Slack channel started');
  sender.wake();

  return {
    sender,
    idle: () => queue.idle(),
    health: () => health.status(),
    stop: async () => {
      clearInterval(stranded);
      if (!(receiver instanceof HTTPReceiver)) await app.stop();
      await queue.idle();
      await sender.stop();
      poster.close();
    },
  };
}

async function botIdentity(
  client: WebClient,
  settings: ReturnType<typeof slackSettingsFrom>,
  logger: PinoLike,
): Promise<{ userId?: string; botId?: string }> {
  if (settings.botUserId) return { userId: settings.botUserId, ...(settings.botId ? { botId: settings.botId } : {}) };
  try {
    const result = await client.auth.test();
    return {
      ...(result.user_id ? { userId: result.user_id } : {}),
      ...(result.bot_id ? { botId: result.bot_id } : {}),
    };
  } catch (error) {
    logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'auth.test failed: the bot does not know its own user id (set SLACK_BOT_USER_ID); bot messages are still ignored',
    );
    return {};
  }
}

/** Events a crash or stop left received but unprocessed, from what was recorded (any PIN already out). */
function resumeUnprocessed(
  rows: SlackEventRow[],
  queue: ReturnType<typeof createKeyedQueue>,
  processor: ReturnType<typeof createEventProcessor>,
  logger: PinoLike,
): void {
  if (rows.length > 0) logger.warn({ events: rows.length }, 'Slack events received before a stop: processing them now');
  for (const row of rows) {
    const key = row.channel ?? 'none';
    if (row.kind === 'message')
      queue.push(key, () => processor.processMessage(row.id, row.summary as unknown as SlackMessageIn));
    else if (row.kind === 'choice')
      queue.push(key, async () => void (await processor.processChoice(row.id, row.summary as unknown as ChoiceIn)));
    else if (row.kind.startsWith('message-'))
      queue.push(key, () => processor.processRevision(row.id, row.summary as unknown as SlackRevisionIn));
  }
}
