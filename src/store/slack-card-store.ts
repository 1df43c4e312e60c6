/**
 * The staff side's living Slack messages (issue 20; table `slack_cards`): which are behind what they
 * show, where each was posted (the `chat.update` target), and how far each is synced.
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db, schema } from './database.ts';
import { dialectOf, tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

export type SlackCardRow = typeof schema.slackCards.$inferSelect;

/**
 * Cards behind their revision and due to be tried, the longest waiting first. The condition is written as the
 * partial index `slack_cards_dirty` states it (literally, no bound value), so SQLite reads only the
 * dirty cards, not one row per case ever opened, on every run of the sender.
 */
export async function dueSlackCards(db: Db, nowIso: string, limit: number): Promise<SlackCardRow[]> {
  const { slackCards } = tablesOf(db);
  return await prepared(db, 'slack-cards-due', () =>
    db
      .select()
      .from(slackCards)
      .where(
        sql`revision > synced_revision and state = 'live' and ${slackCards.nextAttemptAt} <= ${sql.placeholder('nowIso')}`,
      )
      .orderBy(asc(slackCards.nextAttemptAt), asc(slackCards.id))
      .limit(sql.placeholder('limit')),
  ).all({ nowIso, limit });
}

export async function findSlackCard(db: Db, key: string): Promise<SlackCardRow | undefined> {
  const { slackCards } = tablesOf(db);
  return await prepared(db, 'slack-card-by-key', () =>
    db
      .select()
      .from(slackCards)
      .where(eq(slackCards.key, sql.placeholder('key'))),
  ).get({ key });
}

/** The card a message is: a button pressed on it, or a reply in its thread. */
export async function slackCardAt(db: Db, channel: string, ts: string): Promise<SlackCardRow | undefined> {
  const { slackCards } = tablesOf(db);
  // Asked for every threaded Slack message the bot receives: prepared once (prepared.ts).
  return await prepared(db, 'slack-card-at', () =>
    db
      .select()
      .from(slackCards)
      .where(and(eq(slackCards.channel, sql.placeholder('channel')), eq(slackCards.ts, sql.placeholder('ts')))),
  ).get({ channel, ts });
}

/** Written the moment Slack answers the first post: a retry after this updates, never posts again. */
export async function recordCardPosted(db: Db, id: number, channel: string, ts: string): Promise<void> {
  const { slackCards } = tablesOf(db);
  await db.update(slackCards).set({ channel, ts }).where(eq(slackCards.id, id));
}

export async function markCardSynced(db: Db, id: number, revision: number): Promise<void> {
  const { slackCards } = tablesOf(db);
  await db
    .update(slackCards)
    // The larger of two values: SQLite's scalar max(), PostgreSQL's greatest().
    .set({
      syncedRevision:
        dialectOf(db) === 'postgres'
          ? sql`greatest(${slackCards.syncedRevision}, ${revision})`
          : sql`max(${slackCards.syncedRevision}, ${revision})`,
      attempts: 0,
      lastError: null,
    } as never)
    .where(eq(slackCards.id, id));
}

/** Nothing to post (a card for a case closed before Slack was configured): left alone for good. */
export async function skipCard(db: Db, id: number, why: string): Promise<void> {
  const { slackCards } = tablesOf(db);
  await db.update(slackCards).set({ state: 'skipped', lastError: why }).where(eq(slackCards.id, id));
}

export async function retryCardLater(db: Db, id: number, at: string, error: string): Promise<void> {
  const { slackCards } = tablesOf(db);
  await db
    .update(slackCards)
    .set({ nextAttemptAt: at, lastError: error, attempts: sql`${slackCards.attempts} + 1` } as never)
    .where(eq(slackCards.id, id));
}

export async function failCard(db: Db, id: number, error: string): Promise<void> {
  const { slackCards } = tablesOf(db);
  await db.update(slackCards).set({ state: 'failed', lastError: error }).where(eq(slackCards.id, id));
}

/** Marks a card behind, so the sender brings it up to date (a stale button pressed, a refused reply). */
export async function touchCard(db: Db, key: string): Promise<void> {
  const { slackCards } = tablesOf(db);
  await db
    .update(slackCards)
    .set({ revision: sql`${slackCards.revision} + 1`, nextAttemptAt: '', state: 'live' } as never)
    .where(eq(slackCards.key, key));
}

/**
 * Marks the cards of every pending approval behind: after a directory import, a contract lapsed or a
 * contact's access removed may mean one can no longer be issued, and its card must say so (round 7).
 */
export async function touchPendingApprovalCards(db: Db): Promise<void> {
  const { slackCards } = tablesOf(db);
  await db
    .update(slackCards)
    .set({ revision: sql`${slackCards.revision} + 1`, nextAttemptAt: '' } as never)
    .where(
      and(
        eq(slackCards.kind, 'approval'),
        sql`${slackCards.refId} in (select id from approvals where state = 'pending')`,
      ),
    );
}

/** A page DM (one per page and paged Slack user): created or, for a repeat, given the new text. */
export async function upsertPageCard(
  db: Db,
  page: { id: number; user: string; body: string; nudge: string | null; at: string },
): Promise<void> {
  const { slackCards } = tablesOf(db);
  await db
    .insert(slackCards)
    .values({
      key: `page:${page.id}:${page.user}`,
      kind: 'page',
      refId: page.id,
      target: page.user,
      body: page.body,
      createdAt: page.at,
    })
    .onConflictDoUpdate({
      target: slackCards.key,
      set: {
        body: page.body,
        pendingNudge: page.nudge,
        revision: sql`${slackCards.revision} + 1`,
        state: 'live',
        nextAttemptAt: '',
      } as never,
    });
}

export async function clearNudge(db: Db, id: number): Promise<void> {
  const { slackCards } = tablesOf(db);
  await db.update(slackCards).set({ pendingNudge: null }).where(eq(slackCards.id, id));
}

export async function cardsOfKind(db: Db, kind: 'case' | 'approval' | 'page', refId: number): Promise<SlackCardRow[]> {
  const { slackCards } = tablesOf(db);
  return await db
    .select()
    .from(slackCards)
    .where(and(eq(slackCards.kind, kind), eq(slackCards.refId, refId), gt(slackCards.id, 0)));
}
