/**
 * Issue 21, round 8: circumstances, precision first — what did not fix the problem ("still failing after
 * the restart") and a remedy tried ("we applied the workaround") are not what led to it; a gerund keeps its
 * object ("since adding the 2nd node"); "since we went from 8.5 to 9.0" is an upgrade told plainly.
 */
import { describe, expect, it } from 'vitest';
import { readCircumstances } from '../../../../src/domain/understanding/circumstances.ts';

describe('issue 21 §1: what did not help is not what led to the problem', () => {
  it('issue 21 §1: "still crashing after the reboot" and "even after the restart" are no circumstances', () => {
    expect(
      readCircumstances('new dump attached, the service is still crashing after the reboot').value,
    ).toBeUndefined();
    expect(readCircumstances('same error even after the restart of both nodes').value).toBeUndefined();
  });

  it('issue 21 §1: "it broke after the restart" is one', () => {
    expect(readCircumstances('the stat server broke after the restart of both nodes').value).toContain(
      'after the restart',
    );
  });

  it('issue 21 §1: "we applied the workaround you suggested" is a remedy, "we applied the patch" a change', () => {
    expect(
      readCircumstances('we applied the suggested workaround for the echo but it must be fixed for good').value,
    ).toBeUndefined();
    expect(readCircumstances('we applied the October patch and since then the ETL fails').value).toContain(
      'applied the October patch',
    );
  });
});

describe('issue 21 §1: the change told in more shapes', () => {
  it('issue 21 §1: "since enabling the 3rd trunk" keeps its object', () => {
    expect(readCircumstances('URS 8.1 lab: routing slow since enabling the 3rd trunk, low').value).toBe(
      'since enabling the 3rd trunk',
    );
  });

  it('issue 21 §1: "since we went from 8.1 to 8.5" is the upgrade that led to it', () => {
    expect(readCircumstances('since we went from 8.1 to 8.5 on Monday, GA refuses logins').value).toContain(
      'went from 8.1 to 8.5',
    );
  });
});

describe('issue 21 §1: a change pointed back at', () => {
  it('issue 21 §1: "Since that change" gives way to the change told in the sentence before', () => {
    const text =
      'On Friday our network team replaced the firewall in front of the SBCs.\n\nSince that change, outbound calls ring once and drop.';
    expect(readCircumstances(text).value).toContain('replaced the firewall');
  });

  it('issue 21 §1: with nothing told before, "since that change" is still taken', () => {
    expect(readCircumstances('since that change the ETL is slow').value).toContain('since that change');
  });
});
