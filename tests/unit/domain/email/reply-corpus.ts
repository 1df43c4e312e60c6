// Loads the reply-parsing corpus and turns each upstream expectation into one comparable check.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { extractReplyFromHtml } from '../../../../src/domain/email/extract-html-reply.ts';
import { extractReply } from '../../../../src/domain/email/extract-reply.ts';

export const CORPUS_DIR = join(import.meta.dirname, '../../../fixtures/reply-parsing');

interface UpstreamCase {
  test?: string;
  fixtures: string[];
  first_fragment_trimmed?: string;
  first_fragment_exact?: string;
  visible_text_exact?: string;
  visible_text_whitespace_insensitive?: string;
  html_whitespace_removed_exact?: string;
  fragment_count?: number;
}

export interface CorpusCheck {
  name: string;
  kind: string;
  /** What our extractor produced, normalised the way the expectation is compared. */
  actual: () => Promise<string>;
  expected: string;
}

const expectations = JSON.parse(readFileSync(join(CORPUS_DIR, 'expectations.json'), 'utf8')) as Record<
  string,
  { cases: UpstreamCase[] }
>;

const read = (source: string, file: string) => readFileSync(join(CORPUS_DIR, source, file), 'utf8');
const normaliseLines = (s: string) =>
  s
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();
const noWhitespace = (s: string) => s.replace(/\s+/g, '');

async function firstTextPart(raw: string): Promise<string> {
  const parsed = await simpleParser(raw);
  return parsed.text ?? '';
}

/**
 * Our API returns one string, not upstream's fragment lists, so each expectation maps to:
 * - first_fragment_trimmed / visible_text_exact → `text` (quotes and signatures removed)
 * - first_fragment_exact → `text`, compared after trimming trailing blank lines (we never keep them)
 * - talon's visible_text_* → `withoutQuotes` (talon removes quotations only, signatures stay)
 * - talon's html_whitespace_removed_exact → the text of the expected HTML, whitespace removed
 * - fragment_count 1 → nothing at all is stripped; larger counts describe upstream's fragment model
 *   and have no equivalent here.
 */
export function corpusChecks(): CorpusCheck[] {
  const checks: CorpusCheck[] = [];
  for (const [source, { cases }] of Object.entries(expectations)) {
    for (const c of cases) {
      const file = c.fixtures.find((f) => !f.includes('\\n'));
      if (!file) continue;
      const name = `${source}/${file}${c.test ? ` (${c.test})` : ''}`;
      const text = async () => {
        const raw = read(source, file);
        if (file.endsWith('.html')) return extractReplyFromHtml(raw);
        return extractReply(file.endsWith('.eml') ? await firstTextPart(raw) : raw);
      };
      if (c.first_fragment_trimmed !== undefined)
        checks.push({
          name,
          kind: 'first_fragment_trimmed',
          expected: c.first_fragment_trimmed.trim(),
          actual: async () => (await text()).text.trim(),
        });
      if (c.first_fragment_exact !== undefined)
        checks.push({
          name,
          kind: 'first_fragment_exact',
          expected: c.first_fragment_exact.trimEnd(),
          actual: async () => (await text()).text,
        });
      if (c.visible_text_exact !== undefined)
        checks.push({
          name,
          kind: 'visible_text_exact',
          expected: c.visible_text_exact.trimEnd(),
          actual: async () => (source === 'talon' ? (await text()).withoutQuotes : (await text()).text),
        });
      if (c.visible_text_whitespace_insensitive !== undefined)
        checks.push({
          name,
          kind: 'visible_text_whitespace_insensitive',
          expected: noWhitespace(c.visible_text_whitespace_insensitive),
          actual: async () => noWhitespace((await text()).withoutQuotes),
        });
      if (c.html_whitespace_removed_exact !== undefined)
        checks.push({
          name,
          kind: 'html_whitespace_removed_exact',
          expected: noWhitespace(c.html_whitespace_removed_exact.replace(/<[^>]+>/g, ' ')),
          actual: async () => noWhitespace((await text()).withoutQuotes),
        });
      if (c.fragment_count === 1)
        checks.push({
          name,
          kind: 'fragment_count_1',
          expected: normaliseLines(read(source, file)),
          actual: async () => normaliseLines((await text()).text),
        });
    }
  }
  return checks;
}
