/**
 * Holes found by the round-11 red team, through the replay runner and the engine (the entry points the
 * evaluators use). Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { handleInbound } from '../../src/services/engine/index.ts';
import {
  ANA_VERIFIED,
  demoEngine,
  ERIN_VERIFIED,
  email,
  everyRow,
  everythingButInput,
  replay,
  slack,
  toRecipient,
  verified,
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

describe('an action on a case the writer says is not wanted', () => {
  const OPENED = [...ANA_VERIFIED, slack('U01ANA', REPORT, '+1m')];
  it.each([
    ['Please never make case 01000001 critical'],
    ['We will not need to raise the severity of case 01000001.'],
    ['Please do not close case 01000001, it still fails.'],
    ["Don't close it yet, we are still testing"],
    ['Ben asked whether we should close case 01000001; I said no.'],
  ])('DOMAIN.md §3, §5: %j changes no severity, passes on no closing and asks nothing of the kind', async (text) => {
    const r = await replay([...OPENED, slack('U01ANA', text, '+1h')]);
    expect(r.cases).toMatchObject([{ number: '01000001', state: 'open', severity: 'medium' }]);
    const told = toRecipient(r, 'U01ANA').at(-1) ?? '';
    expect(told).not.toMatch(/now at Critical|passed your request|want to (?:close|change)/);
    expect(toRecipient(r, 'manager@vendor.example')).toEqual([]);
    expect(toRecipient(r, 'care@vendor.example').join('\n')).not.toMatch(/asks to close|Severity change requested/);
  });

  it.each([
    ['Please raise case 01000001 to critical, production is down', 'now at Critical'],
    ['Why don’t you close case 01000001? It works now.', 'close'],
    ['If it is not fixed by Friday raise case 01000001 to high', 'High'],
  ])('a request still reads as one: %j', async (text, expected) => {
    const r = await replay([...OPENED, slack('U01ANA', text, '+1h')]);
    expect(toRecipient(r, 'U01ANA').at(-1)).toContain(expected);
  });
});

describe('a second issue split from a report, written for another account', () => {
  const ERIN_TWO = [
    ...ERIN_VERIFIED,
    slack(
      'U03ERIN',
      'For Initech: Workspace Desktop Edition 8.5 crashes on production since the upgrade, severity high, 40 agents. For Umbrella Retail: Genesys Administrator shows a blank page on the test system, severity low.',
    ),
    slack('U03ERIN', '1'),
  ];

  it("DOMAIN.md §1: Erin's Umbrella issue, accepted as a separate case, is Umbrella's — Initech's read-only contact does not see it", async () => {
    const r = await replay([
      ...ERIN_TWO,
      slack('U03ERIN', 'yes'),
      ...verified('U04GINA', 'gina@initech.example', '391746', '+1m'),
      slack('U04GINA', 'status of case 01000002?'),
    ]);
    expect(r.cases.map((c) => [c.number, c.endUser, c.product])).toEqual([
      ['01000001', 'initech', 'Workspace Desktop Edition'],
      ['01000002', 'umbrella', 'Genesys Administrator'],
    ]);
    expect(toRecipient(r, 'U04GINA').at(-1)).toContain('could not find Case 01000002');
  });

  it('DOMAIN.md §1: Ana (Acme only) writing "for Globex Inc: …" in her case\'s thread and accepting a separate case gets the account refusal, no second case under Acme', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', REPORT),
      slack('U01ANA', 'Another thing, for Globex Inc: Interaction Server crashes every night on the test system.'),
      slack('U01ANA', 'yes'),
    ]);
    expect(r.cases.map((c) => c.endUser)).toEqual(['acme']);
    // Announced as another problem, it is split from the case at once (docs/rules.md §4): the split meets the
    // account check before anything is opened.
    expect(toRecipient(r, 'U01ANA').join('\n')).toContain('Your access does not cover Globex Inc');
  });
});
