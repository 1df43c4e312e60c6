// The mail channel of one bot on the seeded demo database, against a fresh loopback Dovecot and SMTP
// sink: what the channel tests that drive mail through IMAP in and SMTP out start before they run.
import { rmSync } from 'node:fs';
import {
  type MailChannel,
  type MailChannelTuning,
  startMailChannel,
} from '../../../src/channels/email/start-mail-channel.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import type { Db } from '../../../src/store/database.ts';
import { type DovecotServer, startDovecot } from './dovecot.ts';
import { mailConfig, mailEnv, openDb, seededDatabaseFile, silentLogger } from './mail-harness.ts';
import { type SmtpSink, startSmtpSink } from './smtp-sink.ts';

export interface MailBot {
  dovecot: DovecotServer;
  sink: SmtpSink;
  /** The seeded database's directory (its attachments below it). */
  dir: string;
  db: Db;
  channel: MailChannel;
  /** Stops the channel, closes the database, stops both servers and deletes the directory. */
  stop(): Promise<void>;
}

export async function startMailBot(tuning: MailChannelTuning, env: Record<string, string> = {}): Promise<MailBot> {
  const [dovecot, sink] = await Promise.all([startDovecot(), startSmtpSink()]);
  const { dir, path } = await seededDatabaseFile();
  const db = openDb(path);
  const config = mailConfig(mailEnv(dovecot, sink, dir, env));
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email' });
  const channel = await startMailChannel(config, ctx, silentLogger, tuning);
  return {
    dovecot,
    sink,
    dir,
    db,
    channel,
    stop: async () => {
      await channel.stop();
      db.$client.close();
      await Promise.all([dovecot.stop(), sink.stop()]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
