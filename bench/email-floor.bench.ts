/**
 * What this machine allows a mail bot at all (issue 6's "≥ 0.5 of the baseline"): the baseline of
 * bench:email (fetch and parse a backlog of 2,000) against a *floor* pipeline that does only the steps
 * no correct bot can skip, with none of Caseline's rules: fetch in batches of 50 (the next one fetched
 * ahead), parse each message as the bot does, write one inbound and one outbox row per message in one
 * commit per batch, MOVE the batch (overlapped with the next), and send one fixed plain-text reply per
 * message over one SMTP connection, one mail in flight, each marked sent on its own. Dovecot and the
 * SMTP sink share the machine as in bench:email. Each run is a fresh process (both start cold), and the
 * two alternate, because this machine's speed drifts by a third between minutes.
 *
 * `npm run bench:email:floor` prints each pair and the medians; BENCH_FLOOR_ROUNDS sets the pairs (4).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { ImapFlow } from 'imapflow';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { type ParsedMessage, parseMessage } from '../src/channels/email/parse-message.ts';
import { imapClient, startDovecot } from '../tests/integration/support/dovecot.ts';
import { startSmtpSink } from '../tests/integration/support/smtp-sink.ts';
import { benchMails } from './support/bench-mails.ts';

const COUNT = 2_000;
const BATCH = 50;
const mode = process.argv[2];

if (mode === 'baseline' || mode === 'floor') {
  console.log(JSON.stringify({ mode, rate: await timedRun(mode) }));
} else {
  const rounds = Number(process.env['BENCH_FLOOR_ROUNDS'] ?? 4);
  const rates: Record<'baseline' | 'floor', number[]> = { baseline: [], floor: [] };
  console.log('round  baseline (msg/s)  floor (msg/s)  floor ÷ baseline');
  for (let round = 1; round <= rounds; round++) {
    for (const run of ['baseline', 'floor'] as const) {
      const out = execFileSync('node', ['--import', 'tsx', new URL(import.meta.url).pathname, run], {
        encoding: 'utf8',
      });
      rates[run].push((JSON.parse(out.trim().split('\n').at(-1)!) as { rate: number }).rate);
    }
    const [baseline, floor] = [rates.baseline.at(-1)!, rates.floor.at(-1)!];
    console.log(
      `${String(round).padEnd(7)}${baseline.toFixed(0).padEnd(18)}${floor.toFixed(0).padEnd(15)}${(floor / baseline).toFixed(2)}`,
    );
  }
  const ratios = rates.floor.map((floor, i) => floor / rates.baseline[i]!);
  console.log(
    `median ${median(rates.baseline).toFixed(0).padEnd(18)}${median(rates.floor).toFixed(0).padEnd(15)}${median(ratios).toFixed(2)}   (issue 6 target for the bot: ≥ 0.5)`,
  );
}

/** Messages per second over the backlog, from the open mailbox to the last reply at the sink. */
async function timedRun(run: 'baseline' | 'floor'): Promise<number> {
  const dovecot = await startDovecot();
  const sink = await startSmtpSink({ parse: false });
  const dir = mkdtempSync(join(tmpdir(), 'caseline-floor-'));
  try {
    const loader = imapClient(dovecot);
    await loader.connect();
    for (const mail of benchMails(COUNT)) await loader.append('INBOX', mail);
    await loader.logout();
    const client = imapClient(dovecot);
    await client.connect();
    await client.mailboxCreate('Processed');
    const lock = await client.getMailboxLock('INBOX');
    try {
      const started = performance.now();
      if (run === 'baseline') {
        for await (const message of client.fetch('1:*', { source: true })) {
          if (message.source) await parseMessage(message.source, { storageDir: dir, maxAttachmentBytes: 30 << 20 });
        }
      } else {
        await floor(client, sink.host, sink.port, dir, () => sink.received.length);
      }
      return COUNT / ((performance.now() - started) / 1000);
    } finally {
      lock.release();
      await client.logout();
    }
  } finally {
    await sink.stop();
    await dovecot.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function floor(client: ImapFlow, host: string, port: number, dir: string, delivered: () => number) {
  const db = new Database(join(dir, 'floor.db'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(
    'CREATE TABLE inbound (id INTEGER PRIMARY KEY, message_id TEXT UNIQUE, sender TEXT, subject TEXT, text TEXT)',
  );
  db.exec('CREATE TABLE outbox (id INTEGER PRIMARY KEY, inbound_id INTEGER, recipient TEXT, state TEXT)');
  const addInbound = db.prepare('INSERT INTO inbound (message_id, sender, subject, text) VALUES (?, ?, ?, ?)');
  const addReply = db.prepare("INSERT INTO outbox (inbound_id, recipient, state) VALUES (?, ?, 'pending')");
  const markSent = db.prepare("UPDATE outbox SET state = 'sent' WHERE id = ?");
  const smtp = new SMTPConnection({ host, port, ignoreTLS: true });
  await new Promise<void>((resolve, reject) => smtp.connect((error) => (error ? reject(error) : resolve())));

  const queue: Array<{ id: number; to: string }> = [];
  let sending = false;
  const sendQueued = async () => {
    for (let reply = queue.shift(); reply; reply = queue.shift()) {
      const message = Buffer.from(
        `From: support@caseline.test\r\nTo: ${reply.to}\r\nSubject: Your question\r\nMessage-ID: <floor-${reply.id}@caseline.test>\r\nAuto-Submitted: auto-replied\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nThank you for writing to Customer Care.\r\n`,
      );
      await new Promise((resolve, reject) =>
        smtp.send({ from: 'support@caseline.test', to: [reply.to] }, message, (error, info) =>
          error ? reject(error) : resolve(info),
        ),
      );
      markSent.run(reply.id);
    }
  };
  const wakeSender = () => {
    if (sending) return;
    sending = true;
    // A failed send rejects unhandled and ends the run: the figure would be meaningless.
    void sendQueued().finally(() => {
      sending = false;
    });
  };

  const fetchBatch = async (first: number) => {
    const sources: Buffer[] = [];
    const range = `${first}:${Math.min(first + BATCH - 1, COUNT)}`;
    for await (const message of client.fetch(range, { uid: true, source: true }, { uid: true })) {
      if (message.source) sources.push(message.source);
    }
    return sources;
  };
  let next = fetchBatch(1);
  let moving: Promise<unknown> = Promise.resolve();
  for (let first = 1; first <= COUNT; first += BATCH) {
    const sources = await next;
    if (first + BATCH <= COUNT) next = fetchBatch(first + BATCH);
    const parsed: ParsedMessage[] = [];
    for (const source of sources)
      parsed.push(await parseMessage(source, { storageDir: dir, maxAttachmentBytes: 30 << 20 }));
    db.transaction(() => {
      for (const mail of parsed) {
        const sender = mail.from?.address ?? '';
        const inbound = addInbound.run(mail.messageId, sender, mail.subject, mail.text).lastInsertRowid;
        queue.push({ id: Number(addReply.run(inbound, sender).lastInsertRowid), to: sender });
      }
    })();
    wakeSender();
    await moving;
    moving = client.messageMove(`${first}:${Math.min(first + BATCH - 1, COUNT)}`, 'Processed', { uid: true });
  }
  await moving;
  while (delivered() < COUNT) await new Promise((resolve) => setTimeout(resolve, 2));
  smtp.quit();
  db.close();
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
