/**
 * Real `caseline start` processes for the multi-process tests (issue 24 §2): each its own child process
 * with its own HTTP port, all on one store, mail from the loopback Dovecot and SMTP sink, Slack in HTTP
 * mode against the Web API stand-in. A process can be killed with SIGKILL at any moment; its log is kept
 * to explain a failure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import type { DovecotServer } from '../../support/dovecot.ts';
import { mailEnv } from '../../support/mail-harness.ts';
import type { SmtpSink } from '../../support/smtp-sink.ts';

const BIN = new URL('../../../../bin/caseline.js', import.meta.url).pathname;
export const STAFF_CHANNEL = 'C0STAFF';

export interface BotProcess {
  name: string;
  pid: number;
  /** The HTTP port it listens on (Slack's /slack/events, /readyz), once it logged it. */
  port(): Promise<number>;
  /** Its Slack route is up (the HTTP server listens before Slack has started). */
  slackReady(): Promise<void>;
  log(): string;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): Promise<number | null>;
}

export interface ClusterEnv {
  /** The store every process shares: DATABASE_URL (PostgreSQL). */
  store: Record<string, string>;
  dir: string;
  dovecot: DovecotServer;
  sink: SmtpSink;
  slackApiUrl: string;
  signingSecret: string;
}

export function clusterEnv(env: ClusterEnv, extra: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env['PATH'] ?? '',
    NODE_ENV: 'production',
    ...mailEnv(env.dovecot, env.sink, env.dir),
    ATTACHMENT_DIR: join(env.dir, 'attachments'),
    SLACK_BOT_TOKEN: 'xoxb-cluster-token',
    SLACK_MODE: 'http',
    SLACK_SIGNING_SECRET: env.signingSecret,
    SLACK_API_URL: env.slackApiUrl,
    SLACK_STAFF_CHANNEL: STAFF_CHANNEL,
    HTTP_PORT: '0',
    LOG_LEVEL: 'info',
    ...env.store,
    ...extra,
  };
}

export function startBot(name: string, env: Record<string, string>, cwd: string): BotProcess {
  const child: ChildProcess = spawn(process.execPath, [BIN, 'start'], {
    env,
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-200_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let port: Promise<number> | null = null;
  const logged = async (pattern: RegExp, what: string) => {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const found = pattern.exec(log);
      if (found) return found;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`${name} never ${what}:\n${log.slice(-4000)}`);
  };
  return {
    name,
    pid: child.pid ?? -1,
    log: () => log,
    exited,
    port: () => {
      port ??= logged(/"port":(\d+),"msg":"HTTP server listening"/, 'listened').then((found) => Number(found[1]));
      return port;
    },
    slackReady: async () => {
      await logged(/"msg":"Slack channel started"/, 'started Slack');
    },
    kill: async (signal) => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
