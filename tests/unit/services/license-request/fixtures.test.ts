/**
 * The hand-written partner mails in tests/fixtures/license-requests: each .txt or .eml has a sibling
 * .expected.json with what a careful reader extracts (kind, fields, missing, invalid).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { isRequiredPath } from '../../../../src/domain/license-request/requirements.ts';
import { readRequestMail } from '../../../../src/services/license-request/read-request-mail.ts';

const dir = join(import.meta.dirname, '../../../fixtures/license-requests');
const fixtures = readdirSync(dir)
  .filter((f) => /\.(txt|eml)$/.test(f))
  .sort();

describe('partner license request mails → records (DOMAIN.md §7, §9)', () => {
  it('has at least 30 fixtures, both kinds, .txt and .eml', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    expect(fixtures.some((f) => f.endsWith('.eml'))).toBe(true);
    expect(fixtures.some((f) => f.includes('engage')) && fixtures.some((f) => f.includes('pureconnect'))).toBe(true);
  });

  it.each(fixtures)('%s', async (file) => {
    const expected = JSON.parse(readFileSync(join(dir, file.replace(/\.(txt|eml)$/, '.expected.json')), 'utf8'));
    const mail = await readRequestMail(file, readFileSync(join(dir, file)));
    const result = extractLicenseRequest(mail.input);
    expect(result.kind).toBe(expected.kind);
    expect(result.fields).toEqual(expected.fields);
    expect(result.missing).toEqual(expected.missing);
    expect(result.invalid).toEqual(expected.invalid);
    // Questions ask for exactly the missing fields and the invalid required ones.
    const asked = [
      ...expected.missing,
      ...expected.invalid
        .map((i: { field: string }) => i.field)
        .filter((f: string) => result.kind === 'unknown' || isRequiredPath(result.kind, f)),
    ];
    expect(result.questions.map((q) => q.field)).toEqual(asked);
    for (const question of result.questions) expect(question.example).not.toBe('');
  });
});
