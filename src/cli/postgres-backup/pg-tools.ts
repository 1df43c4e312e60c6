/**
 * pg_dump and pg_restore for `caseline backup`/`restore` on a PostgreSQL store: which binaries, and how
 * they are run.
 *
 * Which: POSTGRES_BIN_DIR when set; else Debian's /usr/lib/postgresql/<major>/bin (what the
 * postgresql-client-<major> package installs, and where the test setup finds initdb), preferring the
 * server's own major version, then the nearest newer one. An older pg_dump refuses a newer server, so
 * an older one is never chosen: the error names the package to install.
 *
 * How: the connection is DATABASE_URL without its password, given as --dbname; the password reaches
 * the child in PGPASSWORD only (its environment, which other users cannot read), never on a command line
 * (which `ps` shows to everyone) or in a message. The child gets a small environment of its own, so no
 * PG* variable of the caller's shell changes where it connects. --no-password: it never waits for a
 * prompt.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

export type PgTool = 'pg_dump' | 'pg_restore';

/** A tool could not be found or failed; the message is safe to print (no password). */
export class PgToolError extends Error {}

export interface Located {
  path: string;
  major: number;
}

const DEBIAN_ROOT = '/usr/lib/postgresql';

/**
 * The binary to run against a server of `serverMajor`: the same major, else the nearest newer one
 * (a newer pg_dump reads an older server; an older one refuses a newer server).
 */
export function chooseTool(found: Located[], serverMajor: number): Located | null {
  const usable = found.filter((f) => f.major >= serverMajor).sort((a, b) => a.major - b.major);
  return usable[0] ?? null;
}

/** Finds `tool` for a server of `serverMajor`; throws PgToolError saying what to install. */
export async function locateTool(
  tool: PgTool,
  serverMajor: number,
  options: { binDir?: string | undefined; root?: string } = {},
): Promise<Located> {
  const install = `install postgresql-client-${serverMajor} (apt-get install postgresql-client-${serverMajor}) or set POSTGRES_BIN_DIR`;
  if (options.binDir) {
    const path = join(options.binDir, tool);
    if (!existsSync(path)) throw new PgToolError(`no ${tool} in ${options.binDir} (POSTGRES_BIN_DIR)`);
    const major = await versionOf(path);
    if (major < serverMajor) {
      throw new PgToolError(`${path} is ${tool} ${major}, older than the PostgreSQL ${serverMajor} server: ${install}`);
    }
    return { path, major };
  }
  const root = options.root ?? DEBIAN_ROOT;
  const candidates = existsSync(root)
    ? readdirSync(root)
        .filter((version) => /^\d+$/.test(version))
        .map((version) => ({ path: join(root, version, 'bin', tool), major: Number(version) }))
        .filter((c) => existsSync(c.path))
    : [];
  const chosen = chooseTool(candidates, serverMajor);
  if (chosen) return chosen;
  const seen = candidates.map((c) => c.major).sort((a, b) => a - b);
  throw new PgToolError(
    seen.length === 0
      ? `no ${tool} found under ${root}: ${install}`
      : `${tool} ${seen.join(', ')} found under ${root}, none as new as the PostgreSQL ${serverMajor} server: ${install}`,
  );
}

/** The major version a binary reports: "pg_dump (PostgreSQL) 15.13 (Debian …)" → 15. */
function versionOf(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    execFile(path, ['--version'], { timeout: 10_000 }, (error, stdout) => {
      const major = /\(PostgreSQL\)\s+(\d+)/.exec(stdout)?.[1];
      if (error || !major) reject(new PgToolError(`${path} --version did not say which PostgreSQL it is`));
      else resolve(Number(major));
    });
  });
}

export interface PgConnection {
  /** DATABASE_URL without its password: safe for --dbname. */
  dbname: string;
  /** For PGPASSWORD, decoded; null when the URL has none (~/.pgpass or trust then). */
  password: string | null;
}

export function connectionOf(url: string): PgConnection {
  const parsed = new URL(url);
  const fromQuery = parsed.searchParams.get('password');
  const password = parsed.password ? decodeURIComponent(parsed.password) : fromQuery;
  parsed.password = '';
  parsed.searchParams.delete('password');
  return { dbname: parsed.toString(), password: password || null };
}

export interface RunOptions {
  /** Receives the child's stdout as it comes (for pg_restore -f -); otherwise it is ignored. */
  onStdout?: (stdout: Readable) => Promise<void>;
}

/**
 * Runs a tool to its end; rejects with PgToolError carrying the end of its stderr (the password, were it
 * ever there, blanked).
 */
export async function runTool(
  tool: Located,
  args: string[],
  connection: PgConnection | null,
  options: RunOptions = {},
): Promise<void> {
  const env: Record<string, string> = {
    HOME: homedir(),
    LC_ALL: 'C',
    PGCONNECT_TIMEOUT: '10',
    PGAPPNAME: 'caseline-backup',
    ...(connection?.password ? { PGPASSWORD: connection.password } : {}),
  };
  const fullArgs = [...args, ...(connection ? ['--no-password', `--dbname=${connection.dbname}`] : [])];
  const child = spawn(tool.path, fullArgs, { env, stdio: ['ignore', options.onStdout ? 'pipe' : 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const exited = new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
  const reading = options.onStdout ? options.onStdout(child.stdout!) : Promise.resolve();
  let code: number;
  try {
    [code] = await Promise.all([exited, reading]);
  } catch (error) {
    child.kill('SIGKILL');
    throw new PgToolError(`${tool.path} could not run: ${(error as Error).message}`);
  }
  if (code !== 0) {
    const said = connection?.password ? stderr.split(connection.password).join('[redacted]') : stderr;
    const message = said.trim().split('\n').slice(-3).join(' ').replace(/\s+/g, ' ');
    throw new PgToolError(`${tool.path.split('/').pop()} failed (exit ${code}): ${message || 'no message'}`);
  }
}
