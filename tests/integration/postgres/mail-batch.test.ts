/**
 * Issue 24, Speed (round trips per mail): an IMAP batch is decided on PostgreSQL in one transaction with
 * no savepoint per mail nor for the engine's unit inside it, the batch's duplicate checks in one query
 * and each mail's replies read with their auto-reply cap counts in one (src/channels/email/ingest-batch.ts,
 * batch-lookups.ts, src/store/transaction.ts inOptimisticTransaction). When one mail of the batch fails,
 * all of it is rolled back and decided again one savepoint per mail: that mail is set aside alone, the
 * others are answered once — and a failure the code caught still never commits a half-done batch.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BatchMessage, ingestBatch } from '../../../src/channels/email/ingest-batch.ts';
import { startOutboxSender } from '../../../src/channels/email/outbox-sender.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import type { Db } from '../../../src/store/database.ts';
import { storeDbOfPostgres } from '../../../src/store/dialect.ts';
import { createMailOutboxStore } from '../../../src/store/mail-outbox-store.ts';
import { openPostgres, type PgDb, pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import { inOptimisticTransaction, inTransaction } from '../../../src/store/transaction.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings, MAIL_FROM, mailFromAna, rawMail } from '../support/mail-harness.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { copyIntoPostgres } from './support/cluster-checks.ts';
import { logStatements } from './support/statement-log.ts';

let server: PostgresServer;
let dir: string;
let image: string;
const pools: PgDb[] = [];

beforeAll(async () => {
  server = await startPostgres();
  dir = mkdtempSync(join(tmpdir(), 'caseline-mail-batch-'));
  image = join(dir, 'demo.db');
  writeFileSync(image, await demoImage());
  mkdirSync(join(dir, 'attachments'));
}, 120_000);
afterAll(async () => {
  for (const pool of pools) await pool.$client.end();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Setup {
  db: Db;
  url: string;
  /** Every statement the pool sent since the last call, whitespace folded. */
  statements(): string[];
  query<R extends pg.QueryResultRow>(text: string): Promise<R[]>;
}

async function demoOnPostgres(): Promise<Setup> {
  const url = await server.createDatabase();
  await copyIntoPostgres(image, url);
  const pool = await openPostgres(url, { max: 3 });
  pools.push(pool);
  const log = logStatements(pool.$client);
  return {
    db: storeDbOfPostgres(pool, pgSchema),
    url,
    statements: () => log.take().map((statement) => statement.toLowerCase()),
    query: async (text) => (await pool.$client.query(text)).rows,
  };
}

const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const NOW = new Date('2026-11-23T14:00:00Z');
const contextOn = (db: Db) =>
  createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => NOW });
const ping = (n: number) =>
  rawMail({
    from: `Customer ${n} <customer${n}@elsewhere.example>`,
    subject: `Question ${n}`,
    messageId: `<q-${n}@elsewhere.example>`,
    body: 'Our SIP Server drops calls. Can you help?',
  });
const batchOf = (...mails: Buffer[]): BatchMessage[] =>
  mails.map((source, i) => ({ source, meta: { uid: 100 + i, uidValidity: 7 } }));

/** A real failure inside PostgreSQL for one mail only, once the engine has recorded it: its reply's insert. */
async function failWhenReplyThreadsTo(setup: Setup, messageId: string): Promise<void> {
  await setup.query(`CREATE FUNCTION fail_one() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN IF NEW.in_reply_to = '${messageId}' THEN RAISE EXCEPTION 'disk on fire'; END IF; RETURN NEW; END $$`);
  await setup.query('CREATE TRIGGER fail_one BEFORE INSERT ON outbox FOR EACH ROW EXECUTE FUNCTION fail_one()');
}

const sqlInsert = (n: number) => sql`INSERT INTO probe VALUES (${n})`;

/** Sends every due reply through the real sender to a stand-in SMTP server; each one's recipient and Message-ID. */
async function sendAll(db: Db): Promise<Array<{ to: string; id: string }>> {
  const given: Array<{ to: string; id: string }> = [];
  const sender = startOutboxSender({
    store: createMailOutboxStore(db, { from: MAIL_FROM, messageIdSecret: ingestSettings(dir).messageIdSecret }),
    transport: {
      send: async (envelope, message) => {
        const id = /^Message-ID: (.+)$/im.exec(message.toString())?.[1]?.trim() ?? '';
        given.push({ to: String(envelope.to), id });
        return '250 accepted';
      },
      close: () => undefined,
    },
    logger,
    maxAttempts: 3,
    backoff: { initialMs: 1_000, maxMs: 1_000 },
    intervalMs: 3_600_000,
  });
  while ((await sender.runOnce()) > 0);
  await sender.stop();
  return given;
}

describe('issue 24 Speed: a mail batch on PostgreSQL decided all at once', () => {
  it('issue 24 Speed: a clean batch sends no savepoint, one duplicate check for the batch, and at most 6 statements per mail', async () => {
    const setup = await demoOnPostgres();
    const ctx = contextOn(setup.db);
    setup.statements();
    const mails = Array.from({ length: 10 }, (_, i) => ping(i + 1));
    const outcomes = await ingestBatch(ctx, ingestSettings(join(dir, 'attachments')), batchOf(...mails), logger);
    expect(outcomes.every((o) => o.outcome === 'processed' && o.replies === 1)).toBe(true);
    const sent = setup.statements();
    expect(sent.filter((s) => /^(savepoint|release|rollback)/.test(s))).toEqual([]);
    expect(sent.filter((s) => s.startsWith('select') && s.includes('from "inbound_messages"'))).toHaveLength(1);
    expect(sent.filter((s) => s.startsWith('select count(*) from "outbox"'))).toEqual([]);
    expect(sent.length / mails.length).toBeLessThanOrEqual(6);
    expect(await sendAll(setup.db)).toHaveLength(10);
  });

  it('round 10: a Message-ID reused by another sender in the same batch is a mail of its own; both delivered again are duplicates', async () => {
    const setup = await demoOnPostgres();
    const ctx = contextOn(setup.db);
    const reused = rawMail({
      from: 'Mallory <mallory@evil.example>',
      subject: 'Question 1',
      messageId: '<q-1@elsewhere.example>',
      body: 'What is the status of my case?',
    });
    const settings = ingestSettings(join(dir, 'attachments'));
    const first = await ingestBatch(ctx, settings, batchOf(ping(1), reused), logger);
    expect(first).toEqual([
      { outcome: 'processed', replies: 1 },
      { outcome: 'processed', replies: 1 },
    ]);
    await ingestBatch(ctx, settings, batchOf(ping(1), reused), logger);
    const inbound = await setup.query<{ dedupe_key: string; sender: string }>(
      'SELECT dedupe_key, sender FROM inbound_messages ORDER BY id',
    );
    expect(inbound).toEqual([
      { dedupe_key: '<q-1@elsewhere.example>', sender: 'customer1@elsewhere.example' },
      {
        dedupe_key: expect.stringMatching(/^<q-1@elsewhere\.example>#reused:[0-9a-f]{32}$/),
        sender: 'mallory@evil.example',
      },
    ]);
    expect(await sendAll(setup.db)).toHaveLength(2);
  });

  it('issue 24 Speed: one mail of the batch fails → the batch is decided again one mail at a time: that mail is set aside alone, the others answered once', async () => {
    const setup = await demoOnPostgres();
    const ctx = contextOn(setup.db);
    await failWhenReplyThreadsTo(setup, '<q-2@elsewhere.example>');
    const warned: string[] = [];
    const outcomes = await ingestBatch(
      ctx,
      ingestSettings(join(dir, 'attachments')),
      batchOf(ping(1), ping(2), ping(3)),
      {
        ...logger,
        warn: (_details, message) => warned.push(message),
      },
    );
    expect(outcomes).toEqual([
      { outcome: 'processed', replies: 1 },
      // drizzle's message names the failed query (the insert into outbox); PostgreSQL's is its cause.
      {
        outcome: 'quarantined',
        reason: expect.stringMatching(/^processing failed: .*insert into "outbox"/),
        replies: 0,
      },
      { outcome: 'processed', replies: 1 },
    ]);
    expect(warned).toContain('a message of the batch failed: deciding the batch again one message at a time');
    const inbound = await setup.query<{ dedupe_key: string; decision: string }>(
      'SELECT dedupe_key, decision FROM inbound_messages ORDER BY id',
    );
    expect(inbound.map((r) => [r.dedupe_key, r.decision === 'quarantined'])).toEqual([
      ['<q-1@elsewhere.example>', false],
      ['uid:7:101', true],
      ['<q-3@elsewhere.example>', false],
    ]);
    // Nothing of the first, rolled-back attempt is left: one conversation and one reply per answered mail.
    const threads = await setup.query<{ thread_key: string }>('SELECT thread_key FROM conversations ORDER BY id');
    expect(threads.map((t) => t.thread_key)).toEqual([
      'email:<q-1@elsewhere.example>',
      'email:<q-3@elsewhere.example>',
    ]);
    const replies = await setup.query<{ in_reply_to: string }>('SELECT in_reply_to FROM outbox ORDER BY id');
    expect(replies.map((r) => r.in_reply_to)).toEqual(['<q-1@elsewhere.example>', '<q-3@elsewhere.example>']);
    const sent = await sendAll(setup.db);
    expect(sent).toHaveLength(2);
    expect(new Set(sent.map((m) => m.id)).size).toBe(2);

    // Delivered again (a restart before the IMAP move): nothing is decided or answered twice.
    const again = await ingestBatch(ctx, ingestSettings(join(dir, 'attachments')), batchOf(ping(1), ping(3)), logger);
    expect(again.map((o) => o.replies)).toEqual([0, 0]);
    expect(await setup.query('SELECT id FROM outbox')).toHaveLength(2);
  });

  it('issue 24 Speed: the batch’s duplicate check holds within the batch — the same mail twice in one batch has one outcome and one reply', async () => {
    const setup = await demoOnPostgres();
    const ctx = contextOn(setup.db);
    const settings = ingestSettings(join(dir, 'attachments'));
    await ingestBatch(ctx, settings, batchOf(ping(1)), logger);
    const outcomes = await ingestBatch(ctx, settings, batchOf(ping(1), ping(2), ping(2)), logger);
    expect(outcomes.map((o) => o.replies)).toEqual([0, 1, 0]);
    expect(await setup.query('SELECT id FROM inbound_messages')).toHaveLength(2);
    expect(await setup.query('SELECT id FROM outbox')).toHaveLength(2);
  });

  it('issue 24 Speed: the auto-reply cap read with the replies counts the replies queued earlier in the same batch, and an earlier batch’s', async () => {
    const setup = await demoOnPostgres();
    const ctx = contextOn(setup.db);
    const settings = ingestSettings(join(dir, 'attachments'), 2);
    const sameSender = (n: number) =>
      rawMail({ from: 'someone@elsewhere.example', subject: `Q ${n}`, messageId: `<s-${n}@x.example>`, body: 'Help?' });
    const first = await ingestBatch(ctx, settings, batchOf(sameSender(1)), logger);
    const second = await ingestBatch(ctx, settings, batchOf(sameSender(2), sameSender(3)), logger);
    expect([...first, ...second].map((o) => o.replies)).toEqual([1, 1, 0]);
    const failed = await setup.query<{ last_error: string }>("SELECT last_error FROM outbox WHERE state = 'failed'");
    expect(failed).toEqual([{ last_error: 'auto-reply cap reached' }]);
  });
});

describe('issue 24 Speed: threading a batch on PostgreSQL', () => {
  it('issue 24 Speed: replies to our mails join their threads, the rows our Message-IDs name read once for the whole batch', async () => {
    const setup = await demoOnPostgres();
    const ctx = contextOn(setup.db);
    const settings = ingestSettings(join(dir, 'attachments'));
    const opened = await ingestBatch(
      ctx,
      settings,
      batchOf(
        mailFromAna(
          'SIP Server drops calls',
          1,
          'Our production SIP Server 9.0 drops calls after 30 seconds\nPIN: 482913',
        ),
        ping(1),
      ),
      logger,
    );
    expect(opened.map((o) => o.replies > 0)).toEqual([true, true]);
    const mailed = await sendAll(setup.db);
    const toAna = mailed.filter((m) => m.to === 'ana@acme.example').at(-1)!.id;
    const toCustomer1 = mailed.find((m) => m.to === 'customer1@elsewhere.example')!.id;
    setup.statements();
    const customer1Again = rawMail({
      from: 'Customer 1 <customer1@elsewhere.example>',
      subject: 'Re: Question 1',
      messageId: '<q-1-again@elsewhere.example>',
      body: 'Any news?',
      headers: { 'In-Reply-To': toCustomer1 },
    });
    const answered = await ingestBatch(
      ctx,
      settings,
      batchOf(ping(2), mailFromAna('Re: SIP Server drops calls', 2, 'medium', toAna), customer1Again),
      logger,
    );
    expect(answered.map((o) => o.outcome)).toEqual(['processed', 'processed', 'processed']);
    // One read of the outbox rows our Message-IDs name (with their cases) for the batch, none per mail;
    // each mail's replies read with their cap counts.
    const sent = setup.statements();
    expect(sent.filter((s) => s.includes('from "outbox" left join "cases"'))).toHaveLength(1);
    expect(sent.filter((s) => /from "outbox" where "outbox"."id" = \$1/.test(s))).toEqual([]);
    expect(sent.filter((s) => s.includes('as "earlier"'))).toHaveLength(3);
    const anas = await setup.query<{ thread_key: string; case_id: number | null }>(
      "SELECT thread_key, case_id FROM conversations WHERE sender_key = 'ana@acme.example'",
    );
    expect(anas).toEqual([{ thread_key: 'email:<ana-1@acme.example>', case_id: expect.any(Number) }]);
    const customer1 = await setup.query<{ thread_key: string }>(
      "SELECT thread_key FROM conversations WHERE sender_key = 'customer1@elsewhere.example'",
    );
    expect(customer1).toEqual([{ thread_key: 'email:<q-1@elsewhere.example>' }]);
  });
});

describe('issue 24 Speed: inOptimisticTransaction (PostgreSQL)', () => {
  it('a nested unit whose failure the caller caught still rolls the whole unit back', async () => {
    const setup = await demoOnPostgres();
    const { db } = setup;
    await setup.query('CREATE TABLE probe (n int PRIMARY KEY)');
    const outcome = await inOptimisticTransaction(db, async () => {
      await inTransaction(db, async () => {
        await (db as unknown as PgDb).execute(sqlInsert(1));
      });
      await inTransaction(db, async () => {
        await (db as unknown as PgDb).execute(sqlInsert(2));
        throw new Error('caught below');
      }).catch(() => undefined);
      return 'done';
    });
    expect(outcome.committed).toBe(false);
    expect(await setup.query('SELECT n FROM probe')).toEqual([]);
  });

  it('a failed statement the work caught rolls the unit back instead of a COMMIT that PostgreSQL turns into a rollback', async () => {
    const setup = await demoOnPostgres();
    const { db } = setup;
    await setup.query('CREATE TABLE probe (n int PRIMARY KEY)');
    const failed = await inTransaction(db, async () => {
      await (db as unknown as PgDb).execute(sqlInsert(1));
      await (db as unknown as PgDb).execute(sqlInsert(1)).catch(() => undefined); // duplicate key, caught
      return 'done';
    }).catch((error: Error) => error);
    // The COMMIT's own error (or, sent through drizzle, its cause) says why.
    const error = failed as Error;
    expect(`${error.message} ${String(error.cause)}`).toMatch(/the transaction was rolled back, not committed/);
    expect(await setup.query('SELECT n FROM probe')).toEqual([]);
  });
});
