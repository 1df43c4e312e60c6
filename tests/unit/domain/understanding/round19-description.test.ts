/**
 * Issue 21, round 19: the problem said briefly or in an unusual place — after a request for a look ("Could
 * you have a look at this please: …"), as a duration ("the purge job takes 6h"), a resource eaten, a
 * screen gone white, a behaviour "by itself", a thing not being fetched, calls cut, data in plain text —
 * and the look-alikes that say nothing goes wrong.
 */
import { describe, expect, it } from 'vitest';
import { readDescription } from '../../../../src/domain/understanding/description.ts';

const description = (text: string) => readDescription(text).value;

describe('issue 21 §1 (round 19): a problem said briefly', () => {
  it('issue 21 §1: a request for a look that carries the report keeps it ("Could you have a look at this: …")', () => {
    expect(description('Could you take a look please: WFM 8.5 test, the schedule export stops at 80%. Low.')).toContain(
      'the schedule export stops at 80%',
    );
    expect(description('Could you have a look at this for me?')).toBeUndefined();
  });

  it('issue 21 §1: a duration, a resource eaten, a screen gone white, a behaviour by itself', () => {
    expect(description('GIM 8.5 prod, the nightly aggregation takes over 9 hours. medium')).toContain(
      'takes over 9 hours',
    );
    expect(description('stat server 8.5 in test eating all the memory by the evening, low')).toContain(
      'eating all the memory',
    );
    expect(description('WDE 8.5 prod: the agent desktop turns white after the login')).toContain('desktop turns white');
    expect(description('WDE prod, the headset goes on mute by itself. medium')).toContain('goes on mute by itself');
  });

  it('issue 21 §1: a thing not fetched or routed, routing to the default, calls cut, data in plain text', () => {
    expect(description('IXN prod not fetching new mail from the shared mailbox. high')).toContain(
      'not fetching new mail',
    );
    expect(description('URS prod sending every call to default queue. high')).toContain('to default queue');
    expect(description('SIP Server 9.0 prod: calls cut after exactly 30 sec. high')).toContain(
      'calls cut after exactly 30 sec',
    );
    expect(description('the card numbers appear in plain text in the GIM logs, high')).toContain('in plain text');
  });

  it('issue 21 §1: a duration or a time that says nothing goes wrong is no description', () => {
    expect(description('The maintenance window takes place on Sunday. Thanks')).toBeUndefined();
  });
});
