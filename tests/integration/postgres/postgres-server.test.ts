import { existsSync } from 'node:fs';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startPostgres } from '../support/postgres.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('the throwaway PostgreSQL cluster of the test setup (issue 24)', () => {
  it('issue 24: initdb + postgres on a loopback port, a fresh database per test, nothing left after stop', async () => {
    const server = await startPostgres();
    let stopped = false;
    try {
      expect(alive(server.pid)).toBe(true);
      const url = await server.createDatabase();
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const { rows } = await client.query<{ v: string; addr: string }>(
        "SELECT current_setting('server_version_num') AS v, inet_server_addr()::text AS addr",
      );
      await client.end();
      expect(Number(rows[0]!.v)).toBeGreaterThanOrEqual(130000);
      expect(rows[0]!.addr).toBe('127.0.0.1/32');
      await server.stop();
      stopped = true;
      expect(alive(server.pid)).toBe(false);
      expect(existsSync(server.dir)).toBe(false);
    } finally {
      if (!stopped) await server.stop();
    }
  });
});
