// Red team round 11 through the mail path (`ingestMessage`: the parser, the trust verdicts, threading and
// the engine, as the IMAP channel and `caseline ingest` run them), with raw MIME as mail clients send it.
// Each test failed before its fix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { everyRow } from '../../support/replay.ts';
import { ingestEngineAt } from '../support/ingest-engine.ts';
import { TRUSTED_ID } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-round11-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

const NOW = new Date('2026-11-23T14:00:00Z');
const REPORT = 'Our production SIP Server 9.0 drops calls since the dial plan change, severity medium, 20 agents.';

const engine = ingestEngineAt(NOW, attachmentDir);

let serial = 0;
function fromAna(contentType: string, body: string): Buffer {
  serial++;
  const lines = [
    `Authentication-Results: ${TRUSTED_ID}; dmarc=pass header.from=acme.example`,
    'From: Ana Ruiz <ana@acme.example>',
    'To: support@caseline.test',
    'Subject: SIP down',
    'Date: Mon, 23 Nov 2026 09:00:00 +0000',
    `Message-ID: <round11-${serial}@acme.example>`,
    'MIME-Version: 1.0',
    `Content-Type: ${contentType}`,
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body.replace(/\r?\n/g, '\r\n')}\r\n`);
}

describe('a PIN in an HTML form or a table of a mail', () => {
  it('DOMAIN.md §8: labels and values in a <form> (label, textarea, select) are read apart: no PIN is stored', async () => {
    const { db, ingest } = await engine();
    const html = [
      `<html><body><p>${REPORT}</p>`,
      '<form action="https://forms.example/"><label>PIN</label><input name="pin" value="739164">',
      '<textarea>PIN 615283</textarea><select><option>PIN 857302</option></select><button>Send</button></form>',
      '</body></html>',
    ].join('');
    await ingest(fromAna('text/html; charset=utf-8', html));
    const rows = everyRow(db);
    for (const pin of ['739164', '615283', '857302']) expect(rows).not.toContain(pin);
    expect(rows).toContain('dial plan change');
  });

  it('DOMAIN.md §8: a PIN in a plain-text table ("| PIN | 482913 |") is removed and checked', async () => {
    const { db, ingest } = await engine();
    const result = await ingest(fromAna('text/plain; charset=utf-8', `| PIN | 482913 |\n\n${REPORT}`));
    expect(result.replies.map((r) => r.text).join('\n')).toContain('you are verified');
    expect(everyRow(db)).not.toContain('482913');
  });
});
