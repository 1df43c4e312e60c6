/**
 * Issue 24 §2, in the running bot: on PostgreSQL the IMAP reader and the scheduler run in one process
 * at a time, each under its lease (src/runtime/leased-roles.ts); a peer stands by, says so in
 * readiness, and takes a role over when its holder stops — at once after a clean stop, within 30 s
 * after a SIGKILL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { type LeasedRoles, startLeasedRoles } from '../../../src/runtime/leased-roles.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { createClockScheduler } from '../../../src/services/schedule/index.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { createPool, openPostgres } from '../../../src/store/postgres/postgres-database.ts';
import { insertOpenCases, seedClockStaff } from '../../support/clock-fixture.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { waitFor } from '../support/wait-for.ts';

const WORKER = fileURLToPath(new URL('./support/role-worker.ts', import.meta.url));
const quiet = { info() {}, warn() {}, error() {} };

let server: PostgresServer;
const pools: pg.Pool[] = [];
const children: ChildProcess[] = [];

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL');
  for (const pool of pools) await pool.end();
  await server?.stop();
});

async function migrated(): Promise<string> {
  const url = await server.createDatabase();
  await (await openPostgres(url)).$client.end();
  return url;
}

/** One bot process's roles, with its own pool, and a stand-in IMAP reader that counts its starts and stops. */
function processRoles(url: string, holder: string, timing: { leaseMs?: number; heartbeatMs?: number } = {}) {
  const pool = createPool(url, { max: 3 });
  pools.push(pool);
  const roles = startLeasedRoles({ pool, holder, logger: quiet, ...timing });
  const reader = { starts: 0, stops: 0, running: false, schedulerGained: 0 };
  roles.onSchedulerGained(() => reader.schedulerGained++);
  const inbound = roles.runInbound(() => {
    reader.starts++;
    reader.running = true;
    return {
      stop: async () => {
        reader.stops++;
        reader.running = false;
      },
    };
  });
  return { roles, reader, inbound };
}

describe('the IMAP reader and the scheduler under leases on PostgreSQL (issue 24 §2)', () => {
  it('issue 24 §2: one process runs the IMAP reader and the scheduler; the peer stands by, and takes both at once after a clean stop', async () => {
    const url = await migrated();
    const timing = { leaseMs: 4_000, heartbeatMs: 250 };
    const a = processRoles(url, 'process-a', timing);
    await waitFor(() => a.reader.running && a.roles.scheduler().state === 'up', 'process-a to take both leases');
    expect(a.roles.scheduler().detail).toBe('scheduler lease held by this process');
    const b = processRoles(url, 'process-b', timing);
    await new Promise((r) => setTimeout(r, timing.leaseMs + 4 * timing.heartbeatMs));
    expect(b.reader.starts).toBe(0);
    expect(b.reader.schedulerGained).toBe(0);
    expect(b.roles.schedulerLease.acquire('process-b', new Date(), 60_000)).toMatchObject({
      held: false,
      holder: 'process-a',
    });
    expect(b.roles.scheduler()).toMatchObject({
      state: 'up',
      detail: 'scheduler lease held by a live peer, process-a',
    });
    expect(b.inbound.standby()).toBe('standby: process-a reads the mailbox (imap lease)');
    expect(a.inbound.standby()).toBe(null);
    // The staff cards are kept by the scheduler's process alone.
    expect([a.roles.holdsScheduler(), b.roles.holdsScheduler()]).toEqual([true, false]);

    await a.roles.stop();
    expect(a.reader).toMatchObject({ starts: 1, stops: 1, running: false });
    // Released on a clean stop: the peer takes it at its next heartbeat, not after the lease runs out.
    const stoppedAt = Date.now();
    await waitFor(() => b.reader.running && b.reader.schedulerGained === 1, 'process-b to take both leases', 10_000);
    expect(Date.now() - stoppedAt).toBeLessThan(timing.leaseMs / 2);
    expect(b.roles.schedulerLease.acquire('process-b', new Date(), 60_000)).toMatchObject({ held: true });
    expect(b.roles.holdsScheduler()).toBe(true);
    expect(b.inbound.standby()).toBe(null);
    await b.roles.stop();
    expect(b.reader).toMatchObject({ starts: 1, stops: 1 });
  });

  it('issue 24 §2: a holder killed with SIGKILL loses the IMAP reader and the scheduler to its peer within 30 s (default lease)', {
    timeout: 90_000,
  }, async () => {
    const url = await migrated();
    const child = spawn(process.execPath, ['--import', 'tsx', WORKER, url, 'process-k'], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    children.push(child);
    let said = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
    });
    await waitFor(() => said.includes('imap') && said.includes('scheduler'), 'the first process to take both', 30_000);
    const peer = processRoles(url, 'process-p');
    await new Promise((r) => setTimeout(r, 1_000));
    expect(peer.reader.starts).toBe(0);
    child.kill('SIGKILL');
    const killedAt = Date.now();
    await waitFor(() => peer.reader.running && peer.reader.schedulerGained === 1, 'the peer to take over', 45_000);
    expect(Date.now() - killedAt).toBeLessThanOrEqual(30_000);
    expect(peer.roles.scheduler().detail).toBe('scheduler lease held by this process');
    await peer.roles.stop();
  });

  it('issue 24 §2: the scheduler runs due work only while its process holds the lease on PostgreSQL', async () => {
    const url = await migrated();
    const db = openDatabase(':memory:');
    await seedClockStaff(db);
    const at = new Date('2026-11-23T14:00:00Z');
    await insertOpenCases(db, DEFAULT_POLICY, [
      { severity: 'critical', tier: 'premium-care', region: 'americas', clockStart: at },
      { severity: 'critical', tier: 'premium-care', region: 'americas', clockStart: at },
    ]);
    const timing = { leaseMs: 2_000, heartbeatMs: 250 };
    const holder = processRoles(url, 'process-h', timing);
    await waitFor(() => holder.roles.scheduler().detail === 'scheduler lease held by this process', 'the lease');
    const standby: LeasedRoles = processRoles(url, 'process-s', timing).roles;
    const scheduler = createClockScheduler(createEngineContext({ db, policy: DEFAULT_POLICY }), {
      holder: 'process-s',
      lease: standby.schedulerLease,
    });
    expect(await scheduler.tick(at)).toMatchObject({ held: false, ran: 0 });
    await holder.roles.stop();
    await waitFor(() => standby.scheduler().detail === 'scheduler lease held by this process', 'the takeover');
    expect(await scheduler.tick(at)).toMatchObject({ held: true, ran: 2 });
    // The SQLite lease row is not what decides on PostgreSQL: the tick neither took nor wrote it.
    expect(db.$client.prepare('SELECT count(*) AS n FROM scheduler_lease').get()).toEqual({ n: 0 });
    await standby.stop();
    db.$client.close();
  });
});
