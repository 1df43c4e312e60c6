/**
 * Run in a child process by tests/integration/email/spreadsheet-bombs.test.ts, so its memory is
 * measured alone: mails from a Designated Contact carrying the given .xlsx files go through the real
 * mail path (parse, store, bounded read, engine), one message or one IMAP-sized batch, and the peak RSS
 * and time are printed as JSON. Usage: node --import tsx measure-attachments.ts one|batch DB DIR FILE…
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ingestBatch } from '../../src/channels/email/ingest-batch.ts';
import { ingestMessage } from '../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../src/services/engine/index.ts';
import { openDatabase } from '../../src/store/database.ts';

const [mode, dbPath, attachmentDir, ...files] = process.argv.slice(2);
const db = openDatabase(dbPath!);
const ctx = createEngineContext({
  db,
  policy: DEFAULT_POLICY,
  staffChannel: 'email',
  now: () => new Date('2026-11-23T14:00:00Z'),
});
const settings = {
  ownAddress: 'support@caseline.test',
  trustedAuthservId: 'mx.caseline.test',
  messageIdSecret: 'measure-secret',
  attachmentDir: attachmentDir!,
  maxAttachmentBytes: 30 * 1024 * 1024,
  autoReplyCapPerHour: 1000,
};

function mail(file: string, n: number): Buffer {
  const content = readFileSync(file).toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    [
      'Authentication-Results: mx.caseline.test; dmarc=pass header.from=acme.example',
      'From: Ana Ruiz <ana@acme.example>',
      'To: support@caseline.test',
      'Subject: License order',
      `Message-ID: <bomb-${n}-${basename(file)}@acme.example>`,
      'MIME-Version: 1.0',
      'Content-Type: multipart/mixed; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please process the attached license order.',
      '--b1',
      `Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet; name="${basename(file)}"`,
      'Content-Disposition: attachment',
      'Content-Transfer-Encoding: base64',
      '',
      content,
      '--b1--',
      '',
    ].join('\r\n'),
  );
}

const started = performance.now();
const replies: string[] = [];
if (mode === 'one') {
  const result = await ingestMessage(ctx, settings, mail(files[0]!, 0));
  replies.push(...result.replies.map((r) => r.text));
} else {
  const batch = Array.from({ length: 50 }, (_, i) => ({
    source: mail(files[i % files.length]!, i),
    meta: { uid: i + 1, uidValidity: 1 },
  }));
  const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const outcomes = await ingestBatch(ctx, settings, batch, silent);
  replies.push(`${outcomes.length} messages`);
}
const ms = performance.now() - started;
db.$client.close();
process.stdout.write(
  `${JSON.stringify({ ms: Math.round(ms), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024), replies })}\n`,
);
