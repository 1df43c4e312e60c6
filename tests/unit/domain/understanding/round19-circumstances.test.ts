/**
 * Issue 21, round 19: circumstances told as an event with "once" ("it began once we moved the DB"), what
 * brought the problem ("this one came straight from windows update"), a thing that died or filled up, and
 * the look-alikes: a deed repeated since the problem began is a remedy tried ("we restarted it twice
 * already"), a condition of the symptom ("once the queue reaches 200") and a time alone.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readCircumstances } from '../../../../src/domain/understanding/circumstances.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const circumstances = (text: string) => readCircumstances(text).value;
const inThread = (text: string) =>
  ruleReader.read(text, { inCaseThread: true, catalog: DEFAULT_POLICY.products }).slots.circumstances?.value;

describe('issue 21 §1 (round 19): what led to the problem, said with "once"', () => {
  it('issue 21 §1: "once we moved …", "started once the network team changed …" keep their connector', () => {
    expect(
      circumstances('GIM 8.5 prod loads stop at 02:00. It began once we migrated the DB to a new cluster.'),
    ).toContain('once we migrated the DB to a new cluster');
    expect(circumstances('the one-way audio started once the carrier team changed the codec order')).toContain(
      'once the carrier team changed the codec order',
    );
  });

  it('issue 21 §1: in a note on a case, "once …" tells what led to it, not a deed done since', () => {
    expect(
      inThread('for case 01000388: we found it started once the network team changed the MTU on the core switch'),
    ).toContain('once the network team changed the MTU');
  });

  it('issue 21 §1: a condition of the symptom is no circumstance ("once the queue reaches 200")', () => {
    expect(circumstances('IXN drops chats once the queue reaches 200 interactions')).toBeUndefined();
  });
});

describe('issue 21 §1 (round 19): what brought the problem, and what did not', () => {
  it('issue 21 §1: "this one came straight from windows update", "it came with the new driver"', () => {
    expect(circumstances('we test every patch before but this one came straight from windows update')).toContain(
      'this one came straight from windows update',
    );
    expect(circumstances('the freeze is new, it came with the new audio driver')).toContain(
      'came with the new audio driver',
    );
  });

  it('issue 21 §1: a thing that died or filled up is an event ("when the VM host died")', () => {
    expect(circumstances('the config server stopped this morning when the VM host died')).toContain(
      'when the VM host died',
    );
  });

  it('issue 21 §1: a deed repeated since is a remedy tried ("we restarted it twice already")', () => {
    expect(circumstances('prod IXN rejects every new chat, we restarted it twice already')).toBeUndefined();
    expect(circumstances('the GAX login shows 500, we rebooted the host three times')).toBeUndefined();
    expect(circumstances('the GAX login shows 500 since we rebooted the host on Friday')).toContain(
      'since we rebooted the host',
    );
  });
});
