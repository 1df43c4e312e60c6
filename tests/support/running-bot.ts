/** `caseline start` as a child process, as an operator runs it: its logs, its HTTP port, a clean stop. */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');
const BIN = resolve(REPO_ROOT, 'bin/caseline.js');

export interface RunningBot {
  child: ChildProcess;
  /** stderr (the log) and stdout lines so far. */
  log: string[];
  stdout: string[];
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
  waitForLog(text: string, timeoutMs?: number): Promise<void>;
  /** SIGTERM, then the exit code. */
  stop(): Promise<number | null>;
}

/** Starts the bot with exactly `env` (plus PATH); stdin stays open so a terminal chat keeps running. */
export function startBot(env: Record<string, string>, cwd = REPO_ROOT): RunningBot {
  const child = spawn(process.execPath, [BIN, 'start'], {
    cwd,
    env: { PATH: process.env['PATH'] ?? '', NODE_ENV: 'production', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const log: string[] = [];
  const stdout: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => log.push(line));
  createInterface({ input: child.stdout! }).on('line', (line) => stdout.push(line));
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const waitForLog = async (text: string, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!log.some((line) => line.includes(text))) {
      if (child.exitCode !== null) throw new Error(`the bot exited (${child.exitCode}): ${log.join('\n')}`);
      if (Date.now() > deadline) throw new Error(`no log line "${text}" within ${timeoutMs} ms: ${log.join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  };
  return {
    child,
    log,
    stdout,
    exited,
    waitForLog,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = net.createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => done(port));
    });
  });
}
