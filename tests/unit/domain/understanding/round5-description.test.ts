/**
 * Issue 21, round 5: symptoms the description missed — a busy tone, an HA pair switching over — so a
 * sentence about the severity was taken for the problem instead.
 */
import { describe, expect, it } from 'vitest';
import { readDescription } from '../../../../src/domain/understanding/description.ts';

describe('issue 21 §1: the description starts at the symptom', () => {
  it('issue 21 §1: "callers get a busy tone" and "the pair switches over every hour" say what goes wrong', () => {
    expect(readDescription('GVP 8.5 prod: callers to the hotline get a busy tone since Monday.').value).toContain(
      'get a busy tone',
    );
    expect(
      readDescription('our test URS pair switches over twice a day. It is not a critical system, so Low please.').value,
    ).toMatch(/^our test URS pair switches over twice a day/);
    expect(readDescription('the two Interaction Servers keep flapping between primary and backup').value).toBeDefined();
  });

  it('issue 21 §1: a deliberate switchover told as a deed is no problem on its own', () => {
    expect(readDescription('we switched the trunks to the new carrier on Monday.').value).toBeUndefined();
  });
});
