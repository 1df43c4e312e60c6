/**
 * Holes found by the round-10 red team, through the replay runner and the engine (the entry points the
 * evaluators use). Each test failed before its fix. The mail path's are in
 * tests/integration/email/message-id-reuse.test.ts, Slack's in tests/integration/slack/attacks-round10.test.ts.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { handleInbound } from '../../src/services/engine/index.ts';
import { demoEngine, email, everythingButInput, pin, replay, slack, toRecipient } from '../support/replay.ts';

const REPORT = 'Our production SIP Server 9.0 drops calls since the dial plan change yesterday, severity medium.';
const toAna = async (text: string) => {
  const r = await replay([email('ana@acme.example', text, { subject: 'SIP down' }, '+0s')]);
  return { r, told: toRecipient(r, 'ana@acme.example').join('\n') };
};

describe('a PIN broken over lines, spelt out, or followed by other numbers', () => {
  it.each([
    ['broken after three digits', `PIN: 482\n913\n${REPORT} 20 agents.`],
    ['in pairs, the last on the next line', `PIN: 48 29\n13\n${REPORT} 20 agents.`],
    ['a label spelt letter by letter', `P I N : 4 8 2 9 1 3\n${REPORT} 20 agents.`],
    ['a dotted label with spaces', `P . I . N . 482913\n${REPORT} 20 agents.`],
  ])('DOMAIN.md §8: a PIN %s verifies Ana and is stored nowhere', async (_how, text) => {
    const { r, told } = await toAna(text);
    expect(told).toContain('you are verified');
    expect(r.cases).toHaveLength(1);
    expect(everythingButInput(r)).not.toMatch(/4\W{0,3}8\W{0,3}2\W{0,3}9\W{0,3}1\W{0,3}3/);
    expect(everythingButInput(r)).not.toMatch(/\b913\b/);
  });

  it('DOMAIN.md §1: "PIN: 482913 20 agents affected" checks 482913, not 48291320 (a failed attempt with the right PIN)', async () => {
    const { r, told } = await toAna(`PIN: 482913 20 agents affected. ${REPORT}`);
    expect(told).toContain('you are verified');
    expect(told).not.toContain('attempt');
    expect(r.audit.filter((a) => a.action.includes('pin') && JSON.stringify(a).includes('wrong'))).toEqual([]);
    expect(r.cases).toHaveLength(1);
  });
});

describe('the dedupe key of a message without one of its channel', () => {
  it('DOMAIN.md §8: a terminal message with a PIN is keyed by a digest of its PIN-free text — the stored key cannot be matched by trying PINs', async () => {
    const receivedAt = new Date('2026-11-23T14:00:00Z');
    const { db, ctx } = await demoEngine(receivedAt);
    const text = `PIN: 482913\n${REPORT} 20 agents.`;
    await handleInbound(ctx, {
      channel: 'console',
      sender: { kind: 'console', email: 'ana@acme.example' },
      threadKey: 'console:ana',
      text,
      attachments: [],
      receivedAt,
    });
    const { key } = db.$client.prepare('SELECT dedupe_key AS key FROM inbound_messages').get() as { key: string };
    const withPin = (pin: string) =>
      `sha256:${createHash('sha256')
        .update(`console\nana@acme.example\nconsole:ana\n${receivedAt.toISOString()}\n`)
        .update(text.replace('482913', pin))
        .digest('hex')}`;
    // What anyone holding the database could try: every PIN, the rest of the text being stored.
    expect(key).not.toBe(withPin('482913'));
    expect(key).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

describe('a PIN typed into the private form in groups or in other digits', () => {
  it.each([['482 913'], ['482-913'], ['４８２９１３'], ['٤٨٢٩١٣'], [' 48.29.13 ']])(
    'DOMAIN.md §1: Ana types %j in the form: verified, no failed attempt counted',
    async (typed) => {
      const r = await replay([slack('U01ANA', 'hello', '+0s'), pin('U01ANA', 'ana@acme.example', typed)]);
      expect(toRecipient(r, 'U01ANA').join('\n')).toContain('you are verified');
      expect(everythingButInput(r)).not.toContain('do not match');
    },
  );

  it('a value that is no number once grouped digits are read is checked as typed, and refused', async () => {
    const r = await replay([slack('U01ANA', 'hello', '+0s'), pin('U01ANA', 'ana@acme.example', '482 9l3')]);
    expect(toRecipient(r, 'U01ANA').join('\n')).toContain('do not match');
  });
});
