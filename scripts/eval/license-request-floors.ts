/**
 * The held-out part's figures of a given day, kept as floors (issue 25 §4: "report both parts"): the
 * held-out requests are never read to tune the reader, but `npm test` checks that no field's precision or
 * recall on them falls below what it was when the floors were last written (`npm run eval:license-requests
 * -- --write-floors`). Floors are rounded down to two decimals so that one request more or less read the
 * same way does not fail the suite.
 */
import { join } from 'node:path';
import type { PartScore } from './license-request-corpus.ts';
import { precision, recall } from './license-request-score.ts';

export const HOLDOUT_FLOORS_FILE = join(import.meta.dirname, 'license-request-holdout-floors.json');

export type Floors = Record<string, { precision: number; recall: number }>;

const down = (n: number) => Math.floor(n * 100) / 100;

export function floorsOf(score: PartScore): Floors {
  const floors: Floors = {};
  for (const [field, counts] of [...score.fields].sort(([a], [b]) => a.localeCompare(b))) {
    floors[field] = { precision: down(precision(counts)), recall: down(recall(counts)) };
  }
  return floors;
}

/** Fields whose figures fell below their floor, described for a test failure. */
export function belowFloors(score: PartScore, floors: Floors): string[] {
  const below: string[] = [];
  for (const [field, floor] of Object.entries(floors)) {
    const counts = score.fields.get(field);
    const p = counts ? precision(counts) : 0;
    const r = counts ? recall(counts) : 0;
    if (p < floor.precision || r < floor.recall) {
      below.push(
        `${field}: precision ${p.toFixed(3)} (floor ${floor.precision}), recall ${r.toFixed(3)} (floor ${floor.recall})`,
      );
    }
  }
  return below;
}
