/**
 * Issue 24 §2, at the store: two processes on one PostgreSQL take the same backlog (every message
 * delivered to both), one is killed with SIGKILL at a random point, and still every message has exactly
 * one outcome and one reply, and every reply goes out — more than once only for a row the killed
 * process had claimed (sent again under its claim's expiry, the same row and Message-ID).
 * This is the port's kill test; the engine's (two `caseline start`) waits for the engine's conversion.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../../src/store/postgres/postgres-database.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';

const WORKER = fileURLToPath(new URL('./support/store-worker.ts', import.meta.url));
const BACKLOG = 150;

let server: PostgresServer;

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(async () => {
  await server?.stop();
});

function worker(args: string[]): { child: ChildProcess; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', WORKER, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      if (code !== 0 && code !== null) console.error(stderr);
      resolve(code);
    }),
  );
  return { child, exited };
}

const linesOf = (file: string) =>
  existsSync(file)
    ? readFileSync(file, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((line) => Number(line.split(' ')[0]))
    : [];

describe('two processes on one PostgreSQL, one killed (issue 24 §2)', { timeout: 120_000 }, () => {
  it('issue 24 §2: a backlog delivered to both — one outcome and one reply per message, every reply sent, after a SIGKILL', async () => {
    const url = await server.createDatabase();
    await (await openPostgres(url)).$client.end();
    const dir = mkdtempSync(join(tmpdir(), 'caseline-kill-'));
    const backlog = join(dir, 'backlog.json');
    writeFileSync(backlog, JSON.stringify(Array.from({ length: BACKLOG }, (_, i) => `<m${i}@acme.example>`)));
    const sinkA = join(dir, 'a.sent');
    const sinkB = join(dir, 'b.sent');
    const a = worker([url, backlog, sinkA, 'a']);
    const b = worker([url, backlog, sinkB, 'b']);
    // Kill A once it is under way, at a random point of its work.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const killAt = 10 + Math.floor(Math.random() * 60);
    for (;;) {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM inbound_messages');
      if (rows[0]!.n >= killAt || a.child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    a.child.kill('SIGKILL');
    expect(await a.exited).toBe(null);
    expect(await b.exited).toBe(0);

    const inbound = await client.query<{ n: number; keys: number }>(
      'SELECT count(*)::int AS n, count(DISTINCT dedupe_key)::int AS keys FROM inbound_messages',
    );
    expect(inbound.rows[0]).toEqual({ n: BACKLOG, keys: BACKLOG });
    const replies = await client.query<{ id: number; inbound_id: number; state: string }>(
      'SELECT id, inbound_id, state FROM outbox ORDER BY id',
    );
    await client.end();
    expect(replies.rows).toHaveLength(BACKLOG); // one reply per message
    expect(new Set(replies.rows.map((r) => Number(r.inbound_id))).size).toBe(BACKLOG);
    expect(replies.rows.every((r) => r.state === 'sent')).toBe(true);

    const sentByA = linesOf(sinkA);
    const sentByB = linesOf(sinkB);
    const all = [...sentByA, ...sentByB];
    expect(new Set(all)).toEqual(new Set(replies.rows.map((r) => Number(r.id)))); // every reply went out
    const twice = all.filter((id, i) => all.indexOf(id) !== i);
    // Only rows A had claimed when it died (at most one claim of 5) were sent again, by B.
    expect(twice.length).toBeLessThanOrEqual(5);
    for (const id of twice) {
      expect(sentByA).toContain(id);
      expect(sentByB).toContain(id);
    }
  });
});
