import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_LANGUAGES } from '../../../src/domain/license-request/schema.ts';
import { placeholdersOf, renderTemplate, TemplateError } from '../../../src/domain/templates.ts';
import { loadTemplates, PROMPTS_DIR } from '../../../src/store/templates.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('reply templates (STYLE.md: prompts are data with tests)', () => {
  it('fails on an unfilled placeholder instead of sending "{{…}}"', () => {
    expect(() => renderTemplate('t', 'Due {{responseDue}}', {})).toThrow(TemplateError);
    expect(renderTemplate('t', 'Due {{ responseDue }}', { responseDue: 'soon' })).toBe('Due soon');
  });

  it('every template renders when each of its placeholders has a value, and leaves none behind', () => {
    const templates = loadTemplates();
    for (const name of templates.names()) {
      const text = readFileSync(join(PROMPTS_DIR, `${name}.txt`), 'utf8');
      const values = Object.fromEntries(placeholdersOf(text).map((p) => [p, `<${p}>`]));
      expect(templates.render(name, values)).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('every template the code names exists in prompts/', () => {
    const names = new Set(loadTemplates().names());
    const used = new Set<string>();
    for (const file of sourceFiles(join(PROMPTS_DIR, '..', 'src'))) {
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/\b(?:reply|render|notifyStaff)\(\s*(?:'[a-z]+',\s*)?'([a-z][a-z0-9-]+)'/g))
        used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(40);
    expect([...used].filter((n) => !names.has(n))).toEqual([]);
  });
});

describe('issue 25 §3: localized templates are data with tests', () => {
  const names = loadTemplates().names();
  const localized = names.filter((n) => /\.[a-z]{2}$/.test(n));

  it('each localized template is in one of the request languages and has an English original', () => {
    expect(localized.length).toBeGreaterThanOrEqual(4);
    for (const name of localized) {
      const [base, language] = [name.slice(0, -3), name.slice(-2)];
      expect(REQUEST_LANGUAGES.filter((l) => l !== 'en')).toContain(language);
      expect(names).toContain(base);
    }
  });

  it('a localized template asks only for values its English original is given', () => {
    for (const name of localized) {
      const base = readFileSync(join(PROMPTS_DIR, `${name.slice(0, -3)}.txt`), 'utf8');
      const own = readFileSync(join(PROMPTS_DIR, `${name}.txt`), 'utf8');
      expect(own).toContain('{{reference}}');
      expect(placeholdersOf(own).every((p) => p === 'teamRegion' || placeholdersOf(base).includes(p))).toBe(true);
    }
  });
});
