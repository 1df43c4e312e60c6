/** Runs the real entry point (bin/caseline.js) against a temp database, as an admin would. */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(import.meta.dirname, '../../..');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliSandbox {
  dir: string;
  db: string;
  run(args: string[], stdin?: string): Promise<Run>;
  remove(): void;
}

/** Runs `node ARGS` and collects its exit code and output (stdin is closed after `input`). */
export function runNode(
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; input?: string },
): Promise<Run> {
  return new Promise((done) => {
    const child = execFile(
      process.execPath,
      args,
      { cwd: options.cwd, env: options.env, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

export function cliSandbox(prefix: string): CliSandbox {
  const dir = mkdtempSync(join(tmpdir(), `caseline-${prefix}-`));
  const db = join(dir, 'caseline.db');
  return {
    dir,
    db,
    run: (args, stdin) =>
      runNode(['bin/caseline.js', ...args], {
        cwd: repoRoot,
        env: { ...process.env, CASELINE_DB: db, POLICY_FILE: '' },
        ...(stdin === undefined ? {} : { input: stdin }),
      }),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
