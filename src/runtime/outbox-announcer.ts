/**
 * Mail to send, announced across processes on PostgreSQL (issue 24, two processes): the process that
 * reads the mailbox commits a batch's replies and says so with `NOTIFY caseline_outbox`; every other
 * process LISTENs and wakes its own mail sender, which then claims part of the batch (claims are
 * `FOR UPDATE SKIP LOCKED`, outbox-claims.ts). So the peers send while the reader decides the next
 * batch, instead of the reader sending every reply itself while its peers wait idle. A lost
 * notification costs nothing but time: the reader's own sender and every sender's idle look still
 * claim every due row. Exactly-once is the claims' and does not depend on this.
 */
import pg from 'pg';
import type { RoleLogger } from './leased-role.ts';

const CHANNEL = 'caseline_outbox';
const RECONNECT_MS = 5_000;

export interface OutboxAnnouncer {
  /** Tell the other processes that mail was committed to the outbox (one statement; errors are logged). */
  announce(): Promise<void>;
  /** Called when another process announced mail. */
  onAnnounced(wake: () => void): void;
  stop(): Promise<void>;
}

export function startOutboxAnnouncer(pool: pg.Pool, holder: string, logger: RoleLogger): OutboxAnnouncer {
  let stopped = false;
  let listener: pg.Client | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  const wakes: Array<() => void> = [];

  const listen = async (): Promise<void> => {
    retry = null;
    if (stopped) return;
    const client = new pg.Client(pool.options);
    client.on('notification', (message) => {
      // Our own announcements come back too: this process's sender was woken directly.
      if (message.channel !== CHANNEL || message.payload === holder) return;
      for (const wake of wakes) wake();
    });
    const again = (error: Error) => {
      if (stopped || listener !== client) return;
      listener = null;
      logger.warn({ err: error.message }, 'outbox announcements not heard: listening again shortly');
      client.end().catch(() => undefined);
      retry = setTimeout(() => void listen(), RECONNECT_MS);
    };
    client.on('error', again);
    client.on('end', () => again(new Error('connection ended')));
    listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      again(error as Error);
    }
    if (stopped) await client.end().catch(() => undefined);
  };
  void listen();

  return {
    announce: async () => {
      try {
        await pool.query('SELECT pg_notify($1, $2)', [CHANNEL, holder]);
      } catch (error) {
        logger.warn({ err: (error as Error).message }, 'outbox announcement not sent');
      }
    },
    onAnnounced: (wake) => {
      wakes.push(wake);
    },
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const client = listener;
      listener = null;
      await client?.end().catch(() => undefined);
    },
  };
}
