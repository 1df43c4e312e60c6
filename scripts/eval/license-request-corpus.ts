/**
 * Runs the license-request reader over one part of the corpus (tests/fixtures/license-requests: the
 * files at its top are the dev part, `holdout/` the held-out part) and scores every request.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractLicenseRequest } from '../../src/domain/license-request/extract.ts';
import { readRequestMail, utcOffsetOf } from '../../src/services/license-request/read-request-mail.ts';
import { type Counts, type Difference, type Expected, scoreRecord } from './license-request-score.ts';

export const CORPUS_DIR = join(import.meta.dirname, '../../tests/fixtures/license-requests');

export interface PartScore {
  requests: number;
  fields: Map<string, Counts>;
  wrong: { file: string; differences: Difference[] }[];
}

export function requestFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(txt|eml)$/.test(f) && existsSync(join(dir, f.replace(/\.(txt|eml)$/, '.expected.json'))))
    .sort();
}

export async function scorePart(dir: string): Promise<PartScore> {
  const score: PartScore = { requests: 0, fields: new Map(), wrong: [] };
  for (const file of requestFiles(dir)) {
    const expected = JSON.parse(
      readFileSync(join(dir, file.replace(/\.(txt|eml)$/, '.expected.json')), 'utf8'),
    ) as Expected;
    const mail = await readRequestMail(file, readFileSync(join(dir, file)));
    // A .txt has no Date header: the corpus may give the mail's date beside it (NN-name.meta.json).
    const meta = join(dir, file.replace(/\.(txt|eml)$/, '.meta.json'));
    if (!mail.input.date && existsSync(meta)) {
      const { date } = JSON.parse(readFileSync(meta, 'utf8')) as { date?: string };
      if (date) mail.input.date = new Date(date);
      const offset = date ? utcOffsetOf(date) : undefined;
      if (offset !== undefined) mail.input.dateOffset = offset;
    }
    const actual = extractLicenseRequest(mail.input);
    const differences = scoreRecord(expected, actual as never, score.fields);
    score.requests += 1;
    if (differences.length > 0) score.wrong.push({ file, differences });
  }
  return score;
}
