import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pinMatches } from '../../../src/domain/pin.ts';
import { type ImportProgress, importDirectory } from '../../../src/services/import-directory.ts';
import { openTempDb, pinPolicy, source, type TempDb } from './directory-test-support.ts';

let t: TempDb;
beforeAll(() => {
  t = openTempDb();
});
afterAll(() => t.close());

/** Distinct PINs that meet the default policy: no single repeated digit, not a run. */
const pinFor = (i: number) => String(500000 + i * 7919).padStart(6, '0');

describe('directory import: thousands of rows', { timeout: 120_000 }, () => {
  it('reports progress row by row up to the total, and hashes every PIN (async, bounded)', async () => {
    const companies = Array.from({ length: 1200 }, (_, i) => ({ id: `co-${i}`, name: `Company ${i}` }));
    const pairs = [{ soldTo: 'co-0', endUser: 'co-0' }];
    const contacts = Array.from({ length: 40 }, (_, i) => ({
      email: `c${i}@co0.example`,
      name: `Contact ${i}`,
      designated: true,
      pin: pinFor(i),
      access: [{ soldTo: 'co-0', endUser: 'co-0', level: 'read-write' }],
    }));
    const progress: ImportProgress[] = [];
    const result = await importDirectory(t.db, {
      sources: [source({ companies, pairs, contacts })],
      pinPolicy,
      actor: 'test',
      onProgress: (p) => progress.push(p),
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 3)));
    expect(result.rows).toBe(1241);
    expect(progress.at(0)).toEqual({ done: 1201, total: 1241 });
    expect(progress.at(-1)).toEqual({ done: 1241, total: 1241 });
    const rows = t.db.$client.prepare('SELECT email, pin_hash FROM contacts ORDER BY id').all() as Array<{
      email: string;
      pin_hash: string;
    }>;
    expect(rows).toHaveLength(40);
    expect(pinMatches(pinFor(7), rows[7]!.pin_hash)).toBe(true);
  });

  it('the second run of the same big file changes nothing', async () => {
    const companies = Array.from({ length: 1200 }, (_, i) => ({ id: `co-${i}`, name: `Company ${i}` }));
    const result = await importDirectory(t.db, { sources: [source({ companies })], pinPolicy, actor: 'test' });
    expect(result.ok && result.counts.companies).toEqual({ created: 0, updated: 0, unchanged: 1200 });
  });
});
