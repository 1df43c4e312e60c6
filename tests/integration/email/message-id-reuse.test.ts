// Round 10: a Message-ID is the sender's word. A stranger reusing the Message-ID of a contact's mail is
// neither taken for a redelivery of it nor able to have the contact's own mail taken for one; a real
// redelivery — the same bytes again, before or after a restart — is still processed once.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import type { Db } from '../../../src/store/database.ts';
import { ingestSettings, openDb, rawMail, seededDatabaseFile } from '../support/mail-harness.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const NOW = new Date('2026-11-23T14:00:00Z');
const REPORT =
  'PIN: 482913\nOur production SIP Server 9.0 drops calls since the dial plan change, severity medium, 20 agents.';

/** The bot on a database file: `restart()` closes it and opens it again, as a new process would. */
async function bot() {
  const { dir, path } = await seededDatabaseFile();
  dirs.push(dir);
  const attachments = mkdtempSync(join(tmpdir(), 'caseline-reuse-'));
  dirs.push(attachments);
  let db: Db = openDb(path);
  const open = () => createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => NOW });
  let ctx = open();
  return {
    ingest: (raw: Buffer) => ingestMessage(ctx, ingestSettings(attachments), raw),
    restart: () => {
      db.$client.close();
      db = openDb(path);
      ctx = open();
    },
    count: (sql: string) => (db.$client.prepare(sql).get() as { n: number }).n,
    audit: () =>
      db.$client
        .prepare("SELECT subject, details FROM audit_log WHERE action = 'mail.message-id-reused'")
        .all() as Array<{
        subject: string;
        details: string;
      }>,
  };
}

const ana = (id: string) =>
  rawMail({ from: 'Ana Ruiz <ana@acme.example>', subject: 'SIP down', messageId: id, dmarc: 'pass', body: REPORT });
const mallory = (id: string) =>
  rawMail({
    from: 'Mallory <mallory@evil.example>',
    subject: 'SIP down',
    messageId: id,
    dmarc: 'pass',
    body: 'Hello, what is the status of my case?',
  });

describe('round 10: a Message-ID reused by another mail', () => {
  it("a stranger's mail under a contact's Message-ID is answered as the stranger's, and audited; its redelivery is not", async () => {
    const b = await bot();
    const first = await b.ingest(ana('<reuse-1@acme.example>'));
    expect(first.duplicate).toBe(false);
    expect(first.case).toMatch(/^\d{8}$/);
    const stranger = await b.ingest(mallory('<reuse-1@acme.example>'));
    expect(stranger.duplicate).toBe(false);
    expect(stranger.case).toBeNull();
    expect(stranger.replies.map((r) => r.to)).toEqual(['mallory@evil.example']);
    expect(b.audit()).toEqual([
      { subject: '<reuse-1@acme.example>', details: expect.stringContaining('mallory@evil.example') },
    ]);
    const again = await b.ingest(mallory('<reuse-1@acme.example>'));
    expect(again).toMatchObject({ duplicate: true, replies: [] });
    expect(b.audit()).toHaveLength(1);
  });

  it("a stranger who sends first under a Message-ID cannot have the contact's mail taken for a redelivery", async () => {
    const b = await bot();
    await b.ingest(mallory('<reuse-2@acme.example>'));
    const contact = await b.ingest(ana('<reuse-2@acme.example>'));
    expect(contact.duplicate).toBe(false);
    expect(contact.case).toMatch(/^\d{8}$/);
    expect(new Set(contact.replies.map((r) => r.to))).toEqual(new Set(['ana@acme.example']));
  });

  it('a ticketing system giving every mail the same Message-ID: a new subject from the same sender is a new mail', async () => {
    const b = await bot();
    await b.ingest(ana('<same-for-all@tickets.acme.example>'));
    const next = rawMail({
      from: 'Ana Ruiz <ana@acme.example>',
      subject: 'How do I download WDE 9.0?',
      messageId: '<same-for-all@tickets.acme.example>',
      dmarc: 'pass',
      body: 'How do I download Workspace Desktop Edition 9.0?',
    });
    expect((await b.ingest(next)).duplicate).toBe(false);
  });

  it('the same mails delivered again, before and after a restart, change nothing: one case, one reply each', async () => {
    const b = await bot();
    const mails = [ana('<reuse-3@acme.example>'), mallory('<reuse-3@acme.example>')];
    for (const mail of mails) await b.ingest(mail);
    const state = () => [
      b.count('SELECT count(*) AS n FROM cases'),
      b.count("SELECT count(*) AS n FROM outbox WHERE audience = 'customer'"),
      b.count('SELECT count(*) AS n FROM inbound_messages'),
    ];
    const before = state();
    expect(before[2]).toBe(2);
    for (const mail of mails) expect((await b.ingest(mail)).duplicate).toBe(true);
    b.restart();
    for (const mail of [...mails].reverse()) expect((await b.ingest(mail)).duplicate).toBe(true);
    expect(state()).toEqual(before);
  });
});
