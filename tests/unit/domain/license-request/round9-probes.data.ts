/** Issue 25 round 9: the probe set, five batches each written before the reader was run on it. */
import { BATCH_1 } from './round9-probes-batch1.data.ts';
import { BATCH_2_3 } from './round9-probes-batch2-3.data.ts';
import { BATCH_4_5 } from './round9-probes-batch4-5.data.ts';

export type { Probe } from './round9-probe-mails.ts';
export const PROBES = [...BATCH_1, ...BATCH_2_3, ...BATCH_4_5];
