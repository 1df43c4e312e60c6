import { execFile, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { databaseWithCases } from '../../support/cases-on-file.ts';
import { REPO_ROOT } from '../../support/running-bot.ts';

/** systemd's unit syntax, enough to read ours: sections of `Key=value` lines, keys may repeat. */
function parseUnit(path: string): Map<string, Map<string, string[]>> {
  const sections = new Map<string, Map<string, string[]>>();
  let current: Map<string, string[]> | undefined;
  for (const raw of readFileSync(path, 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue;
    const section = /^\[(.+)\]$/.exec(line);
    if (section) {
      current = new Map();
      sections.set(section[1]!, current);
      continue;
    }
    const [key, ...rest] = line.split('=');
    if (!current || !key) throw new Error(`${path}: not a unit line: ${line}`);
    current.set(key, [...(current.get(key) ?? []), rest.join('=')]);
  }
  return sections;
}

const unit = (name: string) => join(REPO_ROOT, 'deploy', name);
const environment = (service: Map<string, string[]>) =>
  Object.fromEntries((service.get('Environment') ?? []).map((e) => e.split('=', 2) as [string, string]));

describe('issue 23 §5: deploy/caseline.service', () => {
  const service = parseUnit(unit('caseline.service')).get('Service')!;
  const one = (key: string) => service.get(key)?.at(-1);

  it('runs the built bot as a dedicated user, restarted on failure, never as a terminal chat', () => {
    expect(one('User')).toBe('caseline');
    expect(one('Group')).toBe('caseline');
    expect(one('ExecStart')).toBe('/usr/bin/node /opt/caseline/dist/caseline.js start');
    expect(one('Restart')).toBe('on-failure');
    expect(one('StandardInput')).toBe('null');
    expect(one('KillSignal')).toBe('SIGTERM');
  });

  it('the data directory writable, everything else read-only', () => {
    expect(one('ProtectSystem')).toBe('strict');
    const writable = (service.get('ReadWritePaths') ?? []).flatMap((v) => v.split(/\s+/));
    expect(writable).toEqual(['/var/lib/caseline']);
    expect(one('StateDirectory')).toBe('caseline');
    const env = environment(service);
    // The database (with its -wal, -shm and .lock files beside it) and the attachments live there.
    for (const path of [dirname(env['CASELINE_DB'] ?? ''), env['ATTACHMENT_DIR'] ?? '']) {
      expect(
        writable.some((dir) => path === dir || path.startsWith(`${dir}/`)),
        path,
      ).toBe(true);
    }
    expect(env['NODE_ENV']).toBe('production');
    for (const [key, value] of [
      ['NoNewPrivileges', 'yes'],
      ['ProtectHome', 'yes'],
      ['PrivateTmp', 'yes'],
      ['PrivateDevices', 'yes'],
      ['RestrictSUIDSGID', 'yes'],
      ['CapabilityBoundingSet', ''],
    ] as const) {
      expect(one(key), key).toBe(value);
    }
    // Node.js compiles code at run time: forbidding writable+executable memory would stop it.
    expect(one('MemoryDenyWriteExecute')).not.toBe('yes');
  });

  it('the secrets come from a file only root and the service read, not from the unit', () => {
    expect(one('EnvironmentFile')).toBe('/etc/caseline/caseline.env');
    const env = environment(service);
    for (const key of Object.keys(env)) expect(key).not.toMatch(/PASSWORD|SECRET|TOKEN/);
  });

  // systemd-analyze comes with Debian's systemd package, which every machine that runs the unit has.
  it('systemd-analyze verify finds nothing to say about the units', () => {
    const result = spawnSync(
      'systemd-analyze',
      ['verify', unit('caseline.service'), unit('caseline-backup.service'), unit('caseline-backup.timer')],
      { encoding: 'utf8' },
    );
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('issue 23 §4, §5: the nightly backup (deploy/caseline-backup.timer → caseline-backup.sh)', {
  timeout: 120_000,
}, () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('the timer runs the backup service nightly and catches up after downtime', () => {
    const timer = parseUnit(unit('caseline-backup.timer')).get('Timer')!;
    expect(timer.get('OnCalendar')?.[0]).toMatch(/^\*-\*-\* \d\d:\d\d:00$/);
    expect(timer.get('Persistent')?.[0]).toBe('true');
    const backup = parseUnit(unit('caseline-backup.service')).get('Service')!;
    expect(backup.get('User')?.[0]).toBe('caseline');
    expect(backup.get('ExecStart')?.[0]).toBe('/bin/sh /opt/caseline/deploy/caseline-backup.sh');
    expect(backup.get('ProtectSystem')?.[0]).toBe('strict');
  });

  it('writes a dated backup that opens, mirrors new attachments, and removes backups older than KEEP_DAYS', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseline-nightly-'));
    dirs.push(dir);
    const db = join(dir, 'data', 'caseline.db');
    mkdirSync(join(dir, 'data', 'attachments'), { recursive: true });
    writeFileSync(join(dir, 'data', 'attachments', 'log.txt'), 'a customer log');
    await databaseWithCases(db, 2);
    const backups = join(dir, 'backups');
    mkdirSync(backups);
    const old = join(backups, 'caseline-20260101T023000Z.db');
    const recent = join(backups, 'caseline-20261120T023000Z.db');
    for (const [file, daysAgo] of [
      [old, 30],
      [recent, 2],
    ] as const) {
      writeFileSync(file, 'x');
      const at = new Date(Date.now() - daysAgo * 86_400_000);
      utimesSync(file, at, at);
    }
    const result = await new Promise<{ code: number; stderr: string }>((done) =>
      execFile(
        'sh',
        [join(REPO_ROOT, 'deploy', 'caseline-backup.sh')],
        {
          cwd: REPO_ROOT,
          env: {
            PATH: process.env['PATH'] ?? '',
            CASELINE_DB: db,
            ATTACHMENT_DIR: join(dir, 'data', 'attachments'),
            BACKUP_DIR: backups,
            KEEP_DAYS: '14',
            CASELINE_BIN: join(REPO_ROOT, 'bin', 'caseline.js'),
          },
          timeout: 60_000,
        },
        (error, _stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      ),
    );
    expect(result).toEqual({ code: 0, stderr: '' });
    const files = readdirSync(backups).sort();
    expect(files).not.toContain('caseline-20260101T023000Z.db');
    expect(files).toContain('caseline-20261120T023000Z.db');
    const fresh = files.filter((f) => /^caseline-\d{8}T\d{6}Z\.db$/.test(f) && f !== 'caseline-20261120T023000Z.db');
    expect(fresh).toHaveLength(1);
    const copy = openDatabase(join(backups, fresh[0]!));
    expect(copy.$client.prepare('SELECT count(*) AS n FROM cases').get()).toEqual({ n: 2 });
    copy.$client.close();
    expect(existsSync(join(backups, 'attachments', 'log.txt'))).toBe(true);
  });
});

describe('issue 23 §5: deploy/caseline-admin.sh runs commands as the service does', { timeout: 120_000 }, () => {
  it("reads the service's settings file and points at its data directory", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseline-admin-'));
    try {
      mkdirSync(join(dir, 'data'));
      await databaseWithCases(join(dir, 'data', 'caseline.db'), 1);
      writeFileSync(join(dir, 'caseline.env'), '# as in /etc/caseline/caseline.env\nHTTP_PORT=9464\nLOG_LEVEL=warn\n');
      const result = await new Promise<{ code: number; stdout: string }>((done) =>
        execFile(
          'sh',
          [join(REPO_ROOT, 'deploy', 'caseline-admin.sh'), 'doctor'],
          {
            cwd: REPO_ROOT,
            env: {
              PATH: process.env['PATH'] ?? '',
              CASELINE_ENV_FILE: join(dir, 'caseline.env'),
              CASELINE_DATA: join(dir, 'data'),
              CASELINE_BIN: join(REPO_ROOT, 'bin', 'caseline.js'),
            },
            timeout: 60_000,
          },
          (error, stdout) => done({ code: error ? Number(error.code ?? 1) : 0, stdout }),
        ),
      );
      expect(result.stdout).toContain('✔ configuration valid: HTTP on 127.0.0.1:9464');
      expect(result.stdout).toContain(`✔ database reachable: ${join(dir, 'data', 'caseline.db')} (1 case,`);
      expect(result.code).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
