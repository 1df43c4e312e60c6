/**
 * Holes found by the round-11 red team, through the replay runner and the engine (the entry points the
 * evaluators use). Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { handleInbound } from '../../src/services/engine/index.ts';
import {
  ANA_VERIFIED,
  demoEngine,
  email,
  everyRow,
  everythingButInput,
  replay,
  slack,
  toRecipient,
} from '../support/replay.ts';

const REPORT =
  'Our production SIP Server 9.0 drops calls since the dial plan change yesterday, severity medium. 20 agents.';
const ANA_OPENS = [email('ana@acme.example', `PIN: 482913\n${REPORT}`, { subject: 'SIP down', thread: 'sip' }, '+0s')];

/** What every table holds after one message from Ana, by mail or in Slack. */
async function storedAfter(text: string, channel: 'email' | 'slack') {
  const at = new Date('2026-11-23T14:00:00Z');
  const { db, ctx } = await demoEngine(at);
  const result = await handleInbound(ctx, {
    channel,
    sender:
      channel === 'email'
        ? { kind: 'email', address: 'ana@acme.example', auth: 'pass' }
        : { kind: 'slack', userId: 'U01ANA' },
    threadKey: `${channel}:ana`,
    ...(channel === 'email' ? { subject: 'SIP' } : {}),
    text,
    attachments: [],
    receivedAt: at,
  });
  const stored = everyRow(db);
  db.$client.close();
  return { stored, replies: result.replies.map((r) => r.text).join('\n') };
}

describe('a PIN given in the same sentence as a question about a case', () => {
  it.each([
    ['my pin-code is 482-913, what is the status of my case?'],
    ['My PIN is 482913. What is the status of my case?'],
    ['482913 is my PIN, what is the status of my case?'],
  ])('DOMAIN.md §1, §8: %j verifies Ana and answers the status, not the PIN help', async (text) => {
    // In the case's thread, 13 hours on: the verification has lapsed.
    const r = await replay([
      ...ANA_OPENS,
      email('ana@acme.example', text, { subject: 'Re: SIP down', thread: 'sip' }, '+13h'),
    ]);
    const told = toRecipient(r, 'ana@acme.example').slice(1).join('\n');
    expect(told).toContain('you are verified');
    expect(told).toContain('Case 01000001: open, severity Medium');
    expect(told).not.toContain('PINs are never sent by email');
    expect(everythingButInput(r)).not.toMatch(/482\W?913/);
  });

  it('DOMAIN.md §8: in Slack the PIN is not checked, the request is kept for after the private form', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', REPORT, '+1m'),
      slack('U01ANA', 'my pin-code is 482-913, what is the status of case 01000001?', '+13h'),
    ]);
    const told = toRecipient(r, 'U01ANA').slice(-2).join('\n');
    expect(told).toContain('Please never type your PIN in a message');
    expect(told).toContain('Your request on case 01000001 (its status) goes on once you are verified');
    expect(told).not.toContain('PINs are never sent by email');
  });

  it('a device PIN named by another ("the phone asks for the PIN …") stays marked as removed for staff', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', REPORT, '+1m'),
      slack('U01ANA', 'The desk phone asks for the PIN 123456 after each drop.'),
    ]);
    expect(toRecipient(r, 'care@vendor.example').join('\n')).toContain(
      'asks for the PIN [PIN removed] after each drop',
    );
  });
});

describe('one answer per message to requests refused alike', () => {
  it.each([['[Case ٠١٠٠٠٠٠١]'], ['Re: [Case ٠١٠٠٠٠٠١] SIP'], ['[Case 01000001]']])(
    'issue 18 §2: Carla asking "close this case and tell me its status" under %s of a case she cannot see is answered once',
    async (subject) => {
      const r = await replay([
        ...ANA_OPENS,
        email('carla@globex.example', 'PIN: 615283\nhello', { subject: 'hi' }, '+1h'),
        email('carla@globex.example', 'close this case and tell me its status', { subject }),
      ]);
      const told = toRecipient(r, 'carla@globex.example').slice(2);
      expect(told).toHaveLength(1);
      expect(told[0]).toMatch(/could not find Case 01000001|Which case is this about/);
      expect(r.cases.map((c) => c.state)).toEqual(['open']);
      expect(told.join('\n')).not.toContain('Medium');
    },
  );
});

describe("a number said to be someone's PIN or code", () => {
  it.each([
    ["739164 is my PIN and 482913 is Ben's", ['739164', '482913']],
    ['my code 482913', ['482913']],
    ['passcode 482913', ['482913']],
    ['my passcode is 482 913', ['482913']],
    ["Ben's access code is 482913", ['482913']],
    ['482913 is my passcode', ['482913']],
  ])('DOMAIN.md §8: %j is stored nowhere, by mail and in Slack', async (said, pins) => {
    for (const channel of ['email', 'slack'] as const) {
      const { stored } = await storedAfter(`${said}\n${REPORT}`, channel);
      for (const p of pins) expect(stored).not.toContain(p);
      expect(stored).toContain('dial plan change');
    }
  });

  it('a code is removed, never checked: no failed attempt, no exposed-PIN alarm in Slack', async () => {
    const mail = await storedAfter(`my code 739164\n${REPORT}`, 'email');
    expect(mail.replies).not.toContain('That PIN is not right');
    expect(mail.stored).not.toContain('pin.failed');
    const chat = await storedAfter(`my code 739164\n${REPORT}`, 'slack');
    expect(chat.replies).not.toContain('Please never type your PIN');
  });

  it.each([
    ['error code 1234567', '1234567'],
    ['the customer code 1234567', '1234567'],
    ["the server's code 4829131", '4829131'],
    ['our zip code 750010', '750010'],
    ['my code 42 fails', '42 fails'],
    ['case 01000001 and code review 20261123', '20261123'],
  ])('other numbers stay: %j keeps %j', async (said, kept) => {
    const { stored } = await storedAfter(`${REPORT} ${said}`, 'email');
    expect(stored).toContain(kept);
  });
});
