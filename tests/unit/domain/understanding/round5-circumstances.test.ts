/**
 * Issue 21, round 5: circumstances told as a sequence of steps — the step taken last, right before the
 * problem, belongs to the account ("… and, after that, disabled …", "… and then we restarted …").
 */
import { describe, expect, it } from 'vitest';
import { readCircumstances } from '../../../../src/domain/understanding/circumstances.ts';

const read = (text: string) => readCircumstances(text).value;

describe('issue 21 §1: circumstances told as steps keep the later step', () => {
  it('issue 21 §1: "and, after that, <deed>" and "and then we <deed>" carry the account on', () => {
    expect(
      read(
        'GVP 8.5 prod: prompts are silent since we moved the media to NFS and, after that, enabled caching on the MCPs.',
      ),
    ).toContain('enabled caching on the MCPs');
    expect(
      read(
        'the agents are not able to login since we have changed the LDAP filter and then we rebooted the server in the night.',
      ),
    ).toContain('rebooted the server in the night');
    expect(
      read('reports are empty after the DBA purged the staging tables, afterwards our team reimported the calendar'),
    ).toContain('reimported the calendar');
  });

  it('issue 21 §1: "and then it <symptom>" is the problem, not another step ("it" is no doer named IT)', () => {
    expect(read('the ETL stopped since the patch and then it crashed twice')).toBe('since the patch');
    expect(read('since we upgraded to 9.0 and then the agents complain')).toBe('since we upgraded to 9.0');
  });
});

describe('issue 21 §1: when a problem recurs is no circumstance', () => {
  it('issue 21 §1: "it happens at every shift change" tells the timing; "it started on Friday" the onset', () => {
    expect(read('it happens at every shift change, about 30 agents lose ten minutes')).toBeUndefined();
    expect(read('this occurs on each login of the supervisors')).toBeUndefined();
    expect(read('it started on Friday, no idea why')).toContain('started on Friday');
  });
});
