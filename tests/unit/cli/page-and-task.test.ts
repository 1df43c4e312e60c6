/** `caseline page list|ack` and `caseline task list|done` (issue 22 §2, §3) against a database file. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { createClockScheduler } from '../../../src/services/schedule/index.ts';
import { createLicenseFollowUp } from '../../../src/services/schedule/tasks.ts';
import { getCaseById } from '../../../src/store/case-store.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { insertOpenCases, seedClockStaff } from '../../support/clock-fixture.ts';
import { type CliSandbox, cliSandbox } from './run-caseline.ts';

let sandbox: CliSandbox;

beforeAll(async () => {
  sandbox = cliSandbox('pages');
  const db = openDatabase(sandbox.db);
  await seedClockStaff(db);
  const start = new Date('2026-11-23T14:00:00Z');
  await insertOpenCases(db, DEFAULT_POLICY, [
    { severity: 'critical', tier: 'premium-care', region: 'emea', clockStart: start },
  ]);
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY });
  const scheduler = createClockScheduler(ctx, { holder: 'test' });
  await scheduler.tick(start);
  await scheduler.tick(new Date('2026-11-23T14:23:00Z'));
  const analyst = db.$client.prepare("SELECT id FROM staff WHERE email = 'analyst.emea@vendor.example'").get() as {
    id: number;
  };
  await createLicenseFollowUp(db, DEFAULT_POLICY, (await getCaseById(db, 1))!, {
    reference: 'AP-000009',
    assigneeStaffId: analyst.id,
    at: start,
  });
  await scheduler.release();
  db.$client.close();
});
afterAll(() => sandbox.remove());

describe('caseline page and task (issue 22)', () => {
  it('issue 22 §2: page list shows the open page; page ack by staff acknowledges it; a second ack says who did', async () => {
    const list = await sandbox.run(['page', 'list', '--open', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({
        id: 'P-000001',
        target: 'response',
        level: 'at-risk',
        recipients: ['analyst.emea@vendor.example', 'manager.emea@vendor.example'],
        state: 'open',
      }),
    ]);
    const refused = await sandbox.run(['page', 'ack', 'P-000001', '--as', 'someone@example.com']);
    expect(refused).toMatchObject({ code: 1 });
    expect(refused.stderr).toContain('someone@example.com is not Customer Care staff');
    const ack = await sandbox.run(['page', 'ack', 'P-000001', '--as', 'manager.emea@vendor.example']);
    expect(ack.code).toBe(0);
    expect(ack.stdout).toBe('page P-000001 (case 90000001, response at-risk) acknowledged by Manager emea\n');
    const again = await sandbox.run(['page', 'ack', '1', '--as', 'analyst.emea@vendor.example']);
    expect(again.stdout).toMatch(/^page P-000001 was already acknowledged by Manager emea at /);
    expect((await sandbox.run(['page', 'ack', 'soon', '--as', 'x@y.z'])).code).toBe(2);
    expect((await sandbox.run(['page', 'list', '--open'])).stdout).toBe('No open pages.\n');
  }, 120_000);

  it('issue 22 §3: task list shows the follow-up; task done by staff closes it', async () => {
    const list = await sandbox.run(['task', 'list', '--json']);
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({
        id: 'T-000001',
        kind: 'license-follow-up',
        state: 'open',
        assignee: 'analyst.emea@vendor.example',
      }),
    ]);
    const done = await sandbox.run([
      'task',
      'done',
      'T-000001',
      '--as',
      'analyst.emea@vendor.example',
      '--note',
      'ordered',
    ]);
    expect(done.stdout).toBe('task T-000001 on case 90000001 done by Analyst emea\n');
    expect((await sandbox.run(['task', 'list', '--open'])).stdout).toBe('No open tasks.\n');
  }, 120_000);
});
