/**
 * Issue 24, Speed: a PostgreSQL unit of work holds the writes it does not read back and sends them with
 * its next statement, and remembers its directory reads (src/store/unit-batch.ts, turn-state.ts). These
 * tests hold it to "the same as sending every statement at once": what a unit wrote is seen by its next
 * read, a held write that fails fails its unit, a rolled-back savepoint drops what it held, a write in the
 * unit makes a remembered read be read again, a grant revoked by another process counts from the next
 * unit — and the engine's conversations end in the same cases, timelines, replies and audit entries on
 * PostgreSQL as on SQLite, in at most 8 round trips per message.
 */
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRoundTrips } from '../../../bench/support/postgres-meter.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext, handleInbound, handlePinForm } from '../../../src/services/engine/index.ts';
import { appendAudit } from '../../../src/store/audit-log.ts';
import {
  addCaseEvent,
  caseEvents,
  createCase,
  getCaseById,
  type NewCase,
  updateCase,
} from '../../../src/store/case-store.ts';
import { type Db, openDatabase } from '../../../src/store/database.ts';
import { storeDbOfPostgres } from '../../../src/store/dialect.ts';
import { contractsOf, grantsOf } from '../../../src/store/directory-reader.ts';
import { openPostgres, type PgDb, pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import { inTransaction } from '../../../src/store/transaction.ts';
import { demoImage } from '../../support/replay.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { copyIntoPostgres } from './support/cluster-checks.ts';

let server: PostgresServer;
let image: string;
const pools: PgDb[] = [];

beforeAll(async () => {
  server = await startPostgres();
  image = join(mkdtempSync(join(tmpdir(), 'caseline-unit-batch-')), 'demo.db');
  writeFileSync(image, await demoImage());
}, 120_000);
afterAll(async () => {
  for (const pool of pools) await pool.$client.end();
  await server?.stop();
});

/** A PostgreSQL database holding the demo directory; `handles` pools on it (as that many processes). */
async function demoOnPostgres(handles = 1): Promise<{ dbs: Db[]; pools: PgDb[] }> {
  const url = await server.createDatabase();
  await copyIntoPostgres(image, url);
  const opened: PgDb[] = [];
  for (let i = 0; i < handles; i++) opened.push(await openPostgres(url, { max: 2 }));
  pools.push(...opened);
  return { dbs: opened.map((p) => storeDbOfPostgres(p, pgSchema)), pools: opened };
}

const NOW = '2026-11-23T14:00:00.000Z';
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

describe('issue 24 Speed: writes held for the unit’s next statement (PostgreSQL)', () => {
  it('a held write is seen by the next read of its unit, and events keep the order they were written in', async () => {
    const { dbs } = await demoOnPostgres();
    const db = dbs[0]!;
    const events = await inTransaction(db, async () => {
      const created = await createCase(db, aCase);
      for (const kind of ['opened', 'message-in', 'message-out', 'note']) {
        await addCaseEvent(db, {
          caseId: created.id,
          at: NOW,
          kind,
          actor: 'test',
          text: `${kind} "quoted" 'text' $1`,
        });
      }
      return await caseEvents(db, created.id);
    });
    expect(events.map((e) => e.kind)).toEqual(['opened', 'message-in', 'message-out', 'note']);
    expect(events[0]!.text).toBe(`opened "quoted" 'text' $1`);
  });

  it('a held write that fails fails its unit: nothing of the unit is committed', async () => {
    const {
      dbs,
      pools: [pool],
    } = await demoOnPostgres();
    const db = dbs[0]!;
    const before = await pool!.$client.query('SELECT count(*)::int AS n FROM cases');
    await expect(
      inTransaction(db, async () => {
        await createCase(db, aCase);
        // No such case: the foreign key refuses it when the held insert is sent (at COMMIT here).
        await addCaseEvent(db, { caseId: 999_999, at: NOW, kind: 'note', actor: 'test' });
      }),
    ).rejects.toThrow();
    const after = await pool!.$client.query('SELECT count(*)::int AS n FROM cases');
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('a rolled-back savepoint drops what it held; the outer unit commits the rest', async () => {
    const {
      dbs,
      pools: [pool],
    } = await demoOnPostgres();
    const db = dbs[0]!;
    const caseId = await inTransaction(db, async () => {
      const created = await createCase(db, aCase);
      await addCaseEvent(db, { caseId: created.id, at: NOW, kind: 'kept', actor: 'test' });
      await inTransaction(db, async () => {
        await addCaseEvent(db, { caseId: created.id, at: NOW, kind: 'dropped', actor: 'test' });
        throw new Error('roll the savepoint back');
      }).catch(() => undefined);
      await appendAudit(db, { at: NOW, actor: 'test', action: 'after-savepoint', subject: created.number });
      return created.id;
    });
    const kinds = await pool!.$client.query('SELECT kind FROM case_events WHERE case_id = $1 ORDER BY id', [caseId]);
    expect(kinds.rows.map((r) => r.kind)).toEqual(['kept']);
    const audit = await pool!.$client.query(
      "SELECT count(*)::int AS n FROM audit_log WHERE action = 'after-savepoint'",
    );
    expect(audit.rows[0].n).toBe(1);
  });
});

describe('issue 24 Speed: reads remembered for one unit only (PostgreSQL)', () => {
  it('a rolled-back savepoint forgets what the unit remembered from inside it', async () => {
    const { dbs } = await demoOnPostgres();
    const db = dbs[0]!;
    const seen = await inTransaction(db, async () => {
      const created = await createCase(db, aCase);
      await inTransaction(db, async () => {
        await updateCase(db, created.id, { severity: 'critical' });
        throw new Error('roll the savepoint back');
      }).catch(() => undefined);
      return await getCaseById(db, created.id);
    });
    expect(seen?.severity).toBe('high');
  });

  it('a write to the directory in the unit makes the unit read the directory again', async () => {
    const {
      dbs,
      pools: [pool],
    } = await demoOnPostgres();
    const db = dbs[0]!;
    const soldTo = (await pool!.$client.query('SELECT sold_to FROM contracts LIMIT 1')).rows[0].sold_to as string;
    const [first, second] = await inTransaction(db, async () => {
      const before = await contractsOf(db, soldTo);
      await db
        .update(pgSchema.contracts as never)
        .set({ tier: 'changed-in-unit' } as never)
        .where(undefined);
      return [before, await contractsOf(db, soldTo)];
    });
    expect(first!.every((c) => c.tier !== 'changed-in-unit')).toBe(true);
    expect(second!.every((c) => c.tier === 'changed-in-unit')).toBe(true);
  });

  it('a grant revoked by another process is honoured by the next unit at once', async () => {
    const {
      dbs,
      pools: [, other],
    } = await demoOnPostgres(2);
    const db = dbs[0]!;
    const contact = (await other!.$client.query('SELECT contact_id FROM access_grants LIMIT 1')).rows[0]
      .contact_id as number;
    const held = await inTransaction(db, async () => (await grantsOf(db, contact)).length);
    expect(held).toBeGreaterThan(0);
    await other!.$client.query('DELETE FROM access_grants WHERE contact_id = $1', [contact]);
    expect(await inTransaction(db, async () => (await grantsOf(db, contact)).length)).toBe(0);
    expect(await inTransaction(db, async () => await getCaseById(db, 424_242))).toBeUndefined();
  });
});

describe('issue 24 Speed: the engine on PostgreSQL, batched, as on SQLite', () => {
  const CONTACTS = [
    { email: 'ana@acme.example', pin: '482913', product: 'SIP Server 9.0' },
    { email: 'ben@acme.example', pin: '739164', product: 'Genesys Info Mart 8.5' },
  ];
  const SCRIPT = (product: string) => [
    `Calls drop after 30 seconds on our ${product} in production`,
    'medium',
    'It started after the upgrade last night',
    'About 20 agents are affected',
    'Any news on this?',
  ];

  async function drive(db: Db, trips: () => number = () => 0) {
    let clock = new Date('2026-11-23T14:00:00Z');
    const tick = () => {
      clock = new Date(clock.getTime() + 1000);
      return clock;
    };
    const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, now: () => clock });
    const replies: string[] = [];
    // A wrong PIN first (the contact's failed attempts are written in the unit), then the right one.
    for (const c of CONTACTS) {
      for (const value of ['000000', c.pin]) {
        const result = await handlePinForm(ctx, {
          channel: 'console',
          sender: { kind: 'console', email: c.email },
          email: c.email,
          pin: value,
          at: tick(),
          threadKey: `pin:${c.email}`,
        });
        replies.push(JSON.stringify(result).replace(/"id":\d+/g, ''));
      }
    }
    let messages = 0;
    const tripsBefore = trips();
    for (const [i, c] of CONTACTS.entries()) {
      for (const text of SCRIPT(c.product)) {
        const result = await handleInbound(ctx, {
          channel: 'console',
          sender: { kind: 'console', email: c.email },
          threadKey: `t:${i}`,
          text,
          attachments: [],
          receivedAt: tick(),
        });
        messages += 1;
        replies.push(`${result.decision}|${result.caseNumber}|${result.replies.map((r) => r.text).join('\n')}`);
      }
    }
    const conversationTrips = trips() - tripsBefore;
    // A stranger, and the same message again (a duplicate: one outcome).
    for (let n = 0; n < 2; n++) {
      const result = await handleInbound(ctx, {
        channel: 'email',
        sender: { kind: 'email', address: 'who@nowhere.example', auth: 'pass' },
        threadKey: '<stranger@nowhere.example>',
        messageId: '<stranger@nowhere.example>',
        text: 'Please open a case for me',
        attachments: [],
        receivedAt: tick(),
      } as never);
      replies.push(`${result.status}|${result.decision}|${result.replies.map((r) => r.text).join('\n')}`);
    }
    return { replies, messages, conversationTrips };
  }

  const TABLES = {
    cases:
      'SELECT number, state, severity, product, description, business_impact, response_due, target_due FROM cases ORDER BY id',
    events: 'SELECT c.number, e.kind, e.text FROM case_events e JOIN cases c ON c.id = e.case_id ORDER BY e.id',
    outbox: 'SELECT recipient, audience, text FROM outbox ORDER BY id',
    audit: "SELECT actor, action, subject FROM audit_log WHERE actor <> 'copy' ORDER BY id",
    conversations: 'SELECT thread_key, case_id IS NOT NULL AS has_case FROM conversations ORDER BY id',
    inbound: 'SELECT channel, decision FROM inbound_messages ORDER BY id',
    contacts: 'SELECT email, failed_pin_attempts FROM contacts ORDER BY id',
  };

  it('same replies, cases, timelines, outbox, audit and dialogue state on both; ≤ 8 round trips per message', async () => {
    const sqlitePath = join(mkdtempSync(join(tmpdir(), 'caseline-unit-batch-sqlite-')), 'c.db');
    copyFileSync(image, sqlitePath);
    const sqlite = openDatabase(sqlitePath);
    const {
      dbs,
      pools: [pool],
    } = await demoOnPostgres();
    const onSqlite = await drive(sqlite);
    const trips = countRoundTrips(pool!.$client);
    const onPostgres = await drive(dbs[0]!, () => trips.count());
    expect(onPostgres.replies).toEqual(onSqlite.replies);
    for (const [name, query] of Object.entries(TABLES)) {
      const fromSqlite = sqlite.$client.prepare(query).raw().all();
      const fromPostgres = (await pool!.$client.query({ text: query, rowMode: 'array' })).rows;
      const plain = (rows: unknown[][]) => rows.map((r) => r.map((v) => (typeof v === 'boolean' ? Number(v) : v)));
      expect(plain(fromPostgres), name).toEqual(plain(fromSqlite as unknown[][]));
    }
    sqlite.$client.close();
    // Every statement the pool sent for the conversations' messages (BEGIN and COMMIT included).
    expect(onPostgres.conversationTrips / onPostgres.messages).toBeLessThanOrEqual(8);
  }, 120_000);
});
