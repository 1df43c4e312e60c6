import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sample } from '../../support/prometheus-text.ts';
import { freePort, REPO_ROOT, type RunningBot, startBot } from '../../support/running-bot.ts';

const VERSION = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).version as string;
const dirs: string[] = [];
const bots: RunningBot[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) await bot.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-ops-'));
  dirs.push(dir);
  return dir;
};

function caseline(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ['bin/caseline.js', ...args],
      { cwd: REPO_ROOT, env: { PATH: process.env['PATH'] ?? '', ...env }, timeout: 60_000 },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('issue 23 §3: caseline --version', { timeout: 120_000 }, () => {
  it('prints the version of package.json and exits 0', async () => {
    const result = await caseline(['--version']);
    expect(result).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });
});

describe('issue 23 §1, §3, §7: the running bot answers /healthz, /readyz and /metrics, and logs its version', {
  timeout: 120_000,
}, () => {
  it('with HTTP_PORT set, one server serves all three; the start line names the version; no config dump at info', async () => {
    const dir = tempDir();
    const port = await freePort();
    const bot = startBot({ CASELINE_DB: join(dir, 'c.db'), HTTP_PORT: String(port), LOG_LEVEL: 'info' });
    bots.push(bot);
    await bot.waitForLog(`Caseline ${VERSION} starting`);
    const base = `http://127.0.0.1:${port}`;
    let ready = await fetch(`${base}/readyz`);
    for (let i = 0; i < 100 && ready.status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 100));
      ready = await fetch(`${base}/readyz`);
    }
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      parts: {
        database: { state: 'up' },
        mailbox: { state: 'not-configured' },
        slack: { state: 'not-configured' },
        scheduler: { state: 'up' },
      },
    });
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', version: VERSION });
    const metrics = await (await fetch(`${base}/metrics`)).text();
    expect(sample(metrics, 'caseline_build_info', { version: VERSION })).toBe(1);
    expect(sample(metrics, 'nodejs_eventloop_lag_seconds')).toBeGreaterThanOrEqual(0);
    expect(sample(metrics, 'caseline_outbox_depth', { channel: 'email' })).toBe(0);

    const start = bot.log.find((line) => line.includes('starting'));
    expect(JSON.parse(start ?? '{}')).toMatchObject({ version: VERSION, http: `http://127.0.0.1:${port}` });
    expect(bot.log.join('\n')).not.toContain('"config":');
    // The chat's banner comes right after the start line, not after a screen of configuration.
    expect(bot.stdout[0]).toContain('Caseline terminal');
    expect(await bot.stop()).toBe(0);
  });

  it('the configuration is still there at LOG_LEVEL=debug, secrets masked', async () => {
    const dir = tempDir();
    const bot = startBot({ CASELINE_DB: join(dir, 'c.db'), LOG_LEVEL: 'debug', SMTP_PASSWORD: 'hunter2-very-secret' });
    bots.push(bot);
    await bot.waitForLog('"msg":"configuration"');
    const dump = bot.log.find((line) => line.includes('"msg":"configuration"')) ?? '';
    expect(JSON.parse(dump).config).toMatchObject({ CASELINE_DB: join(dir, 'c.db'), SMTP_PASSWORD: '[redacted]' });
    expect(bot.log.join('\n')).not.toContain('hunter2-very-secret');
  });

  it('issue 23 bad input: a port in use → one clear line, exit 1, no database created', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
    const port = (holder.address() as net.AddressInfo).port;
    const dir = tempDir();
    try {
      const result = await caseline(['start'], { CASELINE_DB: join(dir, 'c.db'), HTTP_PORT: String(port) });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toEqual([
        `caseline: cannot start: HTTP port 127.0.0.1:${port} is in use: stop what holds it or set HTTP_PORT to a free port`,
      ]);
      expect(existsSync(join(dir, 'c.db'))).toBe(false);
    } finally {
      holder.close();
    }
  });
});
