/**
 * Brings the staff cards up to date (issue 20 §2–§4): each card behind its revision is rendered from
 * the database as it stands now and posted once (its channel and ts stored the moment Slack answers:
 * every later sync is a `chat.update` of that message) or updated in place. Many changes between two
 * syncs make one update. Failures are classified as for replies (send-errors.ts): a deleted staff
 * channel or a manager who left the workspace fail the card with the reason, an audit line, and a
 * word in the staff channel; a vanished message is posted again while the card is live; a 429 holds
 * every card until its Retry-After; anything else is tried again later.
 */
import type { RegionId } from '../../../domain/ids.ts';
import type { Policy } from '../../../domain/policy/schema.ts';
import { appendAudit } from '../../../store/audit-log.ts';
import { getCaseById } from '../../../store/case-store.ts';
import { findApprovalById } from '../../../store/channel-records.ts';
import type { Db } from '../../../store/database.ts';
import { enqueue } from '../../../store/outbox-store.ts';
import { getPage } from '../../../store/page-store.ts';
import {
  clearNudge,
  dueSlackCards,
  failCard,
  findSlackCard,
  markCardSynced,
  recordCardPosted,
  retryCardLater,
  type SlackCardRow,
  skipCard,
} from '../../../store/slack-card-store.ts';
import { approvalCard } from '../blocks/approval-card.ts';
import { caseCard } from '../blocks/case-card.ts';
import type { SlackMessage } from '../blocks/message.ts';
import { pageDm } from '../blocks/page-dm.ts';
import { classifySendError } from '../send-errors.ts';
import type { WebApiPoster } from '../web-api-poster.ts';
import { approvalCardView, caseCardView, pageDmView } from './card-views.ts';

export interface CardSyncOptions {
  db: Db;
  policy: Policy;
  poster: WebApiPoster;
  /** SLACK_STAFF_CHANNEL: cards of a region without its own channel (policy) go here. */
  staffChannel: string | undefined;
  now: () => Date;
  logger: { warn(d: object, m: string): void; error(d: object, m: string): void };
  backoffMs?: number;
}

/**
 * `live`: the card still asks something of staff (a case not closed, a pending approval, an open page).
 * Deleted in Slack, a live card is posted again; one that asks nothing any more is left deleted — a
 * manager who deleted a page DM is not woken by it coming back as "closed".
 */
type Plan = { skip: string } | { channel?: string; user?: string; message: SlackMessage; live: boolean };

const FINISHED = new Set(['resolved', 'closed']);
const CONCURRENCY = 16;

export function createCardSync(options: CardSyncOptions): CardSync {
  const { db, policy, poster, logger } = options;
  const backoffMs = options.backoffMs ?? 5_000;
  // A 429 on any card holds every card until its Retry-After: Slack asks the app to wait, not the message.
  let pausedUntil = 0;
  const paused = () => options.now().getTime() < pausedUntil;

  const channelOfCase = async (caseId: number): Promise<string | undefined> => {
    const region = (await getCaseById(db, caseId))?.region as RegionId | null | undefined;
    return (region ? policy.regions[region]?.slackStaffChannel : undefined) ?? options.staffChannel;
  };

  async function plan(card: SlackCardRow): Promise<Plan> {
    if (card.kind === 'case') {
      const view = await caseCardView(db, policy, card.refId, card.revision);
      if (!view) return { skip: 'the case is gone' };
      // Cases finished before the card could be posted (Slack configured later) are not announced.
      if (!card.ts && FINISHED.has(view.state)) return { skip: `case ${view.state} before its card was posted` };
      const channel = card.channel ?? (await channelOfCase(card.refId));
      if (!channel) return { skip: 'no staff channel configured (SLACK_STAFF_CHANNEL)' };
      return { channel, message: caseCard(view), live: view.state !== 'closed' };
    }
    if (card.kind === 'approval') {
      const view = await approvalCardView(db, policy, card.refId, card.revision, options.now().toISOString());
      if (!view) return { skip: 'the approval has no case' };
      const approvalCase = await getApprovalCaseId(card);
      const channel = card.channel ?? (approvalCase ? await channelOfCase(approvalCase) : options.staffChannel);
      if (!channel) return { skip: 'no staff channel configured (SLACK_STAFF_CHANNEL)' };
      return { channel, message: approvalCard(view), live: view.state === 'pending' };
    }
    const view = await pageDmView(db, policy, card.refId, card.body ?? '', card.revision);
    if (!view) return { skip: 'the page is gone' };
    if (!card.ts && view.state !== 'open') return { skip: `page ${view.state} before its DM was posted` };
    const live = view.state === 'open';
    return card.channel
      ? { channel: card.channel, message: pageDm(view), live }
      : { user: card.target!, message: pageDm(view), live };
  }

  const getApprovalCaseId = async (card: SlackCardRow): Promise<number | undefined> =>
    (await findApprovalById(db, card.refId))?.caseId ?? undefined;

  async function syncOne(card: SlackCardRow): Promise<boolean> {
    const planned = await plan(card);
    if ('skip' in planned) {
      await skipCard(db, card.id, planned.skip);
      return false;
    }
    try {
      let channel = planned.channel;
      if (!channel) {
        const opened = await poster.call('conversations.open', { users: planned.user });
        channel = (opened['channel'] as { id?: string } | undefined)?.id;
        if (!channel) throw new Error('conversations.open gave no channel');
      }
      const common = { channel, text: planned.message.text, blocks: planned.message.blocks };
      let ts = card.ts;
      if (ts) {
        try {
          await poster.call('chat.update', { ...common, ts });
        } catch (error) {
          // The message was deleted in Slack: the card is posted again rather than lost, while it is live.
          if (classifySendError(error).reason !== 'message_not_found') throw error;
          if (!planned.live) {
            await skipCard(db, card.id, 'deleted in Slack, and it asks nothing any more');
            return false;
          }
          ts = null;
        }
      }
      if (!ts) {
        const posted = await poster.call('chat.postMessage', { ...common, unfurl_links: false, unfurl_media: false });
        ts = String(posted['ts'] ?? '');
        await recordCardPosted(db, card.id, channel, ts);
      }
      if (card.pendingNudge) {
        // An edit does not notify: a repeat of a page is also said in the DM's thread.
        await poster.call('chat.postMessage', { channel, thread_ts: ts, text: card.pendingNudge, unfurl_links: false });
        await clearNudge(db, card.id);
      }
      await markCardSynced(db, card.id, card.revision);
      return true;
    } catch (error) {
      const failure = classifySendError(error);
      const at = options.now();
      if (failure.kind === 'dead') {
        await failCard(db, card.id, failure.reason);
        await undeliverable(card, failure.reason, at.toISOString());
        return false;
      }
      if (failure.kind === 'rate-limited') pausedUntil = Math.max(pausedUntil, at.getTime() + failure.retryAfterMs);
      const wait =
        failure.kind === 'rate-limited' ? failure.retryAfterMs : Math.min(300_000, backoffMs * 2 ** card.attempts);
      await retryCardLater(db, card.id, new Date(at.getTime() + wait).toISOString(), failure.reason);
      logger.warn({ card: card.key, reason: failure.reason }, 'Slack card not synced: will retry');
      return false;
    }
  }

  /** Audited, and said in the staff channel (unless that is what failed): nothing goes quietly missing. */
  async function undeliverable(card: SlackCardRow, reason: string, nowIso: string): Promise<void> {
    const caseId =
      card.kind === 'case'
        ? card.refId
        : card.kind === 'page'
          ? (await getPage(db, card.refId))?.caseId
          : await getApprovalCaseId(card);
    const caseRow = caseId ? await getCaseById(db, caseId) : undefined;
    await appendAudit(db, {
      at: nowIso,
      actor: 'caseline',
      action: `slack.${card.kind}-card-failed`,
      subject: caseRow?.number ?? card.key,
      details: { card: card.key, reason, target: card.target ?? card.channel },
    });
    logger.error({ card: card.key, reason }, 'Slack refused a staff card: kept as failed');
    const room = options.staffChannel;
    if (card.kind === 'page' && room) {
      await enqueue(
        db,
        {
          channel: 'slack',
          recipient: room,
          audience: 'staff',
          subject: null,
          text: `The page about Case ${caseRow?.number ?? '?'} could not be sent to Slack user ${card.target} (${reason}): they may have left the workspace. It stays open until someone acknowledges it (caseline page ack).`,
          threadKey: null,
          caseId: caseRow?.id ?? null,
        },
        nowIso,
      );
    }
  }

  /**
   * Two paths sync cards: the card runs, and a staff notice that needs its case's card first (syncCard).
   * A card is synced by one of them at a time, and from the row as it stands when its turn comes: a card
   * the other path has just posted is not posted twice.
   */
  const inFlight = new Map<string, Promise<boolean>>();
  async function syncLatest(key: string): Promise<boolean> {
    const running = inFlight.get(key);
    if (running) return running.then(() => false);
    const card = await findSlackCard(db, key);
    if (!card || !isDue(card, options.now().toISOString())) return Promise.resolve(false);
    const work = syncOne(card).finally(() => inFlight.delete(key));
    inFlight.set(key, work);
    return work;
  }

  return {
    /**
     * Several cards at once (each a round trip to Slack): one slow answer does not hold the others, nor
     * the replies waiting behind this run. Runs never overlap (card-runs.ts).
     */
    async sync(): Promise<number> {
      if (paused()) return 0;
      const queue = await dueSlackCards(db, options.now().toISOString(), 64);
      let synced = 0;
      const worker = async () => {
        for (let card = queue.shift(); card && !paused(); card = queue.shift())
          if (await syncLatest(card.key)) synced += 1;
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, queue.length) }, worker));
      return synced;
    },
    /** One card brought up to date now if it is due (or waited for if already in sync); then as stored. */
    async syncCard(key: string): Promise<SlackCardRow | undefined> {
      if (!paused()) await syncLatest(key);
      return await findSlackCard(db, key);
    },
  };
}

const isDue = (card: SlackCardRow, nowIso: string): boolean =>
  card.state === 'live' && card.revision > card.syncedRevision && card.nextAttemptAt <= nowIso;

/** What the Slack sender needs of the cards (a stand-in in tests). */
export interface CardSync {
  sync(): Promise<number>;
  syncCard(key: string): Promise<SlackCardRow | undefined>;
}
