import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDirectory } from '../../../src/services/import-directory.ts';
import { findContactByEmail } from '../../../src/store/directory-reader.ts';
import { demoDirectory, openTempDb, pinPolicy, source, type TempDb } from '../services/directory-test-support.ts';

let t: TempDb;
beforeAll(async () => {
  t = openTempDb();
  const directory = demoDirectory();
  directory.contacts[0]!.emails = ['a.ruiz@acme.example'];
  directory.contacts[1]!.emails = ['b.other@acme.example'];
  const seeded = await importDirectory(t.db, { sources: [source(directory)], pinPolicy, actor: 'test' });
  if (!seeded.ok) throw new Error('demo refused');
});
afterAll(() => t.close());

describe('findContactByEmail (DOMAIN.md §8 email trust: the sender is a contact only if the address matches one they registered)', () => {
  it('finds a contact by the main address and by an extra one, whatever the case and spacing', async () => {
    expect((await findContactByEmail(t.db, 'ana@acme.example'))?.email).toBe('ana@acme.example');
    expect((await findContactByEmail(t.db, ' A.Ruiz@ACME.example '))?.email).toBe('ana@acme.example');
  });

  it('each lookup answers for its own address (the prepared queries are reused with new values)', async () => {
    expect((await findContactByEmail(t.db, 'b.other@acme.example'))?.email).toBe('ben@acme.example');
    expect((await findContactByEmail(t.db, 'a.ruiz@acme.example'))?.email).toBe('ana@acme.example');
    expect(await findContactByEmail(t.db, 'nobody@acme.example')).toBeUndefined();
  });
});
