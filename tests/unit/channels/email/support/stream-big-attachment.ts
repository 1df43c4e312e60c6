// Run in a child process by parse-message-memory.test.ts: parses a generated message with a large
// attachment, produced lazily so the input never sits in memory, and prints the peak RSS growth.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseMessage } from '../../../../../src/channels/email/parse-message.ts';

const attachmentBytes = Number(process.argv[2] ?? 25 * 1024 * 1024);
const CHUNK = 57 * 1024; // a multiple of 57 bytes → whole 76-character base64 lines
const expectedHash = createHash('sha256');

function* message(): Generator<Buffer> {
  yield Buffer.from(
    'From: Ann <ann@customer.example>\r\nTo: support@caseline.example\r\nSubject: big log\r\n' +
      'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n' +
      'Content-Type: text/plain; charset=utf-8\r\n\r\nThe log is attached.\r\n--b\r\n' +
      'Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="server.log"\r\n' +
      'Content-Transfer-Encoding: base64\r\n\r\n',
  );
  for (let sent = 0; sent < attachmentBytes; sent += CHUNK) {
    const chunk = Buffer.alloc(Math.min(CHUNK, attachmentBytes - sent), `line ${sent}\n`);
    expectedHash.update(chunk);
    yield Buffer.from(`${chunk.toString('base64').replace(/.{76}/g, '$&\r\n').trimEnd()}\r\n`);
  }
  yield Buffer.from('--b--\r\n');
}

const storageDir = mkdtempSync(join(tmpdir(), 'caseline-rss-'));
const baseline = process.memoryUsage().rss;
let peak = baseline;
const sampler = setInterval(() => {
  peak = Math.max(peak, process.memoryUsage().rss);
}, 5);
try {
  const parsed = await parseMessage(Readable.from(message()), { storageDir, maxAttachmentBytes: 100 * 1024 * 1024 });
  peak = Math.max(peak, process.memoryUsage().rss);
  const [attachment] = parsed.attachments;
  process.stdout.write(
    JSON.stringify({
      peakGrowthMb: (peak - baseline) / 1024 / 1024,
      size: attachment?.size,
      hashMatches: attachment?.sha256 === expectedHash.digest('hex'),
      text: parsed.text,
    }),
  );
} finally {
  clearInterval(sampler);
  rmSync(storageDir, { recursive: true, force: true });
}
