import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { databaseHealth } from '../../../src/health/database-health.ts';
import { createMailboxHealth } from '../../../src/health/mailbox-health.ts';
import { down, evaluateReadiness, up } from '../../../src/health/readiness.ts';
import { leaseStatus, schedulerLeaseHealth } from '../../../src/health/scheduler-health.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { createClockScheduler } from '../../../src/services/schedule/index.ts';
import { openDatabase } from '../../../src/store/database.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) {
    chmodSync(dir, 0o755);
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('issue 23 §1: /readyz names every part and is ready only when no configured part is down', () => {
  it('parts not configured are shown as such and do not make the bot unready', async () => {
    const readiness = await evaluateReadiness({ database: () => up('writable') });
    expect(readiness.ready).toBe(true);
    expect(Object.keys(readiness.parts)).toEqual(['database', 'mailbox', 'slack', 'scheduler']);
    expect(readiness.parts.mailbox.state).toBe('not-configured');
    expect(readiness.parts.slack.state).toBe('not-configured');
  });

  it('one configured part down makes the bot unready, and says which and why', async () => {
    const readiness = await evaluateReadiness({
      database: () => up('writable'),
      mailbox: () => down('not connected (2 min): connection refused'),
      scheduler: () => up('lease held by this process'),
    });
    expect(readiness.ready).toBe(false);
    expect(readiness.parts.mailbox).toMatchObject({ state: 'down', detail: expect.stringContaining('refused') });
    expect(readiness.parts.scheduler.state).toBe('up');
  });

  it('a part whose check throws is down, not a crash', async () => {
    const readiness = await evaluateReadiness({
      database: () => {
        throw new Error('SQLITE_IOERR');
      },
    });
    expect(readiness.ready).toBe(false);
    expect(readiness.parts.database.detail).toContain('SQLITE_IOERR');
  });
});

describe('issue 23 §1: the mailbox is ready when connected and read recently', () => {
  it('down before it connects, up once connected, down when the last read is stale, down when disconnected', () => {
    let now = 0;
    const health = createMailboxHealth({ staleAfterMs: 60_000, now: () => now });
    expect(health.status().state).toBe('down');
    health.connected();
    expect(health.status()).toMatchObject({ state: 'up', connected: true, lastPollSecondsAgo: 0 });
    now = 50_000;
    health.active();
    now = 100_000;
    expect(health.status()).toMatchObject({ state: 'up', lastPollSecondsAgo: 50 });
    now = 200_000;
    expect(health.status()).toMatchObject({ state: 'down', detail: expect.stringContaining('last read') });
    health.disconnected('IMAP connection closed');
    expect(health.status()).toMatchObject({ state: 'down', detail: expect.stringContaining('IMAP connection closed') });
  });
});

describe('issue 23 §1: the scheduler — its lease held here or by a live peer', () => {
  it('a lease held by this process or a live peer is up; an expired lease or none is down', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const later = new Date('2026-11-23T10:00:30Z');
    expect(leaseStatus({ holder: 'me', expiresAt: later }, 'me', now)).toMatchObject({ state: 'up' });
    expect(leaseStatus({ holder: 'host-b:123', expiresAt: later }, 'me', now)).toMatchObject({
      state: 'up',
      detail: expect.stringContaining('live peer, host-b:123'),
    });
    expect(leaseStatus({ holder: 'host-b:123', expiresAt: now }, 'me', later).state).toBe('down');
    expect(leaseStatus(null, 'me', now).state).toBe('down');
  });

  it("reads the scheduler's own lease: nobody before the first tick, this process after, a peer after a takeover", async () => {
    const db = openDatabase(':memory:');
    const ctx = createEngineContext({ db, policy: DEFAULT_POLICY });
    const t0 = new Date('2026-11-23T10:00:00Z');
    const mine = createClockScheduler(ctx, { holder: 'bot-a', leaseMs: 60_000 });
    const peer = createClockScheduler(ctx, { holder: 'bot-b', leaseMs: 60_000 });
    let now = t0;
    const health = schedulerLeaseHealth(db, 'bot-a', () => now);
    expect(await health()).toMatchObject({ state: 'down', detail: 'no runner holds the scheduler lease' });
    await mine.tick(t0);
    expect(await health()).toMatchObject({ state: 'up', detail: 'lease held by this process' });
    now = new Date(t0.getTime() + 90_000); // bot-a stopped renewing: its lease ran out
    expect(await health()).toMatchObject({ state: 'down', detail: expect.stringContaining('expired') });
    await peer.tick(now);
    expect(await health()).toMatchObject({ state: 'up', detail: 'lease held by a live peer, bot-b' });
    db.$client.close();
  });
});

describe('issue 23 §1: the database is ready when writable and migrated', () => {
  const fileDb = () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseline-health-'));
    dirs.push(dir);
    const path = join(dir, 'caseline.db');
    return { dir, path, db: openDatabase(path) };
  };

  it('up with the schema named', () => {
    const { db, path } = fileDb();
    expect(databaseHealth(db, path)()).toMatchObject({ state: 'up', writable: true, pendingMigrations: 0 });
    db.$client.close();
  });

  it('down when a migration is missing', () => {
    const { db, path } = fileDb();
    db.$client.exec(
      'DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)',
    );
    expect(databaseHealth(db, path)()).toMatchObject({ state: 'down', detail: expect.stringContaining('not applied') });
    db.$client.close();
  });

  it('down while another connection holds the write lock', () => {
    const { db, path } = fileDb();
    const other = openDatabase(path);
    other.$client.exec('BEGIN IMMEDIATE');
    expect(databaseHealth(db, path)()).toMatchObject({ state: 'down', detail: expect.stringContaining('write lock') });
    other.$client.exec('ROLLBACK');
    expect(databaseHealth(db, path)().state).toBe('up');
    other.$client.close();
    db.$client.close();
  });
});
