// Round 11: the parser opens at most 1,000 MIME nodes of a mail. Past that, the mail's header block is
// still read — its sender, subject and Message-ID — so the sender can be told why the mail was not read,
// nothing of its body is stored (the raw mail is set aside whole), and a mail without a From address
// fails as before (quarantined, nobody to tell).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseMessage } from '../../../../src/channels/email/parse-message.ts';

const storageDir = mkdtempSync(join(tmpdir(), 'caseline-parts-limit-'));
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));
const parse = (raw: Buffer) => parseMessage(raw, { storageDir, maxAttachmentBytes: 1_000_000 });

const HEADER = [
  'From: Ana Ruiz <ana@acme.example>',
  'To: support@caseline.example',
  'Subject: Logs of every desktop',
  'Message-ID: <limit-1@acme.example>',
  'MIME-Version: 1.0',
];

/** One text part and `files` attachments: `files` + 2 MIME nodes with the root. */
function flat(files: number, header = HEADER): Buffer {
  const lines = [
    ...header,
    'Content-Type: multipart/mixed; boundary="b"',
    '',
    '--b',
    'Content-Type: text/plain',
    '',
    'Logs attached.',
  ];
  for (let i = 0; i < files; i++) {
    lines.push(
      '--b',
      `Content-Type: text/plain; name="l${i}.log"`,
      `Content-Disposition: attachment; filename="l${i}.log"`,
      '',
      `line ${i}`,
    );
  }
  return Buffer.from([...lines, '--b--', ''].join('\r\n'));
}

/** A multipart nested `depth` levels deep, a text at its bottom. */
function deep(depth: number): Buffer {
  const open: string[] = [];
  const close: string[] = [];
  for (let i = 0; i < depth; i++) {
    open.push(`Content-Type: multipart/mixed; boundary="d${i}"`, '', `--d${i}`);
    close.unshift(`--d${i}--`);
  }
  return Buffer.from([...HEADER, ...open, 'Content-Type: text/plain', '', 'Deep down.', ...close, ''].join('\r\n'));
}

describe('round 11: a mail past the parser’s 1,000 MIME parts', () => {
  it('round 11: 1,001 attachments: the header block is read, the body is not, nothing is stored, and the mail is set aside with its reason', async () => {
    const parsed = await parse(flat(1_001));
    expect(parsed.from).toEqual({ address: 'ana@acme.example', name: 'Ana Ruiz' });
    expect(parsed.subject).toBe('Logs of every desktop');
    expect(parsed.messageId).toBe('<limit-1@acme.example>');
    expect(parsed.text).toBe('');
    expect(parsed.fullText).toBe('');
    expect(parsed.attachments).toEqual([]);
    expect(parsed.unreadableBody).toMatch(/more than 1,000 MIME parts/);
    expect(parsed.setAside).toMatch(/^unparseable: more than 1,000 MIME parts/);
    expect(readdirSync(storageDir)).toEqual([]);
  });

  it('round 11: a MIME tree 2,000 levels deep is told and set aside the same way', async () => {
    const parsed = await parse(deep(2_000));
    expect(parsed.from?.address).toBe('ana@acme.example');
    expect(parsed.setAside).toMatch(/more than 1,000 MIME parts/);
  });

  it('round 11: without a From address there is nobody to tell: the parse fails as before (quarantined)', async () => {
    await expect(parse(flat(1_001, HEADER.slice(1)))).rejects.toThrow('Max allowed child nodes exceeded');
  });

  it('round 11: 1,000 MIME nodes (the root, the text and 998 files) are read as usual', async () => {
    const parsed = await parse(flat(998));
    expect(parsed.setAside).toBeNull();
    expect(parsed.unreadableBody).toBeNull();
    expect(parsed.text).toBe('Logs attached.');
    expect(parsed.attachments).toHaveLength(998);
  });
});

describe('round 12: a mail whose header block is larger than the parser reads (1 MB)', () => {
  const junk = `X-Trace: ${'a'.repeat(3 * 1024 * 1024)}`;
  const withJunk = (lines: string[]) =>
    Buffer.from([...lines, 'Content-Type: text/plain', '', 'PIN: 482913', ''].join('\r\n'));

  it.each([
    ['before the junk', [...HEADER, junk]],
    ['after the junk', [junk, ...HEADER]],
  ])(
    'round 12: the sender, subject and Message-ID are read (%s), the body is not, and the mail is set aside with its reason',
    async (_where, lines) => {
      const parsed = await parse(withJunk(lines));
      expect(parsed.from).toEqual({ address: 'ana@acme.example', name: 'Ana Ruiz' });
      expect(parsed.subject).toBe('Logs of every desktop');
      expect(parsed.messageId).toBe('<limit-1@acme.example>');
      expect(parsed.text).toBe('');
      expect(parsed.unreadableBody).toMatch(/header .* larger than 1 MB/);
      expect(parsed.setAside).toMatch(/^unparseable: a header block larger than 1 MB/);
    },
  );

  it("round 12: an attachment's header past 1 MB is answered the same way, the mail's own header read as usual", async () => {
    const lines = [
      ...HEADER,
      'Content-Type: multipart/mixed; boundary="b"',
      '',
      '--b',
      'Content-Type: text/plain',
      '',
      'Logs.',
    ];
    const inner = [
      '--b',
      `X-Trace: ${'a'.repeat(2 * 1024 * 1024)}`,
      'Content-Type: text/plain; name="a.log"',
      '',
      'log',
      '--b--',
      '',
    ];
    const parsed = await parse(Buffer.from([...lines, ...inner].join('\r\n')));
    expect(parsed.from?.address).toBe('ana@acme.example');
    expect(parsed.unreadableBody).toMatch(/above an attachment\) is larger than 1 MB/);
    expect(parsed.attachments).toEqual([]);
  });

  it('round 12: without a From address the parse fails as before (quarantined, nobody to tell)', async () => {
    await expect(parse(withJunk([junk, ...HEADER.slice(1)]))).rejects.toThrow(
      'Max header size for a MIME node exceeded',
    );
  });
});
