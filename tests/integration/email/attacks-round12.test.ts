// Red team round 12 through the mail path (`ingestMessage`: the parser, the trust verdicts, threading and
// the engine, as the IMAP channel and `caseline ingest` run them), with raw MIME as mail clients send it.
// Each test failed before its fix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { everyRow } from '../../support/replay.ts';
import { ingestEngineAt } from '../support/ingest-engine.ts';
import { ingestSettings, TRUSTED_ID } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-round12-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

const NOW = new Date('2026-11-23T14:00:00Z');
const engine = ingestEngineAt(NOW, attachmentDir);

/** A header line of `bytes` bytes, folded as a mail program folds a long header (76-character lines). */
function hugeHeader(bytes: number): string {
  const line = `X-Trace: ${'a'.repeat(70)}`;
  return Array.from({ length: Math.ceil(bytes / 80) }, (_, i) => (i === 0 ? line : ` ${'b'.repeat(77)}`)).join('\r\n');
}

function bigHeaderMail(opts: { from: string; dmarc: 'pass' | 'fail'; messageId: string; junkFirst: boolean }): Buffer {
  const domain = opts.from.replace(/.*@/, '').replace('>', '');
  const named = [
    `Authentication-Results: ${TRUSTED_ID}; dmarc=${opts.dmarc} header.from=${domain}`,
    `From: ${opts.from}`,
    'To: support@caseline.test',
    'Subject: Production SIP Server down',
    `Message-ID: ${opts.messageId}`,
    'Date: Mon, 23 Nov 2026 09:00:00 +0000',
  ];
  const junk = hugeHeader(5 * 1024 * 1024);
  const header = opts.junkFirst ? [junk, ...named] : [...named, junk];
  const body = 'Our production SIP Server 9.0 is down, all 200 agents idle. PIN: 482913';
  return Buffer.from(`${[...header, 'Content-Type: text/plain'].join('\r\n')}\r\n\r\n${body}\r\n`);
}

/** The mail as the IMAP channel hands a big one over: a stream of 64 kB chunks. */
function streamed(raw: Buffer): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < raw.length; at += 64 * 1024) chunks.push(raw.subarray(at, at + 64 * 1024));
  return Readable.from(chunks);
}

describe('round 12: a mail whose header block is larger than the parser reads (1 MB)', () => {
  it.each([
    ['the named lines first', false],
    ['5 MB of header before them', true],
  ])(
    "round 12: a contact's mail is answered once, to her proved address, saying why; nothing of it is acted on or stored (%s)",
    async (_how, junkFirst) => {
      const { db, ctx, ingest } = await engine();
      const raw = bigHeaderMail({
        from: 'Ana Ruiz <ana@acme.example>',
        dmarc: 'pass',
        messageId: '<big-1@acme.example>',
        junkFirst,
      });
      const result = await ingestMessage(ctx, ingestSettings(attachmentDir), streamed(raw));
      expect(result.decision).toBe('quarantined');
      expect(result.reason).toMatch(/header block larger than 1 MB/);
      expect(result.replies).toHaveLength(1);
      expect(result.replies[0]!.to).toBe('ana@acme.example');
      expect(result.replies[0]!.text).toMatch(/could not read your message/i);
      expect(result.replies[0]!.text).toMatch(/header .* larger than 1 MB/);
      expect(db.$client.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
      expect(everyRow(db)).not.toContain('482913');
      // Delivered again (the IMAP channel after a restart): recognised, not answered again.
      const again = await ingest(raw);
      expect(again.duplicate).toBe(true);
      expect(again.replies).toEqual([]);
    },
  );

  it('round 12: a forged mail in a contact’s name (DMARC fail) gets the forged-mail notice, not "send it again": its owner never sent it, and staff hear of it', async () => {
    const { db, ingest } = await engine();
    const raw = bigHeaderMail({
      from: 'Ana Ruiz <ana@acme.example>',
      dmarc: 'fail',
      messageId: '<big-2@evil.example>',
      junkFirst: true,
    });
    const result = await ingest(raw);
    expect(result.decision).toBe('quarantined');
    const told = result.replies.map((r) => r.text).join('\n');
    expect(told).not.toMatch(/could not read your message|send it again/i);
    expect(told).toMatch(/failed|authenticat|did not come from/i);
    expect(db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'mail.auth-failed'").get()).toEqual({
      n: 1,
    });
  });

  it('round 12: so is a forged mail whose body is in a charset nobody here decodes (the same path since round 9)', async () => {
    const { db, ingest } = await engine();
    const utf16 = Buffer.from('Our production SIP Server is down. PIN: 482913', 'utf16le').toString('base64');
    const raw = Buffer.from(
      [
        `Authentication-Results: ${TRUSTED_ID}; dmarc=fail header.from=acme.example`,
        'From: Ana Ruiz <ana@acme.example>',
        'To: support@caseline.test',
        'Subject: SIP down',
        'Message-ID: <forged-charset@evil.example>',
        'Content-Type: text/plain; charset=x-klingon',
        'Content-Transfer-Encoding: base64',
        '',
        utf16,
        '',
      ].join('\r\n'),
    );
    const result = await ingest(raw);
    expect(result.decision).toBe('quarantined');
    expect(result.replies.map((r) => r.text).join('\n')).not.toMatch(/could not read your message/i);
    expect(db.$client.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'mail.auth-failed'").get()).toEqual({
      n: 1,
    });
  });

  it('round 12: without a From address there is nobody to tell: quarantined, nothing sent', async () => {
    const { ingest } = await engine();
    const raw = Buffer.from(
      `${hugeHeader(2 * 1024 * 1024)}\r\nSubject: no sender\r\nMessage-ID: <big-3@x.example>\r\n\r\nhello\r\n`,
    );
    const result = await ingest(raw);
    expect(result.decision).toBe('quarantined');
    expect(result.replies).toEqual([]);
  });
});

describe('round 12: a mail naming two From addresses', () => {
  const REPORT = 'Our production SIP Server 9.0 drops calls since the dial plan change, severity medium, 20 agents.';
  function twoFroms(from: string[], results: string): Buffer {
    return Buffer.from(
      [
        `Authentication-Results: ${TRUSTED_ID}; ${results}`,
        ...from,
        'To: support@caseline.test',
        'Subject: SIP down',
        'Message-ID: <two-froms@evil.example>',
        'Content-Type: text/plain; charset=utf-8',
        '',
        REPORT,
        '',
      ].join('\r\n'),
    );
  }

  it.each([
    ['two From headers, the contact first', ['From: Ana Ruiz <ana@acme.example>', 'From: Mallory <m@evil.example>']],
    ['two addresses in one From header', ['From: Ana Ruiz <ana@acme.example>, Mallory <m@evil.example>']],
  ])(
    "round 12: %s, with a server's DMARC pass that does not say for which domain, acts for nobody: the contact gets the forged-mail notice",
    async (_how, from) => {
      const { db, ingest } = await engine();
      // A receiving server that checked the last From (evil.example, which passes) and wrote no header.from.
      const result = await ingest(twoFroms(from, 'spf=pass smtp.mailfrom=evil.example; dmarc=pass'));
      expect(result.decision).toBe('quarantined');
      expect(result.reason).toMatch(/2 From addresses/);
      expect(result.case).toBeNull();
      expect(db.$client.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 0 });
      expect(result.replies.map((r) => r.text).join('\n')).toMatch(/did not pass our email authentication/);
    },
  );
});

describe('round 12: a PIN given as a link after its label, in a mail', () => {
  it('DOMAIN.md §8: the plain text a mail program writes for an HTML link ("PIN here <https://…/482913>") keeps no PIN in any row; a build link keeps its number', async () => {
    const { db, ingest } = await engine();
    const b = 'alt-boundary';
    const raw = Buffer.from(
      [
        `Authentication-Results: ${TRUSTED_ID}; dmarc=pass header.from=acme.example`,
        'From: Ana Ruiz <ana@acme.example>',
        'To: support@caseline.test',
        'Subject: SIP down',
        'Message-ID: <pin-link@acme.example>',
        'MIME-Version: 1.0',
        `Content-Type: multipart/alternative; boundary="${b}"`,
        '',
        `--${b}`,
        'Content-Type: text/plain; charset=utf-8',
        '',
        'My PIN is here <https://notes.acme.example/p/482913>.',
        'Our production SIP Server 9.0 drops calls since build https://ci.acme.example/build/774411 went live, severity medium, 20 agents.',
        `--${b}`,
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>My PIN is <a href="https://notes.acme.example/p/482913">here</a>.</p>',
        `--${b}--`,
        '',
      ].join('\r\n'),
    );
    await ingest(raw);
    const rows = everyRow(db);
    expect(rows).not.toContain('482913');
    expect(rows).toContain('774411');
  });
});

describe('round 12: a mail body the PIN search read in quadratic time', () => {
  it('a stranger\'s 400 kB mail of digits joined by slashes beside the word "pin" is answered in seconds, not hours (before: 52 s for 100 kB)', async () => {
    const { ingest } = await engine();
    const raw = Buffer.from(
      [
        'From: Mallory <m@evil.example>',
        'To: support@caseline.test',
        'Subject: pin',
        'Message-ID: <slashes@evil.example>',
        'Content-Type: text/plain',
        '',
        `a pin question: ${'1/'.repeat(200_000)}`,
        '',
      ].join('\r\n'),
    );
    const started = performance.now();
    const result = await ingest(raw);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(result.replies.map((r) => r.to)).toContain('m@evil.example');
  });
});
