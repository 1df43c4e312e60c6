import { afterAll, describe, expect, it } from 'vitest';
import { cliSandbox } from './run-caseline.ts';

const box = cliSandbox('admin-cli');
afterAll(() => box.remove());

describe('caseline demo, staff and audit', { timeout: 60_000 }, () => {
  it('demo seed loads the demo directory; a second run changes nothing', async () => {
    const first = await box.run(['demo', 'seed', '--json']);
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout).counts.companies).toEqual({ created: 7, updated: 0, unchanged: 0 });
    const second = await box.run(['demo', 'seed', '--json']);
    expect(JSON.parse(second.stdout).counts.companies).toEqual({ created: 0, updated: 0, unchanged: 7 });
  });

  it('DOMAIN.md §9: staff add stores canonical roles and regions; staff list --json shows them', async () => {
    const add = await box.run([
      'staff',
      'add',
      '--email',
      'eve@vendor.example',
      '--name',
      'Eve',
      '--role',
      'Manager',
      '--role',
      'analyst',
      '--region',
      'jp',
      '--slack',
      'U09EVE',
    ]);
    expect(add).toMatchObject({ code: 0, stderr: '' });
    const list = await box.run(['staff', 'list', '--json']);
    expect(JSON.parse(list.stdout)).toContainEqual({
      email: 'eve@vendor.example',
      slackUserId: 'U09EVE',
      name: 'Eve',
      roles: ['analyst', 'manager'],
      regions: ['japan'],
    });
  });

  it('staff add: an unknown role or a missing option is bad usage (2); an existing email fails (1)', async () => {
    const badRole = await box.run(['staff', 'add', '--email', 'x@vendor.example', '--name', 'X', '--role', 'boss']);
    expect(badRole.code).toBe(2);
    expect(badRole.stderr).toMatch(/^caseline: roles\.0: unknown staff role "boss"/);
    expect((await box.run(['staff', 'add', '--email', 'x@vendor.example', '--name', 'X'])).code).toBe(2);
    const exists = await box.run([
      'staff',
      'add',
      '--email',
      'eve@vendor.example',
      '--name',
      'Eve',
      '--role',
      'analyst',
    ]);
    expect(exists).toMatchObject({ code: 1, stderr: 'caseline: eve@vendor.example is already staff\n' });
  });

  it('audit tail -n N --json: the latest entries, oldest first; a bad -n is bad usage', async () => {
    const run = await box.run(['audit', 'tail', '-n', '2', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).map((e: { action: string }) => e.action)).toEqual(['directory.import', 'staff.add']);
    const text = await box.run(['audit', 'tail']);
    expect(text.stdout).toContain('staff.add  eve@vendor.example');
    expect((await box.run(['audit', 'tail', '-n', 'zero'])).code).toBe(2);
  });
});
