/**
 * Issue 21 §5, §6, §11, round 12: the engine answers what the reader now tells apart — a question about the
 * service that no rule names gets what can be answered (no case, nobody notified), a question about
 * temporary licenses gets the rule and files nothing, a question in a case's thread gets the case's status,
 * and a message written to someone else reaches nobody.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, replay, slack, toRecipient } from '../support/replay.ts';

const STAFF = ['care@vendor.example', 'manager@vendor.example', 'licensing@vendor.example'];
const staffHeard = (r: Awaited<ReturnType<typeof replay>>) => STAFF.some((s) => toRecipient(r, s).length > 0);

describe('issue 21 §5: a question the rules name no topic for', () => {
  it('issue 21 §5: "does our contract include Stat Server 8.5?" gets what can be answered, not the SLA targets', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'does our contract include Stat Server 8.5?')]);
    const answer = toRecipient(r, 'U01ANA').at(-1) ?? '';
    expect(answer).toContain('I could not tell which of these your question is about');
    expect(answer).not.toMatch(/First response|Resolution target|did not understand/);
    expect(r.cases).toEqual([]);
    expect(staffHeard(r)).toBe(false);
  });
});

describe('issue 21 §5: a question about temporary licenses asks the rule', () => {
  it('issue 21 §5: "can Customer Care hand out temporary licenses for trade shows, or is that only Licensing?" is answered, nothing filed', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'can Customer Care hand out temporary licenses for trade shows, or is that only Licensing?'),
    ]);
    expect(toRecipient(r, 'U01ANA').at(-1)).toContain('Never for demos or testing');
    expect(r.cases).toEqual([]);
    expect(r.approvals).toEqual([]);
    expect(staffHeard(r)).toBe(false);
  });
});

describe('issue 21 §6: asking about a case is a status request', () => {
  it('issue 21 §6: "Thanks. When can we expect the patch?" in the case thread gets its status and adds nothing', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'Our production SIP Server 9.0 drops calls, severity medium, since the dial plan change. About 20 agents affected.',
      ),
      slack('U01ANA', 'Thanks. When can we expect the patch?'),
    ]);
    expect(toRecipient(r, 'U01ANA').at(-1)).toMatch(/^Case 01000001: open, severity Medium/);
    expect(toRecipient(r, 'care@vendor.example').join('\n')).not.toContain('expect the patch');
  });
});

describe('issue 21 §6: a message written to someone else', () => {
  it('issue 21 §6: "sorry, wrong channel" opens nothing and reaches no staff', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'oops, wrong channel, that was meant for my colleague')]);
    expect(r.cases).toEqual([]);
    expect(staffHeard(r)).toBe(false);
  });
});
