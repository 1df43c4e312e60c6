import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { repoRoot } from '../../unit/cli/run-caseline.ts';
import { posts } from './support/calls.ts';
import { FakeSlack } from './support/fake-slack.ts';
import { eventEnvelope, postToSlackEvents, SIGNING_SECRET } from './support/signed-request.ts';
import { dm } from './support/slack-harness.ts';

let fake: FakeSlack | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await fake?.stop();
});

async function start(env: Record<string, string>, options: { authTest?: boolean } = {}) {
  fake = await new FakeSlack().start();
  fake.authTest = options.authTest ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'caseline-slack-start-'));
  const proc = spawn(process.execPath, ['bin/caseline.js', 'start'], {
    cwd: repoRoot,
    env: {
      PATH: process.env['PATH'] ?? '',
      CASELINE_DB: join(dir, 'caseline.db'),
      ATTACHMENT_DIR: join(dir, 'files'),
      LOG_LEVEL: 'info',
      NODE_ENV: 'production',
      SLACK_BOT_TOKEN: 'xoxb-start-token',
      SLACK_API_URL: fake.apiUrl,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child = proc;
  let stderr = '';
  proc.stderr!.on('data', (chunk) => {
    stderr += chunk;
  });
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  const waitFor = async (text: string) => {
    for (let i = 0; i < 300 && !stderr.includes(text); i++) await new Promise((r) => setTimeout(r, 100));
    if (!stderr.includes(text)) throw new Error(`"${text}" never logged:\n${stderr}`);
  };
  const port = async () => {
    await waitFor('HTTP server listening');
    return Number(/"port":(\d+),"msg":"HTTP server listening"/.exec(stderr)![1]);
  };
  return { proc, exited, waitFor, port, stderr: () => stderr };
}

describe('npm start with Slack configured (issue 19 §1)', () => {
  it('Socket Mode: connects through SLACK_API_URL, answers a DM, /healthz serves, and SIGTERM stops cleanly', async () => {
    const bot = await start({ SLACK_APP_TOKEN: 'xapp-start-token', HTTP_PORT: '0' });
    const port = await bot.port();
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    await bot.waitFor('Slack channel started');
    await fake!.connected();
    const ready = (await (await fetch(`http://127.0.0.1:${port}/readyz`)).json()) as {
      parts: Record<string, { state: string; detail: string }>;
    };
    expect(ready.parts['slack']?.state).toBe('up');
    expect(ready.parts['slack']?.detail).toMatch(/Socket Mode connected/);
    const ack = await fake!.envelope('events_api', eventEnvelope(dm('U01ANA', 'hello')));
    expect(ack.payload).toEqual({});
    await fake!.waitFor((calls) => posts(calls).length === 1);
    expect(bot.stderr()).not.toContain('Caseline terminal');
    bot.proc.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    expect(bot.stderr()).toContain('"msg":"stopped"');
    expect(bot.stderr()).not.toMatch(/xoxb-start-token|xapp-start-token/);
  });

  it('HTTP mode against a stand-in without auth.test: a warning, and it still answers signed events at /slack/events', async () => {
    const bot = await start(
      { SLACK_MODE: 'http', SLACK_SIGNING_SECRET: SIGNING_SECRET, HTTP_PORT: '0' },
      { authTest: false },
    );
    const port = await bot.port();
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    await bot.waitFor('Slack channel started');
    expect(bot.stderr()).toContain('auth.test failed');
    const res = await postToSlackEvents(
      `http://127.0.0.1:${port}/slack/events`,
      JSON.stringify(eventEnvelope(dm('U01ANA', 'hello'))),
    );
    expect(res.status).toBe(200);
    await fake!.waitFor((calls) => posts(calls).length === 1);
    bot.proc.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  });
});
