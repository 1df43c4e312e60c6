// Round 12: the few header lines an answer needs, read as a mail streams past, when the parser gives up on
// a header block larger than 1 MB. Constant memory: only the named lines are kept, bounded.
import { describe, expect, it } from 'vitest';
import { HeaderBlockScanner } from '../../../../src/channels/email/header-block-scan.ts';

function scan(raw: string, chunk = 7): string {
  const scanner = new HeaderBlockScanner();
  const bytes = Buffer.from(raw);
  for (let at = 0; at < bytes.length; at += chunk) scanner.push(bytes.subarray(at, at + chunk));
  return scanner.headerBlock().toString();
}

describe('round 12: the header lines an answer needs, from a streamed mail', () => {
  it('keeps From, Subject, Message-ID and Authentication-Results (folded lines whole, in order), nothing else, and stops at the blank line', () => {
    const raw = [
      'Received: from mx.example by mx.caseline.test',
      'Authentication-Results: mx.caseline.test;',
      '  dmarc=pass header.from=acme.example',
      `X-Junk: ${'z'.repeat(5000)}`,
      'From: Ana Ruiz <ana@acme.example>',
      'Subject: SIP down',
      'Message-ID: <a@acme.example>',
      '',
      'From: body line, not a header',
      '',
    ].join('\n');
    expect(scan(raw)).toBe(
      [
        'Authentication-Results: mx.caseline.test;',
        '  dmarc=pass header.from=acme.example',
        'From: Ana Ruiz <ana@acme.example>',
        'Subject: SIP down',
        'Message-ID: <a@acme.example>',
        '',
        '',
      ].join('\r\n'),
    );
  });

  it('drops a named header longer than 16 kB whole, folded lines included, and keeps the lines after it', () => {
    const raw = [
      'From: Ana <ana@acme.example>',
      `Subject: a`,
      ` ${'b'.repeat(20_000)}`,
      'Message-ID: <m@x>',
      '',
      '',
    ].join('\r\n');
    expect(scan(raw, 4096)).toBe('From: Ana <ana@acme.example>\r\nMessage-ID: <m@x>\r\n\r\n');
  });

  it('keeps at most 256 kB in all, however many named lines come', () => {
    const scanner = new HeaderBlockScanner();
    const line = Buffer.from(`To: ${'x'.repeat(1000)}@example.test\r\n`);
    for (let i = 0; i < 2_000; i++) scanner.push(line);
    expect(scanner.headerBlock().length).toBeLessThanOrEqual(256 * 1024 + 2);
  });
});
