// Red team round 9 through the mail path (`ingestMessage`: the parser, the trust verdicts, threading and
// the engine, as the IMAP channel and `caseline ingest` run them), with raw MIME as mail clients send it.
// Each test failed before its fix.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { everyRow } from '../../support/replay.ts';
import { ingestEngineAt } from '../support/ingest-engine.ts';
import { TRUSTED_ID } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-round9-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

const NOW = new Date('2026-11-23T14:00:00Z');
const REPORT = 'Our production SIP Server 9.0 drops calls since the dial plan change, severity medium, 20 agents.';

const engine = ingestEngineAt(NOW, attachmentDir);

let serial = 0;
/** A mail from Ana (Acme's Designated Contact, DMARC pass) with the given headers below the common ones. */
function fromAna(subject: string, headers: string[], body: string): Buffer {
  serial++;
  const lines = [
    `Authentication-Results: ${TRUSTED_ID}; dmarc=pass header.from=acme.example`,
    'From: Ana Ruiz <ana@acme.example>',
    'To: support@caseline.test',
    `Subject: ${subject}`,
    'Date: Mon, 23 Nov 2026 09:00:00 +0000',
    `Message-ID: <round9-${serial}@acme.example>`,
    'MIME-Version: 1.0',
    ...headers,
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`);
}

/** Outlook's winmail.dat of a real message (MimeKit's test data), as base64 lines. */
function winmailDat(): string {
  const fixture = readFileSync(
    join(import.meta.dirname, '../../fixtures/mail/mimekit__tnef_ukr_koi8r_winmail.eml'),
    'utf8',
  );
  const part = fixture.split('Content-Type: application/ms-tnef; name="winmail.dat"')[1] ?? '';
  return part.replace(/^\r?\n\r?\n/, '').split(/\r?\n--/)[0] ?? '';
}

function tnefOnly(subject: string, extra: string[] = []): Buffer {
  return fromAna(
    subject,
    ['Content-Type: multipart/mixed; boundary="b9"', ...extra],
    [
      '--b9',
      'Content-Type: application/ms-tnef; name="winmail.dat"',
      'Content-Disposition: attachment; filename="winmail.dat"',
      'Content-Transfer-Encoding: base64',
      '',
      winmailDat(),
      '--b9--',
    ].join('\n'),
  );
}

describe('a body in UTF-7, which the mail parser leaves undecoded', () => {
  it('DOMAIN.md §8: "PIN: +ADQ-82913" in a UTF-7 body is decoded, checked and stored nowhere; the case opens', async () => {
    const { db, ingest } = await engine();
    const result = await ingest(
      fromAna('SIP down', ['Content-Type: text/plain; charset=utf-7'], `PIN: +ADQ-82913\n${REPORT}`),
    );
    expect(result.replies.map((r) => r.text).join('\n')).toContain('you are verified');
    expect(result.case).toMatch(/^\d{8}$/);
    const rows = everyRow(db);
    expect(rows).not.toContain('ADQ-82913');
    expect(rows).not.toContain('482913');
  });

  it('DOMAIN.md §8: the same body in base64 and quoted-printable, and "unicode-1-1-utf-7", is decoded alike', async () => {
    for (const headers of [
      ['Content-Type: text/plain; charset="UNICODE-1-1-UTF-7"', 'Content-Transfer-Encoding: base64'],
      ['Content-Type: text/plain; charset=utf-7', 'Content-Transfer-Encoding: quoted-printable'],
    ]) {
      const { db, ingest } = await engine();
      const text = `PIN: +ADQ-82913\n${REPORT}`;
      const body = headers[1]?.endsWith('base64') ? Buffer.from(text).toString('base64') : text.replace(/=/g, '=3D');
      const result = await ingest(fromAna('SIP down', headers, body));
      expect(result.replies.map((r) => r.text).join('\n'), headers[0]).toContain('you are verified');
      expect(everyRow(db)).not.toContain('ADQ-82913');
    }
  });

  it('DOMAIN.md §8: a PIN in a UTF-7 encoded word of the subject is removed from the subject we store and echo', async () => {
    const { db, ingest } = await engine();
    const result = await ingest(
      fromAna('=?utf-7?Q?PIN:_+ADQ-82913?= =?utf-8?Q?SIP_down?=', ['Content-Type: text/plain; charset=utf-8'], REPORT),
    );
    expect(result.replies[0]?.subject).toContain('PIN: [PIN removed]SIP down');
    expect(everyRow(db)).not.toContain('ADQ-82913');
  });
});

describe('a body in a charset nobody here decodes', () => {
  it('issue 18 §3: UTF-16 bytes labelled "x-klingon" are answered as unreadable, naming the charset; nothing is acted on or stored', async () => {
    const { db, ingest } = await engine();
    const utf16 = Buffer.from(`PIN: 482913\n${REPORT}`, 'utf16le').toString('base64');
    const result = await ingest(
      fromAna('SIP down', ['Content-Type: text/plain; charset=x-klingon', 'Content-Transfer-Encoding: base64'], utf16),
    );
    expect(result.reason).toBe('unreadable');
    expect(result.replies.map((r) => r.text)).toEqual([
      'I could not read your message: it is written in a character set I cannot decode (x-klingon). Please send it again as plain text (files as attachments); I have not acted on it.',
    ]);
    expect(result.case).toBeNull();
    expect(everyRow(db)).not.toMatch(/4\W?8\W?2\W?9\W?1\W?3/);
  });

  it('a plain ASCII body under an unknown label is read as it is (its bytes are UTF-8)', async () => {
    const { ingest } = await engine();
    const result = await ingest(
      fromAna('SIP down', ['Content-Type: text/plain; charset=x-user-defined'], `PIN: 482913\n${REPORT}`),
    );
    expect(result.reason).toBe('new-case');
  });
});

describe('a mail whose only body is Outlook’s winmail.dat (TNEF)', () => {
  it('issue 18 §4: a new mail is answered "could not read, send plain text", not asked for a case’s details', async () => {
    const { ingest } = await engine();
    const result = await ingest(tnefOnly('Calls dropping'));
    expect(result.reason).toBe('unreadable');
    expect(result.replies.map((r) => r.text)).toEqual([
      'I could not read your message: its text came only as "winmail.dat", Outlook’s rich-text format (TNEF), which I cannot open. Please send it again as plain text (files as attachments); I have not acted on it.',
    ]);
  });

  it('issue 18 §4: in a case’s thread it is not added to the case as a wordless file: the contact is asked for plain text', async () => {
    const { db, ingest } = await engine();
    const opened = await ingest(
      fromAna('SIP down', ['Content-Type: text/plain; charset=utf-8'], `PIN: 482913\n${REPORT}`),
    );
    expect(opened.case).toMatch(/^\d{8}$/);
    // Our reply is recorded on the case like every reply; nothing the contact sent is.
    const events = () =>
      db.$client.prepare("SELECT count(*) AS n FROM case_events WHERE kind <> 'message-out'").get() as { n: number };
    const before = events().n;
    const reply = await ingest(tnefOnly(`Re: [Case ${opened.case}] SIP down`));
    expect(reply.replies.map((r) => r.text).join('\n')).toContain('Please send it again as plain text');
    expect(reply.replies.map((r) => r.text).join('\n')).not.toContain('I added the file');
    expect(events().n).toBe(before);
  });

  it('a winmail.dat beside a readable text part is kept as a file and the text is read', async () => {
    const { ingest } = await engine();
    const raw = readFileSync(
      join(import.meta.dirname, '../../fixtures/mail/mimekit__tnef_ukr_koi8r_winmail.eml'),
      'utf8',
    ).replace(
      /^From: .*$/m,
      `Authentication-Results: ${TRUSTED_ID}; dmarc=pass header.from=acme.example\nFrom: <ana@acme.example>`,
    );
    const result = await ingest(Buffer.from(raw));
    expect(result.reason).not.toBe('unreadable');
  });
});

describe('a huge subject', () => {
  it('issue 18: a 300,000-character subject is answered within seconds; the subject kept and echoed is cut to 998 characters', async () => {
    const { db, ingest } = await engine();
    const started = Date.now();
    const result = await ingest(
      fromAna(`Status ${'X'.repeat(300_000)}`, ['Content-Type: text/plain; charset=utf-8'], `PIN: 482913\n${REPORT}`),
    );
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(result.case).toMatch(/^\d{8}$/);
    expect(result.replies[0]!.subject.length).toBeLessThan(1100);
    const stored = db.$client.prepare('SELECT max(length(subject)) AS n FROM inbound_messages').get() as { n: number };
    expect(stored.n).toBeLessThanOrEqual(998);
  }, 60_000);
});
