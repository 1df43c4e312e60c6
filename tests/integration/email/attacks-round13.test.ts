// Red team round 13 through the mail path (`ingestMessage`: the parser, the trust verdicts, threading and
// the engine, as the IMAP channel and `caseline ingest` run them), with raw MIME as mail clients send it.
// Each test failed before its fix.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { everyRow } from '../../support/replay.ts';
import { ingestEngineAt } from '../support/ingest-engine.ts';
import { TRUSTED_ID } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-round13-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

const engine = ingestEngineAt(new Date('2026-11-23T14:00:00Z'), attachmentDir);

/** A license order as partners attach it, with a colleague's PIN written into it by mistake. */
const ORDER = [
  'Company name: Acme Corp',
  'Sellable item: SIP Server 8.5, quantity 10',
  'License server host name: lic1',
  'Host ID: 0050568a1b2c',
  'OS: Windows Server 2019',
  'Server configuration: single',
  'Purpose: production',
  'Deployment mode: separate',
  'Contact: Renée Müller — PIN: 739164',
].join('\r\n');

let serial = 0;
/** Ana's authenticated mail (her PIN in the body) with `order.txt` attached as `bytes`, under `headers`. */
function withAttachedOrder(headers: string[], bytes: Buffer): Buffer {
  serial++;
  return Buffer.from(
    [
      `Authentication-Results: ${TRUSTED_ID}; dmarc=pass header.from=acme.example`,
      'From: Ana Ruiz <ana@acme.example>',
      'To: support@caseline.test',
      'Subject: License order',
      'Date: Mon, 23 Nov 2026 09:00:00 +0000',
      `Message-ID: <round13-${serial}@acme.example>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b13"',
      '',
      '--b13',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'PIN: 482913',
      'Please process the attached license order.',
      '--b13',
      ...headers,
      'Content-Disposition: attachment; filename="order.txt"',
      'Content-Transfer-Encoding: base64',
      '',
      bytes.toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--b13--',
      '',
    ].join('\r\n'),
  );
}

describe('round 13: a textual attachment in another charset than UTF-8', () => {
  it.each([
    [
      'UTF-16 with a byte-order mark (Notepad’s "Unicode")',
      ['Content-Type: text/plain; name="order.txt"'],
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(ORDER, 'utf-16le')]),
    ],
    [
      'UTF-16 big-endian with its mark',
      ['Content-Type: application/octet-stream; name="order.txt"'],
      () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(ORDER, 'utf-16be')]),
    ],
  ])(
    'DOMAIN.md §7, §8: %s is read: the order is routed whole, the colleague’s PIN is stored nowhere',
    async (_how, headers, bytes) => {
      const { db, ingest } = await engine();
      const result = await ingest(withAttachedOrder(headers, bytes()));
      expect(result.reason).toBe('license-request-routed');
      const rows = everyRow(db);
      expect(rows).not.toContain('739164');
      expect(rows).not.toContain('+ADc-39164');
      expect(rows).not.toContain('482913');
      const routed = db.$client.prepare("select text from outbox where recipient like '%licensing%'").all() as Array<{
        text: string;
      }>;
      expect(routed.map((r) => r.text).join('\n')).toMatch(/companyName: Acme Corp[\s\S]*hostId: 0050568a1b2c/);
    },
  );
});
