/**
 * Issue 24, Speed, round 8: a PostgreSQL unit's held writes are rendered from a column list cached per
 * table (src/store/held-writes.ts), and a case's UPDATE is a named statement per set of columns changed
 * (src/store/case-update.ts), no drizzle builder per call. These tests hold them to drizzle's own: the
 * same SQL text and parameters, the same rows stored (jsonb, booleans, nulls, defaults), a CTE chain with
 * every held table, held rows dropped by a rollback, and case rows equal to drizzle's UPDATE … RETURNING.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, type NewCase, updateCase } from '../../../src/store/case-store.ts';
import type { Db } from '../../../src/store/database.ts';
import { storeDbOfPostgres } from '../../../src/store/dialect.ts';
import { renderInsert, renderUpdate, type Table, updateByDrizzle } from '../../../src/store/held-writes.ts';
import { openPostgres, type PgDb, pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import { inTransaction } from '../../../src/store/transaction.ts';
import { batchOf } from '../../../src/store/unit-batch.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { createDemoDatabase } from './support/cluster-checks.ts';

let server: PostgresServer;
let pool: PgDb;
let db: Db;

beforeAll(async () => {
  server = await startPostgres();
  pool = await openPostgres(await createDemoDatabase(server), { max: 2 });
  db = storeDbOfPostgres(pool, pgSchema);
}, 120_000);
afterAll(async () => {
  await pool?.$client.end();
  await server?.stop();
});

const NOW = '2026-12-07T01:00:00.000Z';
const aCase: NewCase = {
  type: 'technical',
  state: 'open',
  severity: 'high',
  soldTo: 'ACME-1',
  endUser: 'ACME-1',
  pauses: [],
  createdAt: NOW,
  updatedAt: NOW,
};
const t = pgSchema;

/** Rows of every held table, with nulls, left-out columns (defaults), jsonb and text that looks like SQL. */
async function heldRows(caseId: number, inboundId: number) {
  return {
    caseEvents: [
      {
        caseId,
        at: NOW,
        kind: 'note',
        actor: 'test',
        text: `it's "quoted" $1 -- ; drop table cases`,
        details: { a: [1, { b: null }] },
      },
      { caseId, at: NOW, kind: 'opened', actor: 'test', text: null, details: {} },
      { caseId, at: NOW, kind: 'left-out', actor: 'test' },
    ],
    auditLog: [
      { at: NOW, actor: 'test', action: 'held', subject: 'ü "x"', details: { nested: { list: ['a', 2, true] } } },
    ],
    attachments: [
      { inboundId, caseId, filename: 'log.txt', contentType: 'text/plain', size: 12, storagePath: '/x', sha256: 'ab' },
      {
        inboundId,
        caseId: null,
        filename: 'b.zip',
        contentType: 'application/zip',
        size: 0,
        storagePath: '/y',
        sha256: 'cd',
      },
    ],
    outbox: [
      {
        channel: 'email',
        recipient: 'a@example.com',
        audience: 'customer',
        text: 'hello',
        references: ['<a@b>'],
        actions: [],
        inboundId,
        state: 'pending',
        nextAttemptAt: NOW,
        createdAt: NOW,
      },
    ],
  } as Record<string, Array<Record<string, unknown>>>;
}

async function anInbound(key: string): Promise<number> {
  const rows = await pool
    .insert(t.inboundMessages)
    .values({ channel: 'email', dedupeKey: key, sender: 's@example.com', receivedAt: NOW, decision: 'pending' })
    .returning({ id: t.inboundMessages.id });
  return rows[0]!.id;
}

/** Every row of `table` matching `where`, without its id (the two ways draw different ids). */
async function rowsOf(table: Table, column: string, value: unknown) {
  const columns = table as unknown as Record<string, never>;
  const rows = (await pool
    .select()
    .from(table)
    .where(eq(columns[column]!, value as never))) as Array<Record<string, unknown>>;
  return rows.map(({ id: _id, ...rest }) => rest);
}

describe('issue 24 Speed, round 8: held writes rendered without a drizzle builder (PostgreSQL)', () => {
  it('a held multi-row INSERT is drizzle’s own text and parameters, for each held table', async () => {
    const rows = await heldRows(1, 1);
    for (const [name, list] of Object.entries(rows)) {
      const table = (t as unknown as Record<string, Table>)[name]!;
      const values: unknown[] = [];
      const text = renderInsert(pool, table, list, values);
      const drizzle = pool
        .insert(table)
        .values(list as never)
        .toSQL();
      expect({ name, text, values }).toEqual({ name, text: drizzle.sql, values: drizzle.params });
    }
  });

  it('a held UPDATE is drizzle’s own text and parameters (one condition, several, IS NULL, jsonb, nulls)', async () => {
    const updates: Array<[Table, { set: Record<string, unknown>; where: Record<string, unknown> }]> = [
      [t.inboundMessages, { set: { decision: 'answered', reason: null, caseId: 7 }, where: { id: 3 } }],
      [t.outbox, { set: { caseId: 9 }, where: { inboundId: 3, caseId: null, audience: 'customer' } }],
      [t.outbox, { set: { state: 'failed', lastError: `it's $2` }, where: { id: 4 } }],
      [
        t.conversations,
        { set: { dialogue: { step: 'pin', list: [1] }, caseId: null, contactId: 2, updatedAt: NOW }, where: { id: 5 } },
      ],
    ];
    for (const [table, update] of updates) {
      const values: unknown[] = [];
      const text = renderUpdate(pool, table, update, values);
      const drizzle = updateByDrizzle(pool, table, update).toSQL();
      expect({ text, values }).toEqual({ text: drizzle.sql, values: drizzle.params });
    }
  });

  it('rows written by the held path equal drizzle’s, inserts and updates, every held table', async () => {
    const caseRow = await createCase(db, aCase);
    const heldInbound = await anInbound('held-rows');
    const drizzleInbound = await anInbound('drizzle-rows');
    const conversations = await pool
      .insert(t.conversations)
      .values([
        { channel: 'email', threadKey: 'held', senderKey: 's', updatedAt: NOW },
        { channel: 'email', threadKey: 'drizzle', senderKey: 's', updatedAt: NOW },
      ])
      .returning({ id: t.conversations.id });
    const held = await heldRows(caseRow.id, heldInbound);
    const byDrizzle = await heldRows(caseRow.id, drizzleInbound);
    const conversationUpdate = (id: number) => ({
      set: { dialogue: { step: 'pin', quoted: `'x'` }, caseId: caseRow.id, contactId: null, updatedAt: NOW },
      where: { id },
    });
    const outboxUpdate = (inboundId: number) => ({
      set: { caseId: caseRow.id },
      where: { inboundId, caseId: null, audience: 'customer' },
    });
    const inboundUpdate = (id: number) => ({
      set: { decision: 'answered', reason: null, caseId: caseRow.id },
      where: { id },
    });

    await inTransaction(db, async () => {
      const batch = batchOf(db)!;
      for (const [name, list] of Object.entries(held)) {
        const table = (t as unknown as Record<string, Table>)[name]!;
        for (const row of list) await batch.insert(table, name, row);
      }
      await batch.update(t.conversations, 'conversations', conversationUpdate(conversations[0]!.id));
      await batch.update(t.outbox, 'outbox', outboxUpdate(heldInbound));
      await batch.update(t.inboundMessages, 'inbound_messages', inboundUpdate(heldInbound));
      expect(batch.pending).toBeGreaterThan(0);
    });
    await pool.transaction(async (tx) => {
      for (const [name, list] of Object.entries(byDrizzle)) {
        await tx.insert((t as unknown as Record<string, Table>)[name]!).values(list as never);
      }
      await updateByDrizzle(tx as unknown as PgDb, t.conversations, conversationUpdate(conversations[1]!.id));
      await updateByDrizzle(tx as unknown as PgDb, t.outbox, outboxUpdate(drizzleInbound));
      await updateByDrizzle(tx as unknown as PgDb, t.inboundMessages, inboundUpdate(drizzleInbound));
    });

    const heldAttachments = await rowsOf(t.attachments, 'inboundId', heldInbound);
    expect(heldAttachments).toHaveLength(2);
    expect(heldAttachments.map(({ inboundId: _, ...r }) => r)).toEqual(
      (await rowsOf(t.attachments, 'inboundId', drizzleInbound)).map(({ inboundId: _, ...r }) => r),
    );
    const heldOutbox = await rowsOf(t.outbox, 'inboundId', heldInbound);
    expect(heldOutbox[0]!.caseId).toBe(caseRow.id);
    expect(heldOutbox.map(({ inboundId: _, ...r }) => r)).toEqual(
      (await rowsOf(t.outbox, 'inboundId', drizzleInbound)).map(({ inboundId: _, ...r }) => r),
    );
    const [heldInboundRow] = await rowsOf(t.inboundMessages, 'dedupeKey', 'held-rows');
    const [drizzleInboundRow] = await rowsOf(t.inboundMessages, 'dedupeKey', 'drizzle-rows');
    expect({ ...heldInboundRow, dedupeKey: '' }).toEqual({ ...drizzleInboundRow, dedupeKey: '' });
    const [heldConversation] = await rowsOf(t.conversations, 'threadKey', 'held');
    const [drizzleConversation] = await rowsOf(t.conversations, 'threadKey', 'drizzle');
    expect(heldConversation!.dialogue).toEqual({ step: 'pin', quoted: `'x'` });
    expect({ ...heldConversation, threadKey: '' }).toEqual({ ...drizzleConversation, threadKey: '' });
    // Both ways wrote the case's events and the audit entry: each appears twice, equal.
    const events = await rowsOf(t.caseEvents, 'caseId', caseRow.id);
    expect(events).toHaveLength(6);
    expect(events.slice(0, 3)).toEqual(events.slice(3));
    expect(events[0]!.text).toBe(`it's "quoted" $1 -- ; drop table cases`);
    expect(events[2]!.details).toEqual({});
    const audit = await rowsOf(t.auditLog, 'action', 'held');
    expect(audit).toHaveLength(2);
    expect(audit[0]).toEqual(audit[1]);
  });

  it('a CTE chain holding a write to each table runs as one statement and writes them all', async () => {
    const caseRow = await createCase(db, aCase);
    const inboundId = await anInbound('chain');
    const rows = await heldRows(caseRow.id, inboundId);
    const text = await inTransaction(db, async () => {
      const batch = batchOf(db)!;
      await batch.update(t.inboundMessages, 'inbound_messages', {
        set: { reason: 'chained' },
        where: { id: inboundId },
      });
      for (const [name, list] of Object.entries(rows)) {
        for (const row of list) await batch.insert((t as unknown as Record<string, Table>)[name]!, name, row);
      }
      const taken = batch.take()!;
      await batch.read(taken);
      return taken.text;
    });
    expect(text).toMatch(/^WITH "w0" AS \(update "inbound_messages" set .*\) SELECT 1$/);
    for (const name of ['case_events', 'audit_log', 'attachments', 'outbox'])
      expect(text).toContain(`AS (insert into "${name}"`);
    expect(await rowsOf(t.caseEvents, 'caseId', caseRow.id)).toHaveLength(3);
    expect(await rowsOf(t.attachments, 'inboundId', inboundId)).toHaveLength(2);
    expect(await rowsOf(t.outbox, 'inboundId', inboundId)).toHaveLength(1);
    expect((await rowsOf(t.inboundMessages, 'id', inboundId))[0]!.reason).toBe('chained');
  });

  it('a rollback drops the held rows of every table', async () => {
    const caseRow = await createCase(db, aCase);
    const inboundId = await anInbound('rolled-back');
    const rows = await heldRows(caseRow.id, inboundId);
    await expect(
      inTransaction(db, async () => {
        const batch = batchOf(db)!;
        for (const [name, list] of Object.entries(rows)) {
          for (const row of list) await batch.insert((t as unknown as Record<string, Table>)[name]!, name, row);
        }
        await batch.update(t.inboundMessages, 'inbound_messages', {
          set: { reason: 'never' },
          where: { id: inboundId },
        });
        throw new Error('roll the unit back');
      }),
    ).rejects.toThrow('roll the unit back');
    expect(await rowsOf(t.caseEvents, 'caseId', caseRow.id)).toEqual([]);
    expect(await rowsOf(t.attachments, 'inboundId', inboundId)).toEqual([]);
    expect(await rowsOf(t.outbox, 'inboundId', inboundId)).toEqual([]);
    expect((await rowsOf(t.inboundMessages, 'id', inboundId))[0]!.reason).toBeNull();
  });
});

describe('issue 24 Speed, round 8: a case’s UPDATE prepared per set of columns (PostgreSQL)', () => {
  it('returns and stores what drizzle’s UPDATE … RETURNING does (jsonb, boolean, nulls), as a named statement', async () => {
    const changes: Array<Partial<NewCase>> = [
      { state: 'waiting-on-customer', pausedAt: NOW, pauses: [{ from: NOW, to: NOW }], mustCallIn: true },
      { pausedAt: null, severity: null, mustCallIn: false, pauses: [] },
      // Two long shapes alike in their first 63 characters: two statements, not one name cut short.
      { businessImpact: 'x', circumstances: 'y', clockStartedAt: NOW, commitmentPercent: 90, description: 'a' },
      {
        businessImpact: 'x',
        circumstances: 'y',
        clockStartedAt: NOW,
        commitmentPercent: 90,
        description: 'a',
        endUser: 'E',
      },
    ];
    const mine = await createCase(db, aCase);
    const theirs = await createCase(db, aCase);
    for (const change of changes) {
      const returned = await inTransaction(db, () => updateCase(db, mine.id, change));
      const expected = (await pool.update(t.cases).set(change).where(eq(t.cases.id, theirs.id)).returning())[0]!;
      const strip = (row: Record<string, unknown>) => ({ ...row, id: 0, number: '' });
      expect(strip(returned)).toEqual(strip(expected));
      expect(strip((await rowsOf(t.cases, 'id', mine.id))[0]!)).toEqual(strip({ ...expected, id: 0 }));
    }
    // The pool's two connections, both held at once: the statements named on either.
    const clients = [await pool.$client.connect(), await pool.$client.connect()];
    const names = new Set<string>();
    for (const client of clients) {
      const rows = await client.query("SELECT name FROM pg_prepared_statements WHERE name LIKE 'update-case:%'");
      for (const row of rows.rows) names.add(row.name);
      client.release();
    }
    expect(names.size).toBe(changes.length);
  });
});
