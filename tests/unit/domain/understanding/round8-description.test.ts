/**
 * Issue 21, round 8: a wrong measure is something going wrong — "deletes one day too many", "rounds too
 * early" — so the first report carries its description and it is not asked for again.
 */
import { describe, expect, it } from 'vitest';
import { readDescription } from '../../../../src/domain/understanding/description.ts';

describe('issue 21 §1: a wrong measure is the problem described', () => {
  it('issue 21 §1: "archives two weeks too many" and "closes the shift too early" describe a problem', () => {
    expect(
      readDescription('WFM 8.5 prod: the nightly job archives two weeks too many since the update.').value,
    ).toContain('archives two weeks too many');
    expect(readDescription('the scheduler closes the shift too early on Sundays').value).toContain('too early');
  });

  it('issue 21 §1: a sentence with nothing wrong in it is still no description', () => {
    expect(readDescription('we have many agents on the evening shift').value).toBeUndefined();
  });
});
