/** `caseline case list|show` (issue 20 §7) against a database file, with the access rules of --as. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { seedDemoDirectory } from '../../../src/services/seed-demo-directory.ts';
import { addCaseEvent, createCase } from '../../../src/store/case-store.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { type CliSandbox, cliSandbox } from './run-caseline.ts';

let sandbox: CliSandbox;

beforeAll(async () => {
  sandbox = cliSandbox('cases');
  const db = openDatabase(sandbox.db);
  await seedDemoDirectory(db, { pinPolicy: DEFAULT_POLICY.pin, actor: 'test' });
  const at = '2026-11-23T14:00:00.000Z';
  const base = {
    type: 'support',
    product: 'SIP Server',
    version: '9.0',
    system: 'production',
    tier: 'premium-care',
    createdAt: at,
    updatedAt: at,
  };
  const acme = await createCase(db, {
    ...base,
    state: 'open',
    severity: 'high',
    soldTo: 'acme',
    endUser: 'acme',
    region: 'americas',
    timeZone: 'America/New_York',
    responseDue: '2026-11-23T16:00:00.000Z',
  });
  await createCase(db, {
    ...base,
    state: 'waiting-on-customer',
    severity: 'medium',
    soldTo: 'globex',
    endUser: 'globex',
    region: 'emea',
    timeZone: 'Europe/London',
  });
  await createCase(db, {
    ...base,
    state: 'closed',
    severity: 'low',
    soldTo: 'northwind',
    endUser: 'initech',
    region: 'americas',
  });
  await addCaseEvent(db, {
    caseId: acme.id,
    at,
    kind: 'owner',
    actor: 'staff:care@vendor.example',
    text: 'taken by Sam Lee',
  });
  await addCaseEvent(db, {
    caseId: acme.id,
    at,
    kind: 'note',
    actor: 'staff:care@vendor.example',
    text: 'internal: check the patch level',
  });
  db.$client.close();
});
afterAll(() => sandbox.remove());

const numbers = (stdout: string) => (JSON.parse(stdout) as Array<{ number: string }>).map((c) => c.number);

describe('caseline case (issue 20 §7)', () => {
  it('issue 20 §7: case list — every case for an admin or staff member, filtered by --state and --region; a contact sees only their pairs', async () => {
    const [all, staff, open, americas, carla, hal, text, badState, stranger] = await Promise.all([
      sandbox.run(['case', 'list', '--json']),
      sandbox.run(['case', 'list', '--json', '--as', 'care@vendor.example']),
      sandbox.run(['case', 'list', '--state', 'open', '--json']),
      sandbox.run(['case', 'list', '--region', 'americas', '--json']),
      sandbox.run(['case', 'list', '--json', '--as', 'carla@globex.example']),
      sandbox.run(['case', 'list', '--json', '--as', 'hal@umbrella.example']),
      sandbox.run(['case', 'list', '--state', 'open']),
      sandbox.run(['case', 'list', '--state', 'shiny']),
      sandbox.run(['case', 'list', '--as', 'nobody@example.com']),
    ]);
    expect(numbers(all!.stdout)).toEqual(['01000001', '01000002', '01000003']);
    expect(numbers(staff!.stdout)).toHaveLength(3);
    expect(numbers(open!.stdout)).toEqual(['01000001']);
    expect(numbers(americas!.stdout)).toEqual(['01000001', '01000003']);
    expect(numbers(carla!.stdout)).toEqual(['01000002']);
    expect(numbers(hal!.stdout)).toEqual([]);
    expect(text!.stdout).toMatch(/^01000001 {2}open {2}High {2}.*Acme.*SIP Server 9\.0/);
    expect(badState!.code).toBe(2);
    expect(stranger!.code).toBe(1);
    expect(stranger!.stderr).toContain('neither Customer Care staff nor a contact');
  }, 180_000);

  it('issue 20 §7: case show — dues, the timeline with who did what for staff; a contact sees their own case without staff notes, and another account’s case not at all', async () => {
    const [staff, words, ownRun, other, missing] = await Promise.all([
      sandbox.run(['case', 'show', '01000001', '--json', '--as', 'manager@vendor.example']),
      sandbox.run(['case', 'show', '01000001']),
      sandbox.run(['case', 'show', '01000001', '--json', '--as', 'ana@acme.example']),
      sandbox.run(['case', 'show', '01000001', '--as', 'carla@globex.example']),
      sandbox.run(['case', 'show', '01009999', '--as', 'carla@globex.example']),
    ]);
    const shown = JSON.parse(staff!.stdout) as {
      events: Array<{ kind: string; text: string }>;
      dues: { response: string };
    };
    expect(shown).toMatchObject({
      number: '01000001',
      state: 'open',
      severity: 'High',
      account: expect.stringContaining('Acme'),
    });
    expect(shown.dues.response).toMatch(/\w{3},? \d{1,2} \w{3}/);
    expect(shown.events.map((e) => e.text)).toEqual(
      expect.arrayContaining(['taken by Sam Lee', 'internal: check the patch level']),
    );
    expect(words!.stdout).toContain('Case 01000001 (support) — open');
    expect(words!.stdout).toContain('taken by Sam Lee');
    const own = JSON.parse(ownRun!.stdout);
    expect(own.number).toBe('01000001');
    expect(own.events).toBeUndefined();
    expect(other!.code).toBe(1);
    expect(other!.stdout).toBe('');
    // Missing and not theirs read the same: no oracle for case numbers.
    expect(missing!.stderr.replace('01009999', 'N')).toBe(other!.stderr.replace('01000001', 'N'));
  }, 180_000);
});
