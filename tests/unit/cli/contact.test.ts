import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliSandbox } from './run-caseline.ts';

const box = cliSandbox('contact-cli');
beforeAll(async () => {
  const seeded = await box.run(['demo', 'seed']);
  if (seeded.code !== 0) throw new Error(seeded.stderr);
}, 60_000);
afterAll(() => box.remove());

describe('caseline contact', { timeout: 60_000 }, () => {
  it('DOMAIN.md §1: set-pin reads the PIN from stdin, never echoes it, and the database holds only its hash', async () => {
    const run = await box.run(['contact', 'set-pin', 'dan@globex.example'], '730419\n');
    expect(run).toEqual({ code: 0, stdout: 'PIN set for dan@globex.example\n', stderr: '' });
    const files = [box.db, `${box.db}-wal`].filter((f) => existsSync(f));
    const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
    expect(bytes.includes(Buffer.from('730419'))).toBe(false);
    const audit = await box.run(['audit', 'tail', '-n', '1', '--json']);
    expect(JSON.parse(audit.stdout)).toMatchObject([{ action: 'contact.set-pin', subject: 'dan@globex.example' }]);
    expect(audit.stdout).not.toContain('730419');
  });

  it('DOMAIN.md §1: set-pin refuses a PIN that breaks the policy (exit 1), without showing it', async () => {
    const run = await box.run(['contact', 'set-pin', 'dan@globex.example'], '2468\n');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('caseline: a PIN has 6 to 10 digits\n');
  });

  it('set-pin never takes the PIN from argv (exit 2), and needs one on stdin', async () => {
    expect((await box.run(['contact', 'set-pin', 'dan@globex.example', '730419'])).code).toBe(2);
    const empty = await box.run(['contact', 'set-pin', 'dan@globex.example'], '');
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('no PIN on stdin');
  });

  it('set-pin --generate prints a new PIN once that meets the policy', async () => {
    const run = await box.run(['contact', 'set-pin', 'hal@umbrella.example', '--generate']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^New PIN for hal@umbrella\.example: \d{6,10} \(shown once/);
  });

  it('show --json: pin set | empty, lock state, grants — never the PIN or its hash', async () => {
    const run = await box.run(['contact', 'show', 'erin@northwind.example', '--json']);
    expect(run.code).toBe(0);
    const view = JSON.parse(run.stdout);
    expect(view).toMatchObject({ email: 'erin@northwind.example', pin: 'set', lock: { locked: false } });
    expect(view.access).toHaveLength(2);
    expect(run.stdout).not.toMatch(/scrypt|857302|pinHash/);
    const text = await box.run(['contact', 'show', 'erin@northwind.example']);
    expect(text.stdout).toContain('pin:    set');
  });

  it('show: an unknown contact → exit 1', async () => {
    const run = await box.run(['contact', 'show', 'nobody@x.example']);
    expect(run).toMatchObject({ code: 1, stderr: 'caseline: no contact with the address nobody@x.example\n' });
  });
});
