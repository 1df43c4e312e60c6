/**
 * Holes found by the round-14 red team, through the replay runner (the entry point the evaluators use).
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { asksToClose } from '../../src/domain/understanding/close-asked.ts';
import { handleInbound } from '../../src/services/engine/engine.ts';
import { MAX_REQUESTS_PER_MESSAGE } from '../../src/services/engine/handlers/several-requests.ts';
import { handlePinForm } from '../../src/services/engine/index.ts';
import { performStaffAction } from '../../src/services/engine/staff-actions.ts';
import { fastestRun } from '../support/fastest-run.ts';
import {
  ANA_VERIFIED,
  demoEngine,
  ERIN_VERIFIED,
  email,
  lastTo,
  type ReplayResult,
  replay,
  slack,
  slackInThread,
  staff,
  toRecipient,
} from '../support/replay.ts';

const ANA_CASE =
  'Our production SIP Server 9.0 drops calls after 30 seconds since the dial plan change yesterday, severity high, 20 agents.';
const inAna = (text: string, at = '+1m') => slackInThread('U01ANA', 'T-ana', text, at);
const ANA_CLOSED = [
  ...ANA_VERIFIED,
  inAna(ANA_CASE),
  staff('U09ANALYST', 'take'),
  inAna('All good now, please close this case.', '+1h'),
];

/** Everything staff were sent (the replay's console staff addresses). */
const toStaff = (r: ReplayResult) =>
  r.transcript.filter((t) => t.direction === 'out' && /@vendor\.example$/.test(t.to ?? '')).map((t) => t.text);

describe('round 14: a closed case is not changed by a request about it', () => {
  it.each([
    ['Please raise case 01000001 to critical, production down.', 'high'],
    ['Please lower case 01000001 to low.', 'high'],
    ['Please escalate case 01000001 to a manager.', 'high'],
  ])(
    'rules "Cases": %j on a closed case changes nothing, pages and tells no one, and offers a new case',
    async (text, severity) => {
      const r = await replay([...ANA_CLOSED, inAna(text, '+2h'), { advance: '3h' }]);
      expect(r.cases.map((c) => [c.state, c.severity])).toEqual([['closed', severity]]);
      expect(lastTo(r, 'U01ANA')).toBe(
        'Case 01000001 is closed. Shall I open a new case with your message? (yes / no)',
      );
      expect(toStaff(r).at(-1)).toMatch(/^Case 01000001 was closed by its contact Ana Ruiz/);
      expect(r.pages).toEqual([]);
    },
  );

  it('the new case offered is opened with the message on "yes", the closed case untouched', async () => {
    const r = await replay([
      ...ANA_CLOSED,
      inAna('Please raise case 01000001 to critical, production SIP Server 9.0 is down again since the reboot.', '+2h'),
      inAna('yes'),
    ]);
    expect(r.cases.map((c) => [c.number, c.state])).toEqual([
      ['01000001', 'closed'],
      ['01000002', expect.any(String)],
    ]);
  });
});

describe('round 14: a read-only contact writing news and another issue in a case’s thread', () => {
  const ERIN_INITECH =
    'For Initech: production Workspace Desktop Edition 8.5 freezes on login for 30 agents since the upgrade on Monday, severity medium.';
  it('DOMAIN.md §1: Gina (read-only) adds nothing to the case, staff are not told, no case is opened', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', ERIN_INITECH),
      staff('U09ANALYST2', 'take'),
      email('gina@initech.example', 'PIN: 391746\nhello', { subject: 'hi' }, '+10m'),
      email(
        'gina@initech.example',
        'We see the freeze again on five more desks today and the logs show a token error. Separate issue while I have you: Genesys Administrator crashes on production every night since Monday, severity high.',
        { subject: 'Re: [Case 01000001] Support request' },
        '+10m',
      ),
    ]);
    const gina = toRecipient(r, 'gina@initech.example').join('\n');
    expect(gina).toMatch(/read-only/);
    expect(gina).not.toMatch(/I have added what you wrote/);
    expect(toRecipient(r, 'care.apac@vendor.example').some((t) => /updated by Gina Sato/.test(t))).toBe(false);
    expect(r.cases.map((c) => [c.number, c.state])).toEqual([['01000001', 'open']]);
  });

  it('the same news and issue from Erin (read-write) are still split: added to the case, the issue its own case', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', ERIN_INITECH),
      slack(
        'U03ERIN',
        'We see the freeze again on five more desks today and the logs show a token error. Separate issue while I have you: Genesys Administrator crashes on production every night since Monday, severity high.',
        '+10m',
      ),
    ]);
    expect(toRecipient(r, 'care.apac@vendor.example').some((t) => /updated by Erin Cole/.test(t))).toBe(true);
    expect(r.cases.map((c) => c.number)).toEqual(['01000001', '01000002']);
  });
});

describe('round 14: one message making hundreds of requests', () => {
  it(`issue 21 §6: 400 "status of case N?" in one Slack message get at most ${MAX_REQUESTS_PER_MESSAGE} answers and one word about the rest`, async () => {
    const asks = Array.from(
      { length: 400 },
      (_, i) => `What is the status of case ${String(1000001 + i).padStart(8, '0')}?`,
    ).join(' ');
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', ANA_CASE),
      slack('U01ANA', `${asks} Please close case 01000001.`),
    ]);
    const answers = r.transcript.filter((t) => t.direction === 'out' && t.to === 'U01ANA').slice(3);
    expect(answers.length).toBe(MAX_REQUESTS_PER_MESSAGE + 1);
    expect(answers.at(-1)!.text).toMatch(/asks for more than 5 things: I have answered the first 5 above/);
    expect(r.cases.map((c) => c.state)).toEqual(['open']);
  });

  it('three requests in one message are each answered, as before', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', ANA_CASE),
      slack('U01ANA', 'What is the status of case 01000001? Please raise it to medium and close case 01000001.', '+5m'),
    ]);
    const answers = toRecipient(r, 'U01ANA').slice(3);
    expect(answers.length).toBe(3);
    expect(answers.join('\n')).not.toMatch(/more than 5 things/);
    expect(r.cases.map((c) => c.state)).toEqual(['closed']);
  });
});

describe('round 14: a license request completed over replies by someone no longer its Designated Contact', () => {
  const ORDER =
    'Hello,\n\nCompany name: Blue Yonder Airlines\nSellable item: Genesys Workforce Management 8.5\nQuantity: 90\nHost name: bya-wfm-lic\nHost ID: 0050569a1b2c\nOS: CentOS 7\n\nThanks';
  it.each([
    [
      'no longer designated',
      "update contacts set designated = 0 where email = 'erin@northwind.example'",
      /You are not a Designated Contact yet/,
    ],
    [
      'removed from the directory',
      "update contacts set email = 'gone@northwind.example' where email = 'erin@northwind.example'",
      /could not match this address to a contact/,
    ],
    ['designated again: the same reply routes it', 'select 1', /has gone to the APAC Licensing team/],
  ])('DOMAIN.md §1, §7: a contact %s answers the questions: nothing goes to Licensing', async (how, change, told) => {
    let now = new Date('2026-11-23T14:00:00Z');
    const { db, ctx } = await demoEngine(now);
    const at = { ...ctx, now: () => now };
    const say = async (text: string, subject: string) => {
      now = new Date(now.getTime() + 60_000);
      return await handleInbound(at, {
        channel: 'email',
        sender: { kind: 'email', address: 'erin@northwind.example', auth: 'pass' },
        threadKey: 'email:<lr1@northwind.example>',
        subject,
        text,
        attachments: [],
        receivedAt: now,
      });
    };
    expect((await say(ORDER, 'License order')).decision).toBe('license-request-incomplete');
    db.$client.exec(change);
    const answer = await say('Configuration: single\nPurpose: production', 'Re: License order');
    const toLicensing = db.$client.prepare("select count(*) as n from outbox where recipient like 'license%'").get();
    const routed = how.startsWith('designated again');
    expect(toLicensing).toEqual({ n: routed ? 1 : 0 });
    expect(
      answer.replies
        .filter((r) => r.audience === 'customer')
        .map((r) => r.text)
        .join('\n'),
    ).toMatch(told);
    db.$client.close();
  });
});

describe('round 14: news in a resolved case’s thread after the Sold To’s contract lapsed', () => {
  it.each([
    [
      'The problem is back since this morning, calls drop again.',
      "update contracts set status = 'lapsed' where id = 'C-100'",
    ],
    [
      'The problem is back, production is down again. Please raise it to critical.',
      "update contracts set status = 'lapsed' where id = 'C-100'",
    ],
    [
      'The problem is back since this morning, calls drop again.',
      "update contracts set end_date = '2026-11-22' where id = 'C-100'",
    ],
  ])(
    'DOMAIN.md §1: %j does not reopen it (no targets, no page); the words are added and the analyst told',
    async (text, change) => {
      let now = new Date('2026-11-23T14:00:00Z');
      const { db, ctx } = await demoEngine(now);
      const at = { ...ctx, now: () => now };
      const sender = { kind: 'slack' as const, userId: 'U01ANA' };
      const say = async (words: string) => {
        now = new Date(now.getTime() + 60_000);
        return await handleInbound(at, {
          channel: 'slack',
          sender,
          threadKey: 'T1',
          text: words,
          attachments: [],
          receivedAt: now,
        });
      };
      await handlePinForm(at, { channel: 'slack', sender, email: 'ana@acme.example', pin: '482913', at: now });
      await say(ANA_CASE);
      expect(
        await performStaffAction(at, { from: 'U09ANALYST', action: 'resolve', target: '01000001', at: now }),
      ).toMatchObject({ ok: true });
      db.$client.exec(change);
      const answer = await say(text);
      expect(db.$client.prepare('select state, severity from cases').all()).toEqual([
        { state: 'resolved', severity: 'high' },
      ]);
      const toAna = answer.replies.filter((r) => r.recipient === 'U01ANA').map((r) => r.text);
      expect(toAna).toEqual([
        expect.stringMatching(
          /^Case 01000001 stays resolved: the Service Contract of its account (is lapsed|is outside its term)/,
        ),
      ]);
      const toStaff = answer.replies.filter((r) => r.audience === 'staff').map((r) => r.text);
      expect(toStaff).toEqual([expect.stringContaining(`Case 01000001 updated by Ana Ruiz:\n${text}`)]);
      db.$client.close();
    },
  );
});

describe('round 14: a close asked among many courtesy words is read in linear time', () => {
  it.each([
    ['"Please close case N" and "also" × 24', `Please close case 01000001 ${'also '.repeat(24)}x`],
    ['"close" and "please" × 24', `close${' please'.repeat(24)} x`],
    ['"close it," and "thanks," × 24', `close it${', thanks'.repeat(24)} x`],
    [
      '"also " × 4,000 (the 20,000 characters a message is read to)',
      `Please close case 01000001 ${'also '.repeat(4_000)}x`,
    ],
  ])(
    'issue 21 §6: %s takes well under a quarter second (before: 26 words 23 s, doubling with each word)',
    (_name, text) => {
      expect(fastestRun(() => asksToClose(text))).toBeLessThan(250);
    },
  );

  it.each([
    ['Please close it, thanks.', true],
    ['please, please close case 01000001 now, thank you!', true],
    ['You can close it now, thanks a lot.', true],
    ['close it please please thanks now already.', true],
    ['You can close it now, thanks.', true],
    ['Close the window and retry?', false],
  ])('the courtesy words around a close are read as before: %j → %s', (text, asked) => {
    expect(asksToClose(text)).toBe(asked);
  });
});
