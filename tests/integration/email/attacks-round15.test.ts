// Red team round 15 through the mail path (`ingestMessage`: the parser, the trust verdicts, threading and the
// engine, as the IMAP channel and `caseline ingest` run them), with raw MIME as mail clients send it. Each test
// failed before its fix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { everyRow } from '../../support/replay.ts';
import { ingestEngineAt } from '../support/ingest-engine.ts';
import { TRUSTED_ID } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-round15-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

const engine = ingestEngineAt(new Date('2026-11-23T14:00:00Z'), attachmentDir);

let serial = 0;
/** Ana's authenticated mail with `body` as its one part of `type`. */
function anaMail(subject: string, type: string, body: string): Buffer {
  serial++;
  return Buffer.from(
    [
      `Authentication-Results: ${TRUSTED_ID}; dmarc=pass header.from=acme.example`,
      'From: Ana Ruiz <ana@acme.example>',
      'To: support@caseline.test',
      `Subject: ${subject}`,
      'Date: Mon, 23 Nov 2026 09:00:00 +0000',
      `Message-ID: <round15-${serial}@acme.example>`,
      'MIME-Version: 1.0',
      `Content-Type: ${type}; charset=utf-8`,
      '',
      body,
      '',
    ].join('\r\n'),
  );
}

describe('round 15: HTML nested deeper than the converter recursed', () => {
  it('DOMAIN.md §8: a mail of 20,000 nested <div>s is read and answered, not set aside unanswered', async () => {
    const { ingest } = await engine();
    const html = `<p>What is the status of case 01000001?</p>${'<div>'.repeat(20_000)}end`;
    const result = await ingest(anaMail('status', 'text/html', html));
    expect(result.decision).not.toBe('quarantined');
    expect(result.replies.some((r) => r.to === 'ana@acme.example')).toBe(true);
  });
});

describe('round 15: controls in the chain a license request is read from', () => {
  it('issue 18 §8: a bidi override or a terminal sequence in the order reaches neither Licensing nor any row', async () => {
    const { db, ingest } = await engine();
    const body = [
      'Please issue a permanent license file.',
      'Company name: Acme \u202eCorp\u202c',
      'Sellable item: SIP Server 8.5, quantity 20',
      'Host name of the license server: lic01\u001b]0;owned\u0007',
      'Host ID: 0050569a1b2c',
      'OS: Windows Server 2019',
      'Server configuration: single',
      'Purpose: production',
      'Deployment mode: separate',
      '',
      'Regards,',
      'Ana',
    ].join('\r\n');
    const result = await ingest(anaMail('license request', 'text/plain', body));
    expect(result.reason).toBe('license-request-routed');
    const rows = everyRow(db);
    for (const control of ['\u202e', '\u202c', '\\u001b', '\\u0007']) expect(rows).not.toContain(control);
    expect(rows).toContain('Acme Corp');
  });
});
