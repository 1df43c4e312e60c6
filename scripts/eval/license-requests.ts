/**
 * `npm run eval:license-requests`: per-field precision and recall of the license-request reader on the
 * dev part of the corpus and on the held-out part (when present), and the requests that went wrong.
 * Targets (issue 25): precision ≥ 0.97 and recall ≥ 0.95 on every field. Exit code 1 when the dev part
 * misses a target; the held-out part is reported, never tuned on. `--summary` prints only the per-field
 * figures (no request-by-request differences): what someone developing the reader may look at for the
 * held-out part without tuning to its requests; the held-out part's requests are listed only with
 * `--show-holdout`. `--write-floors` records the held-out part's figures of
 * today as floors (license-request-holdout-floors.json) that `npm test` holds it to: a change to the reader
 * may raise them, never lower them unnoticed.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, type PartScore, scorePart } from './license-request-corpus.ts';
import { floorsOf, HOLDOUT_FLOORS_FILE } from './license-request-floors.ts';
import { precision, recall } from './license-request-score.ts';
import { TARGET_PRECISION, TARGET_RECALL } from './license-request-targets.ts';

const pct = (n: number) => n.toFixed(3);

function missedTargets(score: PartScore): string[] {
  return [...score.fields]
    .filter(([, c]) => precision(c) < TARGET_PRECISION || recall(c) < TARGET_RECALL)
    .map(([field]) => field);
}

const summaryOnly = process.argv.includes('--summary');
/** The held-out part's requests are listed only on demand: whoever develops the reader sees its figures, not its items. */
const showHoldout = process.argv.includes('--show-holdout');
/** `--part dev`, `--part check` or `--part holdout` scores one part only. */
const part = process.argv[process.argv.indexOf('--part') + 1];
const wants = (name: string) => !process.argv.includes('--part') || part === name;

function print(name: string, score: PartScore, listWrong = !summaryOnly): void {
  console.log(`\n== ${name}: ${score.requests} requests, ${score.wrong.length} with a difference ==`);
  console.log(
    `${'field'.padEnd(34)} ${'precision'.padStart(9)} ${'recall'.padStart(7)}   matched / extracted / expected`,
  );
  for (const [field, c] of [...score.fields].sort(([a], [b]) => a.localeCompare(b))) {
    const flag = precision(c) < TARGET_PRECISION || recall(c) < TARGET_RECALL ? '  ✘' : '';
    console.log(
      `${field.padEnd(34)} ${pct(precision(c)).padStart(9)} ${pct(recall(c)).padStart(7)}   ${c.matched} / ${c.extracted} / ${c.expected}${flag}`,
    );
  }
  if (score.wrong.length > 0 && listWrong) console.log('\nrequests that went wrong:');
  if (score.wrong.length > 0 && !listWrong)
    console.log(`\n(${score.wrong.length} with a difference; --show-holdout lists them)`);
  for (const { file, differences } of listWrong ? score.wrong : []) {
    console.log(`  ${file}`);
    for (const d of differences) console.log(`    ${d.field}: expected ${d.expected ?? '—'}, read ${d.actual ?? '—'}`);
  }
  // Counts by field only (no request's text), so they may be printed for the held-out part too: which
  // fields the follow-up asks for although the mail gives them, and which it fails to ask for.
  for (const [label, needless] of [
    ['questions asked for a field the mail gives', true],
    ['questions not asked for a missing field', false],
  ] as const) {
    const byField = new Map<string, number>();
    for (const d of score.wrong.flatMap((w) => w.differences)) {
      if (d.field !== 'missing (questions)' || (needless ? d.expected : d.actual) !== undefined) continue;
      const field = String(needless ? d.actual : d.expected).replace(/\[\d+\]/g, '[]');
      byField.set(field, (byField.get(field) ?? 0) + 1);
    }
    const listed = [...byField].sort(([, a], [, b]) => b - a).map(([f, n]) => `${f} ${n}`);
    if (listed.length > 0) console.log(`${label}, by field: ${listed.join(', ')}`);
  }
  const missed = missedTargets(score);
  console.log(
    missed.length === 0
      ? `\n${name}: every field meets precision ≥ ${TARGET_PRECISION} and recall ≥ ${TARGET_RECALL}`
      : `\n${name}: ${missed.length} field(s) below target: ${missed.join(', ')}`,
  );
}

if (wants('dev')) {
  const dev = await scorePart(CORPUS_DIR);
  print('dev', dev);
  if (missedTargets(dev).length > 0) process.exitCode = 1;
}
// The check part: a blind batch the round's developers see only as figures, a measure of how their changes
// carry to a writer they have not read before the held-out part is measured at the end of the round.
if (wants('check')) {
  const check = await scorePart(join(CORPUS_DIR, 'check'));
  if (check.requests > 0) print('check', check, showHoldout && !summaryOnly);
}
if (wants('holdout')) {
  const holdout = await scorePart(join(CORPUS_DIR, 'holdout'));
  if (holdout.requests > 0) print('holdout', holdout, showHoldout && !summaryOnly);
  if (holdout.requests > 0 && process.argv.includes('--write-floors')) {
    writeFileSync(HOLDOUT_FLOORS_FILE, `${JSON.stringify(floorsOf(holdout), null, 2)}\n`);
    console.log(`\nholdout floors written to ${HOLDOUT_FLOORS_FILE}`);
  }
  if (holdout.requests === 0)
    console.log('\n== holdout: no requests in tests/fixtures/license-requests/holdout/ yet ==');
}
