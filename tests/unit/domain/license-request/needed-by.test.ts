/** Issue 25 §1: the date needed and its reason in words (seed 003 "Date Needed", "Date Reasoning"). */
import { describe, expect, it } from 'vitest';
import { readTiming } from '../../../../src/domain/license-request/timing.ts';

const TUESDAY = new Date('2025-03-04T09:00:00Z');
const read = (text: string) =>
  readTiming([{ text, line: 1, row: false, paragraph: 0 }], { reference: TUESDAY, language: 'en' });

describe('issue 25 §1: the date needed and why, in more of the ways partners write them', () => {
  it.each([
    ['Go-live is 14 March, so we need the license before then.', '2025-03-14', 'Go-live'],
    ['Needed for the go-live on 17 March.', '2025-03-17', 'the go-live'],
    [
      'The cut-over is scheduled for Saturday 8 March; we need the file by Friday.',
      '2025-03-07',
      'The cut-over is scheduled for Saturday 8 March',
    ],
    ['Hoping to get this by tomorrow EOD - their trial ends then.', '2025-03-05', 'their trial ends'],
    ['Deadline is 7th March (hardware swap).', '2025-03-07', 'hardware swap'],
    ['They go live on the 20th, so the license is needed by the 18th.', '2025-03-18', 'They go live on the 20th'],
  ])('%j → %s (%s)', (text, date, reason) => {
    const timing = read(text);
    expect(timing.dateNeeded?.value).toBe(date);
    expect(timing.dateReasoning?.value).toBe(reason);
  });

  it('a date only named as an event, with no need said of it, is no date needed', () => {
    expect(read('The go-live was on 3 March and went well.').dateNeeded).toBeUndefined();
  });
});
