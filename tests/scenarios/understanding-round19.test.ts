/**
 * Issue 21, round 19 (dialogue): a fact put right while the case is still gathered changes that fact and is
 * not taken as a request of its own; a close put off beside another request is answered with it.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, email, replay, slack, toRecipient } from '../support/replay.ts';

describe('issue 21 §10: an edit while the case is gathered', () => {
  it('issue 21 §10: "actually it\'s 9.0 not 8.5" before the severity is given changes the version of the case', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'SIP Server 8.5 in production drops calls on transfer'),
      slack('U01ANA', "actually it's 9.0 not 8.5"),
      slack('U01ANA', 'high'),
      slack('U01ANA', 'since the dial plan change yesterday'),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', product: 'SIP Server', version: '9.0', severity: 'high' }]);
    // The edit is no answer that failed: the severity is asked once more without a "did not understand".
    const ana = toRecipient(r, 'U01ANA').join('\n');
    expect(ana).not.toMatch(/did not understand/i);
  });

  it('issue 21 §10: "sorry, I meant test" changes the system of the case being gathered', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'our GIM 8.5 on the production platform: reports come out empty'),
      slack('U01ANA', 'sorry, I meant test'),
      slack('U01ANA', 'low'),
      slack('U01ANA', 'after the report template update'),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', product: 'Genesys Info Mart', system: 'test', severity: 'low' }]);
    expect(toRecipient(r, 'U01ANA').join('\n')).not.toMatch(/did not understand/i);
  });

  it('issue 21 §10: a version put right in the same reply as the answer is taken with it', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'SIP Server 9.0 prod: calls drop'),
      slack('U01ANA', 'high'),
      slack('U01ANA', 'sorry, correction: 8.5.104, not 9.0 — and it started after the cert renewal'),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', version: '8.5.104', severity: 'high' }]);
  });
});

describe('issue 21 §6: a close put off beside another request', () => {
  const opened = slack(
    'U01ANA',
    'SIP Server 9.0 prod drops calls since the dial plan change, high, 20 agents affected',
  );

  it('issue 21 §6: "don\'t close it yet. What is the status?" by mail gets both: the note to the analyst and the status', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      opened,
      email(
        'ana@acme.example',
        "Hello,\n\nregarding case 01000001: please don't close it yet, we are still testing. What is the status of the analysis?\n\nPIN: 482913\nAna",
      ),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open' }]);
    const ana = toRecipient(r, 'ana@acme.example').join('\n');
    expect(ana).toContain('Case 01000001: open');
    expect(ana).toMatch(/added to Case 01000001/);
    const toStaff = r.transcript.filter(
      (t) => t.direction === 'out' && t.to !== 'ana@acme.example' && t.to !== 'U01ANA',
    );
    expect(toStaff.map((t) => t.text).join('\n')).toMatch(/don't close it yet/);
  });

  it('issue 21 §6: "what is the status? we are not ready to close it yet" on Slack is answered for each', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      opened,
      slack('U01ANA', 'what is the status of 01000001? we are not ready to close it yet'),
    ]);
    const last = toRecipient(r, 'U01ANA').slice(-2).join('\n');
    expect(last).toContain('Case 01000001: open');
    expect(last).toMatch(/added to Case 01000001/);
    expect(r.cases).toMatchObject([{ state: 'open' }]);
  });

  it('issue 21 §6: "when will you close it?" beside a status request puts nothing to the analyst', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      opened,
      slack('U01ANA', 'Status of 01000001? And when will you close it?'),
    ]);
    const last = toRecipient(r, 'U01ANA').at(-1) ?? '';
    expect(last).toContain('Case 01000001: open');
    expect(toRecipient(r, 'U01ANA').join('\n')).not.toMatch(/added to Case 01000001/);
  });
});
