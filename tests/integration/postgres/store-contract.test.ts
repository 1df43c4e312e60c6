/**
 * The unit-of-work port's contract (issue 24 §1–§2), run against both adapters: SQLite (better-sqlite3)
 * and PostgreSQL (node-postgres, a real server). What a unit writes commits together or not at all;
 * a key taken once is taken once, even when the same message reaches two units at the same moment;
 * an outbox row is claimed by one sender only.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { openPostgres } from '../../../src/store/postgres/postgres-database.ts';
import { postgresStore } from '../../../src/store/postgres/postgres-unit.ts';
import { sqliteStore } from '../../../src/store/sqlite-unit.ts';
import type { NewOutboxMessage, StorePort } from '../../../src/store/unit-of-work.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';

let server: PostgresServer;
const opened: StorePort[] = [];

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(async () => {
  for (const store of opened) await store.close();
  await server?.stop();
});

/**
 * Two handles on one fresh database. PostgreSQL: two pools, as two processes have. SQLite: the one store
 * a process has on its file (better-sqlite3 waits for the file lock synchronously, so a second connection
 * in the same process would stall the first's unit; separate processes take turns on the lock).
 */
const adapters: Record<string, () => Promise<[StorePort, StorePort]>> = {
  sqlite: async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'caseline-contract-')), 'caseline.db');
    const store = sqliteStore(openDatabase(path));
    opened.push(store);
    return [store, store];
  },
  postgres: async () => {
    const url = await server.createDatabase();
    const pair: [StorePort, StorePort] = [
      postgresStore(await openPostgres(url)),
      postgresStore(await openPostgres(url)),
    ];
    opened.push(...pair);
    return pair;
  },
};

const NOW = '2026-11-23T14:00:00.000Z';
const mail = (i: number): NewOutboxMessage => ({
  channel: 'email',
  recipient: `customer${i}@acme.example`,
  audience: 'customer',
  subject: `Reply ${i}`,
  text: `Reply number ${i}`,
});
const inbound = (key: string) => ({
  channel: 'email',
  dedupeKey: key,
  sender: 'ana@acme.example',
  receivedAt: NOW,
  decision: 'processed',
});

describe.each(Object.keys(adapters))('the unit-of-work port on %s (issue 24 §1)', (name) => {
  const open = adapters[name]!;

  it('issue 24 §1: a unit commits all its writes, and its after-commit callbacks run once it has', async () => {
    const [store] = await open();
    const events: string[] = [];
    const id = await store.runUnit(async (unit) => {
      const taken = await unit.takeInbound(inbound('<one@acme.example>'));
      await unit.enqueue({ ...mail(1), inboundId: taken }, NOW);
      await unit.appendAudit({ at: NOW, actor: 'test', action: 'case.open', subject: '00000001' });
      unit.afterCommit(() => events.push('committed'));
      events.push('work done');
      return taken;
    });
    expect(id).toEqual(expect.any(Number));
    expect(events).toEqual(['work done', 'committed']);
    const claimed = await store.claimOutbox('email', NOW, 10);
    expect(claimed.map((r) => [r.recipient, r.inboundId, r.state])).toEqual([
      ['customer1@acme.example', id, 'sending'],
    ]);
  });

  it('issue 24 §1: a unit that fails leaves nothing behind, and its after-commit callbacks never run', async () => {
    const [store] = await open();
    const events: string[] = [];
    await expect(
      store.runUnit(async (unit) => {
        await unit.takeInbound(inbound('<rolled-back@acme.example>'));
        await unit.enqueue(mail(2), NOW);
        unit.afterCommit(() => events.push('committed'));
        throw new Error('the handler failed');
      }),
    ).rejects.toThrow('the handler failed');
    expect(events).toEqual([]);
    expect(await store.claimOutbox('email', NOW, 10)).toEqual([]);
    // The key was not taken: the message is processed when it comes again.
    expect(await store.runUnit((unit) => unit.takeInbound(inbound('<rolled-back@acme.example>')))).toEqual(
      expect.any(Number),
    );
  });

  it('issue 24 §2: the same Message-ID reaching two processes at once is taken by exactly one', async () => {
    const [a, b] = await open();
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        (i % 2 === 0 ? a : b).runUnit(async (unit) => {
          const id = await unit.takeInbound(inbound('<same@acme.example>'));
          if (id !== null) await unit.enqueue(mail(3), NOW);
          return id;
        }),
      ),
    );
    expect(outcomes.filter((id) => id !== null)).toHaveLength(1);
    expect(await a.claimOutbox('email', NOW, 10)).toHaveLength(1); // one outcome, one reply
  });

  it('issue 24 §2: a Slack event is taken once by event_id, and once by its message (channel, ts)', async () => {
    const [a, b] = await open();
    const event = (eventId: string, kind: string) => ({
      eventId,
      kind,
      channel: 'C0SUPPORT',
      messageTs: '1700000000.000100',
      state: 'received' as const,
      reason: null,
      summary: { text: 'hello' },
      receivedAt: NOW,
      retryNum: null,
    });
    const taken = await Promise.all([
      a.runUnit((unit) => unit.takeSlackEvent(event('Ev1', 'message'))),
      b.runUnit((unit) => unit.takeSlackEvent(event('Ev1', 'message'))), // Slack's retry
      b.runUnit((unit) => unit.takeSlackEvent(event('Ev2', 'app_mention'))), // the same message as a mention
    ]);
    expect(taken.filter((id) => id !== null)).toHaveLength(1);
  });

  it('issue 24 §2: two senders claiming the outbox at once get every due row exactly once, oldest first', async () => {
    const [a, b] = await open();
    await a.runUnit(async (unit) => {
      for (let i = 0; i < 40; i++) await unit.enqueue(mail(i), NOW);
      await unit.enqueue({ ...mail(99), channel: 'slack', recipient: 'C0SUPPORT' }, NOW);
    });
    await a.runUnit((unit) => unit.enqueue(mail(100), '2026-11-23T15:00:00.000Z')); // not due yet
    const seen: number[] = [];
    const drain = async (store: StorePort) => {
      for (;;) {
        const rows = await store.claimOutbox('email', NOW, 3);
        if (rows.length === 0) return;
        expect(rows.map((r) => r.id)).toEqual([...rows.map((r) => r.id)].sort((x, y) => x - y));
        for (const row of rows) {
          seen.push(row.id);
          await store.markOutboxSent(row.id, NOW);
        }
      }
    };
    await Promise.all([drain(a), drain(b), drain(a), drain(b)]);
    expect(seen).toHaveLength(40);
    expect(new Set(seen).size).toBe(40);
    expect(await b.claimOutbox('email', '2026-11-23T15:00:00.000Z', 10)).toHaveLength(1);
    expect((await b.claimOutbox('slack', NOW, 10)).map((r) => r.recipient)).toEqual(['C0SUPPORT']);
  });

  it('issue 24 §2: a claim whose sender died runs out, and the row is claimed again then — not before', async () => {
    const [a, b] = await open();
    await a.runUnit((unit) => unit.enqueue(mail(7), NOW));
    const [claimed] = await a.claimOutbox('email', NOW, 10, 60_000); // then A dies before marking it sent
    expect(claimed!.state).toBe('sending');
    expect(await b.claimOutbox('email', '2026-11-23T14:00:59.000Z', 10)).toEqual([]);
    const again = await b.claimOutbox('email', '2026-11-23T14:01:00.000Z', 10);
    expect(again.map((r) => r.id)).toEqual([claimed!.id]);
    await b.markOutboxSent(claimed!.id, NOW);
    expect(await b.claimOutbox('email', '2026-11-24T00:00:00.000Z', 10)).toEqual([]);
  });

  it('issue 18 §3 through the port: no PIN is stored in an outbox text or an audit subject', async () => {
    const [store] = await open();
    await store.runUnit(async (unit) => {
      await unit.enqueue({ ...mail(5), text: 'Your PIN: 482913 is wrong' }, NOW);
    });
    const [row] = await store.claimOutbox('email', NOW, 1);
    expect(row!.text).not.toContain('482913');
  });
});

describe('outbox claims on PostgreSQL skip rows another sender holds (issue 24 §2)', () => {
  it('issue 24 §2: FOR UPDATE SKIP LOCKED — a claim takes the rows no open transaction holds, without waiting', async () => {
    const url = await server.createDatabase();
    const store = postgresStore(await openPostgres(url));
    opened.push(store);
    await store.runUnit(async (unit) => {
      for (let i = 0; i < 4; i++) await unit.enqueue(mail(i), NOW);
    });
    // Another process is in the middle of claiming the two oldest rows: its transaction holds them.
    const other = new pg.Client({ connectionString: url });
    await other.connect();
    try {
      await other.query('BEGIN');
      const locked = await other.query<{ id: number }>('SELECT id FROM outbox ORDER BY id LIMIT 2 FOR UPDATE');
      const started = Date.now();
      const claimed = await store.claimOutbox('email', NOW, 10);
      expect(Date.now() - started).toBeLessThan(2_000);
      const lockedIds = locked.rows.map((r) => Number(r.id));
      expect(claimed.map((r) => r.id).some((id) => lockedIds.includes(id))).toBe(false);
      expect(claimed).toHaveLength(2);
      await other.query('ROLLBACK');
      expect((await store.claimOutbox('email', NOW, 10)).map((r) => r.id)).toEqual(lockedIds);
    } finally {
      await other.end();
    }
  });
});
