import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/domain/directory/problems.ts';
import { pinMatches } from '../../../src/domain/pin.ts';
import { exportDirectory } from '../../../src/services/export-directory.ts';
import { importDirectory } from '../../../src/services/import-directory.ts';
import { tailAudit } from '../../../src/store/audit-log.ts';
import { demoDirectory, openTempDb, pinPolicy, snapshotTables, source, type TempDb } from './directory-test-support.ts';

const DEMO_PINS = demoDirectory()
  .contacts.map((c) => c.pin)
  .filter((pin): pin is string => typeof pin === 'string');

function importInto(t: TempDb, ...sources: Array<{ name: string; text: string }>) {
  return importDirectory(t.db, { sources, pinPolicy, actor: 'test' });
}

describe('directory import: a good file', () => {
  let t: TempDb;
  beforeAll(() => {
    t = openTempDb();
  });
  afterAll(() => t.close());

  it('DOMAIN.md §1: creates companies, contracts, pairs, contacts with grants and staff', async () => {
    const result = await importInto(t, source(demoDirectory()));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.counts).toEqual({
      companies: { created: 7, updated: 0, unchanged: 0 },
      contracts: { created: 6, updated: 0, unchanged: 0 },
      pairs: { created: 5, updated: 0, unchanged: 0 },
      contacts: { created: 9, updated: 0, unchanged: 0 },
      staff: { created: 6, updated: 0, unchanged: 0 },
    });
  });

  it('DOMAIN.md §1: warns (without refusing) about pairs with fewer than two designated read-write contacts', async () => {
    const result = await importInto(t, source(demoDirectory()));
    expect(result.ok && result.warnings).toEqual([
      'pair hooli/hooli has 1 designated contact with read-write access (docs/rules.md §1 asks for at least 2)',
      'pair northwind/umbrella has 1 designated contact with read-write access (docs/rules.md §1 asks for at least 2)',
    ]);
  });

  it('DOMAIN.md §1: relation is direct when Sold To = End User; the Support Owner defaults to the Sold To', () => {
    const pairs = t.db.$client
      .prepare('SELECT sold_to, end_user, support_owner, relation FROM account_pairs ORDER BY sold_to, end_user')
      .all();
    expect(pairs).toContainEqual({
      sold_to: 'globex',
      end_user: 'globex',
      support_owner: 'globex',
      relation: 'direct',
    });
    expect(pairs).toContainEqual({
      sold_to: 'northwind',
      end_user: 'umbrella',
      support_owner: 'bluefin',
      relation: 'indirect',
    });
  });

  it('DOMAIN.md §1: PINs are stored only as hashes — the plain PINs are nowhere in the database files', () => {
    t.db.$client.pragma('wal_checkpoint(TRUNCATE)');
    const files = [t.path, `${t.path}-wal`].filter((f) => existsSync(f));
    const bytes = Buffer.concat(files.map((f) => readFileSync(f)));
    for (const pin of DEMO_PINS) expect(bytes.includes(Buffer.from(pin))).toBe(false);
    const ana = t.db.$client.prepare("SELECT pin_hash FROM contacts WHERE email = 'ana@acme.example'").get() as {
      pin_hash: string;
    };
    expect(pinMatches('482913', ana.pin_hash)).toBe(true);
    const dan = t.db.$client.prepare("SELECT pin_hash FROM contacts WHERE email = 'dan@globex.example'").get() as {
      pin_hash: null;
    };
    expect(dan.pin_hash).toBeNull();
  });

  it('records one directory.import audit entry with the counts and file name, never a PIN', async () => {
    const [entry] = await tailAudit(t.db, 1);
    expect(entry).toMatchObject({ action: 'directory.import', actor: 'test', subject: 'directory.json' });
    expect(entry?.details).toMatchObject({ files: ['directory.json'], rows: 33 });
    for (const pin of DEMO_PINS) expect(JSON.stringify(entry)).not.toContain(pin);
  });

  it('re-running the same file changes nothing: all unchanged, table contents identical', async () => {
    const before = snapshotTables(t.db);
    const result = await importInto(t, source(demoDirectory()));
    if (!result.ok) throw new Error('refused');
    for (const counts of Object.values(result.counts)) expect(counts.created + counts.updated).toBe(0);
    const after = snapshotTables(t.db);
    expect({ ...after, audit_log_count: null }).toEqual({ ...before, audit_log_count: null });
  });

  it('re-importing an export changes nothing, and the export holds no PIN', async () => {
    const exported = await exportDirectory(t.db);
    const text = JSON.stringify(exported);
    expect(text).not.toMatch(/"pin"|pinHash|scrypt/);
    const before = snapshotTables(t.db);
    const result = await importInto(t, source(exported, 'export.json'));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.counts.contacts).toEqual({ created: 0, updated: 0, unchanged: 9 });
    expect({ ...snapshotTables(t.db), audit_log_count: null }).toEqual({ ...before, audit_log_count: null });
  });

  it('a changed row is updated; grants become exactly the file’s; a new PIN gets a new hash', async () => {
    const directory = demoDirectory();
    const erin = directory.contacts.find((c) => c.email === 'erin@northwind.example')!;
    erin.name = 'Erin Cole-Smith';
    erin.pin = '590317';
    erin.access = erin.access.slice(0, 1);
    const result = await importInto(t, source({ contacts: [erin] }));
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.counts.contacts).toEqual({ created: 0, updated: 1, unchanged: 0 });
    const row = t.db.$client
      .prepare("SELECT id, name, pin_hash FROM contacts WHERE email = 'erin@northwind.example'")
      .get() as {
      id: number;
      name: string;
      pin_hash: string;
    };
    expect(row.name).toBe('Erin Cole-Smith');
    expect(pinMatches('590317', row.pin_hash)).toBe(true);
    expect(t.db.$client.prepare('SELECT count(*) AS n FROM access_grants WHERE contact_id = ?').get(row.id)).toEqual({
      n: 1,
    });
  });

  it('a grant may name a pair that exists only in the database', async () => {
    const result = await importInto(
      t,
      source({
        contacts: [
          {
            email: 'zoe@acme.example',
            name: 'Zoe',
            designated: true,
            access: [{ soldTo: 'acme', endUser: 'acme', level: 'read-only' }],
          },
        ],
      }),
    );
    expect(result.ok).toBe(true);
  });

  it('CSV files, one per record kind, import together in one transaction', async () => {
    const files = [
      { name: 'companies.csv', text: 'id,name\nwayne,Wayne Enterprises\n' },
      {
        name: 'contracts.csv',
        text: 'id,soldTo,tier,region,status,start,end,products\nC-900,wayne,business plus,americas,active,2025-01-01,2026-12-31,SIP Server=9.0\n',
      },
      { name: 'pairs.csv', text: 'soldTo,endUser\nwayne,wayne\n' },
      {
        name: 'contacts.csv',
        text: 'email,name,designated,pin,soldTo,endUser,level\nbruce@wayne.example,Bruce,true,615284,wayne,wayne,read-write\n',
      },
      {
        name: 'staff.csv',
        text: 'slackUserId,email,name,roles,regions\n,night@vendor.example,Night Desk,analyst;manager,americas\n',
      },
    ];
    const result = await importInto(t, ...files);
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.rows).toBe(5);
    expect(t.db.$client.prepare("SELECT tier FROM contracts WHERE id = 'C-900'").get()).toEqual({
      tier: 'business-care-plus',
    });
  });
});

describe('directory import: bad input writes nothing', () => {
  let t: TempDb;
  let before: Record<string, unknown[]>;
  beforeAll(async () => {
    t = openTempDb();
    const seeded = await importInto(t, source(demoDirectory()));
    if (!seeded.ok) throw new Error('demo refused');
    before = snapshotTables(t.db);
  });
  afterAll(() => t.close());

  /** A demo directory plus a brand-new company, changed by `edit`: the new company must not land either. */
  async function refused(edit: (d: ReturnType<typeof demoDirectory>) => void): Promise<string[]> {
    const directory = demoDirectory();
    directory.companies.push({ id: 'newco', name: 'New Co' });
    edit(directory);
    const result = await importInto(t, source(directory));
    expect(snapshotTables(t.db)).toEqual(before);
    if (result.ok) throw new Error('expected the import to be refused');
    return result.problems.map(formatProblem);
  }

  it('a malformed file is one problem with its line', async () => {
    const result = await importInto(t, {
      name: 'directory.json',
      text: '{\n  "companies": [\n    { "id": "x" "name": "X" }\n  ]\n}',
    });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      "directory.json:3: not valid JSON: expected ',' or '}' after a property value",
    ]);
    expect(snapshotTables(t.db)).toEqual(before);
  });

  it('DOMAIN.md §9: unknown tiers and regions are refused', async () => {
    const problems = await refused((d) => {
      d.contracts[1]!.tier = 'gold';
      d.contracts[2]!.region = 'mars';
    });
    expect(problems[0]).toMatch(/^directory\.json:\d+: contracts\[1\]\.tier: unknown tier "gold"/);
    expect(problems[1]).toMatch(/^directory\.json:\d+: contracts\[2\]\.region: unknown region "mars"/);
  });

  it('duplicate contact emails are refused (case-insensitive)', async () => {
    const problems = await refused((d) => {
      d.contacts.push({ ...d.contacts[0]!, email: 'ANA@acme.example', slackUserId: 'U0NEW' });
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^directory\.json:\d+: contacts\[9\]\.email: duplicate contact email ana@acme\.example \(first on line \d+\)$/,
      ),
    ]);
  });

  it('DOMAIN.md §1: a grant on a pair that exists neither in the file nor in the database is refused', async () => {
    const problems = await refused((d) => {
      d.contacts[0]!.access.push({ soldTo: 'acme', endUser: 'globex', level: 'read-write' });
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /^directory\.json:\d+: contacts\[0\]\.access\[1\]: no account pair acme\/globex \(not in the file nor in the database\)$/,
      ),
    ]);
  });

  it('DOMAIN.md §1: a PIN that breaks the PIN policy is refused, and the message never shows it', async () => {
    const problems = await refused((d) => {
      d.contacts[2]!.pin = '12345';
      d.contacts[3]!.pin = '456789';
    });
    expect(problems).toEqual([
      expect.stringMatching(/^directory\.json:\d+: contacts\[2\]\.pin: a PIN has 6 to 10 digits$/),
      expect.stringMatching(/^directory\.json:\d+: contacts\[3\]\.pin: a PIN may not be a run of consecutive digits$/),
    ]);
    expect(problems.join('\n')).not.toMatch(/12345|456789/);
  });

  it('DOMAIN.md §1: a contract whose Sold To company is unknown is refused', async () => {
    const problems = await refused((d) => {
      d.contracts[0]!.soldTo = 'nobody';
    });
    expect(problems).toEqual([expect.stringMatching(/contracts\[0\]\.soldTo: unknown company nobody/)]);
  });

  it('bad dates and an end before the start are refused', async () => {
    const problems = await refused((d) => {
      d.contracts[0]!.start = '2025-13-01';
      d.contracts[1]!.end = '2020-01-01';
    });
    expect(problems).toEqual([
      expect.stringMatching(/contracts\[0\]\.start: expected a real date written YYYY-MM-DD$/),
      expect.stringMatching(/contracts\[1\]\.end: end 2020-01-01 is before start 2025-03-01$/),
    ]);
  });

  it("DOMAIN.md §1: read-only access on an indirect pair needs the partner's approval, by a partner contact", async () => {
    const problems = await refused((d) => {
      const gina = d.contacts.find((c) => c.email === 'gina@initech.example')!;
      gina.access = [{ soldTo: 'northwind', endUser: 'initech', level: 'read-only' }];
      const hal = d.contacts.find((c) => c.email === 'hal@umbrella.example')!;
      hal.access = [{ soldTo: 'northwind', endUser: 'umbrella', level: 'read-only', approvedBy: 'ana@acme.example' }];
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /contacts\[6\]\.access\[0\]\.approvedBy: read-only access on an indirect pair needs the partner's approval/,
      ),
      expect.stringMatching(
        /contacts\[7\]\.access\[0\]\.approvedBy: ana@acme\.example is not a contact with read-write access on this pair/,
      ),
    ]);
  });

  it('a Slack user already linked to another contact is refused', async () => {
    const problems = await refused((d) => {
      d.contacts = [{ email: 'new@acme.example', name: 'New', designated: true, slackUserId: 'U01ANA', access: [] }];
    });
    expect(problems).toEqual([
      expect.stringMatching(
        /contacts\[0\]\.slackUserId: Slack user U01ANA is already linked to contact ana@acme\.example/,
      ),
    ]);
  });

  it('unknown fields are refused (a typo must not be silently dropped)', async () => {
    const problems = await refused((d) => {
      (d.pairs[0] as Record<string, unknown>).sold_to = 'acme';
    });
    expect(problems).toEqual([expect.stringMatching(/^directory\.json:\d+: pairs\[0\]: Unrecognized key: "sold_to"$/)]);
  });

  it('a bad row in the second file keeps the first file out too', async () => {
    const result = await importInto(
      t,
      { name: 'companies.csv', text: 'id,name\nwayne2,Wayne Two\n' },
      { name: 'pairs.csv', text: 'soldTo,endUser\nwayne2,nobody\n' },
    );
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'pairs.csv:2: pairs[0].endUser: unknown company nobody (not in the file nor in the database)',
    ]);
    expect(snapshotTables(t.db)).toEqual(before);
  });
});
