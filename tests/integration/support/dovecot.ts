// A throwaway Dovecot IMAP server on 127.0.0.1 for integration tests (Debian package dovecot-imapd),
// adapted from shared/reference/imap-test-server.sh: plaintext auth, no TLS, one passwd-file user,
// Maildir in a temp dir. Runs in the foreground as our child, so stopping it leaves no zombie.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { connect as tlsConnect } from 'node:tls';
import { ImapFlow } from 'imapflow';

export interface DovecotServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** Stop the server, keeping its mail (restart() brings it back on the same port). */
  halt(): Promise<void>;
  restart(): Promise<void>;
  /** Stop the server and delete its directory. */
  stop(): Promise<void>;
}

const DOVECOT = process.env['DOVECOT_BIN'] ?? '/usr/sbin/dovecot';
const INSTALL_HINT =
  'Dovecot is needed for the IMAP integration tests. Install it with:\n' +
  '  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends dovecot-imapd';

/** With `tls`, the server speaks IMAP over TLS only (imaps on `port`) and refuses plaintext logins. */
export interface DovecotOptions {
  tls?: { certPath: string; keyPath: string };
  /** The capabilities announced after login, instead of Dovecot's own (e.g. without IDLE). */
  capabilities?: string;
}

export async function startDovecot(options: DovecotOptions = {}): Promise<DovecotServer> {
  if (!existsSync(DOVECOT)) throw new Error(`${DOVECOT} not found. ${INSTALL_HINT}`);
  const dir = mkdtempSync(join(tmpdir(), 'caseline-dovecot-'));
  const port = await freePort();
  const config = writeConfig(dir, port, options);
  const tls = Boolean(options.tls);
  let child: ChildProcess | null = await launch(config, port, dir, tls);

  const halt = async () => {
    if (!child) return;
    const exiting = new Promise((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');
    await exiting;
    child = null;
  };
  return {
    host: '127.0.0.1',
    port,
    user: 'test',
    password: 'secret',
    halt,
    restart: async () => {
      await halt();
      child = await launch(config, port, dir, tls);
    },
    stop: async () => {
      await halt();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function launch(config: string, port: number, dir: string, tls: boolean): Promise<ChildProcess> {
  const child = spawn(DOVECOT, ['-F', '-c', config], { stdio: 'ignore' });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    if (await greets(port, tls)) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  const log = existsSync(join(dir, 'dovecot.log')) ? execFileSync('tail', ['-20', join(dir, 'dovecot.log')]) : '';
  throw new Error(`Dovecot did not come up on 127.0.0.1:${port}.\n${log}`);
}

function greets(port: number, tls: boolean): Promise<boolean> {
  return new Promise((resolve) => {
    // Only asks whether the server is up: its certificate is the tests' business, not this probe's.
    const socket = tls
      ? tlsConnect({ host: '127.0.0.1', port, rejectUnauthorized: false })
      : net.connect({ host: '127.0.0.1', port });
    socket.setTimeout(1000);
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('* OK'));
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
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

function writeConfig(dir: string, port: number, { tls, capabilities }: DovecotOptions): string {
  for (const sub of ['run', 'state', 'home']) mkdirSync(join(dir, sub), { recursive: true });
  chmodSync(dir, 0o755);
  const root = process.getuid?.() === 0;
  // Dovecot refuses uid 0 for mail processes: as root, mail belongs to nobody (Debian's users).
  const me = userInfo();
  const mailUid = root ? Number(execFileSync('id', ['-u', 'nobody']).toString().trim()) : me.uid;
  const mailGid = root ? Number(execFileSync('getent', ['group', 'nogroup']).toString().split(':')[2]) : me.gid;
  if (root) chownSync(join(dir, 'home'), mailUid, mailGid);
  const group = (name: string) => execFileSync('id', ['-gn', name]).toString().trim();
  const internal = root ? 'dovecot' : me.username;
  writeFileSync(join(dir, 'passwd'), 'test:{PLAIN}secret\n', { mode: 0o644 });
  const config = `# throwaway test config
instance_name = caseline-test-${port}
base_dir = ${dir}/run
state_dir = ${dir}/state
protocols = imap
listen = 127.0.0.1
${tls ? `ssl = required\nssl_cert = <${tls.certPath}\nssl_key = <${tls.keyPath}\ndisable_plaintext_auth = yes` : 'ssl = no\ndisable_plaintext_auth = no'}
auth_mechanisms = plain login
log_path = ${dir}/dovecot.log
default_internal_user = ${internal}
default_internal_group = ${group(internal)}
default_login_user = ${root ? 'dovenull' : me.username}
first_valid_uid = 1
last_valid_uid = 0
first_valid_gid = 1
mail_location = maildir:~/Maildir
mailbox_idle_check_interval = 1 secs
${capabilities ? `imap_capability = ${capabilities}` : ''}
mail_max_userip_connections = 100
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${mailUid} gid=${mailGid} home=${dir}/home/%u
}
namespace inbox {
  inbox = yes
  separator = /
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${tls ? 0 : port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tls ? port : 0}
    ssl = yes
  }
}
${root ? '' : 'service anvil {\n  chroot =\n}\nservice imap-login {\n  chroot =\n}\n'}`;
  const path = join(dir, 'dovecot.conf');
  writeFileSync(path, config);
  return path;
}

/**
 * imapflow options for the throwaway server: plaintext on loopback, as its config has `ssl = no`, or
 * TLS trusting the test CA (`ca`, PEM) for a server started with `tls`.
 */
export function imapOptions(server: DovecotServer, ca?: string) {
  return {
    host: server.host,
    port: server.port,
    ...(ca ? { secure: true, tls: { ca } } : { secure: false, doSTARTTLS: false }),
    auth: { user: server.user, pass: server.password },
  };
}

export function imapClient(server: DovecotServer, ca?: string): ImapFlow {
  return new ImapFlow({ ...imapOptions(server, ca), logger: false });
}
