// A throwaway PostgreSQL cluster on 127.0.0.1 for integration tests (Debian package postgresql):
// `initdb` in a temp dir, `postgres` in the foreground as our child on a free port, trust auth on
// loopback only. PostgreSQL refuses to run as root, so as root both run as the `postgres` user (spawned
// with its uid). Stopping it (fast shutdown) and deleting the directory leaves nothing behind; a worker
// that exits without stopping it still kills its child.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export interface PostgresServer {
  host: string;
  port: number;
  user: string;
  /** `postgres://user@127.0.0.1:port/name`. */
  url(database?: string): string;
  /** A new, empty database on this cluster; returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** The watchdog's process id and the cluster's directory (for the test that nothing is left). */
  pid: number;
  dir: string;
  /** Fast shutdown, then the cluster's directory is deleted. */
  stop(): Promise<void>;
}

const INSTALL_HINT =
  'PostgreSQL is needed for the PostgreSQL store tests. Install it with:\n' +
  '  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postgresql';

/** The server binaries: POSTGRES_BIN_DIR, or Debian's newest /usr/lib/postgresql/<version>/bin. */
export function postgresBinDir(): string {
  const fromEnv = process.env['POSTGRES_BIN_DIR'];
  if (fromEnv) return fromEnv;
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) throw new Error(`no PostgreSQL server under ${root}. ${INSTALL_HINT}`);
  return join(root, versions[0]!, 'bin');
}

/** Root cannot run PostgreSQL: the cluster belongs to the `postgres` user then. */
function runAs(): { uid: number; gid: number; name: string } | null {
  if (process.getuid?.() !== 0) return null;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  return { uid: id('-u'), gid: id('-g'), name: 'postgres' };
}

let counter = 0;

/**
 * `durable`: keep PostgreSQL's own fsync and full-page writes (for benchmarks); tests turn them off, a
 * throwaway cluster needs no durability. Commits never wait for the disk either way (synchronous_commit
 * off), as SQLite's WAL with synchronous=NORMAL does not. `settings`: more server settings (`-c`).
 */
export async function startPostgres(
  options: { durable?: boolean; settings?: Record<string, string> } = {},
): Promise<PostgresServer> {
  const bin = postgresBinDir();
  const owner = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'caseline-postgres-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const user = owner?.name ?? 'caseline';
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', user, '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync'], {
    stdio: 'pipe',
    ...(owner ? { uid: owner.uid, gid: owner.gid } : {}),
  });
  const port = await freePort();
  const args = [
    '-D',
    data,
    '-p',
    String(port),
    '-k',
    dir,
    '-c',
    'listen_addresses=127.0.0.1',
    ...(options.durable ? [] : ['-c', 'fsync=off', '-c', 'full_page_writes=off']),
    '-c',
    'synchronous_commit=off',
    '-c',
    'max_connections=60',
    '-c',
    'shared_buffers=16MB',
    // Benchmarks load pg_stat_statements (shared_preload_libraries) to count statements server-side.
    ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
  ];
  // A watchdog shell between us and the postmaster: it stops PostgreSQL (fast shutdown) when its stdin
  // closes — when we stop it, and also when this process dies in any way (a killed test worker), so no
  // cluster outlives the tests.
  const child = spawn(
    '/bin/sh',
    ['-c', `"$0" "$@" & pid=$!; read _ ; kill -INT $pid 2>/dev/null; wait $pid`, join(bin, 'postgres'), ...args],
    { stdio: ['pipe', 'ignore', 'pipe'], ...(owner ? { uid: owner.uid, gid: owner.gid } : {}) },
  );
  let log = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-4000);
  });
  const killOnExit = () => child.stdin?.end();
  process.once('exit', killOnExit);
  const url = (database = 'postgres') => `postgres://${user}@127.0.0.1:${port}/${database}`;
  try {
    await untilAccepting(url(), child, () => log);
  } catch (error) {
    await stopChild(child, data);
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return {
    host: '127.0.0.1',
    port,
    user,
    url,
    pid: child.pid ?? -1,
    dir,
    createDatabase: async (name = `caseline_test_${process.pid}_${++counter}`) => {
      const client = new pg.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE "${name}"`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop: async () => {
      process.removeListener('exit', killOnExit);
      await stopChild(child, data);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function untilAccepting(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      await client.query('SELECT 1');
      await client.end();
      return;
    } catch {
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  throw new Error(`PostgreSQL did not come up (${url}).\n${log()}`);
}

/** Closing the watchdog's stdin makes it send SIGINT, PostgreSQL's fast shutdown, and wait for it. */
async function stopChild(child: ChildProcess, data: string): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  const late = setTimeout(() => {
    // Still up after 15 s: kill the postmaster itself (its pid is the first line of postmaster.pid).
    try {
      const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
      if (pid > 0) process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
    child.kill('SIGKILL');
  }, 15_000);
  await exited;
  clearTimeout(late);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
