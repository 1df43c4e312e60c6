/** Issue 25 round 6 §2: dates said relative to weeks, and cues chrono-node reads as part of the date. */
import { describe, expect, it } from 'vitest';
import { endOfThisWeek, shiftByWeeks } from '../../../../src/domain/license-request/relative-weeks.ts';
import type { RequestLanguage } from '../../../../src/domain/license-request/schema.ts';
import { readTiming } from '../../../../src/domain/license-request/timing.ts';

const read = (text: string, reference: string, offset: number, language: RequestLanguage = 'en') =>
  readTiming([{ text, line: 1, row: false, paragraph: 0 }], { reference: new Date(reference), offset, language });

describe('issue 25 round 6 §2: "Friday week" is the Friday after the coming one', () => {
  it('written on a Tuesday in Australia, "by Friday week" is ten days on, not three', () => {
    const timing = read('Could we please have the activation file by Friday week?', '2025-11-11T14:30:00+11:00', 660);
    expect(timing.dateNeeded?.value).toBe('2025-11-21');
  });

  it('"Friday fortnight" is two weeks after the coming Friday; a plain "by Friday" stays the coming one', () => {
    expect(shiftByWeeks('2025-11-14', 'by ', ' fortnight please', '2025-11-11')).toBe('2025-11-28');
    expect(read('We need it by Friday, thanks.', '2025-11-11T14:30:00+11:00', 660).dateNeeded?.value).toBe(
      '2025-11-14',
    );
  });
});

describe('issue 25 round 6 §2: Japanese says the cue after the date, and 来週 moves it to next week', () => {
  it('来週金曜日までに written on a Wednesday is the Friday of the next calendar week', () => {
    const timing = read('来週金曜日までにいただけますと幸いです。', '2025-11-12T10:00:00+09:00', 540, 'ja');
    expect(timing.dateNeeded?.value).toBe('2025-11-21');
  });

  it('金曜日までに alone is the coming Friday; 再来週 is two calendar weeks on', () => {
    expect(read('金曜日までにお願いします。', '2025-11-12T10:00:00+09:00', 540, 'ja').dateNeeded?.value).toBe(
      '2025-11-14',
    );
    expect(shiftByWeeks('2025-11-14', '再来週', '', '2025-11-12')).toBe('2025-11-28');
  });
});

describe('issue 25 round 6 §2: "by the end of the week" is this week\'s Friday', () => {
  it('asked on a Wednesday: the Friday two days on, not a week later', () => {
    const timing = read(
      "Could the licence file be issued by the end of the week? The end user's acceptance test starts on Monday.",
      '2025-10-22T16:05:00+08:00',
      480,
    );
    expect(timing.dateNeeded?.value).toBe('2025-10-24');
  });

  it('asked on a Saturday: the next Friday; "end of next week" is still read by chrono (a Friday)', () => {
    expect(endOfThisWeek('by end of the week please', '2025-10-25')?.value).toBe('2025-10-31');
    expect(read('We need it by the end of next week.', '2025-10-22T16:05:00+08:00', 480).dateNeeded?.value).toBe(
      '2025-10-31',
    );
  });
});

describe('issue 25 round 6 §2: a date read with its own cue, or as the start of the event it is needed for', () => {
  it('"within two weeks, before the quarterly DR audit": two weeks on, and the audit is why', () => {
    const timing = read(
      'We need an activation file for it within two weeks, before the quarterly DR audit.',
      '2025-10-16T09:00:00-04:00',
      -240,
    );
    expect(timing.dateNeeded?.value).toBe('2025-10-30');
    expect(timing.dateReasoning?.value).toBe('before the quarterly DR audit');
  });

  it('"before the POC kicks off next Monday": the Monday, because the POC starts then', () => {
    const timing = read(
      'We need the license file before the POC kicks off next Monday.',
      '2025-11-13T16:45:00-05:00',
      -300,
    );
    expect(timing.dateNeeded?.value).toBe('2025-11-17');
    expect(timing.dateReasoning?.value).toBe('the POC kicks off');
  });

  it('a week named without a need ("the test ran last week") is no date needed', () => {
    expect(read('The test ran within budget last week.', '2025-11-13T16:45:00-05:00', -300).dateNeeded).toBeUndefined();
  });
});
