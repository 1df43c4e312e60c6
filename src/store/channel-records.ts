/**
 * The reads and writes the mail and Slack channels make besides the outbox (issue 24: queries built in
 * src/channels moved into the store, written once for both databases): stored files, a bounce against
 * the mail it bounced, the staff and approvals a Slack card or form shows.
 */
import { and, desc, eq, gt, like } from 'drizzle-orm';
import { redactPins } from '../domain/pin-text.ts';
import type { Db, schema } from './database.ts';
import { tablesOf } from './dialect.ts';
import { batchOf, insertLater, updateLater } from './unit-batch.ts';

export type NewAttachment = typeof schema.attachments.$inferInsert;
export type ApprovalRow = typeof schema.approvals.$inferSelect;
type StaffRow = typeof schema.staff.$inferSelect;
type OutboxRow = typeof schema.outbox.$inferSelect;

/**
 * Files taken in with a message, one statement for all of them; on PostgreSQL held for the unit's next
 * statement (unit-batch.ts: nothing in the unit reads them back).
 */
export async function recordAttachments(db: Db, given: NewAttachment[]): Promise<void> {
  if (given.length === 0) return;
  // The last line of defence for every channel's files (issue 18 §3): no PIN in a stored file name.
  const rows = given.map((row) => ({ ...row, filename: redactPins(row.filename) }));
  const { attachments } = tablesOf(db);
  if (!batchOf(db)) {
    await db.insert(attachments).values(rows);
    return;
  }
  for (const row of rows) await insertLater(db, attachments, row, async () => undefined);
}

/** Why a message was handled as it was (the quarantine or no-reply reason); held like recordAttachments. */
export async function setInboundReason(db: Db, inboundId: number, reason: string): Promise<void> {
  const { inboundMessages } = tablesOf(db);
  await updateLater(db, inboundMessages, { set: { reason }, where: { id: inboundId } }, async () => {
    await db.update(inboundMessages).set({ reason }).where(eq(inboundMessages.id, inboundId));
  });
}

export async function setInboundCase(db: Db, inboundId: number, caseId: number): Promise<void> {
  const { inboundMessages } = tablesOf(db);
  await db.update(inboundMessages).set({ caseId }).where(eq(inboundMessages.id, inboundId));
}

export async function findOutboxById(db: Db, id: number): Promise<OutboxRow | undefined> {
  const { outbox } = tablesOf(db);
  return (await db.select().from(outbox).where(eq(outbox.id, id)))[0];
}

export async function recordBounces(db: Db, rows: Array<typeof schema.bounces.$inferInsert>): Promise<void> {
  if (rows.length === 0) return;
  await db.insert(tablesOf(db).bounces).values(rows);
}

export async function findStaffMember(db: Db, id: number | null): Promise<StaffRow | undefined> {
  if (id === null) return undefined;
  const { staff } = tablesOf(db);
  return (await db.select().from(staff).where(eq(staff.id, id)))[0];
}

export async function findApprovalById(db: Db, id: number): Promise<ApprovalRow | undefined> {
  const { approvals } = tablesOf(db);
  return (await db.select().from(approvals).where(eq(approvals.id, id)))[0];
}

export async function findApprovalByReference(db: Db, reference: string): Promise<ApprovalRow | undefined> {
  const { approvals } = tablesOf(db);
  return (await db.select().from(approvals).where(eq(approvals.reference, reference)))[0];
}

/** The files staff posted in approval threads (their summaries), newest first. */
export async function approvalFileSummaries(db: Db): Promise<Array<Record<string, unknown>>> {
  const { slackEvents } = tablesOf(db);
  const rows = await db
    .select({ summary: slackEvents.summary })
    .from(slackEvents)
    .where(eq(slackEvents.kind, 'approval-file'))
    .orderBy(desc(slackEvents.id));
  return rows.map((r) => r.summary);
}

/** The sender keys (`<team>:<user>`) a Slack user is verified under now. */
export async function slackSenderKeysOf(db: Db, userId: string, nowIso: string): Promise<string[]> {
  const { verifications } = tablesOf(db);
  const rows = await db
    .select({ key: verifications.senderKey })
    .from(verifications)
    .where(
      and(
        eq(verifications.channel, 'slack'),
        gt(verifications.expiresAt, nowIso),
        like(verifications.senderKey, `%:${userId}`),
      ),
    );
  return rows.map((r) => r.key);
}
