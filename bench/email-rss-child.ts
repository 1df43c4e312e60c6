/**
 * Child of email.bench.ts: the channel in a fresh process handles the one mail with a 25 MB attachment
 * that the parent APPENDed (Dovecot → ingest → SMTP sink); prints the process's peak RSS (target < 200 MB).
 * The parent builds the mail, so its memory is not counted here.
 */
import { startMailChannel } from '../src/channels/email/start-mail-channel.ts';
import { loadConfig } from '../src/config.ts';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { createEngineContext } from '../src/services/engine/index.ts';
import { openDatabase } from '../src/store/database.ts';

const silent = { info: () => undefined, warn: () => undefined, error: () => undefined };
const config = loadConfig(process.env, '/nonexistent/.env');
const db = openDatabase(config.CASELINE_DB);
const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email' });
const channel = startMailChannel(config, ctx, silent, { sendIntervalMs: 50 });
const sent = () => db.$client.prepare("SELECT count(*) AS n FROM outbox WHERE state = 'sent'").get() as { n: number };
while (sent().n < 1) await new Promise((r) => setTimeout(r, 20));
await channel.stop();
const stored = db.$client.prepare('SELECT size FROM attachments').get() as { size: number } | undefined;
db.$client.close();
const peak = process.resourceUsage().maxRSS / 1024;
console.log(
  `25 MB attachment:       peak RSS ${peak.toFixed(0)} MB (target < 200; attachment stored: ${((stored?.size ?? 0) / 1048576).toFixed(1)} MB)`,
);
