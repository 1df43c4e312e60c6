/**
 * Staff absences on both stores (SQLite file, a real PostgreSQL started by the test): set, replaced,
 * removed, gone with their staff member, a deleted cover forgotten; pages routed around them; the
 * doctor's facts on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { staffRecipients } from '../../../src/services/engine/staff-recipients.ts';
import { recipientsFor } from '../../../src/services/schedule/page-recipients.ts';
import { awayList } from '../../../src/services/staff-absence/away-list.ts';
import { setStaffAway, setStaffBack } from '../../../src/services/staff-absence/staff-away.ts';
import type { Db } from '../../../src/store/database.ts';
import { postgresOf } from '../../../src/store/dialect.ts';
import { findStaffByEmail } from '../../../src/store/directory-reader.ts';
import { readDirectoryFacts } from '../../../src/store/postgres/directory-facts.ts';
import { allAbsences } from '../../../src/store/staff-absence-store.ts';
import { insertStaffMember } from '../../../src/store/staff-admin-store.ts';
import { DIALECTS, rawSql, type StoreDbs, storeDbs } from './support/store-dbs.ts';

let dbs: StoreDbs;
beforeAll(async () => {
  dbs = await storeDbs();
});
afterAll(async () => {
  await dbs?.close();
});

const NOW = new Date('2026-12-07T10:00:00Z');
const STAFF = [
  { email: 'ana@vendor.example', name: 'Ana', roles: ['analyst'], regions: ['emea'] },
  { email: 'mia@vendor.example', name: 'Mia', roles: ['manager'], regions: ['emea'] },
  { email: 'max@vendor.example', name: 'Max', roles: ['manager'], regions: ['emea'] },
  { email: 'ken@vendor.example', name: 'Ken', roles: ['manager'], regions: ['apac'] },
];

async function seeded(dialect: (typeof DIALECTS)[number]): Promise<Db> {
  const db = await dbs.open(dialect);
  for (const s of STAFF) {
    await insertStaffMember(
      db,
      { ...s, slackUserId: null },
      { at: NOW, actor: 'test', action: 'staff.add', subject: s.email },
    );
  }
  return db;
}
const away = (db: Db, who: string, until: string, cover?: string) =>
  setStaffAway(db, DEFAULT_POLICY, { who, when: { until }, ...(cover ? { cover } : {}), actor: 'test', now: NOW });

describe.each(DIALECTS)('staff absences on %s', (dialect) => {
  it('staff away store: set, replaced by a later one, listed, and removed by back — the same on both stores', async () => {
    const db = await seeded(dialect);
    const mia = (await findStaffByEmail(db, 'mia@vendor.example'))!;
    const ken = (await findStaffByEmail(db, 'ken@vendor.example'))!;
    expect((await away(db, 'mia@vendor.example', 'Friday', 'ken@vendor.example')).ok).toBe(true);
    expect((await away(db, 'mia@vendor.example', '2026-12-10 12:00', 'ken@vendor.example')).ok).toBe(true);
    expect(await allAbsences(db)).toEqual([
      {
        staffId: mia.id,
        startsAt: NOW.toISOString(),
        endsAt: '2026-12-10T12:00:00.000Z',
        coverStaffId: ken.id,
        setBy: 'test',
        setAt: NOW.toISOString(),
      },
    ]);
    expect([...(await awayList(db, DEFAULT_POLICY, NOW)).values()].map((e) => e.text)).toEqual([
      'Mia is away until Thu 10 Dec, 12:00 GMT; Ken covers.',
    ]);
    expect((await setStaffBack(db, { who: 'mia@vendor.example', actor: 'test', now: NOW })).ok).toBe(true);
    expect(await allAbsences(db)).toEqual([]);
  });

  it('staff away store: a page for the case region skips the away manager for their cover, on both stores', async () => {
    const db = await seeded(dialect);
    await away(db, 'mia@vendor.example', 'Friday', 'ken@vendor.example');
    const caseRow = { number: '01000001', region: 'emea', ownerStaffId: null };
    const routed = await recipientsFor(db, DEFAULT_POLICY, caseRow, 'manager', NOW);
    expect(routed.staff.map((s) => s.email).sort()).toEqual([
      'ana@vendor.example',
      'ken@vendor.example',
      'max@vendor.example',
    ]);
    expect(routed.awayNotes).toEqual(['Mia is away until the end of Fri 11 Dec: paged Ken (their cover) instead.']);
  });

  it('staff away notices: a staff notice for the region’s managers skips the away one for their cover and says why', async () => {
    const db = await seeded(dialect);
    await away(db, 'mia@vendor.example', 'Friday', 'ken@vendor.example');
    const ctx = createEngineContext({ db, policy: DEFAULT_POLICY });
    const notice = await staffRecipients(ctx, 'manager', 'emea', NOW);
    expect(notice.recipients.sort()).toEqual(['ken@vendor.example', 'max@vendor.example']);
    expect(notice.awayNotes).toEqual(['Mia is away until the end of Fri 11 Dec: paged Ken (their cover) instead.']);
    const later = await staffRecipients(ctx, 'manager', 'emea', new Date('2026-12-12T00:00:00Z'));
    expect(later.recipients.sort()).toEqual(['max@vendor.example', 'mia@vendor.example']);
    expect(later.awayNotes).toEqual([]);
  });

  it('staff away store: removing a staff member removes their absence; removing their cover leaves the absence without one', async () => {
    const db = await seeded(dialect);
    await away(db, 'mia@vendor.example', 'Friday', 'ken@vendor.example');
    await away(db, 'max@vendor.example', 'Friday');
    await rawSql(db, "DELETE FROM staff WHERE email = 'ken@vendor.example'");
    expect((await allAbsences(db)).map((a) => a.coverStaffId)).toEqual([null, null]);
    await rawSql(db, "DELETE FROM staff WHERE email = 'max@vendor.example'");
    expect(await allAbsences(db)).toHaveLength(1);
  });
});

describe('staff absences: the doctor on PostgreSQL', () => {
  it('staff away doctor: the PostgreSQL directory facts carry each absence with its member and cover', async () => {
    const db = await seeded('postgres');
    await away(db, 'mia@vendor.example', 'Friday', 'ken@vendor.example');
    const facts = await readDirectoryFacts(postgresOf(db).$client);
    expect(facts.absences).toEqual([
      {
        email: 'mia@vendor.example',
        name: 'Mia',
        roles: ['manager'],
        regions: ['emea'],
        startsAt: NOW.toISOString(),
        endsAt: '2026-12-12T00:00:00.000Z',
        cover: 'Ken',
      },
    ]);
  });
});
