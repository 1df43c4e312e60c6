/**
 * Issue 24, two processes add mail throughput: the shared mail intake's store on a real PostgreSQL.
 * A stored batch is claimed by one process only (SKIP LOCKED), a claim that runs out is taken again,
 * one sender's mails are decided in arrival order, the decided mark commits (or rolls back) with its
 * unit of work, a batch stored twice (fetched again after a crash) stays one row per UID, and a peer
 * LISTENing is woken by the store.
 */
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { headerFacts } from '../../../src/channels/email/shared-intake.ts';
import { storeDbOfPostgres } from '../../../src/store/dialect.ts';
import {
  claimIntake,
  intakeCounts,
  listenForIntake,
  markIntakeDecided,
  pruneIntake,
  quarantinedIntake,
  quarantineFiled,
  storeIntake,
} from '../../../src/store/postgres/mail-intake.ts';
import { createPool, openPostgres, type PgDb, pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import { inTransaction } from '../../../src/store/transaction.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { waitFor } from '../support/wait-for.ts';

let server: PostgresServer;
let pgDb: PgDb;
let peer: pg.Pool;

beforeAll(async () => {
  server = await startPostgres();
  const url = await server.createDatabase();
  pgDb = await openPostgres(url, { max: 4 });
  peer = createPool(url, { max: 2 });
}, 60_000);

afterAll(async () => {
  await peer?.end();
  await pgDb?.$client.end();
  await server?.stop();
});

beforeEach(async () => {
  await pgDb.$client.query('TRUNCATE mail_intake');
});

const mail = (uid: number, from: string) => ({
  uid,
  messageId: `<m${uid}@example.com>`,
  sender: from,
  source: Buffer.from(`From: ${from}\r\nMessage-ID: <m${uid}@example.com>\r\n\r\nbody ${uid} \u00e9`, 'latin1'),
});
const T0 = new Date('2026-12-07T10:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const claim = (pool: pg.Pool, token: string, now: Date, limit = 50) =>
  claimIntake(pool, { mailbox: 'INBOX', token, now, claimMs: 60_000, limit });

describe('the shared mail intake on PostgreSQL (issue 24)', () => {
  it('issue 24: a stored batch is claimed by one process only; the raw source comes back byte for byte', async () => {
    await storeIntake(
      pgDb.$client,
      'INBOX',
      7,
      [1, 2, 3, 4].map((uid) => mail(uid, `c${uid}@x.example`)),
      T0,
    );
    const [a, b] = await Promise.all([claim(pgDb.$client, 'a', T0, 3), claim(peer, 'b', T0, 3)]);
    const uids = [...a, ...b].map((m) => m.uid).sort();
    expect(uids).toEqual([1, 2, 3, 4]);
    expect(a.length + b.length).toBe(4);
    expect(a[0]?.source.equals(mail(a[0].uid, `c${a[0].uid}@x.example`).source) ?? true).toBe(true);
    expect([...a, ...b].every((m) => m.uidValidity === 7)).toBe(true);
    expect(await claim(peer, 'c', at(1_000))).toEqual([]);
  });

  it('issue 24: a claim that ran out (its decider died) is taken again; one still running is not', async () => {
    await storeIntake(pgDb.$client, 'INBOX', 7, [mail(1, 'a@x.example')], T0);
    expect(await claim(pgDb.$client, 'dead', T0)).toHaveLength(1);
    expect(await claim(peer, 'survivor', at(59_000))).toEqual([]);
    expect((await claim(peer, 'survivor', at(60_000))).map((m) => m.uid)).toEqual([1]);
  });

  it("issue 24: one sender's later mail waits while an earlier one is in another process's claim", async () => {
    await storeIntake(pgDb.$client, 'INBOX', 7, [mail(1, 'same@x.example'), mail(2, 'other@x.example')], T0);
    await storeIntake(pgDb.$client, 'INBOX', 7, [mail(3, 'same@x.example')], T0);
    expect((await claim(pgDb.$client, 'a', T0, 1)).map((m) => m.uid)).toEqual([1]);
    // uid 3 is from the sender whose uid 1 process a is deciding: b takes only uid 2.
    expect((await claim(peer, 'b', T0)).map((m) => m.uid)).toEqual([2]);
    const db = storeDbOfPostgres(pgDb, pgSchema);
    const [first] = (await pgDb.$client.query<{ id: string }>('SELECT id FROM mail_intake WHERE uid = 1')).rows;
    await inTransaction(db, () => markIntakeDecided(db, [{ id: Number(first!.id), outcome: 'processed' }], T0));
    expect((await claim(peer, 'b', T0)).map((m) => m.uid)).toEqual([3]);
  });

  it('issue 24: the decided mark commits with its unit and is gone with a rolled-back one; a processed source is dropped, a quarantined one kept until filed', async () => {
    await storeIntake(pgDb.$client, 'INBOX', 7, [mail(1, 'a@x.example'), mail(2, 'b@x.example')], T0);
    const claimed = await claim(pgDb.$client, 'a', T0);
    const db = storeDbOfPostgres(pgDb, pgSchema);
    const decisions = [
      { id: claimed[0]!.id, outcome: 'processed' as const },
      { id: claimed[1]!.id, outcome: 'quarantined' as const, reason: 'processing failed: broken' },
    ];
    await expect(
      inTransaction(db, async () => {
        await markIntakeDecided(db, decisions, T0);
        throw new Error('the decide failed');
      }),
    ).rejects.toThrow('the decide failed');
    expect(await intakeCounts(pgDb.$client)).toMatchObject({ stored: 2, quarantined: 0 });

    await inTransaction(db, () => markIntakeDecided(db, decisions, T0));
    const rows = await pgDb.execute(
      sql`SELECT uid::int AS uid, state, reason, source IS NULL AS dropped FROM mail_intake ORDER BY uid`,
    );
    expect(rows.rows).toEqual([
      { uid: 1, state: 'decided', reason: null, dropped: true },
      { uid: 2, state: 'quarantined', reason: 'processing failed: broken', dropped: false },
    ]);
    // A second mark (a decider whose claim ran out) changes nothing.
    await inTransaction(db, () => markIntakeDecided(db, [{ id: claimed[1]!.id, outcome: 'processed' }], T0));
    const waiting = await quarantinedIntake(pgDb.$client, 'INBOX', 50);
    expect(waiting.map((w) => [w.reason, w.source.equals(mail(2, 'b@x.example').source)])).toEqual([
      ['processing failed: broken', true],
    ]);
    await quarantineFiled(
      pgDb.$client,
      waiting.map((w) => w.id),
    );
    expect(await intakeCounts(pgDb.$client)).toEqual({ stored: 0, claimed: 0, quarantined: 0 });
  });

  it('issue 24: pruning deletes decided rows older than the retention, oldest first, and never a mail still to decide or to file', async () => {
    const db = storeDbOfPostgres(pgDb, pgSchema);
    await storeIntake(
      pgDb.$client,
      'INBOX',
      7,
      [1, 2, 3, 4, 5].map((uid) => mail(uid, `c${uid}@x.example`)),
      T0,
    );
    await storeIntake(pgDb.$client, 'Other', 7, [mail(1, 'o@x.example')], T0);
    const ids = new Map(
      (
        await pgDb.$client.query<{ id: string; uid: number }>(
          "SELECT id, uid::int AS uid FROM mail_intake WHERE mailbox = 'INBOX'",
        )
      ).rows.map((r) => [r.uid, Number(r.id)]),
    );
    const other = await claimIntake(peer, { mailbox: 'Other', token: 'o', now: T0, claimMs: 60_000, limit: 50 });
    await inTransaction(db, () => markIntakeDecided(db, [{ id: other[0]!.id, outcome: 'processed' }], T0));
    // uid 1 and 2 decided at T0, 3 quarantined at T0 and not filed, 4 decided a day later, 5 still stored.
    await inTransaction(db, () =>
      markIntakeDecided(
        db,
        [
          { id: ids.get(1)!, outcome: 'processed' },
          { id: ids.get(2)!, outcome: 'processed' },
          { id: ids.get(3)!, outcome: 'quarantined', reason: 'no From address' },
        ],
        T0,
      ),
    );
    await inTransaction(db, () => markIntakeDecided(db, [{ id: ids.get(4)!, outcome: 'processed' }], at(86_400_000)));
    const left = async () =>
      (
        await pgDb.$client.query<{ uid: number; mailbox: string }>(
          'SELECT mailbox, uid::int AS uid FROM mail_intake ORDER BY mailbox, uid',
        )
      ).rows.map((r) => `${r.mailbox}:${r.uid}`);
    // A limit of one: the oldest decided row of the mailbox goes first.
    expect(await pruneIntake(pgDb.$client, 'INBOX', at(3_600_000), 1)).toBe(1);
    expect(await left()).toEqual(['INBOX:2', 'INBOX:3', 'INBOX:4', 'INBOX:5', 'Other:1']);
    expect(await pruneIntake(pgDb.$client, 'INBOX', at(3_600_000), 50)).toBe(1);
    expect(await left()).toEqual(['INBOX:3', 'INBOX:4', 'INBOX:5', 'Other:1']);
    // Once filed, the quarantined mail is decided and goes at the next prune; a stored mail never does.
    await quarantineFiled(pgDb.$client, [ids.get(3)!]);
    expect(await pruneIntake(pgDb.$client, 'INBOX', at(2 * 86_400_000), 50)).toBe(2);
    expect(await left()).toEqual(['INBOX:5', 'Other:1']);
  });

  it('issue 24: a batch stored again (fetched again after a crash before its move) stays one row per UID', async () => {
    const batch = [mail(1, 'a@x.example'), mail(2, 'b@x.example')];
    await storeIntake(pgDb.$client, 'INBOX', 7, batch, T0);
    await storeIntake(pgDb.$client, 'INBOX', 7, batch, T0);
    await storeIntake(pgDb.$client, 'INBOX', 8, [mail(1, 'a@x.example')], T0); // UIDVALIDITY changed
    const { rows } = await pgDb.$client.query<{ n: number }>('SELECT count(*)::int AS n FROM mail_intake');
    expect(rows[0]!.n).toBe(3);
  });

  it('issue 24: a peer listening is woken when a batch is stored', async () => {
    let woken = 0;
    const listening = listenForIntake(peer, () => woken++);
    try {
      await waitFor(() => woken >= 1, 'the first look after LISTEN');
      const before = woken;
      await storeIntake(pgDb.$client, 'INBOX', 7, [mail(1, 'a@x.example')], T0);
      await waitFor(() => woken > before, 'the NOTIFY of the stored batch');
    } finally {
      await listening.stop();
    }
  });
});

describe('the intake row facts read from the header block (issue 24)', () => {
  it('issue 24: Message-ID and the From address, folded headers and display names included', () => {
    const raw = Buffer.from(
      'Received: by x\r\nFrom: "Doe, Jane"\r\n <Jane.Doe@Client.Example>\r\nMessage-ID:\r\n <abc@client.example>\r\n\r\nFrom: not@header.example\r\n',
    );
    expect(headerFacts(raw)).toEqual({ messageId: '<abc@client.example>', sender: 'jane.doe@client.example' });
    expect(headerFacts(Buffer.from('From: plain@x.example\n\nbody'))).toEqual({
      messageId: null,
      sender: 'plain@x.example',
    });
    expect(headerFacts(Buffer.from('Subject: none\r\n\r\n'))).toEqual({ messageId: null, sender: null });
  });
});
