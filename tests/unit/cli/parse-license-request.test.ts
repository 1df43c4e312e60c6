import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = resolve(import.meta.dirname, '../../..');
const fixture = (name: string) => `tests/fixtures/license-requests/${name}`;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function caseline(args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['bin/caseline.js', 'parse-license-request', ...args],
      { cwd: repoRoot },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}

const expected = (name: string) =>
  JSON.parse(readFileSync(resolve(repoRoot, fixture(`${name}.expected.json`)), 'utf8'));

describe('caseline parse-license-request (issue 5)', () => {
  it('prints kind, fields, missing, invalid and questions with §9 names for an .eml with an .xlsx attachment', async () => {
    const run = await caseline([fixture('13-engage-xlsx-order-kit.eml'), '--json']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    // The issue 5 keys first, unchanged; issue 25 added read-backs, handling and provenance after them.
    expect(Object.keys(printed)).toEqual([
      'kind',
      'fields',
      'missing',
      'invalid',
      'questions',
      'confirmations',
      'handling',
      'provenance',
    ]);
    const { kind, fields, missing, invalid } = expected('13-engage-xlsx-order-kit');
    expect(printed).toMatchObject({ kind, fields, missing, invalid, questions: [], confirmations: [] });
    expect(printed.provenance['companyName']).toMatchObject({ source: 'order-kit.xlsx', via: 'label' });
  });

  it('asks the questions for an incomplete .txt request, each with an example', async () => {
    const run = await caseline([fixture('25-pureconnect-incomplete.txt'), '--json']);
    expect(run.code).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed.kind).toBe('pureconnect');
    // "our PureConnect lab" and "rebuilt on new hardware" give the deployment and implementation type (issue 25).
    expect(printed.questions.map((q: { field: string }) => q.field)).toEqual(['soldToAccount', 'primaryHostId']);
    expect(printed.fields).toMatchObject({ implementationType: 'reallocation', deploymentType: 'lab' });
    expect(printed.handling).toEqual({ language: 'en', needsPerson: false, notes: [] });
    expect(printed.questions.find((q: { field: string }) => q.field === 'primaryHostId').example).toBe('0050569a1b2c');
  });

  it('prints a readable summary without --json, with notes on ignored attachments', async () => {
    const run = await caseline([fixture('16-engage-disk-serial-pdf-ignored.eml')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('kind: engage');
    expect(run.stdout).toContain('missing: none');
    expect(run.stdout).toContain('note: signed-order.pdf');
  });

  it('exits 2 with one line on stderr when the file cannot be read', async () => {
    const run = await caseline(['tests/fixtures/license-requests/no-such-file.eml', '--json']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot read .*no-such-file\.eml \(ENOENT\)/);
  });
});
