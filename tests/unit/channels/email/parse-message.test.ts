import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { type ParsedMessage, parseMessage } from '../../../../src/channels/email/parse-message.ts';
import { classifyInbound } from '../../../../src/domain/email/inbound-classification.ts';
import { waitFor } from '../../../integration/support/wait-for.ts';

const MAIL = join(import.meta.dirname, '../../../fixtures/mail');
const storageDir = mkdtempSync(join(tmpdir(), 'caseline-parse-'));
afterAll(() => rmSync(storageDir, { recursive: true, force: true }));

const parse = (file: string, maxAttachmentBytes = 10_000_000) =>
  parseMessage(readFileSync(join(MAIL, file)), { storageDir, maxAttachmentBytes });

const classify = (parsed: ParsedMessage) =>
  classifyInbound({
    headers: parsed.headers,
    subject: parsed.subject,
    ownAddresses: ['support@caseline.example'],
    isOwnMessageId: () => false,
    deliveryReport: parsed.deliveryReport,
  });

describe('parseMessage over the whole mail corpus', () => {
  const files = readdirSync(MAIL).filter((f) => f.endsWith('.eml'));

  it('has the corpus', () => {
    expect(files.length).toBe(71);
  });

  it.each(files)('%s parses without throwing', async (file) => {
    const parsed = await parse(file);
    expect(typeof parsed.text).toBe('string');
    expect(Array.isArray(parsed.references)).toBe(true);
    for (const attachment of parsed.attachments) expect(existsSync(attachment.storagePath)).toBe(true);
  });
});

describe('parseMessage details', () => {
  it.each([
    ['rubymail__multi_charset__japanese_iso_2022.eml', 'まみむめも'],
    ['mimekit__japanese.eml', '日本語メールテスト (testing Japanese emails)'],
    ['phpmimemailparser__issue116.eml', 'ЖД№41 от 28.09.2016'],
    ['rubymail__rfc6532__utf8_headers.eml', 'Säying Hello'],
    ['rubymail__attachment_emails__attachment_with_quoted_filename.eml', 'Eelanalüüsi päring'],
  ])('decodes the subject of %s', async (file, subject) => {
    expect((await parse(file)).subject).toBe(subject);
  });

  it('decodes Shift_JIS and KOI8-R bodies', async () => {
    expect((await parse('rubymail__multi_charset__japanese_shift_jis.eml')).fullText).toMatch(
      /[\u3040-\u30ff\u4e00-\u9fff]/,
    );
    expect((await parse('mimekit__tnef_ukr_koi8r_winmail.eml')).fullText).toMatch(/[\u0400-\u04ff]/);
  });

  it('streams attachments to disk with their decoded names, size and sha256', async () => {
    const parsed = await parse('rubymail__attachment_emails__attachment_nonascii_filename.eml');
    expect(parsed.attachments).toHaveLength(1);
    const [attachment] = parsed.attachments;
    expect(attachment!.filename).toBe('ciële.txt');
    expect(readFileSync(attachment!.storagePath).length).toBe(attachment!.size);
    expect(attachment!.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(attachment!.storagePath.startsWith(storageDir)).toBe(true);
  });

  it('never lets a hostile filename choose the storage path', async () => {
    const parsed = await parse('phpmimemailparser__m0027.eml');
    expect(parsed.attachments[0]!.filename).toBe('1234/../../1234.txt');
    expect(parsed.attachments[0]!.storagePath.startsWith(storageDir)).toBe(true);
  });

  it('keeps a forwarded message/rfc822 part as an attachment', async () => {
    const parsed = await parse('rubymail__attachment_emails__attachment_message_rfc822.eml');
    expect(parsed.attachments.map((a) => a.contentType)).toContain('message/rfc822');
  });

  it('records oversized attachments, removes the partial file and keeps parsing', async () => {
    const before = readdirSync(storageDir).length;
    const parsed = await parse('mailparser__nodemailer.eml', 1000);
    expect(parsed.oversized.length).toBeGreaterThan(0);
    expect(parsed.attachments.every((a) => a.size <= 1000)).toBe(true);
    expect(readdirSync(storageDir).length).toBe(before + parsed.attachments.length);
    expect(parsed.subject).toMatch(/^Nodemailer is unicode friendly/);
  });

  it('extracts only the new content of a reply and keeps the ids', async () => {
    const parsed = await parse('talon__reply_gmail.eml');
    expect(parsed.text).toBe('Hello');
    expect(parsed.fullText.length).toBeGreaterThan(parsed.text.length);
    expect(parsed.messageId).toBe('<CAKsfaBW4hj0Gek6TwbR3erng4P1y0CZzJ0d=pXtCNnYnbe7PLg@mail.gmail.com>');
  });

  it('reads In-Reply-To and every References id', async () => {
    const parsed = await parse('rubymail__plain_emails__raw_email_reply.eml');
    expect(parsed.inReplyTo).toBe('<348F04F142D69C21-291E56D292BC@xxxx.net>');
    expect(parsed.references).toEqual(['<473FF3B8.9020707@xxx.org>', '<348F04F142D69C21-291E56D292BC@xxxx.net>']);
  });

  it('keeps every Authentication-Results value in the header map', async () => {
    const raw = Buffer.from(
      'Authentication-Results: mx.a; dkim=pass\r\nAuthentication-Results: mx.b;\r\n dmarc=fail\r\n' +
        'From: Ann <Ann@Customer.Example>\r\nTo: support@caseline.example\r\nSubject: hi\r\n\r\nbody\r\n',
    );
    const parsed = await parseMessage(raw, { storageDir, maxAttachmentBytes: 1000 });
    expect(parsed.headers['authentication-results']).toEqual(['mx.a; dkim=pass', 'mx.b; dmarc=fail']);
    expect(parsed.from).toEqual({ address: 'ann@customer.example', name: 'Ann' });
    expect(parsed.to).toEqual([{ address: 'support@caseline.example', name: '' }]);
  });
});

describe('parseMessage when the message breaks off halfway', () => {
  it('leaves no attachment files behind, stored or half-written (bad input loses nothing, keeps no junk)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseline-broken-'));
    try {
      const base64Line = `${Buffer.alloc(57, 7).toString('base64')}\r\n`;
      const head = [
        'From: Ana <ana@acme.example>',
        'Subject: traces',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'Two traces attached.',
        '--b',
        'Content-Type: application/octet-stream; name="one.bin"',
        'Content-Transfer-Encoding: base64',
        '',
        base64Line.repeat(2000), // ~156 kB: mailparser streams parts this size as they come
        '--b',
        'Content-Type: application/octet-stream; name="two.bin"',
        'Content-Transfer-Encoding: base64',
        '',
        '',
      ].join('\r\n');
      const source = new Readable({ read: () => undefined });
      const parsing = parseMessage(source, { storageDir: dir, maxAttachmentBytes: 10_000_000 });
      const settled = parsing.then(
        () => 'parsed',
        (error: Error) => error.message,
      );
      source.push(Buffer.from(head));
      source.push(Buffer.from(base64Line.repeat(2000))); // the second part is being written
      await waitFor(() => readdirSync(dir).length === 2, 'one file stored, one half-written');
      source.destroy(new Error('connection lost'));
      expect(await settled).toBe('connection lost');
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('noise in the corpus is never answerable', () => {
  it.each([
    ['sisimai__rfc3834-01.eml', 'ignore'],
    ['sisimai__rfc3834-04.eml', 'ignore'],
    ['sisimai__rfc3834-06.eml', 'ignore'],
    ['phpmimemailparser__issue212.eml', 'ignore'],
    ['phpmimemailparser__issue84.eml', 'ignore'],
    ['rubymail__error_emails__empty_in_reply_to.eml', 'ignore'],
    ['phpmimemailparser__m0015_longline.eml', 'ignore'],
    ['postalmime__arf.eml', 'ignore'],
    ['mimekit__disposition-notification.eml', 'ignore'],
    ['mailparser__delivery-status.eml', 'bounce'],
    ['postalmime__bounce.eml', 'bounce'],
    ['mimekit__bounce.eml', 'bounce'],
    ['phpmimemailparser__failure.eml', 'bounce'],
    ['spamscope__mail_malformed_2.eml', 'bounce'],
    ['rubymail__multipart_report_emails__report_422.eml', 'bounce'],
    ['rubymail__multipart_report_emails__multipart_report_multiple_status.eml', 'bounce'],
    ['sisimai__lhost-gmail-01.eml', 'bounce'],
    ['sisimai__lhost-postfix-01.eml', 'bounce'],
    ['sisimai__lhost-exchange2007-01.eml', 'bounce'],
    ['sisimai__lhost-office365-01.eml', 'bounce'],
    ['talon__reply_gmail.eml', 'answerable'],
    ['rubymail__plain_emails__raw_email_reply.eml', 'answerable'],
  ])('%s → %s', async (file, kind) => {
    expect(classify(await parse(file)).kind).toBe(kind);
  });

  it('reads the original Message-ID and failed recipients of bounces', async () => {
    expect(classify(await parse('mailparser__delivery-status.eml'))).toEqual({
      kind: 'bounce',
      reason: 'delivery status notification',
      originalMessageId: '<xxxxx@email.amazonses.com>',
      failedRecipients: ['xxxx@xxxx.com'],
    });
    const gmail = classify(await parse('sisimai__lhost-gmail-01.eml'));
    expect(gmail.kind === 'bounce' && gmail.originalMessageId).toBe('<D992C2C3-F175-4C4D-97E2-53A90E4E5BF5@gmail.com>');
    const postfix = classify(await parse('sisimai__lhost-postfix-01.eml'));
    expect(postfix.kind === 'bounce' && postfix.failedRecipients).toEqual(['r@p351355.pool.example.ne.jp']);
    const delayed = classify(await parse('rubymail__multipart_report_emails__report_422.eml'));
    expect(delayed.kind === 'bounce' && delayed.failedRecipients).toEqual([]);
  });
});
