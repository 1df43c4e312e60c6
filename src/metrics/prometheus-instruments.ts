/**
 * The Instruments port on prom-client, and the registry `/metrics` serves: counters of what happened,
 * gauges read from the database at scrape time (database-gauges.ts), build info, and prom-client's
 * default process metrics (event-loop lag, heap, RSS, CPU, handles).
 */
import { Counter, collectDefaultMetrics, Gauge, Registry } from 'prom-client';
import type { Instruments } from '../services/instruments.ts';
import { quarantineReasonOf } from '../services/instruments.ts';

export interface Metrics {
  instruments: Instruments;
  registry: Registry;
  /** The exposition text and its content type, as `/metrics` serves them. */
  render(): Promise<{ contentType: string; body: string }>;
}

export function createMetrics(options: { version: string; processMetrics?: boolean }): Metrics {
  const registry = new Registry();
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
  const registers = [registry];
  new Gauge({
    name: 'caseline_build_info',
    help: 'Always 1; the running version and Node.js in labels',
    labelNames: ['version', 'node'],
    registers,
  }).set({ version: options.version, node: process.versions.node }, 1);

  const messagesIn = new Counter({
    name: 'caseline_messages_in_total',
    help: 'Inbound messages decided, per channel and decision',
    labelNames: ['channel', 'decision'],
    registers,
  });
  const messagesOut = new Counter({
    name: 'caseline_messages_out_total',
    help: 'Replies and staff notifications delivered, per channel and audience',
    labelNames: ['channel', 'audience'],
    registers,
  });
  const casesOpened = new Counter({
    name: 'caseline_cases_opened_total',
    help: 'Cases opened (support cases when their clock starts), per type, severity and care tier',
    labelNames: ['type', 'severity', 'tier'],
    registers,
  });
  const pages = new Counter({
    name: 'caseline_pages_total',
    help: 'Escalation pages sent to staff, per level, and whether a first send, a repeat or a climb up the ladder',
    labelNames: ['level', 'send'],
    registers,
  });
  const sendFailures = new Counter({
    name: 'caseline_send_failures_total',
    help: 'Failed sends per channel: retry = will be tried again, gave-up = will not',
    labelNames: ['channel', 'outcome'],
    registers,
  });
  const quarantined = new Counter({
    name: 'caseline_mail_quarantined_total',
    help: 'Inbound mails moved to the quarantine folder, per kind of reason',
    labelNames: ['reason'],
    registers,
  });
  const imapBacklog = new Gauge({
    name: 'caseline_imap_backlog_messages',
    help: 'Messages in the mailbox not yet handled, as last listed',
    registers,
  });
  const slackWaits = new Counter({
    name: 'caseline_slack_rate_limit_waits_total',
    help: 'Slack Web API calls that waited for a rate limit (Retry-After)',
    registers,
  });
  const slackWaitSeconds = new Counter({
    name: 'caseline_slack_rate_limit_wait_seconds_total',
    help: 'Seconds spent waiting for Slack rate limits',
    registers,
  });

  const instruments: Instruments = {
    messageIn: (channel, decision) => messagesIn.inc({ channel, decision }),
    messageOut: (channel, audience) => messagesOut.inc({ channel, audience }),
    caseOpened: (type, severity, tier) => casesOpened.inc({ type, severity: severity ?? 'none', tier: tier ?? 'none' }),
    page: (level, send) => pages.inc({ level, send }),
    sendFailed: (channel, outcome) => sendFailures.inc({ channel, outcome }),
    mailQuarantined: (reason) => quarantined.inc({ reason: quarantineReasonOf(reason) }),
    imapBacklog: (messages) => imapBacklog.set(messages),
    slackRateLimitWait: (seconds) => {
      slackWaits.inc();
      slackWaitSeconds.inc(Math.max(0, seconds));
    },
  };
  return {
    instruments,
    registry,
    render: async () => ({ contentType: registry.contentType, body: await registry.metrics() }),
  };
}
