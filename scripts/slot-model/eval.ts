/**
 * npm run eval:slot-model [-- --weighting=W] [--slot=businessImpact|questions] [--grid] — the slot models'
 * second opinion across writers (issue 21): each blind writer group read by the default reader without
 * the second opinion, both models trained without the group, and the slot's P/R on the group for (a) the
 * rules alone, (b) with the veto, (c) with the veto and the additions — at the committed thresholds, or
 * per threshold with --grid.
 */
import { IMPACT_ADD, IMPACT_VETO, understandingReader } from '../../src/domain/understanding/statistical/index.ts';
import { precision, recall } from '../eval/understanding/understanding-messages.ts';
import { SLOT_TRAINING } from './build.ts';
import { countSlot, heldOutGroups } from './by-writer.ts';

const weighting = Number(
  process.argv.find((a) => a.startsWith('--weighting='))?.slice(12) ?? SLOT_TRAINING.classWeighting,
);
const only = process.argv.find((a) => a.startsWith('--slot='))?.slice(7);
const grid = process.argv.includes('--grid');
const groups = heldOutGroups(understandingReader(true, false), weighting);
const cell = (c: { tp: number; fp: number; fn: number }) =>
  `${precision(c).toFixed(2)}/${recall(c).toFixed(2)} ${String(c.tp).padStart(3)}+${c.fp}-${c.fn}`.padEnd(20);

console.log(`class weighting ${weighting}; cells: P/R tp+fp-fn`);
console.log(
  `${''.padEnd(18)}${groups.map((g) => `${g.name.replace(/.*\((.*)\)/, '$1')} (${g.messages.length})`.padEnd(20)).join('')}`,
);
/**
 * Questions: no committed thresholds. Before the round-17 relabelling none helped every group; after it the
 * rules leave nothing to correct: below 0.1 the veto and every addition change nothing, at 0.1 the veto drops
 * four true topics and nothing wrong (README "Statistical fallback"). These are the ones shown.
 */
const committed = { businessImpact: [IMPACT_VETO, IMPACT_ADD], questions: [0.1, 0.95] } as const;
for (const [slot, veto, add] of [
  ['businessImpact', 'impactVeto', 'impactAdd'],
  ['questions', 'questionVeto', 'questionAdd'],
] as const) {
  if (only && only !== slot) continue;
  const [v0, a0] = committed[slot];
  const rows: Array<[string, number | undefined, number | undefined]> = grid
    ? [0, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3].flatMap((v) =>
        [0, 0.8, 0.9, 0.95].map((a): [string, number | undefined, number | undefined] => [
          `${v || '-'} / ${a || '-'}`,
          v || undefined,
          a || undefined,
        ]),
      )
    : [
        ['(a) rules', undefined, undefined],
        [`(b) veto ${v0}`, v0, undefined],
        [`(c) + add ${a0}`, v0, a0],
      ];
  console.log(`${slot}:`);
  for (const [name, v, a] of rows)
    console.log(`  ${name.padEnd(16)}${groups.map((g) => cell(countSlot(g, slot, { [veto]: v, [add]: a }))).join('')}`);
}
