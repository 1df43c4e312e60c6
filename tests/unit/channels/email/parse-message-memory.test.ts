import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const SCRIPT = join(import.meta.dirname, 'support/stream-big-attachment.ts');
const SIZE = 25 * 1024 * 1024;

// Measured in a child process so the test runner's own heap does not distort the figure.
it('streams a 25 MB attachment to disk with peak RSS growth well under 200 MB', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', SCRIPT, String(SIZE)], {
    cwd: join(import.meta.dirname, '../../../..'),
  });
  const result = JSON.parse(stdout) as { peakGrowthMb: number; size: number; hashMatches: boolean; text: string };
  console.log(`25 MB attachment: peak RSS growth ${result.peakGrowthMb.toFixed(1)} MB`);
  expect(result.size).toBe(SIZE);
  expect(result.hashMatches).toBe(true);
  expect(result.text).toBe('The log is attached.');
  expect(result.peakGrowthMb).toBeLessThan(100);
}, 60_000);
