/**
 * Issue 22 §4: `caseline report sla` end to end on a database file — the table, --csv, --json, and the
 * --html page rendered by headless Chromium (Debian's package, installed by scripts/ensure-chromium.sh)
 * into a PNG that must show the table and the charts.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/store/database.ts';
import { insertDecidedCases, novemberCases } from '../../support/report-fixture.ts';
import { type CliSandbox, cliSandbox } from '../../unit/cli/run-caseline.ts';

let sandbox: CliSandbox;
const RANGE = ['--from', '2026-11-02', '--to', '2026-11-23'];

beforeAll(async () => {
  sandbox = cliSandbox('report');
  const db = openDatabase(sandbox.db);
  await insertDecidedCases(db, novemberCases());
  db.$client.close();
});
afterAll(() => sandbox.remove());

function chromium(): string {
  const candidates = [process.env['CHROMIUM_BIN'], '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c): c is string => Boolean(c) && existsSync(c as string));
  if (!found) throw new Error('Chromium is missing: run scripts/ensure-chromium.sh (Debian package chromium)');
  return found;
}

function screenshot(htmlFile: string, pngFile: string, profileDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(
      chromium(),
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--hide-scrollbars',
        `--user-data-dir=${profileDir}`,
        '--window-size=1100,1400',
        `--screenshot=${pngFile}`,
        `file://${htmlFile}`,
      ],
      { timeout: 60_000 },
      (error) => (error && !existsSync(pngFile) ? reject(error) : resolve()),
    );
  });
}

describe('caseline report sla (issue 22 §4)', () => {
  it('issue 22 §4: the default table shows compliance per tier and severity with the commitment verdicts', async () => {
    const result = await sandbox.run(['report', 'sla', ...RANGE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('met 45 of 50 (90%) — commitment 90% ✔');
    expect(result.stdout).toContain('met 7 of 10 (70%) — commitment 80% ✘');
  });

  it('issue 22 §4: --csv and --json give the same figures; --json keeps { from, to, rows } and adds totals and weeks', async () => {
    const csv = await sandbox.run(['report', 'sla', ...RANGE, '--csv']);
    expect(csv.code).toBe(0);
    expect(csv.stdout).toContain('premium-care,high,50,50,0,0,100,45,5,0,90,90,true');
    const json = await sandbox.run(['report', 'sla', ...RANGE, '--json']);
    const out = JSON.parse(json.stdout);
    expect(out.from).toBe('2026-11-02T00:00:00.000Z');
    expect(out.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ tier: 'premium-care', severity: 'high', targetMet: 45, commitmentMet: true }),
      ]),
    );
    expect(out.totals).toMatchObject({ cases: 60, targetMet: 52, targetMissed: 8 });
    expect(out.weeks).toHaveLength(3);
    const both = await sandbox.run(['report', 'sla', ...RANGE, '--csv', '--json']);
    expect(both.code).toBe(2);
  });

  it('issue 22 §4: --html writes a self-contained page that headless Chromium renders with its table and charts', async () => {
    const html = join(sandbox.dir, 'sla.html');
    const png = join(sandbox.dir, 'sla.png');
    const result = await sandbox.run(['report', 'sla', ...RANGE, '--html', html]);
    expect(result.code).toBe(0);
    await screenshot(html, png, join(sandbox.dir, 'chromium-profile'));
    const bytes = readFileSync(png);
    expect(bytes.length).toBeGreaterThan(20_000);
    const image = PNG.sync.read(bytes);
    expect([image.width, image.height]).toEqual([1100, 1400]);
    let ink = 0;
    let green = 0;
    let red = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b] = [image.data[i]!, image.data[i + 1]!, image.data[i + 2]!];
      if (r < 235 || g < 235 || b < 235) ink++;
      // The bars: green for a met commitment (#2e7d32), red for a missed one (#c62828).
      if (Math.abs(r - 0x2e) < 24 && Math.abs(g - 0x7d) < 24 && Math.abs(b - 0x32) < 24) green++;
      if (Math.abs(r - 0xc6) < 24 && Math.abs(g - 0x28) < 24 && Math.abs(b - 0x28) < 24) red++;
    }
    expect(ink / (image.width * image.height)).toBeGreaterThan(0.03);
    expect(green).toBeGreaterThan(1_000);
    expect(red).toBeGreaterThan(500);
  }, 90_000);
});
