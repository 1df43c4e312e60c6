/**
 * Issue 24 §2: outbox claims only one sender can win, on both databases, through the stores the mail and
 * Slack senders use (mail-outbox-store.ts, slack-outbox-store.ts). Two senders (on PostgreSQL two pools,
 * as two processes have) claiming the same due rows at the same moment split them, none twice; a row a
 * stopped sender held is claimed again once its claim runs out, without a restart; the sender whose
 * claim ran out can no longer mark it sent or failed over the new holder's claim.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { storeDbOfPostgres } from '../../../src/store/dialect.ts';
import { createMailOutboxStore } from '../../../src/store/mail-outbox-store.ts';
import { CLAIM_MS } from '../../../src/store/outbox-claims.ts';
import { allOutbox, enqueue } from '../../../src/store/outbox-store.ts';
import { openPostgres, pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import {
  claimSlackRows,
  dueSlackRows,
  INTERRUPTED,
  markSlackSent,
  recoverSlackInFlight,
} from '../../../src/store/slack-outbox-store.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';

let server: PostgresServer;
const closers: Array<() => Promise<void> | void> = [];

beforeAll(async () => {
  server = await startPostgres();
}, 60_000);

afterAll(async () => {
  for (const close of closers) await close();
  await server?.stop();
});

/** Two handles on one fresh database: two pools on PostgreSQL; on SQLite the one a process has. */
const databases: Record<string, () => Promise<[Db, Db]>> = {
  sqlite: async () => {
    const db = openDatabase(join(mkdtempSync(join(tmpdir(), 'caseline-claims-')), 'caseline.db'));
    closers.push(() => {
      db.$client.close();
    });
    return [db, db];
  },
  postgres: async () => {
    const url = await server.createDatabase();
    const open = async () => {
      const pgDb = await openPostgres(url, { max: 4 });
      closers.push(() => pgDb.$client.end());
      return storeDbOfPostgres(pgDb, pgSchema);
    };
    return [await open(), await open()];
  },
};

const T0 = new Date('2026-11-23T14:00:00.000Z');
const options = { from: 'support@caseline.test', messageIdSecret: 'claims-secret' };

async function fill(db: Db, channel: 'email' | 'slack', count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const recipient = channel === 'email' ? `customer${i}@acme.example` : `U${String(i).padStart(6, '0')}`;
    await enqueue(db, { channel, recipient, audience: 'customer', text: `reply ${i}` }, T0.toISOString());
  }
}

for (const [dialect, open] of Object.entries(databases)) {
  describe(`outbox claims on ${dialect} (issue 24 §2)`, { timeout: 60_000 }, () => {
    it('issue 24 §2: two mail senders claiming the same backlog at once split it — every row claimed once, with one Message-ID', async () => {
      const [a, b] = await open();
      await fill(a, 'email', 40);
      const [first, second] = [createMailOutboxStore(a, options), createMailOutboxStore(b, options)];
      const claimed = (
        await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 === 0 ? first : second).claimDue(T0, 7)))
      ).flat();
      const ids = claimed.map((m) => m.id);
      expect(new Set(ids).size).toBe(ids.length);
      expect(ids.length).toBe(40);
      const rows = await allOutbox(a);
      expect(rows.every((r) => r.state === 'sending' && r.claimedBy)).toBe(true);
      expect(new Set(rows.map((r) => r.messageId)).size).toBe(40);
      expect(Object.fromEntries(claimed.map((m) => [m.id, m.messageId]))).toEqual(
        Object.fromEntries(rows.map((r) => [String(r.id), r.messageId])),
      );
    });

    it('issue 24 §2: a mail a stopped sender held is claimed again when its claim runs out, and the stopped sender cannot mark it sent over the new claim', async () => {
      const [a, b] = await open();
      await fill(a, 'email', 1);
      const [stopped, survivor] = [createMailOutboxStore(a, options), createMailOutboxStore(b, options)];
      const [held] = await stopped.claimDue(T0, 10);
      expect(held).toBeDefined();
      // A mail is started only while its claim is far from its end (a slow SMTP server took the time).
      expect(stopped.stillHeld?.(held!.id, T0)).toBe(true);
      expect(stopped.stillHeld?.(held!.id, new Date(T0.getTime() + CLAIM_MS - 10_000))).toBe(false);
      // Within the claim: nobody else takes it (and a restart of a peer does not either, on PostgreSQL).
      expect(await survivor.claimDue(new Date(T0.getTime() + CLAIM_MS - 1_000), 10)).toEqual([]);
      const [taken] = await survivor.claimDue(new Date(T0.getTime() + CLAIM_MS + 1_000), 10);
      expect(taken?.id).toBe(held!.id);
      expect(taken?.messageId).toBe(held!.messageId);
      // The first sender comes back late: its marks change nothing.
      await stopped.markSent(held!.id, { messageId: held!.messageId, response: '250', sentAt: T0 });
      await stopped.markFailed(held!.id, 'late failure', null);
      expect((await allOutbox(a))[0]).toMatchObject({ state: 'sending', sentAt: null, lastError: null });
      await survivor.markSent(taken!.id, { messageId: taken!.messageId, response: '250', sentAt: T0 });
      expect((await allOutbox(a))[0]).toMatchObject({ state: 'sent', attempts: 1, claimedBy: null });
    });

    it('issue 24 §2: Slack rows — of two claims on the same rows one wins each; a row taken over from a stopped sender is marked outcome unknown', async () => {
      const [a, b] = await open();
      await fill(a, 'slack', 12);
      const due = (await dueSlackRows(a, T0.toISOString(), 50)).map((r) => r.id);
      expect(due).toHaveLength(12);
      const [wonA, wonB] = await Promise.all([
        claimSlackRows(a, due, T0, 'claim-a'),
        claimSlackRows(b, due, T0, 'claim-b'),
      ]);
      expect(wonA.length + wonB.length).toBe(12);
      expect(new Set([...wonA, ...wonB].map((r) => r.id)).size).toBe(12);
      // B posts its rows; A's process stops, and after its claim ran out B takes A's rows, marked so that
      // a second unknown outcome makes them dead letters.
      for (const row of wonB) await markSlackSent(b, row.id, 'D2/1.0', T0.toISOString(), 'claim-b');
      const later = new Date(T0.getTime() + CLAIM_MS + 1_000);
      const stranded = (await dueSlackRows(b, later.toISOString(), 50)).map((r) => r.id);
      expect(stranded.sort()).toEqual(wonA.map((r) => r.id).sort());
      const retaken = await claimSlackRows(b, stranded, later, 'claim-b2');
      expect(retaken.map((r) => r.lastError)).toEqual(stranded.map(() => INTERRUPTED));
      for (const row of wonA) await markSlackSent(a, row.id, 'D1/1.0', T0.toISOString(), 'claim-a');
      expect((await allOutbox(a)).filter((r) => r.state === 'sent').map((r) => r.id)).toEqual(wonB.map((r) => r.id));
      // A restart does not take rows a live peer is sending (PostgreSQL); on SQLite one process holds the file.
      expect(await recoverSlackInFlight(a)).toBe(dialect === 'postgres' ? 0 : wonA.length);
    });

    it("issue 24 §2: a Slack row waits while an older row to the same recipient and thread is in another sender's claim (each channel's order)", async () => {
      const [a, b] = await open();
      for (const text of ['first', 'second']) {
        await enqueue(a, { channel: 'slack', recipient: 'U000001', audience: 'customer', text }, T0.toISOString());
      }
      const [older, newer] = (await dueSlackRows(a, T0.toISOString(), 10)).map((r) => r.id);
      expect((await claimSlackRows(a, [older!], T0, 'claim-a')).map((r) => r.id)).toEqual([older]);
      expect(await claimSlackRows(b, [newer!], T0, 'claim-b')).toEqual([]);
      await markSlackSent(a, older!, 'D1/1.0', T0.toISOString(), 'claim-a');
      expect((await claimSlackRows(b, [newer!], T0, 'claim-b')).map((r) => r.id)).toEqual([newer]);
    });
  });
}
