// The real-world corpus through the whole ingest path (parse → classify → engine) on a fresh demo
// database: nothing throws, and automatic mail (auto-replies, bounces, lists) is never answered.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { openDatabase, schema } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings, MAIL_FROM, rawMail } from '../support/mail-harness.ts';

const CORPUS = new URL('../../fixtures/mail/', import.meta.url);
const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-corpus-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

const settings = (cap = 10) => ingestSettings(attachmentDir, cap);

async function freshContext() {
  const db = openDatabase(':memory:', { image: await demoImage() });
  let clock = new Date('2026-11-23T14:00:00Z');
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => clock });
  return { db, ctx, tick: () => (clock = new Date(clock.getTime() + 1_000)) };
}

/** Independent of the classifier: headers that mark mail as automatic (RFC 3834, RFC 3464, RFC 2919). */
function looksAutomatic(raw: string): boolean {
  const head = raw.slice(0, raw.search(/\r?\n\r?\n/) + 1 || raw.length);
  return (
    /^auto-submitted:\s*(?!no\b)\S/im.test(head) ||
    /^content-type:\s*multipart\/report/im.test(head) ||
    /^list-id:/im.test(head) ||
    /^precedence:\s*(bulk|list|junk)/im.test(head) ||
    /^from:.*mailer-daemon@/im.test(head)
  );
}

describe('the mail corpus through ingest', () => {
  it('handles every message without throwing and never answers automatic mail', async () => {
    const { db, ctx, tick } = await freshContext();
    const files = readdirSync(CORPUS).filter((f) => f.endsWith('.eml'));
    expect(files.length).toBeGreaterThan(50);
    let automatic = 0;
    for (const file of files) {
      tick();
      const raw = readFileSync(new URL(file, CORPUS));
      const result = await ingestMessage(ctx, settings(1000), raw);
      expect(['new-conversation', 'case-update', 'ignored', 'quarantined'], file).toContain(result.decision);
      if (looksAutomatic(raw.toString('latin1'))) {
        automatic++;
        expect(result.decision, file).toBe('ignored');
        expect(result.replies, file).toEqual([]);
      }
    }
    expect(automatic).toBeGreaterThanOrEqual(10);
    // Every message has exactly one outcome, and a second pass changes nothing.
    const rows = db.select().from(schema.inboundMessages).all().length;
    const outbox = db.select().from(schema.outbox).all().length;
    for (const file of files) {
      const again = await ingestMessage(ctx, settings(1000), readFileSync(new URL(file, CORPUS)));
      expect(again.duplicate, file).toBe(true);
    }
    expect(db.select().from(schema.inboundMessages).all().length).toBe(rows);
    expect(db.select().from(schema.outbox).all().length).toBe(outbox);
    db.$client.close();
  });

  it('caps automatic replies to one address per hour, recording the rest as not sent', async () => {
    const { db, ctx, tick } = await freshContext();
    const results = [];
    for (let i = 0; i < 4; i++) {
      tick();
      const mail = rawMail({
        from: 'loop@robot.example',
        subject: `Ping ${i}`,
        messageId: `<ping-${i}@robot.example>`,
        body: 'hello',
      });
      results.push(await ingestMessage(ctx, settings(2), mail));
    }
    expect(results.map((r) => r.replies.length)).toEqual([1, 1, 0, 0]);
    expect(results[3]!.reason).toMatch(/auto-reply cap reached/);
    const rows = db.select().from(schema.outbox).all();
    expect(rows.filter((r) => r.state === 'failed' && r.lastError === 'auto-reply cap reached')).toHaveLength(2);
    expect(db.select().from(schema.inboundMessages).all()).toHaveLength(4);
    db.$client.close();
  });

  it('replies politely to an oversized attachment, naming the limit, and still reads the message', async () => {
    const { db, ctx } = await freshContext();
    const big = Buffer.alloc(100 * 1024, 'x')
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n');
    const mail = Buffer.from(
      [
        `From: Zed <zed@far.example>`,
        `To: ${MAIL_FROM}`,
        'Subject: Logs',
        'Message-ID: <big-1@far.example>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b1"',
        '',
        '--b1',
        'Content-Type: text/plain',
        '',
        'Here are the logs you asked for.',
        '--b1',
        'Content-Type: application/octet-stream; name="trace.bin"',
        'Content-Disposition: attachment; filename="trace.bin"',
        'Content-Transfer-Encoding: base64',
        '',
        big,
        '--b1--',
        '',
      ].join('\r\n'),
    );
    const result = await ingestMessage(ctx, settings(), mail);
    expect(result.decision).toBe('new-conversation');
    const polite = result.replies.find((r) => /trace\.bin/.test(r.text));
    expect(polite?.text).toMatch(/at most 0\.1 MB/);
    expect(result.replies.length).toBeGreaterThanOrEqual(2);
    db.$client.close();
  });
});
