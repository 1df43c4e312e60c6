/**
 * The writer groups of the development corpus (issue 21): each batch was written by someone, or at some
 * time, apart from the others (tests/fixtures/understanding/dev/AUTHORING*.md). Leaving one group out of
 * training and measuring on it is the honest estimate of how a model does on a writer it has never seen.
 */
import type { LabelledMessage } from '../eval/understanding/understanding-messages.ts';

export interface WriterGroup {
  name: string;
  /** The blind writers: parts written by someone who never saw the code, later promoted into dev. */
  blind: boolean;
  holds: (id: string) => boolean;
}

/** A range of the development batches dev-m-NNN (AUTHORING.md). */
const devBatch = (name: string, from: number, to: number): WriterGroup => ({
  name,
  blind: false,
  holds: (id) => {
    const n = /^dev-m-(\d+)$/.exec(id);
    return n !== null && Number(n[1]) >= from && Number(n[1]) <= to;
  },
});

export const WRITER_GROUPS: readonly WriterGroup[] = [
  devBatch('dev 1-2', 1, 358),
  devBatch('dev 3', 359, 466),
  devBatch('dev 4', 467, 624),
  devBatch('dev 5', 625, 742),
  devBatch('dev 6', 743, 853),
  devBatch('dev 7', 854, 973),
  { name: 'blind 1 (ho-m)', blind: true, holds: (id) => id.startsWith('ho-m-') },
  { name: 'blind 2 (h2-m)', blind: true, holds: (id) => id.startsWith('h2-m-') },
  { name: 'blind 3 (h3-m)', blind: true, holds: (id) => id.startsWith('h3-m-') },
  { name: 'blind dev batch 4 (x4-m)', blind: true, holds: (id) => id.startsWith('x4-m-') },
  { name: 'blind 4 (h4-m)', blind: true, holds: (id) => id.startsWith('h4-m-') },
  { name: 'blind dev batch 5 (x5-m)', blind: true, holds: (id) => id.startsWith('x5-m-') },
  { name: 'blind 5 (h5-m)', blind: true, holds: (id) => id.startsWith('h5-m-') },
  { name: 'blind dev batch 6 (x6-m)', blind: true, holds: (id) => id.startsWith('x6-m-') },
  { name: 'blind 6 (h6-m)', blind: true, holds: (id) => id.startsWith('h6-m-') },
  { name: 'blind dev batch 7 (x7-m)', blind: true, holds: (id) => id.startsWith('x7-m-') },
  { name: 'blind 7 (h7-m)', blind: true, holds: (id) => id.startsWith('h7-m-') },
  { name: 'blind dev batch 8 (x8-m)', blind: true, holds: (id) => id.startsWith('x8-m-') },
  { name: 'blind 8 (h8-m)', blind: true, holds: (id) => id.startsWith('h8-m-') },
  { name: 'blind dev batch 9 (x9-m)', blind: true, holds: (id) => id.startsWith('x9-m-') },
];

export function groupOf(m: LabelledMessage): WriterGroup | undefined {
  return WRITER_GROUPS.find((g) => g.holds(m.id));
}
