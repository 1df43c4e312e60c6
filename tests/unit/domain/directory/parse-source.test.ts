import { describe, expect, it } from 'vitest';
import { parseDirectorySource } from '../../../../src/domain/directory/parse-source.ts';
import { formatProblem } from '../../../../src/domain/directory/problems.ts';

function problemsOf(file: string, text: string): string[] {
  const parsed = parseDirectorySource(file, text);
  return parsed.ok ? [] : parsed.problems.map(formatProblem);
}

describe('directory import form: JSON rows', () => {
  it('DOMAIN.md §9: tier and region synonyms are stored as canonical ids', () => {
    const parsed = parseDirectorySource(
      'd.json',
      JSON.stringify({
        contracts: [
          {
            id: 'C-1',
            soldTo: 'a',
            tier: 'Premium',
            region: 'Europe',
            status: 'Active',
            start: '2025-01-01',
            end: '2025-12-31',
            products: [],
          },
        ],
        staff: [{ email: 'S@Vendor.Example', name: 'S', roles: ['Manager', 'analyst'], regions: ['jp', 'EMEA'] }],
      }),
    );
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    expect(parsed.directory.contracts[0]?.row).toMatchObject({
      tier: 'premium-care',
      region: 'emea',
      status: 'active',
      pilot: false,
    });
    expect(parsed.directory.staff[0]?.row).toMatchObject({
      email: 's@vendor.example',
      roles: ['analyst', 'manager'],
      regions: ['emea', 'japan'],
    });
  });

  it('names file, line, row and field of every bad value', () => {
    const text = [
      '{',
      '  "contracts": [',
      '    { "id": "C-1", "soldTo": "a", "tier": "gold", "region": "emea", "status": "active",',
      '      "start": "2025-02-30", "end": "2026-01-01", "products": [] },',
      '    { "id": "C-2", "soldTo": "a", "tier": "business", "region": "mars", "status": "expired",',
      '      "start": "2025-01-01", "end": "2024-12-31", "products": [] }',
      '  ]',
      '}',
    ].join('\n');
    expect(problemsOf('directory.json', text)).toEqual([
      expect.stringMatching(/^directory\.json:3: contracts\[0\]\.tier: unknown tier "gold"/),
      'directory.json:4: contracts[0].start: expected a real date written YYYY-MM-DD',
      expect.stringMatching(/^directory\.json:5: contracts\[1\]\.region: unknown region "mars"/),
      expect.stringMatching(
        /^directory\.json:5: contracts\[1\]\.status: expected one of active, lapsed, unpaid, cancelled/,
      ),
      'directory.json:6: contracts[1].end: end 2024-12-31 is before start 2025-01-01',
    ]);
  });

  it('malformed JSON is one problem with its line, without quoting the text', () => {
    const problems = problemsOf('bad.json', '{\n "contacts": [\n  { "pin": "482913",, }\n ]\n}');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^bad\.json:3: not valid JSON/);
    expect(problems[0]).not.toContain('482913');
  });

  it('issue 18 §9: a key named twice in one object is refused with its line and key, and nothing is imported', () => {
    const text = [
      '{',
      '  "companies": [{ "id": "acme", "name": "Acme Corp" }],',
      '  "contacts": [',
      '    { "email": "ana@acme.example", "name": "Ana", "designated": true, "access": [],',
      '      "email": "mallory@evil.example" }',
      '  ],',
      '  "contacts": [],',
      '  "\u0073taff": [], "staff": [],',
      '  "pairs": [{ "soldTo": "acme", "endUser": "acme", "482913": 1, "482913": 2 }]',
      '}',
    ].join('\n');
    const problems = problemsOf('dup.json', text);
    expect(problems).toEqual([
      'dup.json:5: contacts[0].email: duplicate key "email": a property may appear once in an object',
      'dup.json:7: contacts: duplicate key "contacts": a property may appear once in an object',
      'dup.json:8: staff: duplicate key "staff": a property may appear once in an object',
      'dup.json:9: pairs[0].…: duplicate key "…": a property may appear once in an object',
    ]);
    expect(problems.join('\n')).not.toContain('482913');
  });

  it('a PIN written as a number is refused without showing it (leading zeros would be lost)', () => {
    const problems = problemsOf(
      'd.json',
      '{"contacts": [{"email": "a@x.example", "name": "A", "designated": true, "pin": 482913, "access": []}]}',
    );
    expect(problems).toEqual(['d.json:1: contacts[0].pin: a PIN is written as a quoted string of digits']);
  });
});

describe('directory import form: CSV files, the kind told by the header', () => {
  it('contracts CSV: products like `SIP Server=8.5|9.0;Info Mart`, pilot yes/no', () => {
    const csv =
      'id,soldTo,tier,region,timeZone,holidays,status,start,end,pilot,products\n' +
      'C-1,acme,premium,emea,Europe/Paris,fr,active,2025-01-01,2027-12-31,yes,SIP Server=8.5|9.0;Info Mart\n';
    const parsed = parseDirectorySource('contracts.csv', csv);
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    expect(parsed.directory.contracts[0]?.row).toEqual({
      id: 'C-1',
      soldTo: 'acme',
      tier: 'premium-care',
      region: 'emea',
      timeZone: 'Europe/Paris',
      holidays: 'FR',
      status: 'active',
      start: '2025-01-01',
      end: '2027-12-31',
      pilot: true,
      products: [
        { name: 'SIP Server', versions: ['8.5', '9.0'] },
        { name: 'Info Mart', versions: [] },
      ],
    });
  });

  it('contacts CSV: one row per contact × grant; rows of the same email merge', () => {
    const csv = [
      'email,name,phone,slackUserId,designated,pin,soldTo,endUser,level,approvedBy',
      'erin@nw.example,Erin,,U1,true,857302,nw,initech,read-write,',
      'erin@nw.example,,,,,,nw,umbrella,read-write,',
      'gina@initech.example,Gina,,,yes,,nw,initech,read-only,erin@nw.example',
      'hal@umbrella.example,Hal,,,no,,,,,',
    ].join('\n');
    const parsed = parseDirectorySource('contacts.csv', csv);
    if (!parsed.ok) throw new Error(parsed.problems.map(formatProblem).join('\n'));
    const rows = parsed.directory.contacts.map((c) => c.row);
    expect(rows.map((r) => [r.email, r.access.length])).toEqual([
      ['erin@nw.example', 2],
      ['gina@initech.example', 1],
      ['hal@umbrella.example', 0],
    ]);
    expect(rows[0]).toMatchObject({ name: 'Erin', slackUserId: 'U1', designated: true, pin: '857302' });
    const erin = parsed.directory.contacts[0]!;
    expect(erin.origin.lineOf(['contacts', 0, 'access', 1, 'level'])).toBe(3);
  });

  it('contacts CSV: rows of one contact that contradict each other are refused, without quoting a PIN', () => {
    const csv =
      'email,name,designated,pin,soldTo,endUser,level\n' +
      'a@x.example,A,true,482913,s,s,read-write\n' +
      'a@x.example,A,true,739164,t,t,read-write\n';
    const problems = problemsOf('contacts.csv', csv);
    expect(problems).toEqual([
      'contacts.csv:3: contacts[0].pin: rows for a@x.example disagree on pin (the contact starts on line 2)',
    ]);
  });

  it('bad rows name the CSV line and the field', () => {
    const csv =
      'slackUserId,email,name,roles,regions\nU1,a@vendor.example,A,analyst,emea\n\nU2,b@vendor.example,B,boss,mars\n';
    const problems = problemsOf('staff.csv', csv);
    expect(problems[0]).toMatch(/^staff\.csv:4: staff\[1\]\.roles\[0\]: unknown staff role "boss"/);
    expect(problems[1]).toMatch(/^staff\.csv:4: staff\[1\]\.regions\[0\]: unknown region "mars"/);
  });

  it('an unknown header or a ragged row is one clear problem', () => {
    expect(problemsOf('x.csv', 'foo,bar\n1,2\n')[0]).toMatch(/^x\.csv:1: cannot tell the record kind from the header/);
    expect(problemsOf('companies.csv', 'id,name\nacme,Acme,extra\n')).toEqual([
      'companies.csv:2: malformed CSV: this row has a different number of fields than the header',
    ]);
  });
});
