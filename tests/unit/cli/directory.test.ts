import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_DIRECTORY_FILE } from '../../../src/services/seed-demo-directory.ts';
import { cliSandbox } from './run-caseline.ts';

const box = cliSandbox('directory-cli');
afterAll(() => box.remove());

const demoText = readFileSync(DEMO_DIRECTORY_FILE, 'utf8');

describe('caseline directory', { timeout: 60_000 }, () => {
  it('import: a good JSON file → exit 0 with created counts', async () => {
    const file = join(box.dir, 'directory.json');
    writeFileSync(file, demoText);
    const run = await box.run(['directory', 'import', file, '--json']);
    expect(run.code).toBe(0);
    // DOMAIN.md §1 asks for two designated contacts per account: the demo has accounts with one.
    expect(run.stderr).toContain(
      'caseline: warning: pair hooli/hooli has 1 designated contact with read-write access (docs/rules.md §1 asks for at least 2)\n',
    );
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: true,
      rows: 33, // 7 companies, 6 contracts, 5 pairs, 9 contacts, 6 staff (the head of Customer Care: issue 22)
      counts: { contacts: { created: 9, updated: 0, unchanged: 0 } },
    });
  });

  it('import: the same file again → all unchanged', async () => {
    const run = await box.run(['directory', 'import', join(box.dir, 'directory.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('contacts   0 created, 0 updated, 9 unchanged');
  });

  it('import: bad rows → exit 1, one line per problem with file and line, nothing written, no PIN shown', async () => {
    const directory = JSON.parse(demoText);
    directory.contacts[2].pin = '12345';
    directory.companies.push({ id: 'newco', name: 'New Co' });
    const file = join(box.dir, 'bad.json');
    writeFileSync(file, JSON.stringify(directory, null, 2));
    const run = await box.run(['directory', 'import', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/bad\.json:\d+: contacts\[2\]\.pin: a PIN has 6 to 10 digits\n/);
    expect(run.stderr).toContain('caseline: import refused: 1 problem; nothing was written');
    expect(run.stderr).not.toContain('12345');
    const exported = await box.run(['directory', 'export', '--json']);
    expect(JSON.parse(exported.stdout).companies.map((c: { id: string }) => c.id)).not.toContain('newco');
  });

  it('import: a file that cannot be read → exit 1; no file at all → exit 2', async () => {
    const missing = await box.run(['directory', 'import', join(box.dir, 'missing.json')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^caseline: cannot read .*missing\.json \(ENOENT\)\n$/);
    expect((await box.run(['directory', 'import'])).code).toBe(2);
  });

  it('export --json: exactly the import form, without PINs; re-importing it changes nothing', async () => {
    const run = await box.run(['directory', 'export', '--json']);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/"pin"|scrypt/);
    const exported = JSON.parse(run.stdout);
    expect(Object.keys(exported)).toEqual(['companies', 'contracts', 'pairs', 'contacts', 'staff']);
    const file = join(box.dir, 'export.json');
    writeFileSync(file, run.stdout);
    const again = await box.run(['directory', 'import', file, '--json']);
    const counts = JSON.parse(again.stdout).counts as Record<string, { created: number; updated: number }>;
    for (const c of Object.values(counts)) expect(c.created + c.updated).toBe(0);
  });

  it('export without --json: a readable summary', async () => {
    const run = await box.run(['directory', 'export']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Account pairs: 5 (3 direct, 2 indirect)');
    expect(run.stdout).toContain('Contacts: 9 (8 designated, 8 with a PIN)');
  });

  it('import: CSV files, one per record kind', async () => {
    const companies = join(box.dir, 'companies.csv');
    const contacts = join(box.dir, 'contacts.csv');
    writeFileSync(companies, 'id,name\nstark,Stark Industries\n');
    writeFileSync(
      contacts,
      'email,name,phone,slackUserId,designated,pin,soldTo,endUser,level,approvedBy\n' +
        'pepper@acme.example,Pepper,,,true,615284,acme,acme,read-write,\n',
    );
    const run = await box.run(['directory', 'import', companies, contacts, '--json']);
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout).counts).toMatchObject({ companies: { created: 1 }, contacts: { created: 1 } });
  });
});
