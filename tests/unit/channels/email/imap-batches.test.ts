// How a backlog is cut into batches: at most 50 messages and 4 MB in memory at once, a message above
// the streaming threshold alone. Only messages that may be large have their size asked (listBacklog).
import { describe, expect, it } from 'vitest';
import { type Backlog, batchesOf, uidSets } from '../../../../src/channels/email/imap-batches.ts';

const MB = 1024 * 1024;
const SIZED_ABOVE = Math.floor((4 * MB) / 50);
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const backlog = (uids: number[], sizes: Array<[number, number]> = []): Backlog => ({
  uids,
  sizes: new Map(sizes),
  sizedAbove: SIZED_ABOVE,
});
const uidsOf = (batches: ReturnType<typeof batchesOf>) =>
  batches.map((b) => (b.streamed ? `stream ${b.uids}` : b.uids));

describe('batchesOf', () => {
  it('puts 50 messages of unasked size in a batch: each is at most 1/50 of the 4 MB', () => {
    const batches = batchesOf(backlog(range(1, 120)), 4 * MB);
    expect(uidsOf(batches)).toEqual([range(1, 50), range(51, 100), range(101, 120)]);
  });

  it('closes a batch before a message whose known size would take it past 4 MB', () => {
    const sizes: Array<[number, number]> = [
      [2, 1.5 * MB],
      [3, 1.5 * MB],
      [4, 1.5 * MB],
    ];
    // 1 and 5 count as SIZED_ABOVE each: 1 + 2 + 3 is ~3.1 MB, adding 4 would be ~4.6 MB.
    expect(uidsOf(batchesOf(backlog(range(1, 5), sizes), 4 * MB))).toEqual([
      [1, 2, 3],
      [4, 5],
    ]);
  });

  it('counts a message of unasked size as the most it can weigh, so a batch stays within 4 MB', () => {
    const sizes: Array<[number, number]> = [
      [1, 2_000_000],
      [2, 2_000_000],
    ];
    // 4,000,000 bytes known: room for two more of at most SIZED_ABOVE (83,886) bytes, not a third.
    expect(uidsOf(batchesOf(backlog(range(1, 10), sizes), 4 * MB))).toEqual([range(1, 4), range(5, 10)]);
  });

  it('streams a message above the threshold alone, between the batches around it', () => {
    const batches = batchesOf(backlog(range(1, 4), [[3, 5 * MB]]), 4 * MB);
    expect(uidsOf(batches)).toEqual([[1, 2], 'stream 3', [4]]);
  });

  it('answers no batch for an empty backlog', () => {
    expect(batchesOf(backlog([]), 4 * MB)).toEqual([]);
  });
});

describe('uidSets', () => {
  it('packs consecutive UIDs into ranges', () => {
    expect(uidSets([3, 4, 5, 6, 7, 9, 12, 13])).toEqual(['3:7,9,12:13']);
    expect(uidSets([])).toEqual([]);
  });

  it('splits thousands of scattered UIDs over several commands of at most 500 runs each', () => {
    const everyOther = Array.from({ length: 1_200 }, (_, i) => 2 * i + 1);
    const sets = uidSets(everyOther);
    expect(sets.map((set) => set.split(',').length)).toEqual([500, 500, 200]);
    expect(sets.join(',').split(',').map(Number)).toEqual(everyOther);
    expect(Math.max(...sets.map((set) => set.length))).toBeLessThan(8_192);
  });
});
