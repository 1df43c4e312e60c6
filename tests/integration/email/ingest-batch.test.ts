// A batch of inbound mail through ingestBatch: one commit for the batch, yet every message decided as if
// it were alone and in order — the savepoint of a message that fails rolls back only that message.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type BatchMessage, ingestBatch } from '../../../src/channels/email/ingest-batch.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { type Db, openDatabase, schema } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings, MAIL_FROM, rawMail } from '../support/mail-harness.ts';

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
/** A question with a small text attachment, stored by the parser before anything is decided. */
const withNotes = (n: number) =>
  Buffer.from(
    [
      'From: someone@elsewhere.example',
      `To: ${MAIL_FROM}`,
      `Subject: Notes ${n}`,
      `Message-ID: <q-${n}@elsewhere.example>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Notes attached.',
      '--b',
      `Content-Type: text/plain; name="notes-${n}.txt"`,
      `Content-Disposition: attachment; filename="notes-${n}.txt"`,
      '',
      `notes ${n}`,
      '--b--',
      '',
    ].join('\r\n'),
  );
const storedIn = (dir: string) => readdirSync(dir).length;

const ping = (n: number) =>
  rawMail({
    from: 'someone@elsewhere.example',
    subject: `Question ${n}`,
    messageId: `<q-${n}@elsewhere.example>`,
    body: 'Can you help?',
  });

/**
 * A real failure inside SQLite, for one message only, after the engine has recorded it: when its reply,
 * threaded to it, is queued.
 */
function failWhenReplyThreadsTo(db: Db, messageId: string) {
  db.$client.exec(`CREATE TRIGGER fail_one BEFORE INSERT ON outbox
    WHEN NEW.in_reply_to = '${messageId}' BEGIN SELECT RAISE(ABORT, 'disk on fire'); END`);
}

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
    failWhenReplyThreadsTo(db, '<q-2@elsewhere.example>');
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
  it('a message set aside loses its stored attachments (the raw mail keeps them in quarantine); the others keep theirs', async () => {
    const { db, ctx } = await freshContext();
    const dir = mkdtempSync(join(tmpdir(), 'caseline-batch-files-'));
    failWhenReplyThreadsTo(db, '<q-2@elsewhere.example>');
    const outcomes = await ingestBatch(ctx, ingestSettings(dir), batchOf(withNotes(1), withNotes(2)), logger);
    expect(outcomes.map((o) => o.outcome)).toEqual(['processed', 'quarantined']);
    const kept = db.select().from(schema.attachments).all();
    expect(kept.map((a) => a.filename)).toEqual(['notes-1.txt']);
    expect(storedIn(dir)).toBe(1);
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when an attachment cannot be stored, the batch fails whole to be fetched again: nothing recorded, nothing quarantined', async () => {
    const { db, ctx } = await freshContext();
    const parent = mkdtempSync(join(tmpdir(), 'caseline-batch-files-'));
    const gone = join(parent, 'unmounted');
    await expect(
      ingestBatch(ctx, ingestSettings(gone), batchOf(ping(1), withNotes(2), ping(3)), logger),
    ).rejects.toThrow(/attachment storage failed: ENOENT/);
    expect(db.select().from(schema.inboundMessages).all()).toEqual([]);
    expect(db.select().from(schema.outbox).all()).toEqual([]);
    db.$client.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('when the batch cannot be committed at all, it fails whole and leaves no stored file behind', async () => {
    const { db, ctx } = await freshContext();
    const dir = mkdtempSync(join(tmpdir(), 'caseline-batch-files-'));
    db.$client.pragma('query_only = ON'); // every write fails, even setting a message aside
    await expect(ingestBatch(ctx, ingestSettings(dir), batchOf(withNotes(1), withNotes(2)), logger)).rejects.toThrow(
      /readonly/,
    );
    expect(storedIn(dir)).toBe(0);
    db.$client.pragma('query_only = OFF');
    expect(db.select().from(schema.inboundMessages).all()).toEqual([]);
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
