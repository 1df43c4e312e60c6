// A batch of inbound mail through ingestBatch: one commit for the batch, yet every message decided as if
// it were alone and in order — the savepoint of a message that fails rolls back only that message.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BatchMessage, ingestBatch } from '../../../src/channels/email/ingest-batch.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { openDatabase, schema } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings, rawMail } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-batch-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

const settings = (cap = 10) => ingestSettings(attachmentDir, cap);

const errors: string[] = [];
const logger = { info: () => undefined, warn: () => undefined, error: (o: object) => errors.push(JSON.stringify(o)) };

async function freshContext() {
  const db = openDatabase(':memory:', { image: await demoImage() });
  const ctx = createEngineContext({
    db,
    policy: DEFAULT_POLICY,
    staffChannel: 'email',
    now: () => new Date('2026-11-23T14:00:00Z'),
  });
  return { db, ctx };
}

const batchOf = (...mails: Buffer[]): BatchMessage[] =>
  mails.map((source, i) => ({ source, meta: { uid: 100 + i, uidValidity: 7 } }));
const ping = (n: number, from = 'someone@elsewhere.example') =>
  rawMail({ from, subject: `Question ${n}`, messageId: `<q-${n}@elsewhere.example>`, body: 'Can you help?' });

describe('ingestBatch', () => {
  it('decides a batch in arrival order: the auto-reply cap counts replies queued earlier in the same batch', async () => {
    const { db, ctx } = await freshContext();
    const outcomes = await ingestBatch(ctx, settings(2), batchOf(ping(1), ping(2), ping(3)), logger);
    expect(outcomes.map((o) => [o.outcome, o.replies])).toEqual([
      ['processed', 1],
      ['processed', 1],
      ['processed', 0],
    ]);
    const capped = db
      .select()
      .from(schema.outbox)
      .all()
      .filter((r) => r.lastError === 'auto-reply cap reached');
    expect(capped).toHaveLength(1);
    db.$client.close();
  });

  it('a message delivered twice within one batch has one outcome and one reply', async () => {
    const { db, ctx } = await freshContext();
    const outcomes = await ingestBatch(ctx, settings(), batchOf(ping(1), ping(1)), logger);
    expect(outcomes.map((o) => o.replies)).toEqual([1, 0]);
    expect(db.select().from(schema.inboundMessages).all()).toHaveLength(1);
    expect(db.select().from(schema.outbox).all()).toHaveLength(1);
    db.$client.close();
  });

  it('a message whose writes fail is rolled back alone and set aside under its UID; the rest commit', async () => {
    const { db, ctx } = await freshContext();
    // A real failure inside SQLite, for one message only, after the engine has recorded it and queued
    // its reply: when its reply gets its threading headers.
    db.$client.exec(`CREATE TRIGGER fail_one BEFORE UPDATE OF in_reply_to ON outbox
      WHEN NEW.in_reply_to = '<q-2@elsewhere.example>' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
    errors.length = 0;
    const outcomes = await ingestBatch(ctx, settings(), batchOf(ping(1), ping(2), ping(3)), logger);
    expect(outcomes).toEqual([
      { outcome: 'processed', replies: 1 },
      { outcome: 'quarantined', reason: 'processing failed: disk on fire', replies: 0 },
      { outcome: 'processed', replies: 1 },
    ]);
    const inbound = db.select().from(schema.inboundMessages).all();
    expect(inbound.map((r) => [r.dedupeKey, r.decision === 'quarantined'])).toEqual([
      ['<q-1@elsewhere.example>', false],
      ['uid:7:101', true],
      ['<q-3@elsewhere.example>', false],
    ]);
    // Nothing the failed message wrote before the failure survives: no conversation, no reply.
    const threads = db
      .select()
      .from(schema.conversations)
      .all()
      .map((c) => c.threadKey);
    expect(threads).toEqual(['email:<q-1@elsewhere.example>', 'email:<q-3@elsewhere.example>']);
    expect(
      db
        .select()
        .from(schema.outbox)
        .all()
        .map((r) => r.inReplyTo),
    ).toEqual(['<q-1@elsewhere.example>', '<q-3@elsewhere.example>']);
    expect(errors.join('\n')).toContain('"uid":101');
    db.$client.close();
  });

  it('an unparseable message in a batch is quarantined with its reason, the others answered', async () => {
    const { db, ctx } = await freshContext();
    const outcomes = await ingestBatch(ctx, settings(), batchOf(ping(1), Buffer.alloc(0), ping(3)), logger);
    expect(outcomes.map((o) => o.outcome)).toEqual(['processed', 'quarantined', 'processed']);
    expect(db.select().from(schema.outbox).all()).toHaveLength(2);
    db.$client.close();
  });
});
