import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinMatches } from '../../../src/domain/pin.ts';
import { addStaff } from '../../../src/services/add-staff.ts';
import { importDirectory } from '../../../src/services/import-directory.ts';
import { setContactPin } from '../../../src/services/set-contact-pin.ts';
import { showContact } from '../../../src/services/show-contact.ts';
import { tailAudit } from '../../../src/store/audit-log.ts';
import { demoDirectory, openTempDb, pinPolicy, source, type TempDb } from './directory-test-support.ts';

let t: TempDb;
beforeAll(async () => {
  t = openTempDb();
  const result = await importDirectory(t.db, { sources: [source(demoDirectory())], pinPolicy, actor: 'test' });
  if (!result.ok) throw new Error('demo refused');
});
afterAll(() => t.close());

describe('contact set-pin', () => {
  it('DOMAIN.md §1: stores a hash of the new PIN, clears the lock, and audits without the PIN', async () => {
    t.db.$client
      .prepare(
        "UPDATE contacts SET failed_pin_attempts = 5, locked_until = '2999-01-01T00:00:00.000Z' WHERE email = 'dan@globex.example'",
      )
      .run();
    const result = await setContactPin(t.db, { email: 'Dan@Globex.example', pin: '730419', pinPolicy, actor: 'test' });
    expect(result).toEqual({ ok: true, email: 'dan@globex.example' });
    const row = t.db.$client
      .prepare("SELECT pin_hash, failed_pin_attempts, locked_until FROM contacts WHERE email = 'dan@globex.example'")
      .get() as {
      pin_hash: string;
      failed_pin_attempts: number;
      locked_until: string | null;
    };
    expect(pinMatches('730419', row.pin_hash)).toBe(true);
    expect(row).toMatchObject({ failed_pin_attempts: 0, locked_until: null });
    const [entry] = await tailAudit(t.db, 1);
    expect(entry).toMatchObject({ action: 'contact.set-pin', subject: 'dan@globex.example' });
    expect(JSON.stringify(entry)).not.toContain('730419');
  });

  it('DOMAIN.md §1: a PIN that breaks the policy is refused and nothing changes', async () => {
    const before = t.db.$client.prepare("SELECT pin_hash FROM contacts WHERE email = 'ana@acme.example'").get();
    const result = await setContactPin(t.db, { email: 'ana@acme.example', pin: '111111', pinPolicy, actor: 'test' });
    expect(result).toEqual({ ok: false, reason: 'pin-policy', message: 'a PIN may not repeat one digit' });
    expect(t.db.$client.prepare("SELECT pin_hash FROM contacts WHERE email = 'ana@acme.example'").get()).toEqual(
      before,
    );
  });

  it('an unknown contact is refused', async () => {
    expect(
      await setContactPin(t.db, { email: 'nobody@x.example', pin: '730419', pinPolicy, actor: 'test' }),
    ).toMatchObject({
      ok: false,
      reason: 'unknown-contact',
    });
  });
});

describe('contact show', () => {
  it('DOMAIN.md §1: shows pin set | empty, the lock state and the grants — never the PIN or its hash', async () => {
    const gina = await showContact(t.db, 'gina@initech.example');
    expect(gina).toMatchObject({
      pin: 'set',
      lock: { locked: false, failedAttempts: 0, lockedUntil: null },
      access: [{ soldTo: 'northwind', endUser: 'initech', level: 'read-only', approvedBy: 'erin@northwind.example' }],
    });
    expect(JSON.stringify(gina)).not.toMatch(/scrypt|391746|pinHash/);
    expect((await showContact(t.db, 'hal@umbrella.example'))?.access).toEqual([]);
  });

  it('DOMAIN.md §8: a locked PIN shows as locked until its time', async () => {
    t.db.$client
      .prepare(
        "UPDATE contacts SET failed_pin_attempts = 5, locked_until = '2030-01-01T00:15:00.000Z' WHERE email = 'ivy@hooli.example'",
      )
      .run();
    expect((await showContact(t.db, 'ivy@hooli.example', new Date('2030-01-01T00:00:00Z')))?.lock).toEqual({
      locked: true,
      failedAttempts: 5,
      lockedUntil: '2030-01-01T00:15:00.000Z',
    });
  });
});

describe('staff add', () => {
  it('DOMAIN.md §9: stores canonical roles and regions and audits the addition', async () => {
    const result = await addStaff(t.db, {
      email: 'Lic@Vendor.example',
      name: 'Lic',
      roles: ['Licensing'],
      regions: ['JP', 'europe'],
      actor: 'test',
    });
    expect(result).toEqual({
      ok: true,
      staff: {
        email: 'lic@vendor.example',
        slackUserId: null,
        name: 'Lic',
        roles: ['licensing'],
        regions: ['emea', 'japan'],
      },
    });
    expect((await tailAudit(t.db, 1))[0]).toMatchObject({ action: 'staff.add', subject: 'lic@vendor.example' });
  });

  it('refuses unknown roles, and an email or Slack id that is already staff', async () => {
    expect(
      await addStaff(t.db, { email: 'x@vendor.example', name: 'X', roles: ['boss'], regions: [], actor: 'test' }),
    ).toMatchObject({
      ok: false,
      reason: 'invalid',
    });
    expect(
      await addStaff(t.db, { email: 'care@vendor.example', name: 'X', roles: ['analyst'], regions: [], actor: 'test' }),
    ).toMatchObject({
      ok: false,
      reason: 'exists',
    });
    expect(
      await addStaff(t.db, {
        email: 'y@vendor.example',
        name: 'Y',
        roles: ['analyst'],
        regions: [],
        slackUserId: 'U09ADMIN',
        actor: 'test',
      }),
    ).toMatchObject({
      ok: false,
      reason: 'exists',
      problems: ['Slack user U09ADMIN is already staff member admin@vendor.example'],
    });
  });
});
