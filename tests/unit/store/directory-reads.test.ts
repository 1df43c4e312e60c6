// grantsOf and contractsOf run on every engine turn, each with one prepared query per connection
// (directory-reader.ts); what they read must be what the tables hold, contact by contact and Sold To by
// Sold To, whatever was asked before on the same statement.
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { seedDemoDirectory } from '../../../src/services/seed-demo-directory.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { contractsOf, grantsOf } from '../../../src/store/directory-reader.ts';

async function seeded() {
  const db = openDatabase(':memory:');
  await seedDemoDirectory(db, { pinPolicy: DEFAULT_POLICY.pin, actor: 'test' });
  return db;
}

describe('the directory read on every turn', () => {
  it("grantsOf: each contact's pairs carry the names of their own Sold To and End User", async () => {
    const db = await seeded();
    const expected = db.$client
      .prepare(
        `SELECT g.contact_id AS contact, p.id AS pairId, s.name AS soldToName, e.name AS endUserName
         FROM access_grants g JOIN account_pairs p ON p.id = g.pair_id
         JOIN companies s ON s.id = p.sold_to JOIN companies e ON e.id = p.end_user ORDER BY g.contact_id, p.id`,
      )
      .all() as Array<{ contact: number; pairId: number; soldToName: string; endUserName: string }>;
    const contacts = [...new Set(expected.map((r) => r.contact))];
    expect(contacts.length).toBeGreaterThan(1);
    // Asked in both orders: a reused statement answers for the contact asked now.
    for (const order of [contacts, [...contacts].reverse()]) {
      for (const contact of order) {
        const grants = await grantsOf(db, contact);
        expect(grants.map(({ pairId, soldToName, endUserName }) => ({ pairId, soldToName, endUserName }))).toEqual(
          expected.filter((r) => r.contact === contact).map(({ contact: _, ...rest }) => rest),
        );
      }
    }
    expect(await grantsOf(db, 999_999)).toEqual([]);
  });

  it("contractsOf: each contract of a Sold To lists its own products with their versions, in the table's order", async () => {
    const db = await seeded();
    const soldTos = db.$client
      .prepare('SELECT DISTINCT sold_to FROM contracts ORDER BY sold_to')
      .pluck()
      .all() as string[];
    expect(soldTos.length).toBeGreaterThan(1);
    for (const soldTo of [...soldTos, ...soldTos.reverse()]) {
      const contracts = await contractsOf(db, soldTo);
      const ids = db.$client.prepare('SELECT id FROM contracts WHERE sold_to = ?').pluck().all(soldTo) as string[];
      expect(contracts.map((c) => c.id).sort()).toEqual([...ids].sort());
      for (const contract of contracts) {
        const products = db.$client
          .prepare('SELECT name, versions FROM contract_products WHERE contract_id = ? ORDER BY id')
          .all(contract.id) as Array<{ name: string; versions: string }>;
        expect(contract.products).toEqual(products.map((p) => ({ name: p.name, versions: JSON.parse(p.versions) })));
      }
    }
    expect(await contractsOf(db, 'NO-SUCH-SOLD-TO')).toEqual([]);
  });
});
