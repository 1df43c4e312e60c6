/**
 * The staff side's living Slack messages (issue 20; table `slack_cards`): which are behind what they
 * show, where each was posted (the `chat.update` target), and how far each is synced.
 */
import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { type Db, schema } from './database.ts';
import { preparedOnce } from './prepared.ts';

export type SlackCardRow = typeof schema.slackCards.$inferSelect;

const { slackCards } = schema;

/**
 * Cards behind their revision and due to be tried, the longest waiting first. The condition is written as the
 * partial index `slack_cards_dirty` states it (literally, no bound value), so SQLite reads only the
 * dirty cards, not one row per case ever opened, on every run of the sender.
 */
export function dueSlackCards(db: Db, nowIso: string, limit: number): SlackCardRow[] {
  return preparedOnce(db, 'slack-cards-due', () =>
    db
      .select()
      .from(slackCards)
      .where(
        sql`revision > synced_revision and state = 'live' and ${slackCards.nextAttemptAt} <= ${sql.placeholder('nowIso')}`,
      )
      .orderBy(asc(slackCards.nextAttemptAt), asc(slackCards.id))
      .limit(sql.placeholder('limit'))
      .prepare(),
  ).all({ nowIso, limit });
}

export function findSlackCard(db: Db, key: string): SlackCardRow | undefined {
  return preparedOnce(db, 'slack-card-by-key', () =>
    db
      .select()
      .from(slackCards)
      .where(eq(slackCards.key, sql.placeholder('key')))
      .prepare(),
  ).get({ key });
}

/** The card a message is: a button pressed on it, or a reply in its thread. */
export function slackCardAt(db: Db, channel: string, ts: string): SlackCardRow | undefined {
  // Asked for every threaded Slack message the bot receives: prepared once (prepared.ts).
  return preparedOnce(db, 'slack-card-at', () =>
    db
      .select()
      .from(slackCards)
      .where(and(eq(slackCards.channel, sql.placeholder('channel')), eq(slackCards.ts, sql.placeholder('ts'))))
      .prepare(),
  ).get({ channel, ts });
}

/** Written the moment Slack answers the first post: a retry after this updates, never posts again. */
export function recordCardPosted(db: Db, id: number, channel: string, ts: string): void {
  db.update(slackCards).set({ channel, ts }).where(eq(slackCards.id, id)).run();
}

export function markCardSynced(db: Db, id: number, revision: number): void {
  db.update(slackCards)
    .set({ syncedRevision: sql`max(${slackCards.syncedRevision}, ${revision})`, attempts: 0, lastError: null } as never)
    .where(eq(slackCards.id, id))
    .run();
}

/** Nothing to post (a card for a case closed before Slack was configured): left alone for good. */
export function skipCard(db: Db, id: number, why: string): void {
  db.update(slackCards).set({ state: 'skipped', lastError: why }).where(eq(slackCards.id, id)).run();
}

export function retryCardLater(db: Db, id: number, at: string, error: string): void {
  db.update(slackCards)
    .set({ nextAttemptAt: at, lastError: error, attempts: sql`${slackCards.attempts} + 1` } as never)
    .where(eq(slackCards.id, id))
    .run();
}

export function failCard(db: Db, id: number, error: string): void {
  db.update(slackCards).set({ state: 'failed', lastError: error }).where(eq(slackCards.id, id)).run();
}

/** Marks a card behind, so the sender brings it up to date (a stale button pressed, a refused reply). */
export function touchCard(db: Db, key: string): void {
  db.update(slackCards)
    .set({ revision: sql`${slackCards.revision} + 1`, nextAttemptAt: '', state: 'live' } as never)
    .where(eq(slackCards.key, key))
    .run();
}

/** A page DM (one per page and paged Slack user): created or, for a repeat, given the new text. */
export function upsertPageCard(
  db: Db,
  page: { id: number; user: string; body: string; nudge: string | null; at: string },
): void {
  db.insert(slackCards)
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
    })
    .run();
}

export function clearNudge(db: Db, id: number): void {
  db.update(slackCards).set({ pendingNudge: null }).where(eq(slackCards.id, id)).run();
}

export function cardsOfKind(db: Db, kind: 'case' | 'approval' | 'page', refId: number): SlackCardRow[] {
  return db
    .select()
    .from(slackCards)
    .where(and(eq(slackCards.kind, kind), eq(slackCards.refId, refId), gt(slackCards.id, 0)))
    .all();
}
