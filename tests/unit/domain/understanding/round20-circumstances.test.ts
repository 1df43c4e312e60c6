/**
 * Issue 21 (circumstances), round 20: what brought the problem told with "started/began with" (and its
 * shorthand "w/", "w"), and an event's subject with its verb in the present keeping the verb's object.
 * Look-alikes: what the problem started with that is no event, a main clause right after the event.
 */
import { describe, expect, it } from 'vitest';
import { readCircumstances } from '../../../../src/domain/understanding/circumstances.ts';

const circumstances = (text: string) => readCircumstances(text).value;

describe('issue 21 circumstances (round 20): the event the problem came with', () => {
  it('issue 21 circumstances: "began with the new SBC firmware", "started w/ the new build" name the event', () => {
    expect(circumstances('SIP Server prod has one-way audio, began with the new SBC firmware. high')).toBe(
      'began with the new SBC firmware',
    );
    expect(circumstances('GVP prod: no prompts, started w/ the new media server build. medium')).toBe(
      'started w/ the new media server build',
    );
  });

  it('issue 21 circumstances: what the problem starts with that is no event is not read', () => {
    expect(circumstances('WFM prod crashes, it started with a simple login. low')).toBeUndefined();
    expect(circumstances('IXN test: it began with a simple chat, then crashed. low')).toBeUndefined();
  });

  it("issue 21 circumstances: an event told with its verb in the present keeps the verb's object", () => {
    expect(circumstances('the ETL fails only after the weekly archive job locks the fact tables')).toBe(
      'after the weekly archive job locks the fact tables',
    );
  });

  it('issue 21 circumstances: the main clause after the event is not part of it', () => {
    expect(circumstances('since the reboot the agents cannot log in')).toBe('since the reboot');
    expect(circumstances('after the patch calls drop the line')).toBe('after the patch');
  });
});
