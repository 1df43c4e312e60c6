/**
 * Issue 24, Speed (round 7: CPU per message on PostgreSQL). The turn's combined read is a named statement
 * (parsed once per connection, its plan reused: src/store/turn-state.ts), and prepared() statements are
 * built once per database and run on the connection of the unit they are called in (src/store/prepared.ts).
 * These tests hold both to "the same as before": the combined read gives every reader what the reader
 * reads on its own, a statement built once still runs inside the unit that calls it (rolled back with it),
 * and on a pool of one connection each is parsed once and reused by later units.
 */
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getCaseById } from '../../../src/store/case-store.ts';
import { findConversation } from '../../../src/store/conversation-store.ts';
import type { Db } from '../../../src/store/database.ts';
import { tablesOf } from '../../../src/store/dialect.ts';
import {
  allStaffRows,
  contractsOf,
  findContactByEmail,
  grantsOf,
  knownProductNames,
} from '../../../src/store/directory-reader.ts';
import { findInbound, recordInbound } from '../../../src/store/inbound-store.ts';
import { enqueue } from '../../../src/store/outbox-store.ts';
import { pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import { inTransaction } from '../../../src/store/transaction.ts';
import { prefetchTurnState } from '../../../src/store/turn-state.ts';
import { activeVerification } from '../../../src/store/verification-store.ts';
import { ANA, demoDatabases, openACase } from './support/engine-turns.ts';

const { demo: demoOnPostgres } = demoDatabases();

const NOW = '2026-11-23T15:00:00.000Z';

/** Everything the turn's readers read for Ana's thread, each by its own reader. */
async function readersOf(db: Db, threadKey: string) {
  const conversation = await findConversation(db, 'console', threadKey);
  const contact = await findContactByEmail(db, ANA);
  const grants = contact ? await grantsOf(db, contact.id) : [];
  const contracts = [];
  for (const soldTo of new Set(grants.map((g) => g.soldTo))) contracts.push(await contractsOf(db, soldTo));
  return {
    conversation,
    caseRow: conversation?.caseId ? await getCaseById(db, conversation.caseId) : undefined,
    verification: await activeVerification(db, 'console', ANA, NOW),
    contact,
    grants,
    contracts,
    // A set: the reader's SELECT DISTINCT has no order of its own.
    productNames: (await knownProductNames(db)).sort(),
    staff: await allStaffRows(db),
  };
}

describe('issue 24 Speed round 7: the turn’s combined read as a named statement (PostgreSQL)', () => {
  it('gives every reader the same values as the reader’s own query (conversation, case, contact, grants, contracts, products, staff)', async () => {
    const { db } = await demoOnPostgres(2);
    await openACase(db, 'same-values');
    const alone = await inTransaction(db, () => readersOf(db, 'same-values'));
    for (let run = 0; run < 7; run++) {
      // Past PostgreSQL's first five custom plans: the generic plan must answer alike.
      const combined = await inTransaction(db, async () => {
        await prefetchTurnState(db, { channel: 'console', senderKey: ANA, email: ANA, threadKey: 'same-values' });
        return await readersOf(db, 'same-values');
      });
      expect(combined).toEqual(alone);
    }
    expect(alone.caseRow?.number).toMatch(/\d/);
    expect(alone.verification?.contactId).toBe(alone.contact?.id);
    expect(alone.grants.length).toBeGreaterThan(0);
    expect(alone.contracts.flat().length).toBeGreaterThan(0);
  });

  it('is parsed once per connection and reused by every later unit on it', async () => {
    const { db, pool } = await demoOnPostgres(1);
    await openACase(db, 'parsed-once');
    await openACase(db, 'parsed-once-too');
    // One connection: the pool's own query runs in the same session the units ran in.
    const { rows } = await pool.$client.query<{ name: string; statement: string }>(
      'SELECT name, statement FROM pg_prepared_statements ORDER BY name',
    );
    const turnReads = rows.filter((r) => /to_jsonb\(conv\)/.test(r.statement));
    expect(turnReads.map((r) => r.name)).toEqual(['caseline_turn_state_1']);
  });
});

describe('issue 24 Speed round 7: a prepared() statement built once per database (PostgreSQL)', () => {
  const inbound = (dedupeKey: string) => ({
    channel: 'email',
    dedupeKey,
    sender: 'who@nowhere.example',
    receivedAt: NOW,
    decision: 'processing',
  });

  it('runs on the connection of the unit that calls it: its write is rolled back with that unit, and seen by it', async () => {
    const { db, pool } = await demoOnPostgres(3);
    // Built first outside any unit (on the pool), then used in units on other pooled connections.
    await recordInbound(db, inbound('<outside@x>'));
    const seenInside = await inTransaction(db, async () => {
      await recordInbound(db, inbound('<committed@x>'));
      return await findInbound(db, 'email', '<committed@x>');
    });
    expect(seenInside?.dedupeKey).toBe('<committed@x>');
    await expect(
      inTransaction(db, async () => {
        await recordInbound(db, inbound('<rolled-back@x>'));
        expect((await findInbound(db, 'email', '<rolled-back@x>'))?.dedupeKey).toBe('<rolled-back@x>');
        // Another connection does not see the unit's row before it commits.
        const other = await pool.$client.query("SELECT 1 FROM inbound_messages WHERE dedupe_key = '<rolled-back@x>'");
        expect(other.rowCount).toBe(0);
        throw new Error('the unit fails');
      }),
    ).rejects.toThrow('the unit fails');
    const { rows } = await pool.$client.query<{ key: string }>(
      "SELECT dedupe_key AS key FROM inbound_messages WHERE channel = 'email' ORDER BY id",
    );
    expect(rows.map((r) => r.key)).toEqual(['<outside@x>', '<committed@x>']);
  });

  it('two units at once each run it on their own connection (a unit left waiting does not see the other’s row)', async () => {
    const { db } = await demoOnPostgres(3);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = inTransaction(db, async () => {
      await recordInbound(db, inbound('<first@x>'));
      await held;
    });
    // Until the first commits, the second unit (its own connection) does not see the first's row.
    const seen = await inTransaction(db, async () => findInbound(db, 'email', '<first@x>'));
    expect(seen).toBeUndefined();
    release();
    await first;
    expect((await findInbound(db, 'email', '<first@x>'))?.dedupeKey).toBe('<first@x>');
  });
});

describe('issue 24 Speed round 7: enqueue as a statement built once (PostgreSQL)', () => {
  it('stores exactly the row it returns, optional fields left out or given, in one unit after another', async () => {
    const { db } = await demoOnPostgres(2);
    const bare = await inTransaction(db, () =>
      enqueue(
        db,
        { channel: 'email', recipient: 'ana@acme.example', audience: 'customer', text: 'PIN 482913 ok' },
        NOW,
      ),
    );
    const full = await inTransaction(db, () =>
      enqueue(
        db,
        {
          channel: 'slack',
          recipient: 'U123',
          audience: 'staff',
          subject: 'Case 42',
          text: 'a page',
          threadKey: 'C1:1.2',
          inReplyTo: '<a@x>',
          references: ['<a@x>', '<b@x>'],
          messageId: '<c@x>',
          attachments: ['/tmp/a.log'],
          actions: [{ kind: 'severity', label: 'High', value: 'high' }] as never,
        },
        NOW,
      ),
    );
    const { outbox } = pgSchema;
    for (const written of [bare, full]) {
      const [stored] = await db.select().from(tablesOf(db).outbox).where(eq(outbox.id, written.id));
      expect(stored).toEqual(written);
    }
    // The PIN never reaches the stored text (issue 18 §3), as before.
    expect(bare.text).not.toContain('482913');
  });
});
