// Issue 18 §4: a spreadsheet of a few kilobytes must not take gigabytes. Each bomb (built by
// tests/support/xlsx-bombs.ts) is mailed by a Designated Contact through the real mail path in a child
// process, whose peak RSS and time are measured alone: one message ≤ 300 MB and ≤ 5 s, and a batch of 50
// such messages < 400 MB. The sender is told politely; an honest workbook is still read. A stranger's
// spreadsheet is never opened.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { BOMBS, honestWorkbook } from '../../support/xlsx-bombs.ts';
import { ingestSettings, rawMail } from '../support/mail-harness.ts';

const dir = mkdtempSync(join(tmpdir(), 'caseline-bombs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SCRIPT = join(import.meta.dirname, '../../support/measure-attachments.ts');

interface Measured {
  ms: number;
  peakRssMb: number;
  replies: string[];
}

async function measure(mode: 'one' | 'batch', files: string[]): Promise<Measured> {
  const run = mkdtempSync(join(dir, 'run-'));
  const db = join(run, 'caseline.db');
  writeFileSync(db, await demoImage());
  mkdirSync(join(run, 'attachments'));
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', SCRIPT, mode, db, join(run, 'attachments'), ...files],
    {
      encoding: 'utf8',
      timeout: 120_000,
    },
  );
  return JSON.parse(out.trim().split('\n').pop()!) as Measured;
}

const files = Object.fromEntries(
  Object.entries({ ...BOMBS, honestWorkbook }).map(([name, make]) => {
    const path = join(dir, `${name}.xlsx`);
    writeFileSync(path, make());
    return [name, path];
  }),
);

describe('issue 18 §4: spreadsheet bombs are refused within bounds', () => {
  it.each(Object.keys(BOMBS))('%s: one message stays ≤ 300 MB and ≤ 5 s, and the sender is told', async (name) => {
    const measured = await measure('one', [files[name]!]);
    console.info(`issue 18 §4 ${name}: ${measured.peakRssMb} MB peak RSS, ${measured.ms} ms`);
    expect(measured.peakRssMb).toBeLessThanOrEqual(300);
    expect(measured.ms).toBeLessThanOrEqual(5_000);
    expect(measured.replies.join('\n')).toContain(`I could not read "${name}.xlsx"`);
  });

  it('a batch of 50 messages carrying bombs and honest sheets keeps the bot below 400 MB', async () => {
    const measured = await measure('batch', Object.values(files));
    console.info(`issue 18 §4 batch of 50: ${measured.peakRssMb} MB peak RSS, ${measured.ms} ms`);
    expect(measured.replies).toEqual(['50 messages']);
    expect(measured.peakRssMb).toBeLessThan(400);
  });

  it('an honest workbook is still read into the license request', async () => {
    const measured = await measure('one', [files['honestWorkbook']!]);
    expect(measured.replies.join('\n')).not.toContain('could not read');
    expect(measured.replies.join('\n')).toMatch(/LR-\d{6}/);
  });

  it('a stranger’s spreadsheet is never opened', async () => {
    const db = openDatabase(':memory:', { image: await demoImage() });
    const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, now: () => new Date('2026-11-23T14:00:00Z') });
    const attachmentDir = join(dir, 'stranger');
    mkdirSync(attachmentDir);
    const settings = { ...ingestSettings(attachmentDir), maxAttachmentBytes: 1024 * 1024 };
    const boundary = 'b1';
    const raw = rawMail({
      from: 'mallory@evil.example',
      subject: 'License order',
      messageId: '<stranger-bomb@evil.example>',
      dmarc: 'pass',
      body: '',
      headers: { 'Content-Type': `multipart/mixed; boundary="${boundary}"` },
    })
      .toString()
      .replace('Content-Type: text/plain; charset=utf-8\r\n', '')
      .concat(
        `--${boundary}\r\nContent-Type: text/plain\r\n\r\nlicense order attached\r\n--${boundary}\r\n`,
        'Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="o.xlsx"\r\n',
        `Content-Transfer-Encoding: base64\r\n\r\n${BOMBS.emptyCellsBomb().toString('base64')}\r\n--${boundary}--\r\n`,
      );
    const started = Date.now();
    const result = await ingestMessage(ctx, settings, Buffer.from(raw));
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(result.replies.map((r) => r.text).join('\n')).not.toContain('could not read');
    expect(result.replies.map((r) => r.text).join('\n')).toContain('could not match this address');
    db.$client.close();
  });
});
