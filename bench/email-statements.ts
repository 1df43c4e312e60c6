/**
 * Which statements one mail sends to PostgreSQL (issue 24, Speed: round trips per mail), the mail twin of
 * engine-statements.ts: `node --import tsx bench/email-statements.ts [MAILS]` takes bench:email's mails
 * (bench-mails.ts) through the mail path on a throwaway cluster — an IMAP batch's ingest (ingestBatch,
 * the batch's checkpoint) and the outbox sender (claims, SMTP to a stand-in that accepts every mail, the
 * sent marks) — and prints every statement the pool sent for the first batch of three mails, in order,
 * then the statements per mail of a batch of MAILS (default 50, an IMAP batch's size). A debugging aid
 * beside bench:email, not part of the product.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ingestBatch } from '../src/channels/email/ingest-batch.ts';
import { startOutboxSender } from '../src/channels/email/outbox-sender.ts';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { createEngineContext } from '../src/services/engine/index.ts';
import { storeDbOfPostgres } from '../src/store/dialect.ts';
import { createMailCheckpointStore } from '../src/store/mail-checkpoint-store.ts';
import { createMailOutboxStore } from '../src/store/mail-outbox-store.ts';
import { openPostgres, pgSchema } from '../src/store/postgres/postgres-database.ts';
import { createDemoDatabase } from '../tests/integration/postgres/support/cluster-checks.ts';
import { logStatements } from '../tests/integration/postgres/support/statement-log.ts';
import { ingestSettings, MAIL_FROM } from '../tests/integration/support/mail-harness.ts';
import { benchMails } from './support/bench-mails.ts';
import { startBenchPostgres } from './support/postgres-meter.ts';

const MAILS = Number(process.argv[2] ?? 50);
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

const server = await startBenchPostgres();
const dir = mkdtempSync(join(tmpdir(), 'caseline-mail-statements-'));
try {
  const url = await createDemoDatabase(server, 'mail_statements');
  const pgDb = await openPostgres(url, { max: 4 });
  const log = logStatements(pgDb.$client);
  const db = storeDbOfPostgres(pgDb, pgSchema);
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email' });
  const settings = { ...ingestSettings(join(dir, 'attachments')), autoReplyCapPerHour: 100_000 };
  mkdirSync(join(dir, 'attachments'));
  const checkpoints = createMailCheckpointStore(db);
  const outbox = createMailOutboxStore(db, { from: MAIL_FROM, messageIdSecret: settings.messageIdSecret });
  const sender = startOutboxSender({
    store: outbox,
    transport: { send: async () => '250 accepted', close: () => undefined },
    logger: quiet,
    maxAttempts: 8,
    backoff: { initialMs: 1_000, maxMs: 1_000 },
    intervalMs: 3_600_000,
    batchSize: 50,
  });
  const mails = benchMails(3 + MAILS);
  let uid = 0;
  /** One IMAP batch as the channel takes it: ingest, the checkpoint, then the sender until the outbox is empty. */
  const batch = async (sources: Buffer[]) => {
    const messages = sources.map((source) => ({ source, meta: { uid: ++uid, uidValidity: 1 } }));
    log.take();
    const outcomes = await ingestBatch(ctx, settings, messages, quiet);
    await checkpoints.set('INBOX', { uidValidity: 1, lastUid: uid });
    const ingest = log.take();
    let out = 0;
    for (let n = await sender.runOnce(); n > 0; n = await sender.runOnce()) out += n;
    const sending = log.take();
    if (outcomes.length !== sources.length || out !== sources.length) {
      throw new Error(`${sources.length} mails: ${outcomes.length} outcomes, ${out} replies sent`);
    }
    return { ingest, sending };
  };

  const first = await batch(mails.slice(0, 3));
  console.log(`A batch of 3 mails, ingest: ${first.ingest.length} statements`);
  for (const statement of first.ingest) console.log(`  ${statement.slice(0, 160)}`);
  console.log(`…and sending their replies: ${first.sending.length} statements`);
  for (const statement of first.sending) console.log(`  ${statement.slice(0, 160)}`);
  const full = await batch(mails.slice(3));
  const perMail = (n: number) => (n / MAILS).toFixed(2);
  console.log(
    `A batch of ${MAILS} mails: ${perMail(full.ingest.length)} statements per mail to ingest, ` +
      `${perMail(full.sending.length)} to send, ${perMail(full.ingest.length + full.sending.length)} in all`,
  );
  await sender.stop();
  await pgDb.$client.end();
} finally {
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
