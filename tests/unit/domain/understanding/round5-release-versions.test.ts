/**
 * Issue 21, round 5: a release-type question written with words between the versions — "from the
 * version 8.5 of Info Mart to the version 9.0".
 */
import { describe, expect, it } from 'vitest';
import { readReleaseVersions } from '../../../../src/domain/understanding/questions.ts';

describe('issue 21 §5: version pairs written with their words', () => {
  it('issue 21 §5: "from the version 8.5 of Info Mart to the version 9.0" is the pair 8.5 → 9.0', () => {
    expect(
      readReleaseVersions('we go from the version 8.5 of Workforce Management to the version 9.1, major?'),
    ).toEqual([{ from: '8.5', to: '9.1' }]);
    expect(readReleaseVersions('moving from release 8.1.5 to release 8.5 - is that minor?')).toEqual([
      { from: '8.1.5', to: '8.5' },
    ]);
  });

  it('issue 21 §5: a version named alone ("runs version 8.5 of GIM for 20 agents") is no pair', () => {
    expect(readReleaseVersions('the lab runs version 8.5 of GIM for 20 agents')).toEqual([]);
  });
});
