import { afterEach, describe, expect, it } from 'vitest';
import { appendAudit, tailAudit } from '../../../src/store/audit-log.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { openTempDb, type TempDb } from '../services/directory-test-support.ts';

let t: TempDb | undefined;
afterEach(() => {
  t?.close();
  t = undefined;
});

describe('audit log', () => {
  it('appends entries and tails the last n, oldest first', async () => {
    t = openTempDb();
    for (const n of [1, 2, 3]) {
      await appendAudit(t.db, {
        at: new Date(Date.UTC(2025, 0, n)),
        actor: 'test',
        action: 'x.do',
        subject: `s${n}`,
        details: { n },
      });
    }
    const tail = await tailAudit(t.db, 2);
    expect(tail.map((e) => e.subject)).toEqual(['s2', 's3']);
    expect(tail[1]).toMatchObject({ at: '2025-01-03T00:00:00.000Z', actor: 'test', action: 'x.do', details: { n: 3 } });
  });

  it('is append-only: UPDATE and DELETE are refused by the database itself', async () => {
    t = openTempDb();
    await appendAudit(t.db, { at: '2025-01-01T00:00:00.000Z', actor: 'test', action: 'x.do', subject: 's' });
    expect(() => t?.db.$client.prepare("UPDATE audit_log SET actor = 'mallory'").run()).toThrow(/append-only/);
    expect(() => t?.db.$client.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(await tailAudit(t.db, 10)).toHaveLength(1);
  });
});

describe('migrations', () => {
  it('apply to an empty database and again to an already-migrated one without change', async () => {
    t = openTempDb();
    const tables = () =>
      t?.db.$client.prepare("SELECT name FROM sqlite_master WHERE type IN ('table', 'trigger') ORDER BY name").all();
    const first = tables();
    expect(first).toContainEqual({ name: 'audit_log_no_update' });
    expect(first).toContainEqual({ name: 'access_grants' });
    await appendAudit(t.db, { at: '2025-01-01T00:00:00.000Z', actor: 'test', action: 'x.do', subject: 's' });
    const again = openDatabase(t.path);
    try {
      expect(again.$client.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    } finally {
      again.$client.close();
    }
    expect(tables()).toEqual(first);
  });
});
