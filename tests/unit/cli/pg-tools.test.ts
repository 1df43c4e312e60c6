/**
 * Which pg_dump/pg_restore `caseline backup`/`restore` run on a PostgreSQL store, and how the connection
 * reaches them (issue 24): the server's major version first, then the nearest newer one, never an older
 * one; the password out of the connection string, for PGPASSWORD only.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chooseTool, connectionOf, locateTool, PgToolError } from '../../../src/cli/postgres-backup/pg-tools.ts';

const root = mkdtempSync(join(tmpdir(), 'caseline-pg-tools-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake Debian layout: /usr/lib/postgresql/<major>/bin/<tool> answering --version like the real one. */
function install(base: string, major: number, tool = 'pg_dump'): string {
  const bin = join(base, String(major), 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, tool), `#!/bin/sh\necho "${tool} (PostgreSQL) ${major}.4 (Debian ${major}.4-1)"\n`);
  chmodSync(join(bin, tool), 0o755);
  return join(bin, tool);
}

describe('issue 24: the pg_dump of the server’s version', () => {
  it('takes the same major as the server, else the nearest newer, never an older one', () => {
    const found = [13, 15, 16, 17].map((major) => ({ path: `/pg/${major}/pg_dump`, major }));
    expect(chooseTool(found, 15)?.major).toBe(15);
    expect(chooseTool(found, 14)?.major).toBe(15);
    expect(chooseTool(found, 17)?.major).toBe(17);
    expect(chooseTool(found, 18)).toBeNull();
    expect(chooseTool([], 15)).toBeNull();
  });

  it('finds it under the Debian layout, and says what to install when none will do', async () => {
    const base = join(root, 'debian');
    install(base, 14);
    const fifteen = install(base, 15);
    install(base, 16);
    expect(await locateTool('pg_dump', 15, { root: base })).toEqual({ path: fifteen, major: 15 });
    const error = await locateTool('pg_dump', 17, { root: base }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PgToolError);
    expect((error as Error).message).toBe(
      `pg_dump 14, 15, 16 found under ${base}, none as new as the PostgreSQL 17 server: install postgresql-client-17 (apt-get install postgresql-client-17) or set POSTGRES_BIN_DIR`,
    );
    const none = await locateTool('pg_restore', 15, { root: join(root, 'nothing-here') }).catch((e: unknown) => e);
    expect((none as Error).message).toMatch(/^no pg_restore found under .*nothing-here: install postgresql-client-15/);
  });

  it('POSTGRES_BIN_DIR wins, but an older pg_dump there is refused before it runs', async () => {
    const base = join(root, 'custom');
    const path = install(base, 16);
    const bin = join(base, '16', 'bin');
    expect(await locateTool('pg_dump', 15, { binDir: bin, root: join(root, 'debian') })).toEqual({ path, major: 16 });
    const older = await locateTool('pg_dump', 17, { binDir: bin }).catch((e: unknown) => e);
    expect((older as Error).message).toMatch(/is pg_dump 16, older than the PostgreSQL 17 server/);
    const missing = await locateTool('pg_restore', 15, { binDir: bin }).catch((e: unknown) => e);
    expect((missing as Error).message).toBe(`no pg_restore in ${bin} (POSTGRES_BIN_DIR)`);
  });
});

describe('issue 24: the connection handed to pg_dump', () => {
  it('keeps the password out of --dbname, decoded for PGPASSWORD, and keeps every other setting', () => {
    expect(connectionOf('postgres://caseline:p%40ss%3Aw%2Frd@db1:5432/caseline?sslmode=require')).toEqual({
      dbname: 'postgres://caseline@db1:5432/caseline?sslmode=require',
      password: 'p@ss:w/rd',
    });
    expect(connectionOf('postgresql://caseline@db1/caseline?password=s3cret&application_name=x')).toEqual({
      dbname: 'postgresql://caseline@db1/caseline?application_name=x',
      password: 's3cret',
    });
    expect(connectionOf('postgres://caseline@127.0.0.1:5433/caseline')).toEqual({
      dbname: 'postgres://caseline@127.0.0.1:5433/caseline',
      password: null,
    });
  });
});
