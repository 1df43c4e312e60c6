// Issue 23 §6: the docs belong to the repository. What a customer or an admin reads — the README, docs/,
// the reply templates, the CLI's help, .env.example, deploy/, and every message the code builds — links
// only inside the repository and cites the rules as docs/rules.md and the source documents by subject.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../src/cli/main.ts';
import { REPO_ROOT } from '../../support/running-bot.ts';

const at = (...parts: string[]) => join(REPO_ROOT, ...parts);
const filesIn = (dir: string, suffix = '') =>
  readdirSync(at(dir))
    .filter((f) => f.endsWith(suffix) && statSync(at(dir, f)).isFile())
    .map((f) => join(dir, f));

const READ_BY_PEOPLE = [
  'README.md',
  '.env.example',
  ...filesIn('docs', '.md'),
  ...filesIn('prompts', '.txt'),
  ...filesIn('deploy'),
];
/** Pointers out of the repository, or to the internal documents a reader of the repository does not have. */
const OUTSIDE = [/\.\.\/shared/, /DOMAIN\.md/, /\bseeds?\/|\bseed 00\d\b/, /\/work\//];

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) yield* walk(path);
    else if (path.endsWith('.ts')) yield path;
  }
}

/** Every string the code builds (literals and template parts), with where it is. */
function stringsInSources(): Array<{ where: string; text: string }> {
  const found: Array<{ where: string; text: string }> = [];
  for (const file of walk(at('src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      const texts =
        ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)
          ? [node.text]
          : ts.isTemplateExpression(node)
            ? [node.head.text, ...node.templateSpans.map((s) => s.literal.text)]
            : [];
      const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
      for (const text of texts) found.push({ where: `${relative(REPO_ROOT, file)}:${line}`, text });
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

function helpOf(command: Command): string[] {
  return [command.helpInformation(), ...command.commands.flatMap(helpOf)];
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function slug(heading: string): string {
  const text = heading.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/`/g, '');
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

const withoutCode = (markdown: string) => markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

describe('issue 23 §6: what people read links only inside the repository', () => {
  it.each(READ_BY_PEOPLE)('%s names no document outside the repository', (file) => {
    const text = readFileSync(at(file), 'utf8');
    for (const pattern of OUTSIDE) expect(text, `${file}: ${pattern}`).not.toMatch(pattern);
  });

  it('every relative link in the README and docs/ reaches a file, and every #anchor a heading', () => {
    const broken: string[] = [];
    for (const file of ['README.md', ...filesIn('docs', '.md')]) {
      for (const [, target] of withoutCode(readFileSync(at(file), 'utf8')).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (!target || /^(https?|mailto|file):/.test(target)) continue;
        const [path, anchor] = target.split('#') as [string, string | undefined];
        const destination = path === '' ? at(file) : resolve(dirname(at(file)), path);
        let exists = true;
        try {
          statSync(destination);
        } catch {
          exists = false;
        }
        if (!exists) {
          broken.push(`${file}: ${target} (no such file)`);
          continue;
        }
        if (anchor && destination.endsWith('.md')) {
          const headings = [...readFileSync(destination, 'utf8').matchAll(/^#{1,6} (.+)$/gm)].map((m) => slug(m[1]!));
          if (!headings.includes(anchor)) broken.push(`${file}: ${target} (no heading #${anchor})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  it('the help of every command cites nothing outside the repository', () => {
    const help = helpOf(buildProgram()).join('\n');
    expect(help).toContain('doctor');
    for (const pattern of OUTSIDE) expect(help).not.toMatch(pattern);
  });

  it('no message the code builds cites DOMAIN.md, a seed file or ../shared (comments may)', () => {
    const strings = stringsInSources();
    expect(strings.length).toBeGreaterThan(1000);
    const outside = strings.filter(({ text }) => OUTSIDE.some((pattern) => pattern.test(text)));
    expect(outside.map(({ where, text }) => `${where}: ${text}`)).toEqual([]);
  });
});

describe("issue 23 §6: docs/rules.md, the rules in the project's own words", () => {
  const rules = readFileSync(at('docs', 'rules.md'), 'utf8');

  it('covers every topic, numbered as code comments cite them', () => {
    const sections = [...rules.matchAll(/^## (\d+)\. (.+)$/gm)].map((m) => Number(m[1]));
    expect(sections).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('cites the source documents by their subject, and says where the decisions are ours', () => {
    for (const subject of [
      'the Support Definitions',
      'the Support Guide',
      'Managing Software',
      'the Licensing Guide',
      'the PureConnect Licensing Reference',
    ]) {
      expect(rules).toContain(subject);
    }
    expect(rules.match(/\*\*Where the documents are silent:\*\*/g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('states the rules a wrong answer would cost money on', () => {
    for (const rule of [
      'Only Designated Contacts open cases, update cases and',
      'PINs are never sent by email',
      'Critical problems must be reported by telephone',
      'A test or lab system can be at most **High**',
      'One issue per case',
      'respond in 30 minutes (called in); restore in 4 hours',
      'a 30-day file with exactly the same features',
      '**never** a further extension of a temporary file Customer Care',
      '*at risk* at 75%',
    ]) {
      expect(rules).toContain(rule);
    }
  });
});

describe('issue 23 §5, §6: docs/operations.md takes a newcomer from clone to a monitored, backed-up bot', () => {
  const operations = readFileSync(at('docs', 'operations.md'), 'utf8');

  it('has every step, in order', () => {
    const headings = [...operations.matchAll(/^## \d+\. (.+)$/gm)].map((m) => m[1]!.toLowerCase());
    const order = ['install', 'configure', 'logs', 'metrics', 'alerts', 'backups', 'restore', 'upgrade'].map((step) =>
      headings.findIndex((h) => h.includes(step)),
    );
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('names the alerts worth having and the commands it relies on', () => {
    for (const needle of [
      'caseline_outbox_oldest_age_seconds',
      'caseline_imap_last_read_age_seconds',
      'caseline_pages_unacknowledged_oldest_age_seconds',
      'caseline_last_backup_timestamp_seconds',
      'caseline-admin doctor',
      'caseline-admin backup',
      'caseline-admin restore',
      'caseline-admin migrate',
      'Test a restore',
      'npm_config_nodedir=/usr',
      'deploy/caseline.service',
    ]) {
      expect(operations).toContain(needle);
    }
  });

  it('lists every caseline_ metric the bot exposes', async () => {
    const { createMetrics } = await import('../../../src/metrics/prometheus-instruments.ts');
    const { registerDatabaseGauges } = await import('../../../src/metrics/database-gauges.ts');
    const { registerHealthGauges } = await import('../../../src/metrics/health-gauges.ts');
    const { openDatabase } = await import('../../../src/store/database.ts');
    const metrics = createMetrics({ version: 't', processMetrics: false });
    const db = openDatabase(':memory:');
    registerDatabaseGauges(metrics.registry, db, { channels: ['email'] });
    registerHealthGauges(metrics.registry, () => null);
    const names = (await metrics.registry.getMetricsAsJSON()).map((m) => m.name);
    db.$client.close();
    expect(names.filter((n) => !operations.includes(n))).toEqual([]);
  });

  it('the README quick start says what to do where the prebuilt SQLite binary cannot be downloaded', () => {
    const readme = readFileSync(at('README.md'), 'utf8');
    expect(readme).toContain('npm_config_nodedir=/usr');
    expect(readme).toMatch(/python3.*make.*g\+\+/);
  });
});
