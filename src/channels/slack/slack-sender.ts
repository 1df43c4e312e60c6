/**
 * The outbox → Slack's Web API (issue 19 §6). Rows are posted oldest first, at most one per Slack
 * channel per second (chat.postMessage's documented pace); a 429 pauses all sending for its Retry-After;
 * failures are classified (send-errors.ts) into dead letters, retries with backoff, and one retry when
 * the outcome is unknown. Every post has unfurling off and escaped text (blocks/message.ts). A verify
 * button in a shared channel goes as an ephemeral message, seen only by the person asked.
 * The Web API client is built with no retries of its own: the outbox owns retrying, and a client retry
 * after a lost response would post the message twice.
 */
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { WebClient } from '@slack/web-api';
import { type Instruments, noopInstruments } from '../../services/instruments.ts';
import type { Db } from '../../store/database.ts';
import { attachmentNames } from '../../store/mail-outbox-store.ts';
import { newClaim } from '../../store/outbox-claims.ts';
import type { OutboxRow } from '../../store/outbox-store.ts';
import { findSlackCard, upsertPageCard } from '../../store/slack-card-store.ts';
import { findContactBySlackUserId } from '../../store/slack-contact.ts';
import {
  claimSlackRows,
  deadLetterSlackRow,
  dueSlackRows,
  markSlackSent,
  notePostedAs,
  releaseSlackRows,
  rescheduleSlackRow,
} from '../../store/slack-outbox-store.ts';
import { parseSlackThreadKey } from '../../store/slack-thread-store.ts';
import { inTransaction } from '../../store/transaction.ts';
import { renderMessage } from './blocks/message.ts';
import { type Destination, startCardRuns } from './card-runs.ts';
import { classifySendError } from './send-errors.ts';
import type { CardSync } from './staff/card-sender.ts';
import type { WebApiPoster } from './web-api-poster.ts';

export interface SlackSenderOptions {
  db: Db;
  /** Posts and DMs (web-api-poster.ts). */
  poster: WebApiPoster;
  /** File uploads (WebClient's filesUploadV2). */
  client: WebClient;
  logger: { info(d: object, m: string): void; warn(d: object, m: string): void; error(d: object, m: string): void };
  now?: () => Date;
  intervalMs?: number;
  /** Least time between two posts to one Slack channel. */
  paceMs?: number;
  maxAttempts?: number;
  backoff?: { initialMs: number; maxMs: number };
  concurrency?: number;
  /** SLACK_STAFF_CHANNEL: where a staff message goes whose addressee has no Slack user (a page by address). */
  staffRoom?: string;
  /** Metrics: posts, failures and rate-limit waits (counted once the outcome is known). */
  instruments?: Instruments;
  /** The staff side's cards (issue 20): brought up to date around every run. */
  cards?: CardSync;
}

export interface SlackSender {
  runOnce(): Promise<number>;
  /** Waits for a run in progress, then sends what is due now. */
  flush(): Promise<number>;
  wake(): void;
  stop(): Promise<void>;
}

const UNKNOWN = 'outcome unknown';
const WAKE_DELAY_MS = 10;

export function destinationOf(row: Pick<OutboxRow, 'threadKey' | 'recipient'>): Destination | null {
  const thread = parseSlackThreadKey(row.threadKey);
  if (thread) return { channel: thread.channel, threadTs: thread.ts };
  if (/^[CGD][A-Z0-9]+$/.test(row.recipient)) return { channel: row.recipient };
  if (/^[UW][A-Z0-9]+$/.test(row.recipient)) return { user: row.recipient };
  return null;
}

export function startSlackSender(options: SlackSenderOptions): SlackSender {
  const { db, client, poster, logger } = options;
  const now = options.now ?? (() => new Date());
  const pace = options.paceMs ?? 1_000;
  const maxAttempts = options.maxAttempts ?? 8;
  const backoff = options.backoff ?? { initialMs: 2_000, maxMs: 5 * 60_000 };
  const concurrency = options.concurrency ?? 16;
  const instruments = options.instruments ?? noopInstruments;
  const nextFree = new Map<string, number>();
  const dmChannels = new Map<string, string>();
  let pausedUntil = 0;

  const paceKey = (row: OutboxRow): string => {
    const dest =
      destinationOf(row) ?? (row.audience === 'staff' && options.staffRoom ? { channel: options.staffRoom } : null);
    return dest?.channel ?? (dest?.user ? (dmChannels.get(dest.user) ?? `user:${dest.user}`) : `row:${row.id}`);
  };

  async function openDm(user: string): Promise<string> {
    const known = dmChannels.get(user);
    if (known) return known;
    const opened = await poster.call('conversations.open', { users: user });
    const channel = (opened['channel'] as { id?: string } | undefined)?.id;
    if (!channel) throw new Error('conversations.open gave no channel');
    dmChannels.set(user, channel);
    return channel;
  }

  async function post(row: OutboxRow, dest: Destination): Promise<string> {
    const channel = dest.channel ?? (await openDm(dest.user!));
    const verify = row.actions.some((a) => a.kind === 'verify');
    const message = renderMessage(
      row.text,
      row.actions,
      verify
        ? {
            thread: parseSlackThreadKey(row.threadKey) ? row.threadKey : null,
            askEmail: !(await linked(row.recipient)),
          }
        : undefined,
    );
    const common = {
      channel,
      text: message.text,
      blocks: message.blocks,
      ...(dest.threadTs ? { thread_ts: dest.threadTs } : {}),
      unfurl_links: false,
      unfurl_media: false,
    };
    if (verify && !channel.startsWith('D') && /^[UW]/.test(row.recipient)) {
      // In a shared channel only the person asked sees the button (and whatever it says about them).
      const result = await poster.call('chat.postEphemeral', { ...common, user: row.recipient });
      return `${channel}/${String(result['message_ts'] ?? 'ephemeral')}`;
    }
    const result = await poster.call('chat.postMessage', common);
    return `${channel}/${String(result['ts'] ?? '')}`;
  }

  const linked = async (user: string) => /^[UW]/.test(user) && (await findContactBySlackUserId(db, user)) !== undefined;

  async function upload(row: OutboxRow, postedAs: string, threadTs: string | undefined): Promise<void> {
    if (row.attachments.length === 0) return;
    const channel = postedAs.split('/')[0]!;
    const names = await attachmentNames(db, row.attachments);
    for (const path of row.attachments) {
      await client.filesUploadV2({
        channel_id: channel,
        ...(threadTs ? { thread_ts: threadTs } : {}),
        file: await readFile(path),
        filename: names.get(path) ?? basename(path),
      } as never);
    }
  }

  /** Posted rows of the chunk in flight, marked sent together in one commit when the chunk is done. */
  let posted: Array<{ id: number; postedAs: string; at: string; audience: 'customer' | 'staff'; claim: string }> = [];

  async function asPageCard(row: OutboxRow, dest: Destination | null): Promise<boolean> {
    const page = row.actions.find((a) => a.kind === 'acknowledge-page');
    if (page?.kind !== 'acknowledge-page' || !dest?.user) return false;
    const repeat = /^(REPEAT|ESCALATED)\b/.test(row.text);
    await upsertPageCard(db, {
      id: page.page,
      user: dest.user,
      body: row.text,
      nudge: repeat ? (row.text.split('\n')[0] ?? null) : null,
      at: now().toISOString(),
    });
    return true;
  }

  async function send(row: OutboxRow, claim: string): Promise<boolean> {
    const at = now();
    const dest = await cardRuns.destination(
      row,
      destinationOf(row) ?? (row.audience === 'staff' && options.staffRoom ? { channel: options.staffRoom } : null),
    );
    if (await asPageCard(row, dest)) {
      posted.push({ id: row.id, postedAs: `page-card/${dest?.user}`, at: at.toISOString(), audience: 'staff', claim });
      return true;
    }
    if (!dest) {
      await deadLetterSlackRow(db, row.id, `no Slack destination for recipient ${row.recipient}`, claim);
      logger.warn({ outboxId: row.id }, 'Slack reply has no destination: dead letter');
      instruments.sendFailed('slack', 'gave-up');
      return false;
    }
    try {
      // A row whose text went out before its files failed carries where it was posted: files only.
      const postedAs = row.messageId ?? (await post(row, dest));
      if (row.attachments.length > 0 && !row.messageId) {
        await notePostedAs(db, row.id, postedAs, claim);
      }
      await upload(row, postedAs, dest.threadTs);
      posted.push({
        id: row.id,
        postedAs,
        at: now().toISOString(),
        audience: row.audience === 'staff' ? 'staff' : 'customer',
        claim,
      });
      return true;
    } catch (error) {
      const failure = classifySendError(error);
      const attempt = row.attempts + 1;
      const log = { outboxId: row.id, attempt, reason: failure.reason };
      switch (failure.kind) {
        case 'rate-limited':
          // Counted from Slack's answer, as Retry-After is.
          pausedUntil = Math.max(pausedUntil, now().getTime() + failure.retryAfterMs);
          await rescheduleSlackRow(db, row.id, new Date(pausedUntil).toISOString(), failure.reason, false, claim);
          logger.warn({ ...log, until: new Date(pausedUntil).toISOString() }, 'Slack rate limit: sending paused');
          instruments.slackRateLimitWait(failure.retryAfterMs / 1000);
          instruments.sendFailed('slack', 'retry');
          return false;
        case 'dead':
          await deadLetterSlackRow(db, row.id, failure.reason, claim);
          logger.warn(log, 'Slack refused the reply: dead letter');
          instruments.sendFailed('slack', 'gave-up');
          return false;
        case 'retry':
          if (attempt >= maxAttempts) {
            await deadLetterSlackRow(db, row.id, `gave up after ${attempt} attempts: ${failure.reason}`, claim);
            logger.error(log, 'Slack reply not sent after every attempt: dead letter');
            instruments.sendFailed('slack', 'gave-up');
          } else {
            const delay = Math.min(backoff.maxMs, backoff.initialMs * 2 ** (attempt - 1));
            await rescheduleSlackRow(
              db,
              row.id,
              new Date(at.getTime() + delay).toISOString(),
              failure.reason,
              true,
              claim,
            );
            logger.warn(log, 'Slack reply not sent: will retry');
            instruments.sendFailed('slack', 'retry');
          }
          return false;
        case 'unknown-outcome':
          if (row.lastError?.startsWith(UNKNOWN)) {
            await deadLetterSlackRow(db, row.id, `${UNKNOWN} twice: ${failure.reason}`, claim);
            logger.error(log, 'Slack reply outcome unknown again: dead letter (it may have been posted)');
            instruments.sendFailed('slack', 'gave-up');
          } else {
            const retryAt = new Date(at.getTime() + backoff.initialMs).toISOString();
            await rescheduleSlackRow(db, row.id, retryAt, `${UNKNOWN}: ${failure.reason}`, true, claim);
            logger.warn(log, 'Slack reply outcome unknown: one more try');
            instruments.sendFailed('slack', 'retry');
          }
          return false;
      }
    }
  }

  async function runOnce(): Promise<number> {
    const at = now();
    if (at.getTime() < pausedUntil) return 0;
    // The cards run beside the replies, never before them (card-runs.ts).
    cardRuns.kick();
    return runRows(at);
  }

  async function runRows(at: Date): Promise<number> {
    const rows = await dueSlackRows(db, at.toISOString(), concurrency * 4);
    // Rows by Slack channel, oldest first. A channel still in its pause is skipped whole (its later rows
    // wait, keeping the order); with pacing, one row per channel per run; without, a channel's rows go
    // one after another, in order.
    const groups = new Map<string, OutboxRow[]>();
    const skipped = new Set<string>();
    for (const row of rows) {
      const key = paceKey(row);
      if (skipped.has(key)) continue;
      const group = groups.get(key);
      if (group) {
        if (pace === 0) group.push(row);
        continue;
      }
      if ((nextFree.get(key) ?? 0) > at.getTime()) {
        skipped.add(key);
        continue;
      }
      // Held while in flight; the pause is counted from when Slack answered (posts arrive ≥ pace apart).
      nextFree.set(key, Number.MAX_SAFE_INTEGER);
      groups.set(key, [row]);
    }
    if (groups.size === 0) return 0;
    // One claim only one process wins: rows another sender took meanwhile are left to it.
    const claim = newClaim();
    const picked = [...groups.values()].flat().map((r) => r.id);
    const won = new Map((await claimSlackRows(db, picked, at, claim)).map((r) => [r.id, r]));
    for (const [key, group] of groups) {
      // Rows as claimed (a row taken over from a stopped sender says so in last_error).
      const kept = group.flatMap((r) => won.get(r.id) ?? []);
      if (kept.length > 0) groups.set(key, kept);
      else {
        groups.delete(key);
        nextFree.delete(key);
      }
    }
    let sent = 0;
    // A pool of `concurrency` channels in flight (Slack answers in tens to hundreds of milliseconds).
    const queue = [...groups.entries()];
    const worker = async () => {
      for (let item = queue.shift(); item; item = queue.shift()) {
        const [key, group] = item;
        for (const [i, row] of group.entries()) {
          if (await send(row, claim)) {
            sent += 1;
            continue;
          }
          // A failed row keeps its place: the rows behind it go back to wait for its next try.
          await releaseSlackRows(
            db,
            group.slice(i + 1).map((r) => r.id),
            row.id,
            claim,
          );
          break;
        }
        nextFree.set(key, now().getTime() + pace);
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, worker));
    const marks = posted;
    posted = [];
    await inTransaction(db, async () => {
      for (const mark of marks) await markSlackSent(db, mark.id, mark.postedAs, mark.at, mark.claim);
    });
    for (const mark of marks) instruments.messageOut('slack', mark.audience);
    for (const key of [...nextFree.keys()]) if ((nextFree.get(key) ?? 0) < at.getTime()) nextFree.delete(key);
    // Page rows just became DM cards: post them now.
    if (marks.some((m) => m.postedAs.startsWith('page-card/'))) cardRuns.kick();
    return sent;
  }

  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;
  const cardRuns = startCardRuns({
    cards: options.cards,
    storedCard: async (key) => await findSlackCard(db, key),
    onError: (error) => logger.error({ err: error }, 'Slack card run failed'),
    isStopped: () => stopped,
  });
  const kick = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    again = false;
    running = runOnce()
      .catch((error) => {
        logger.error({ err: error }, 'Slack outbox run failed');
        return 0;
      })
      .finally(() => {
        running = null;
        if (again) kick();
      });
  };
  const timer = setInterval(kick, options.intervalMs ?? 250);
  timer.unref();
  // Wakes within a few milliseconds make one run: replies written together are claimed and marked
  // together (one commit for many rows, not one per reply).
  let soon: NodeJS.Timeout | null = null;
  const wake = (): void => {
    if (soon || stopped) return;
    soon = setTimeout(() => {
      soon = null;
      kick();
    }, WAKE_DELAY_MS);
  };

  return {
    runOnce,
    flush: async () => {
      while (running) await running;
      // A drain (tests, the bench): the cards due, the rows due, then the page cards those rows made.
      const cards = await cardRuns.settle();
      const at = now();
      const rows = at.getTime() < pausedUntil ? 0 : await runRows(at);
      return cards + rows + (await cardRuns.settle());
    },
    wake,
    stop: async () => {
      stopped = true;
      clearInterval(timer);
      if (soon) clearTimeout(soon);
      await running;
      await cardRuns.idle();
    },
  };
}
