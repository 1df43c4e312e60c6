/** A bot process for the mail benches: `caseline start` from the bundle (dist/caseline.js), as `npm start` runs it. */
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface Bot {
  name: string;
  pid: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

/** `caseline start` from the bundle, as npm start runs it; ready once its mailbox channel started. */
export async function startBot(name: string, env: Record<string, string>): Promise<Bot> {
  const root = new URL('../..', import.meta.url).pathname;
  const child = spawn('node', ['dist/caseline.js', 'start'], {
    env: { PATH: process.env['PATH'] ?? '', ...env, LOG_LEVEL: 'info', NODE_ENV: 'production' },
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const log: string[] = [];
  const lines = createInterface({ input: child.stderr! });
  let started = false;
  for await (const line of lines) {
    log.push(line);
    if (line.includes('mailbox channel started')) {
      started = true;
      break;
    }
  }
  if (!started) {
    await exited;
    const said = log.find((line) => /cannot|error/i.test(line)) ?? log.join('\n');
    throw new Error(`caseline start (${name}) did not start: ${said}`);
  }
  child.stderr?.resume();
  return {
    name,
    pid: child.pid!,
    child,
    stop: async () => {
      child.kill('SIGTERM');
      if ((await exited) !== 0) throw new Error(`caseline start (${name}) did not stop cleanly`);
    },
  };
}
