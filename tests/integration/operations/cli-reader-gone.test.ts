/**
 * Red team round 7: `caseline replay SCRIPT.json | head -3` — the reader closes the pipe early. The real CLI
 * finishes quietly (exit 0), without an unhandled EPIPE error and its stack trace on stderr.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe('the CLI whose reader goes away', () => {
  it('README (caseline replay): replay piped into a reader that stops after its first chunk exits 0 with nothing on stderr', async () => {
    const child = spawn(process.execPath, ['bin/caseline.js', 'replay', 'tests/scenarios/example.json'], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    let first = '';
    child.stdout.once('data', (chunk: Buffer) => {
      first = chunk.toString();
      child.stdout.destroy();
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(first).toContain('U01ANA');
    expect(stderr).not.toContain('EPIPE');
    expect(code).toBe(0);
  }, 60_000);
});
