/**
 * Issue 24 §2: the IMAP reader and the scheduler are each held by one process through a lease on
 * PostgreSQL, renewed by heartbeat and taken over by a peer once its holder stops renewing.
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keepLease } from '../../../src/store/postgres/lease-keeper.ts';
import { DEFAULT_HEARTBEAT_MS, DEFAULT_LEASE_MS, PostgresLeases } from '../../../src/store/postgres/leases.ts';
import { createPool, openPostgres } from '../../../src/store/postgres/postgres-database.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { waitFor } from '../support/wait-for.ts';

let server: PostgresServer;
let url: string;
const pools: pg.Pool[] = [];

beforeAll(async () => {
  server = await startPostgres();
  url = await server.createDatabase();
  await (await openPostgres(url)).$client.end();
});

afterAll(async () => {
  for (const pool of pools) await pool.end();
  await server?.stop();
});

/** A process of its own: its own pool, so its connections are not shared with the peer's. */
function processLeases(): PostgresLeases {
  const pool = createPool(url, { max: 2 });
  pools.push(pool);
  return new PostgresLeases(pool);
}

describe('leases on PostgreSQL (issue 24 §2)', () => {
  it('issue 24 §2: a dead holder is taken over within 30 s with the default lease and heartbeat', () => {
    // A peer tries every heartbeat, so it takes over at most lease + heartbeat after the last renewal.
    expect(DEFAULT_LEASE_MS + DEFAULT_HEARTBEAT_MS).toBeLessThanOrEqual(30_000);
    expect(DEFAULT_HEARTBEAT_MS * 2).toBeLessThanOrEqual(DEFAULT_LEASE_MS);
  });

  it('issue 24 §2: two processes, one holder; when it stops its heartbeat, the peer takes the lease over after it runs out', async () => {
    const leaseMs = 2_000;
    const heartbeatMs = 250;
    const changes: string[] = [];
    const a = keepLease(processLeases(), { name: 'imap', holder: 'process-a', leaseMs, heartbeatMs });
    await waitFor(() => a.isHeld(), 'process-a to hold the imap lease');
    const b = keepLease(processLeases(), {
      name: 'imap',
      holder: 'process-b',
      leaseMs,
      heartbeatMs,
      onChange: (held, claim) =>
        changes.push(`${held} ${claim?.held && claim.tookOverFrom ? `from ${claim.tookOverFrom.holder}` : ''}`.trim()),
    });
    // B keeps asking while A renews: it never gets it.
    await new Promise((r) => setTimeout(r, leaseMs + 4 * heartbeatMs));
    expect(a.isHeld()).toBe(true);
    expect(b.isHeld()).toBe(false);
    const holders = await processLeases().list();
    expect(holders.map((l) => [l.name, l.holder, l.live])).toEqual([['imap', 'process-a', true]]);

    // A dies without a word: its heartbeat stops, nothing is released.
    const died = Date.now();
    await a.stop({ release: false });
    await waitFor(() => b.isHeld(), 'process-b to take the imap lease over', 10_000);
    const tookMs = Date.now() - died;
    expect(tookMs).toBeGreaterThanOrEqual(leaseMs - heartbeatMs - 100);
    expect(tookMs).toBeLessThanOrEqual(leaseMs + 2 * heartbeatMs + 1_500);
    expect(changes).toEqual(['true from process-a']);
    await b.stop();
  });

  it('issue 24 §2: a clean stop releases the lease, and a peer takes it at its next heartbeat', async () => {
    const a = keepLease(processLeases(), { name: 'scheduler', holder: 'clean-a', leaseMs: 60_000, heartbeatMs: 200 });
    await waitFor(() => a.isHeld(), 'clean-a to hold the scheduler lease');
    const b = keepLease(processLeases(), { name: 'scheduler', holder: 'clean-b', leaseMs: 60_000, heartbeatMs: 200 });
    await new Promise((r) => setTimeout(r, 500));
    expect(b.isHeld()).toBe(false);
    await a.stop();
    await waitFor(() => b.isHeld(), 'clean-b to take the released lease', 3_000);
    await b.stop();
  });

  it('issue 24 §2: peers racing for an expired lease: exactly one wins', async () => {
    const racers = Array.from({ length: 8 }, () => processLeases());
    await racers[0]!.claim('scheduler', 'old', 1);
    await new Promise((r) => setTimeout(r, 20));
    const claims = await Promise.all(racers.map((leases, i) => leases.claim('scheduler', `racer-${i}`, 10_000)));
    const winners = claims.filter((c) => c.held);
    expect(winners).toHaveLength(1);
    const winner = (await racers[0]!.list()).find((l) => l.name === 'scheduler')!;
    for (const claim of claims) if (!claim.held) expect(claim.holder).toBe(winner.holder);
  });

  it('issue 24 §2: a holder that cannot reach the database stops believing it holds the lease before a peer may take it', async () => {
    const pool = createPool(url, { max: 1 });
    const leases = new PostgresLeases(pool);
    const keeper = keepLease(leases, { name: 'imap', holder: 'cut-off', leaseMs: 1_500, heartbeatMs: 300 });
    await waitFor(() => keeper.isHeld(), 'cut-off to hold the imap lease');
    await pool.end(); // every later heartbeat fails
    const lost = Date.now();
    await waitFor(() => !keeper.isHeld(), 'cut-off to stop believing it holds the lease', 5_000);
    expect(Date.now() - lost).toBeLessThan(1_500);
    await keeper.stop({ release: false });
  });
});
