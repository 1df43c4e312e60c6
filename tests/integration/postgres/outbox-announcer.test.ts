/**
 * Issue 24, two processes on one PostgreSQL: the mailbox reader announces a batch's committed replies
 * (NOTIFY) and its peers' mail senders wake on it, so a peer sends part of each batch instead of waiting
 * idle (src/runtime/outbox-announcer.ts, wired in start-mail-channel.ts through leased-roles.ts).
 */
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type LeasedRoles, startLeasedRoles } from '../../../src/runtime/leased-roles.ts';
import { createPool, openPostgres } from '../../../src/store/postgres/postgres-database.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { waitFor } from '../support/wait-for.ts';

const quiet = { info() {}, warn() {}, error() {} };

let server: PostgresServer;
const pools: pg.Pool[] = [];
const running: LeasedRoles[] = [];

beforeAll(async () => {
  server = await startPostgres();
});

afterAll(async () => {
  for (const roles of running) await roles.stop();
  for (const pool of pools) await pool.end();
  await server?.stop();
});

function processRoles(url: string, holder: string): { roles: LeasedRoles; woken: () => number } {
  const pool = createPool(url, { max: 3 });
  pools.push(pool);
  const roles = startLeasedRoles({ pool, holder, logger: quiet });
  running.push(roles);
  let woken = 0;
  roles.outbox.onAnnounced(() => woken++);
  return { roles, woken: () => woken };
}

describe('issue 24, two processes: mail to send is announced to the peers', () => {
  it('issue 24 two processes: a peer’s sender wakes when another process announces committed mail, not on its own announcement', async () => {
    const url = await server.createDatabase();
    await (await openPostgres(url)).$client.end();
    const reader = processRoles(url, 'reader');
    const peer = processRoles(url, 'peer');
    const third = processRoles(url, 'third');
    // LISTEN is asynchronous: announce until the peers hear one (each is a separate NOTIFY).
    await waitFor(
      async () => {
        await reader.roles.outbox.announce();
        return peer.woken() > 0 && third.woken() > 0;
      },
      'the peers heard the announcement',
      20_000,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(reader.woken()).toBe(0);
    const before = peer.woken();
    const thirdBefore = third.woken();
    await peer.roles.outbox.announce();
    await waitFor(() => reader.woken() > 0 && third.woken() > thirdBefore, 'the reader heard its peer');
    await new Promise((r) => setTimeout(r, 300));
    expect(peer.woken()).toBe(before);
  });
});
