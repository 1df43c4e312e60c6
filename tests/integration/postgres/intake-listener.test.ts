/**
 * The shared intake's LISTEN connection when its server ends it, on a real PostgreSQL (round 11): the
 * backend is ended from another connection (`pg_terminate_backend`, as an operator or a failover would).
 * A connection `stop()` already gave back to the pool reports its end to the listener's error handler
 * too; releasing it a second time throws inside pg's event emitter, which no caller can catch — it
 * reached the process as an uncaught exception (it ended a test run, and would end the bot). A listener
 * whose connection is ended while it listens connects again and looks at the intake, so a batch stored
 * while it was away is still decided.
 */

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type SharedIntake, startSharedIntake } from '../../../src/channels/email/shared-intake.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { storeDbOfPostgres } from '../../../src/store/dialect.ts';
import { listenForIntake, storeIntake } from '../../../src/store/postgres/mail-intake.ts';
import { createPool, openPostgres, type PgDb, pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import { ingestSettings, rawMail } from '../support/mail-harness.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { waitFor } from '../support/wait-for.ts';

const LISTENER_APP = 'caseline-intake-listener-test';

let server: PostgresServer;
let url: string;
let admin: PgDb;
let dir: string;

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase();
  admin = await openPostgres(url, { max: 2 });
  dir = mkdtempSync(join(tmpdir(), 'caseline-intake-listener-'));
}, 60_000);

afterAll(async () => {
  await admin?.$client.end();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// What reaches the process uncaught while a test runs: each test asserts there is none.
const uncaught: unknown[] = [];
const record = (error: unknown) => uncaught.push(error);
beforeEach(async () => {
  uncaught.length = 0;
  process.on('uncaughtException', record);
  process.on('unhandledRejection', record);
  await admin.$client.query('TRUNCATE mail_intake');
});
afterEach(() => {
  process.off('uncaughtException', record);
  process.off('unhandledRejection', record);
});

/** Ends every backend of the listener's pool from the admin connection; returns how many were ended. */
async function terminateListenerBackends(): Promise<number> {
  const { rows } = await admin.$client.query<{ ended: boolean }>(
    'SELECT pg_terminate_backend(pid) AS ended FROM pg_stat_activity WHERE application_name = $1',
    [LISTENER_APP],
  );
  return rows.filter((r) => r.ended).length;
}

async function listenerBackends(): Promise<number> {
  const { rows } = await admin.$client.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1',
    [LISTENER_APP],
  );
  return rows[0]!.n;
}

const intakeMail = (uid: number) => ({
  uid,
  messageId: `<listener-${uid}@example.com>`,
  sender: `c${uid}@x.example`,
  source: Buffer.from(`From: c${uid}@x.example\r\nMessage-ID: <listener-${uid}@example.com>\r\n\r\nbody ${uid}`),
});

/** Lets the pool's sockets report the end (the error arrives a few ticks after the terminate). */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

describe('the intake LISTEN connection ended by the server (round 11)', () => {
  it('round 11: a connection ended after stop() gave it back to the pool is not released twice (no uncaught error), and a listener started afterwards is woken', async () => {
    const pool: pg.Pool = createPool(url, { max: 1, applicationName: LISTENER_APP });
    try {
      let woken = 0;
      const listening = listenForIntake(pool, () => woken++);
      await waitFor(() => woken >= 1, 'the first look after LISTEN');
      await listening.stop();
      // The stopped listener's connection now waits idle in the pool (max 1): the same backend.
      expect(pool.idleCount).toBe(1);
      expect(await terminateListenerBackends()).toBe(1);
      await waitFor(() => pool.totalCount === 0, 'the pool dropping the ended connection');
      await settle();
      expect(uncaught).toEqual([]);

      // The pool serves a new connection, and a new listener on it hears the next stored batch.
      let again = 0;
      const restarted = listenForIntake(pool, () => again++);
      try {
        await waitFor(() => again >= 1, 'the restarted listener listening');
        const before = again;
        await storeIntake(admin.$client, 'INBOX', 7, [intakeMail(1)], new Date());
        await waitFor(() => again > before, 'the NOTIFY reaching the restarted listener');
      } finally {
        await restarted.stop();
      }
      expect(uncaught).toEqual([]);
    } finally {
      await pool.end();
    }
  });

  it('round 11: a listener whose connection is ended while it listens connects again, and a batch stored meanwhile wakes it', async () => {
    const pool: pg.Pool = createPool(url, { max: 2, applicationName: LISTENER_APP });
    let woken = 0;
    const listening = listenForIntake(pool, () => woken++);
    try {
      await waitFor(() => woken >= 1, 'the first look after LISTEN');
      expect(await terminateListenerBackends()).toBe(1);
      await waitFor(async () => (await listenerBackends()) === 0, 'the listening backend gone');
      const before = woken;
      // Stored while nobody listens: its NOTIFY is heard by no one; the look after listening again finds it.
      await storeIntake(admin.$client, 'INBOX', 7, [intakeMail(2)], new Date());
      await waitFor(async () => (await listenerBackends()) === 1, 'the listener connected again', 15_000);
      await waitFor(() => woken > before, 'the look after listening again');
      const reconnected = woken;
      await storeIntake(admin.$client, 'INBOX', 7, [intakeMail(3)], new Date());
      await waitFor(() => woken > reconnected, 'the NOTIFY heard on the new connection');
      expect(uncaught).toEqual([]);
    } finally {
      await listening.stop();
      await pool.end();
    }
  });

  it('round 11: mails stored while the intake was not listening are still decided, each once, after its connection is ended', async () => {
    const url2 = await server.createDatabase();
    const pool = await openPostgres(url2, { max: 3, applicationName: LISTENER_APP });
    let intake: SharedIntake | null = null;
    try {
      const ctx = createEngineContext({ db: storeDbOfPostgres(pool, pgSchema), policy: DEFAULT_POLICY });
      intake = startSharedIntake({
        pool: pool.$client,
        ctx,
        settings: ingestSettings(dir),
        logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
        mailbox: 'INBOX',
        quarantineFolder: 'Quarantine',
        claimMs: 60_000,
        repliesQueued: () => undefined,
        quarantined: () => undefined,
      });
      const adminOf2 = createPool(url2, { max: 1 });
      try {
        await waitFor(
          async () =>
            (
              await adminOf2.query(
                "SELECT 1 FROM pg_stat_activity WHERE application_name = $1 AND query ILIKE 'LISTEN%'",
                [LISTENER_APP],
              )
            ).rows.length === 1,
          'the intake listening',
        );
        await adminOf2.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND query ILIKE 'LISTEN%'",
          [LISTENER_APP],
        );
        // Another process's holder stores mails (its NOTIFY may find nobody listening here).
        const mails = [1, 2, 3].map((n) =>
          rawMail({
            from: `Customer ${n} <customer${n}@elsewhere.example>`,
            subject: `Question ${n}`,
            messageId: `<listener-lost-${n}@elsewhere.example>`,
            body: 'Our SIP Server drops calls. Can you help?',
          }),
        );
        await storeIntake(
          adminOf2,
          'INBOX',
          9,
          mails.map((source, i) => ({ uid: i + 1, messageId: null, sender: null, source })),
          new Date(),
        );
        await waitFor(
          async () => (await adminOf2.query("SELECT 1 FROM mail_intake WHERE state = 'stored'")).rows.length === 0,
          'every stored mail decided',
          30_000,
        );
        const inbound = await adminOf2.query<{ n: number }>('SELECT count(*)::int AS n FROM inbound_messages');
        expect(inbound.rows[0]!.n).toBe(3);
        expect(intake.decided()).toBe(3);
      } finally {
        await adminOf2.end();
      }
      expect(uncaught).toEqual([]);
    } finally {
      await intake?.stop();
      await pool.$client.end();
    }
  });
});
