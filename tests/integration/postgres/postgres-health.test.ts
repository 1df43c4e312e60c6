/**
 * Issue 24 §4: `caseline doctor` and /readyz know a PostgreSQL store — the connection, the migrations
 * and who holds the leases — against a real PostgreSQL server.
 */
import net from 'node:net';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.ts';
import { allPassed, formatCheck } from '../../../src/doctor/check.ts';
import { runDoctor } from '../../../src/doctor/run-doctor.ts';
import { createPostgresHealth } from '../../../src/health/postgres-health.ts';
import { evaluateReadiness } from '../../../src/health/readiness.ts';
import { PostgresLeases } from '../../../src/store/postgres/leases.ts';
import { createPool, openPostgres } from '../../../src/store/postgres/postgres-database.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';

let server: PostgresServer;

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(async () => {
  await server?.stop();
});

async function doctor(url: string, timeoutMs = 5_000) {
  const results = await runDoctor({
    loadConfig: () => loadConfig({ DATABASE_URL: url }, '/nonexistent/.env'),
    timeoutMs,
    manifestPath: 'slack/manifest.yml',
  });
  const line = (name: string) => {
    const found = results.find((r) => r.name === name);
    if (!found) throw new Error(`no check "${name}" in:\n${results.map(formatCheck).join('\n')}`);
    return found;
  };
  return { results, line, passed: allPassed(results) };
}

/** One company, contract, designated contact and staff member, written as SQL (the store is not ported yet). */
async function seedDirectory(
  pool: Pick<pg.Pool, 'query'>,
  options: { tier?: string; managerRegions: string[] },
): Promise<void> {
  await pool.query(`INSERT INTO companies (id, name) VALUES ('S-1', 'Acme')`);
  await pool.query(
    `INSERT INTO contracts (id, sold_to, tier, region, status, start_date, end_date)
     VALUES ('C-1', 'S-1', $1, 'emea', 'active', '2026-01-01', '2027-12-31')`,
    [options.tier ?? 'premium-care'],
  );
  await pool.query(`INSERT INTO contacts (email, name, designated) VALUES ('dc@acme.example', 'Dee', true)`);
  await pool.query(`INSERT INTO contacts (email, name, designated) VALUES ('other@acme.example', 'Otto', false)`);
  await pool.query(`INSERT INTO staff (email, name, roles, regions) VALUES ('m@vendor.example', 'Mo', $1, $2)`, [
    JSON.stringify(['manager']),
    JSON.stringify(options.managerRegions),
  ]);
}

function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

describe('caseline doctor on PostgreSQL (issue 24 §4)', () => {
  it('issue 24 §4: an empty database is reachable but not migrated: the fix says caseline migrate', async () => {
    const { line, passed } = await doctor(await server.createDatabase('doctor_empty'));
    expect(line('database reachable')).toMatchObject({ status: 'ok' });
    expect(line('database reachable').detail).toMatch(
      /^postgres:\/\/127\.0\.0\.1:\d+\/doctor_empty \(PostgreSQL \d+\.\d+.*, no Caseline tables yet\)$/,
    );
    expect(line('migrations current')).toMatchObject({
      status: 'failed',
      fix: 'caseline migrate (with DATABASE_URL set)',
    });
    expect(passed).toBe(false);
  });

  it('issue 24 §4: a migrated database with a directory passes, and the lease holders are named', async () => {
    const url = await server.createDatabase('doctor_ready');
    const db = await openPostgres(url);
    await seedDirectory(db.$client, { managerRegions: ['emea'] });
    await new PostgresLeases(db.$client).claim('scheduler', 'bot-1:4242', 60_000);
    await new PostgresLeases(db.$client).claim('imap', 'bot-2:77', 1);
    // The shared mail intake: two mails stored, one of them claimed, one quarantined mail to file.
    await db.$client.query(
      `INSERT INTO mail_intake (mailbox, uid_validity, uid, state, stored_at, claimed_by, claim_expires_at)
       VALUES ('INBOX', 1, 1, 'stored', '2026-12-07T10:00:00Z', 'h:1:t', '2999-01-01T00:00:00Z'),
              ('INBOX', 1, 2, 'stored', '2026-12-07T10:00:00Z', NULL, NULL),
              ('INBOX', 1, 3, 'quarantined', '2026-12-07T10:00:00Z', NULL, NULL),
              ('INBOX', 1, 4, 'decided', '2026-12-07T10:00:00Z', NULL, NULL)`,
    );
    await db.$client.end();
    await new Promise((r) => setTimeout(r, 10));
    const { line, passed, results } = await doctor(url);
    expect(line('migrations current')).toMatchObject({ status: 'ok' });
    expect(line('database writable')).toMatchObject({ status: 'ok' });
    expect(line('leases').detail).toMatch(
      /^imap: free \(last held by bot-2:77, renewed \d+ s ago\); scheduler held by bot-1:4242 \(renewed \d+ s ago\)$/,
    );
    expect(line('mail intake')).toMatchObject({
      status: 'ok',
      detail: 'mail intake: 2 stored (1 claimed), 1 quarantined to file in IMAP',
    });
    expect(line('directory not empty')).toMatchObject({
      status: 'ok',
      detail: '1 companies, 1 contracts, 1 designated contacts, 1 staff',
    });
    expect(line('contract regions and tiers known')).toMatchObject({ status: 'ok' });
    expect(line('a manager for each region')).toMatchObject({ status: 'ok', detail: 'emea' });
    expect(passed, results.map(formatCheck).join('\n')).toBe(true);
  });

  it('issue 24 §4: the directory is checked on PostgreSQL as on SQLite: empty, unknown tier, no manager', async () => {
    const emptyUrl = await server.createDatabase('doctor_no_directory');
    await (await openPostgres(emptyUrl)).$client.end();
    const empty = await doctor(emptyUrl);
    expect(empty.line('directory not empty')).toMatchObject({ status: 'failed' });
    expect(empty.line('directory not empty').detail).toBe(
      'no companies, no contracts, no designated contacts, no staff',
    );
    expect(empty.passed).toBe(false);

    const url = await server.createDatabase('doctor_bad_directory');
    const db = await openPostgres(url);
    await seedDirectory(db.$client, { tier: 'gold-care', managerRegions: ['americas'] });
    await db.$client.end();
    const { line, passed } = await doctor(url);
    expect(line('directory not empty')).toMatchObject({ status: 'ok' });
    expect(line('contract regions and tiers known')).toMatchObject({ status: 'failed' });
    expect(line('contract regions and tiers known').detail).toBe('not in the policy: C-1: tier "gold-care"');
    expect(line('a manager for each region')).toMatchObject({ status: 'failed' });
    expect(line('a manager for each region').detail).toMatch(/^no manager for emea: /);
    expect(passed).toBe(false);
  });

  it('issue 24 §4: a database with migrations pending leaves the directory unchecked until they are applied', async () => {
    const { line } = await doctor(await server.createDatabase('doctor_pending'));
    expect(line('directory')).toMatchObject({ status: 'skipped', detail: 'checked once the migrations are current' });
  });

  it('issue 24 §4: an unreachable server fails the reachable check within the deadline, with what to check', async () => {
    const started = Date.now();
    const { line, passed } = await doctor(`postgres://caseline:secret@127.0.0.1:${await closedPort()}/nothing`, 3_000);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(line('database reachable')).toMatchObject({ status: 'failed' });
    expect(line('database reachable').detail).not.toContain('secret');
    expect(line('database reachable').fix).toMatch(/DATABASE_URL/);
    expect(passed).toBe(false);
  });
});

describe('/readyz on PostgreSQL (issue 24 §4)', () => {
  it('issue 24 §4: ready with the schema current, showing the lease holders; down with migrations pending', async () => {
    const url = await server.createDatabase('readyz_store');
    const pool = createPool(url, { max: 2 });
    const health = createPostgresHealth(pool, { intervalMs: 60_000 });
    try {
      await health.refresh();
      let readiness = await evaluateReadiness({ database: health.status });
      expect(readiness.ready).toBe(false);
      expect(readiness.parts.database.detail).toMatch(/^\d+ migrations not applied \(0000_initial …\)$/);
      const db = await openPostgres(url);
      await new PostgresLeases(db.$client).claim('scheduler', 'bot-1:4242', 60_000);
      await db.$client.end();
      await health.refresh();
      readiness = await evaluateReadiness({ database: health.status });
      expect(readiness.ready).toBe(true);
      expect(readiness.parts.database.detail).toMatch(
        /^PostgreSQL \d+.*; schema \d{4}_\w+ \(\d+ of \d+ migrations\); scheduler held by bot-1:4242 .*; mail intake: nothing waiting$/,
      );
      expect(readiness.parts.database['intake']).toEqual({ stored: 0, claimed: 0, quarantined: 0 });
      expect(readiness.parts.database['leases']).toEqual([{ name: 'scheduler', holder: 'bot-1:4242', live: true }]);
    } finally {
      health.stop();
      await pool.end();
    }
  });

  it('issue 24 §4: down when the server goes away, and when no probe has answered for three intervals', async () => {
    const own = await startPostgres();
    const url = await own.createDatabase();
    await (await openPostgres(url)).$client.end();
    const pool = createPool(url, { max: 1, connectTimeoutMs: 2_000 });
    let clock = Date.now();
    const health = createPostgresHealth(pool, { intervalMs: 60_000, now: () => clock });
    try {
      await health.refresh();
      expect(health.status().state).toBe('up');
      clock += 3 * 60_000 + 1;
      expect(health.status()).toMatchObject({ state: 'down', detail: 'no answer from PostgreSQL for 3 min' });
      await own.stop();
      await health.refresh();
      expect(health.status()).toMatchObject({ state: 'down', connected: false });
      expect(health.status().detail).toMatch(/^PostgreSQL unreachable: /);
    } finally {
      health.stop();
      await pool.end();
      await own.stop();
    }
  });
});
