import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/domain/directory/problems.ts';
import { importDirectory } from '../../../src/services/import-directory.ts';
import { demoDirectory, openTempDb, pinPolicy, source, type TempDb } from './directory-test-support.ts';

let t: TempDb;
beforeAll(async () => {
  t = openTempDb();
  const directory = demoDirectory();
  directory.contacts[0]!.emails = ['a.ruiz@acme.example'];
  const seeded = await importDirectory(t.db, { sources: [source(directory)], pinPolicy, actor: 'test' });
  if (!seeded.ok) throw new Error('demo refused');
});
afterAll(() => t.close());

describe('directory import: unique values moving between records in one import', () => {
  it('two contacts may swap Slack ids, and an extra address may move to another contact', async () => {
    const directory = demoDirectory();
    const [ana, ben] = directory.contacts;
    [ana!.slackUserId, ben!.slackUserId] = [ben!.slackUserId, ana!.slackUserId];
    ana!.emails = [];
    ben!.emails = ['a.ruiz@acme.example'];
    const result = await importDirectory(t.db, {
      sources: [source({ contacts: [ana, ben] })],
      pinPolicy,
      actor: 'test',
    });
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    expect(result.counts.contacts).toEqual({ created: 0, updated: 2, unchanged: 0 });
    const rows = t.db.$client
      .prepare(
        "SELECT c.email, c.slack_user_id, e.email AS extra FROM contacts c LEFT JOIN contact_emails e ON e.contact_id = c.id WHERE c.email IN ('ana@acme.example', 'ben@acme.example') ORDER BY c.email",
      )
      .all();
    expect(rows).toEqual([
      { email: 'ana@acme.example', slack_user_id: 'U01BEN', extra: null },
      { email: 'ben@acme.example', slack_user_id: 'U01ANA', extra: 'a.ruiz@acme.example' },
    ]);
  });

  it('an address still held by a contact outside the file is refused', async () => {
    const result = await importDirectory(t.db, {
      sources: [source({ contacts: [{ email: 'a.ruiz@acme.example', name: 'Dup', designated: false, access: [] }] })],
      pinPolicy,
      actor: 'test',
    });
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'directory.json:4: contacts[0].email: a.ruiz@acme.example is already an address of contact ben@acme.example',
    ]);
  });
});
