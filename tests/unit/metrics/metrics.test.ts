import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { down, type HealthSources, up } from '../../../src/health/readiness.ts';
import { registerDatabaseGauges } from '../../../src/metrics/database-gauges.ts';
import { registerHealthGauges } from '../../../src/metrics/health-gauges.ts';
import { createMetrics } from '../../../src/metrics/prometheus-instruments.ts';
import { createEngineContext, handleInbound, handlePinForm } from '../../../src/services/engine/index.ts';
import { quarantineReasonOf } from '../../../src/services/instruments.ts';
import { createClockScheduler } from '../../../src/services/schedule/index.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { recordBackup } from '../../../src/store/operations-metrics-store.ts';
import { sample } from '../../support/prometheus-text.ts';
import { demoImage } from '../../support/replay.ts';

const T0 = new Date('2026-11-23T14:00:00Z');
const minutes = (n: number) => new Date(T0.getTime() + n * 60_000);

async function botWithMetrics() {
  const db = openDatabase(':memory:', { image: await demoImage() });
  let now = T0;
  const metrics = createMetrics({ version: '9.9.9-test' });
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, instruments: metrics.instruments, now: () => now });
  registerDatabaseGauges(metrics.registry, db, { channels: ['email', 'slack', 'console'], now: () => now.getTime() });
  const say = async (text: string, at: Date) =>
    await handleInbound(ctx, {
      channel: 'console',
      sender: { kind: 'console', email: 'ana@acme.example' },
      threadKey: 'console:ana:1',
      text,
      attachments: [],
      receivedAt: at,
    });
  return {
    db,
    ctx,
    metrics,
    say,
    setNow: (at: Date) => {
      now = at;
    },
    scrape: async () => (await metrics.render()).body,
  };
}

describe('issue 23 §1: /metrics counts what the bot did', () => {
  it('messages in per channel and decision, cases opened per severity and tier, pages per level', async () => {
    const bot = await botWithMetrics();
    await handlePinForm(bot.ctx, {
      channel: 'console',
      sender: { kind: 'console', email: 'ana@acme.example' },
      email: 'ana@acme.example',
      pin: '482913',
      at: T0,
      threadKey: 'console:ana:1',
    });
    const opened = await bot.say('Our production SIP Server 9.0 is down, no calls at all', minutes(1));
    expect(opened.caseNumber).toMatch(/^\d{8}$/);
    await bot.say('Our production SIP Server 9.0 is down, no calls at all', minutes(1)); // the same delivery again

    let text = await bot.scrape();
    expect(sample(text, 'caseline_messages_in_total', { channel: 'console', decision: opened.decision })).toBe(1);
    expect(sample(text, 'caseline_messages_in_total', { channel: 'console', decision: 'duplicate' })).toBe(1);
    expect(
      sample(text, 'caseline_cases_opened_total', {
        type: 'support',
        severity: 'critical-production-down',
        tier: 'premium-care',
      }),
    ).toBe(1);
    expect(sample(text, 'caseline_pages_total', { level: 'at-risk' })).toBeUndefined();

    // Premium Care, Production Down: 30 minutes to respond; paged at 75% and at 100%, each once.
    const clock = createClockScheduler(bot.ctx);
    for (const at of [23, 31, 32]) await clock.tick(minutes(1 + at));
    bot.setNow(minutes(40));
    text = await bot.scrape();
    expect(sample(text, 'caseline_pages_total', { level: 'at-risk', send: 'first' })).toBe(1);
    expect(sample(text, 'caseline_pages_total', { level: 'breached', send: 'first' })).toBe(1);
    // Nobody acknowledged: the breach page is open (the at-risk one it superseded is closed).
    expect(sample(text, 'caseline_pages_unacknowledged', { level: 'breached' })).toBe(1);
    await clock.tick(minutes(1 + 31 + 30)); // the ladder repeats an unacknowledged page after 30 minutes
    text = await bot.scrape();
    expect(sample(text, 'caseline_pages_total', { level: 'breached', send: 'repeat' })).toBe(1);
    expect(sample(text, 'caseline_pages_unacknowledged_oldest_age_seconds')).toBeGreaterThan(7 * 60);
  });

  it('outbox depth and oldest age per channel are read from the database when scraped', async () => {
    const bot = await botWithMetrics();
    let text = await bot.scrape();
    expect(sample(text, 'caseline_outbox_depth', { channel: 'email' })).toBe(0);
    expect(sample(text, 'caseline_outbox_oldest_age_seconds', { channel: 'console' })).toBe(0);

    await bot.say('hello', T0); // replies wait in the outbox until the terminal prints them
    bot.setNow(minutes(5));
    text = await bot.scrape();
    expect(sample(text, 'caseline_outbox_depth', { channel: 'console' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'caseline_outbox_oldest_age_seconds', { channel: 'console' })).toBe(300);

    bot.db.$client.exec("UPDATE outbox SET state = 'sent'");
    text = await bot.scrape();
    expect(sample(text, 'caseline_outbox_depth', { channel: 'console' })).toBe(0);
  });

  it('the last backup, the build and the default process metrics (event-loop lag, heap, RSS)', async () => {
    const bot = await botWithMetrics();
    expect(sample(await bot.scrape(), 'caseline_last_backup_timestamp_seconds')).toBe(0);
    await recordBackup(bot.db, { at: '2026-11-23T03:00:00.000Z', path: '/backups/x.db', bytes: 10, cases: 1 });
    const text = await bot.scrape();
    expect(sample(text, 'caseline_last_backup_timestamp_seconds')).toBe(Date.parse('2026-11-23T03:00:00Z') / 1000);
    expect(sample(text, 'caseline_build_info', { version: '9.9.9-test' })).toBe(1);
    for (const name of [
      'nodejs_eventloop_lag_seconds',
      'nodejs_heap_size_used_bytes',
      'process_resident_memory_bytes',
    ]) {
      expect(sample(text, name), name).toBeGreaterThanOrEqual(0);
    }
  });

  it('send failures, quarantined mail by kind of reason, IMAP backlog and Slack rate-limit waits', async () => {
    const { instruments, render } = createMetrics({ version: 't', processMetrics: false });
    instruments.sendFailed('email', 'retry');
    instruments.sendFailed('email', 'gave-up');
    instruments.mailQuarantined('authentication: dmarc=fail for mallory@evil.example');
    instruments.imapBacklog(42);
    instruments.slackRateLimitWait(1.5);
    instruments.slackRateLimitWait(30);
    const text = (await render()).body;
    expect(sample(text, 'caseline_send_failures_total', { channel: 'email', outcome: 'retry' })).toBe(1);
    expect(sample(text, 'caseline_send_failures_total', { channel: 'email', outcome: 'gave-up' })).toBe(1);
    expect(sample(text, 'caseline_mail_quarantined_total', { reason: 'authentication' })).toBe(1);
    expect(text).not.toContain('mallory');
    expect(sample(text, 'caseline_imap_backlog_messages')).toBe(42);
    expect(sample(text, 'caseline_slack_rate_limit_waits_total')).toBe(2);
    expect(sample(text, 'caseline_slack_rate_limit_wait_seconds_total')).toBe(31.5);
  });

  it('a quarantine reason becomes one of a few label values, never the sender or the text', () => {
    expect(quarantineReasonOf('authentication: dkim=fail header.d=evil.example')).toBe('authentication');
    expect(quarantineReasonOf('processing failed: SQLITE_FULL')).toBe('processing-failed');
    expect(quarantineReasonOf('no From address')).toBe('no-from');
    expect(quarantineReasonOf('unparseable: Unexpected end of input')).toBe('unreadable');
    expect(quarantineReasonOf('something new')).toBe('other');
    expect(quarantineReasonOf(undefined)).toBe('other');
  });

  it('readiness as metrics: each configured part up or down, and the age of the last mailbox read', async () => {
    const { registry, render } = createMetrics({ version: 't', processMetrics: false });
    let sources: HealthSources | null = null;
    registerHealthGauges(registry, () => sources);
    expect(sample((await render()).body, 'caseline_part_up', { part: 'database' })).toBeUndefined();
    sources = {
      database: () => up('writable'),
      mailbox: () => up('connected; last read 42 s ago', { lastPollSecondsAgo: 42 }),
      scheduler: () => down('lease expired'),
    };
    const text = (await render()).body;
    expect(sample(text, 'caseline_part_up', { part: 'database' })).toBe(1);
    expect(sample(text, 'caseline_part_up', { part: 'mailbox' })).toBe(1);
    expect(sample(text, 'caseline_part_up', { part: 'scheduler' })).toBe(0);
    expect(sample(text, 'caseline_part_up', { part: 'slack' })).toBeUndefined();
    expect(sample(text, 'caseline_imap_last_read_age_seconds')).toBe(42);
  });
});
