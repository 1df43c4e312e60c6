/**
 * Slack events taken in (slack_events): exactly once by `event_id` and by a message's `(channel, ts)`,
 * with the state of their processing, so a restart finishes what was received but not processed.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';

export type SlackEventRow = typeof schema.slackEvents.$inferSelect;
export type SlackEventState = SlackEventRow['state'];

export interface NewSlackEvent {
  eventId: string;
  kind: string;
  channel: string | null;
  /** Only for a customer message: its `(channel, ts)` is then taken once, whichever event brings it. */
  messageTs: string | null;
  state: SlackEventState;
  reason: string | null;
  summary: Record<string, unknown>;
  receivedAt: string;
  retryNum: number | null;
}

/** The new row's id, or null when the event (or its message) was taken in before. */
export async function recordSlackEvent(db: Db, event: NewSlackEvent): Promise<number | null> {
  const result = await prepared(db, 'insert-slack-event', () =>
    db
      .insert(tablesOf(db).slackEvents)
      .values({
        eventId: sql.placeholder('eventId'),
        kind: sql.placeholder('kind'),
        channel: sql.placeholder('channel'),
        messageTs: sql.placeholder('messageTs'),
        state: sql.placeholder('state'),
        reason: sql.placeholder('reason'),
        summary: sql.placeholder('summary'),
        receivedAt: sql.placeholder('receivedAt'),
        retryNum: sql.placeholder('retryNum'),
      } as never)
      .onConflictDoNothing()
      .returning({ id: tablesOf(db).slackEvents.id }),
  ).get({ ...event });
  return result?.id ?? null;
}

export async function finishSlackEvent(
  db: Db,
  id: number,
  outcome: { state: SlackEventState; reason: string | null; inboundId?: number | null },
): Promise<void> {
  await prepared(db, 'finish-slack-event', () =>
    db
      .update(tablesOf(db).slackEvents)
      .set({
        state: sql.placeholder('state'),
        reason: sql.placeholder('reason'),
        inboundId: sql`coalesce(${sql.placeholder('inboundId')}, ${tablesOf(db).slackEvents.inboundId})`,
        // What was kept to process it after a restart is not needed once processed; a failed event
        // keeps it, so what could not be processed can be seen.
        summary: sql`case when ${sql.placeholder('state')} = 'failed' then ${tablesOf(db).slackEvents.summary} else '{}' end`,
      } as never)
      .where(eq(tablesOf(db).slackEvents.id, sql.placeholder('id'))),
  ).run({ id, state: outcome.state, reason: outcome.reason, inboundId: outcome.inboundId ?? null });
}

export async function findSlackEvent(db: Db, eventId: string): Promise<SlackEventRow | undefined> {
  return (
    await db
      .select()
      .from(tablesOf(db).slackEvents)
      .where(eq(tablesOf(db).slackEvents.eventId, eventId))
  )[0];
}

/** Events received but not yet processed (a crash or stop came between): oldest first. */
export async function unprocessedSlackEvents(db: Db): Promise<SlackEventRow[]> {
  return await db
    .select()
    .from(tablesOf(db).slackEvents)
    .where(and(eq(tablesOf(db).slackEvents.state, 'received')))
    .orderBy(asc(tablesOf(db).slackEvents.id));
}

export async function allSlackEvents(db: Db): Promise<SlackEventRow[]> {
  return await db
    .select()
    .from(tablesOf(db).slackEvents)
    .orderBy(asc(tablesOf(db).slackEvents.id));
}
