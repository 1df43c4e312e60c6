// prepared() keeps a statement and its runner per connection and name (prepared.ts): reusing them must
// never hand one connection's statement to another, nor a stale result to a later call.
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { type Db, openDatabase, schema } from '../../../src/store/database.ts';
import { prepared } from '../../../src/store/prepared.ts';

const companyById = (db: Db) =>
  prepared(db, 'test-company-by-id', () =>
    db
      .select()
      .from(schema.companies)
      .where(eq(schema.companies.id, sql.placeholder('id'))),
  );

async function withCompany(name: string): Promise<Db> {
  const db = openDatabase(':memory:');
  await db.insert(schema.companies).values({ id: 'C1', name });
  return db;
}

describe('prepared statements kept per connection', () => {
  it('a statement prepared on one connection is never used on another', async () => {
    const first = await withCompany('Acme');
    const second = await withCompany('Globex');
    expect((await companyById(first).get({ id: 'C1' }))?.name).toBe('Acme');
    expect((await companyById(second).get({ id: 'C1' }))?.name).toBe('Globex');
    expect((await companyById(first).get({ id: 'C1' }))?.name).toBe('Acme');
    expect(companyById(first)).not.toBe(companyById(second));
  });

  it('the kept runner is reused on its connection and reads the rows as they are now', async () => {
    const db = await withCompany('Acme');
    expect(companyById(db)).toBe(companyById(db));
    expect(await companyById(db).all({ id: 'C2' })).toEqual([]);
    await db.insert(schema.companies).values({ id: 'C2', name: 'Initech' });
    expect((await companyById(db).all({ id: 'C2' })).map((c) => c.name)).toEqual(['Initech']);
  });
});
