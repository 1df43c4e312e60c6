/**
 * What the multi-process tests do to and ask of the shared PostgreSQL store and the bot processes:
 * fill it from a SQLite file (`caseline db copy`, the documented way), deliver a signed Slack event as
 * Slack would (to one process; to another when the first cannot be reached), and read who holds the leases.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type pg from 'pg';
import { demoImage } from '../../../support/replay.ts';
import { postToSlackEvents } from '../../slack/support/signed-request.ts';
import type { PostgresServer } from '../../support/postgres.ts';
import type { BotProcess } from './bot-cluster.ts';

const BIN = new URL('../../../../bin/caseline.js', import.meta.url).pathname;

export async function copyIntoPostgres(sqlitePath: string, url: string): Promise<void> {
  await promisify(execFile)(process.execPath, [BIN, 'db', 'copy', '--to', url, '--from', sqlitePath], {
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', CASELINE_DB: sqlitePath },
    timeout: 120_000,
  });
}

/**
 * A new database on `server` holding the demo directory, copied from its SQLite image by
 * `caseline db copy` (the documented way); returns its URL.
 */
export async function createDemoDatabase(server: PostgresServer, name?: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-demo-image-'));
  try {
    const image = join(dir, 'demo.db');
    writeFileSync(image, await demoImage());
    const url = await server.createDatabase(name);
    await copyIntoPostgres(image, url);
    return url;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Redelivery {
  to: string;
  status: number;
}

/**
 * One delivery of `envelope`: to `first`; when it cannot be reached (killed), Slack retries, and a load
 * balancer sends the retry to `other`, with Slack's retry headers. `retryNum` marks a redelivery.
 */
export async function sendSlackEvent(
  envelope: Record<string, unknown>,
  first: BotProcess,
  other: BotProcess,
  retryNum = 0,
): Promise<Redelivery> {
  const body = JSON.stringify(envelope);
  const headers = (n: number) =>
    n > 0 ? { headers: { 'x-slack-retry-num': String(n), 'x-slack-retry-reason': 'http_timeout' } } : {};
  for (const [attempt, target] of [first, other].entries()) {
    try {
      const url = `http://127.0.0.1:${await target.port()}/slack/events`;
      const answer = await postToSlackEvents(url, body, headers(retryNum + attempt));
      return { to: target.name, status: answer.status };
    } catch {
      // Connection refused or reset: the process is gone; Slack tries again elsewhere.
    }
  }
  return { to: 'nobody', status: 0 };
}

/** Mails the processes took in so far. */
export async function delivered(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM inbound_messages WHERE channel = 'email'",
  );
  return rows[0]!.n;
}

/** The live holder of each lease (on the database's clock). */
export async function leaseHolders(client: pg.Client): Promise<{ imap?: string; scheduler?: string }> {
  const { rows } = await client.query<{ name: 'imap' | 'scheduler'; holder: string }>(
    `SELECT name, holder FROM scheduler_lease
      WHERE expires_at COLLATE "C" > to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`,
  );
  return Object.fromEntries(rows.map((r) => [r.name, r.holder]));
}
