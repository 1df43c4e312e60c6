import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import fc from 'fast-check';
import { type ParsedMail, simpleParser } from 'mailparser';
import MailComposer from 'nodemailer/lib/mail-composer';
import { describe, expect, it } from 'vitest';
import { composeMail, mailComposerOptions } from '../../../../src/channels/email/compose-mail.ts';
import type { OutboundMail } from '../../../../src/channels/email/ports.ts';

const date = new Date('2026-11-23T10:15:00Z');

const reply: OutboundMail = {
  id: 'o1',
  from: 'Caseline Customer Care <support@caseline.example>',
  to: ['ana@acme.example'],
  subject: '[Case 01234567] Re: Llamadas caídas en SIP Server',
  text: 'Hello Ana,\n\nWe opened case 01234567.\n.\nA line that starts with a dot, and one that ends in spaces   \n',
  html: '<p>Hello Ana,</p><p>We opened case <b>01234567</b>.</p>',
  messageId: '<c.01234567.o1.abc@caseline.example>',
  inReplyTo: '<m1@acme.example>',
  references: ['<m0@acme.example>', '<m1@acme.example>'],
  attachments: [],
  attempts: 0,
};

/** What nodemailer's MailComposer makes of the same mail: the reference the fast path must match. */
function reference(mail: OutboundMail): Promise<Buffer> {
  return new MailComposer(mailComposerOptions(mail, date)).compile().build();
}

function visible(parsed: ParsedMail) {
  return {
    from: parsed.from?.value,
    to: [parsed.to].flat().flatMap((a) => a?.value ?? []),
    cc: [parsed.cc].flat().flatMap((a) => a?.value ?? []),
    subject: parsed.subject,
    date: parsed.date?.toISOString(),
    messageId: parsed.messageId,
    inReplyTo: parsed.inReplyTo,
    references: parsed.references,
    autoSubmitted: parsed.headers.get('auto-submitted'),
    // MailComposer ends a single text part with a line break or not, depending on the transfer
    // encoding it picks; a reader sees no difference.
    text: parsed.text?.replace(/\n$/, ''),
    html: parsed.html,
  };
}

/** A header as written, folded lines joined; null when absent. */
function headerLine(message: Buffer, key: string): string | null {
  const head = message.toString('utf8').split('\r\n\r\n')[0] ?? '';
  const match = new RegExp(`^${key}: .*(?:\r\n[ \t].*)*`, 'm').exec(head);
  return match ? match[0] : null;
}

function asBuffer(message: Buffer | Readable): Buffer {
  if (!Buffer.isBuffer(message)) throw new Error('expected the whole message as one Buffer');
  return message;
}

describe('composeMail: outbound replies written without MailComposer', () => {
  it('carries our threading headers, Auto-Submitted (RFC 3834) and both parts of one template', async () => {
    const { envelope, message } = composeMail(reply, date);
    const parsed = await simpleParser(asBuffer(message));
    expect(envelope).toEqual({ from: 'support@caseline.example', to: ['ana@acme.example'] });
    expect(parsed.subject).toBe(reply.subject);
    expect(parsed.messageId).toBe(reply.messageId);
    expect(parsed.inReplyTo).toBe('<m1@acme.example>');
    expect(parsed.references).toEqual(['<m0@acme.example>', '<m1@acme.example>']);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(parsed.text).toContain('.\nA line that starts with a dot, and one that ends in spaces   ');
    expect(parsed.html).toContain('<b>01234567</b>');
  });

  it('lets no line break in an id or subject from inbound mail inject a header', async () => {
    const hostile = {
      ...reply,
      subject: 'Re: hi\r\nBcc: thief@evil.example',
      inReplyTo: '<m1@acme.example>\r\nBcc: thief@evil.example',
      references: ['<m0@acme.example>\nX-Injected: yes'],
    };
    const { envelope, message } = composeMail(hostile, date);
    const parsed = await simpleParser(asBuffer(message));
    expect(envelope.to).toEqual(['ana@acme.example']);
    expect(parsed.headers.has('bcc')).toBe(false);
    expect(parsed.headers.has('x-injected')).toBe(false);
    expect(parsed.subject).toBe('Re: hi Bcc: thief@evil.example');
  });

  it('uses CRLF line ends only and keeps every line within 78 characters (RFC 5322 §2.1.1)', () => {
    const long = `${'Very long subject with ütf-8 words '.repeat(6)}end`;
    const mail = { ...reply, subject: long, text: `${'x'.repeat(300)}\n${'é'.repeat(200)}` };
    const raw = asBuffer(composeMail(mail, date).message).toString('latin1');
    expect(raw).not.toMatch(/[^\r]\n|\r[^\n]/);
    for (const line of raw.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('reads the same as MailComposer for any subject, names, addresses and bodies', async () => {
    const words = fc.string({ unit: 'grapheme', maxLength: 40 });
    // Plain addresses take the fast path; upper case, names, IDN and odd local parts go through nodemailer.
    const address = fc.oneof(
      fc.constantFrom(
        'ana@acme.example',
        'o.brien@client.example',
        'x+tag_1@sub.client-1.example',
        'info@jõgeva.example',
        'Ana.Ruiz@ACME.example',
        '"Ruiz, Ana" <ana@acme.example>',
      ),
      fc.emailAddress(),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          name: words,
          to: fc.array(address, { minLength: 1, maxLength: 3 }),
          cc: fc.option(fc.array(address, { minLength: 1, maxLength: 2 }), { nil: undefined }),
          subject: fc.string({ unit: 'grapheme', maxLength: 200 }),
          // Templates never render an empty body.
          text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 600 }),
          html: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }), { nil: undefined }),
        }),
        async (input) => {
          const { html: _html, ...withoutHtml } = reply;
          const mail: OutboundMail = {
            ...withoutHtml,
            from: `"${input.name.replace(/["\\\r\n]/g, '')}" <support@caseline.example>`,
            to: input.to,
            ...(input.cc ? { cc: input.cc } : {}),
            subject: input.subject,
            text: input.text,
            ...(input.html !== undefined ? { html: input.html } : {}),
          };
          const ours = composeMail(mail, date);
          const theirs = new MailComposer({ from: mail.from, to: mail.to, ...(mail.cc ? { cc: mail.cc } : {}) })
            .compile()
            .getEnvelope();
          expect(ours.envelope).toEqual({ from: theirs.from, to: theirs.to });
          const referenceBytes = await reference(mail);
          const [a, b] = await Promise.all([simpleParser(asBuffer(ours.message)), simpleParser(referenceBytes)]);
          expect(visible(a)).toEqual(visible(b));
          // The address headers are byte for byte nodemailer's, whichever way they were written.
          for (const key of ['From', 'To', 'Cc'])
            expect(headerLine(asBuffer(ours.message), key)).toBe(headerLine(referenceBytes, key));
        },
      ),
      { numRuns: 150 },
    );
  });

  it('streams a mail with attachments through MailComposer, with the same headers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseline-compose-'));
    const path = join(dir, 'stored-0001.bin');
    writeFileSync(path, 'LICENSE FILE BODY');
    const { envelope, message } = composeMail({ ...reply, attachments: [{ filename: 'license.lic', path }] }, date);
    expect(Buffer.isBuffer(message)).toBe(false);
    const parsed = await simpleParser(message as Readable);
    expect(envelope.to).toEqual(['ana@acme.example']);
    expect(parsed.messageId).toBe(reply.messageId);
    expect(parsed.headers.get('auto-submitted')).toBe('auto-replied');
    expect(parsed.attachments.map((a) => [a.filename, a.content.toString()])).toEqual([
      ['license.lic', 'LICENSE FILE BODY'],
    ]);
  });
});
