/**
 * Issue 21 §9 and §6, round 19 (fix-und-a): open-case precision. Messages read as a request for a case that
 * asked something else had one thing in common — the problem words were not the writer's report: a mail
 * footer's or the quoted history's, a problem said to be absent, the writer's inexperience, a case not wanted
 * now, a question announced, a matter of money, or problem words beside another request with nothing of a case
 * named. Also a forgotten PIN said every way, the Admin case asked for outright, an answer telling who is hit
 * taken as the impact, and a level said while answering keeping the answer. Each with look-alikes that must
 * keep their reading. Probed with sentences written before the rules changed.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { asksForAdminCase } from '../../../../src/domain/understanding/pin-asked.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { mainIntent } from '../../../../src/domain/understanding/reading.ts';
import { reportRemainder } from '../../../../src/domain/understanding/report-remainder.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string, asked?: readonly SlotName[], inCaseThread = false) =>
  ruleReader.read(text, {
    inCaseThread,
    catalog: DEFAULT_POLICY.products,
    ...(asked ? { asked } : {}),
  });
const intents = (text: string) => read(text).intents.map((i) => i.intent);

describe('issue 21 §9: problem words that are not the writer report ask for no case', () => {
  it.each([
    // a footer or a signature
    'Hello,\n\nWhat is the first response time for Medium on Business Care?\n\nBest regards,\nLea Moreau\n\nThis message may be confidential. If you are not the intended recipient, please delete it.',
    // a problem said to be absent
    'Good news: the failover test last night went through without any problem.',
    'FYI the network maintenance is done, no issues on our side.',
    // inexperience, not a fault
    'How does ordering a controlled release work? We have never done it.',
    // a case not wanted now, or only later
    'Please ignore my earlier mail, do not open a ticket, our firewall team found it.',
    'Thanks, the patch works, please close it. We will open a new case if it happens again.',
    // a question announced
    'Question about hot fixes: do we get one for a High case on Premium Care?',
    // a matter of money
    'please send the refund for the double invoice to our bank account, thanks',
    // problem words beside another request, nothing of a case named
    'how do I order a controlled release? it is not offered on the download page',
  ])('issue 21 §9: %j is no request for a case', (text) => {
    expect(intents(text)).not.toContain('open-case');
  });

  it.each([
    'Hello,\n\nour GIM 8.5 nightly load fails with ORA-01555 since the schema patch. Medium.\n\nRegards,\nBen\n\nThis e-mail is confidential. If you received it in error, please notify the sender.',
    'we have a problem with SIP Server in production, calls drop after 30 seconds',
    'need a case: WDE 8.5 freezes at login on production since the SSO change',
    'no no, it is not fixed: the Interaction Server still loses emails on production',
    'SIP Server prod down since the patch, Critical. Also how fast do you call back on Critical?',
  ])('issue 21 §9: %j still asks for a case', (text) => {
    expect(intents(text)).toContain('open-case');
  });

  it('issue 21 §9: "list every open case" asks for the list, not for a case', () => {
    expect(mainIntent(read('pls list every open case for Initech, the customer wants a review'))).toBe('my-cases');
  });
});

describe('issue 21 §6: the contact PIN forgotten, and the Admin case asked for outright', () => {
  it.each([
    'I am not able to remember my PIN. What is the procedure to get a new one?',
    'lost the card with my contact PIN, can you make me a new one?',
    'forgot my verification code again, sorry',
    'Yes, please open the admin case so I can get a PIN.',
  ])('issue 21 §6: %j is about the contact PIN', (text) => {
    expect(mainIntent(read(text))).toBe('pin');
  });

  it.each([
    'SIP Server 9.0 prod loses registrations every night since the backup job. Medium.\n\nPIN: 482913',
    'we lost all calls on the IVR since the patch, High\nPIN: 482913',
    'the agents forgot to log out and the WFM adherence is wrong',
  ])('issue 21 §6: %j is no PIN matter', (text) => {
    expect(intents(text)).not.toContain('pin');
  });

  it('issue 21 §6: the Admin case is asked for in words, not by any "admin" mention', () => {
    expect(asksForAdminCase('ok, go ahead and open the Admin case')).toBe(true);
    expect(asksForAdminCase('the admin console of GAX shows a blank page')).toBe(false);
  });
});

describe('issue 21 §2: an answer read for the question it fits', () => {
  const both: SlotName[] = ['circumstances', 'version', 'businessImpact'];

  it('issue 21 §2: who is hit, with no event told, is the impact when both are asked', () => {
    const r = read("it's about a third of all chats", both);
    expect(r.slots.businessImpact?.value).toMatch(/third of all chats/);
    expect(r.slots.circumstances).toBeUndefined();
  });

  it('issue 21 §2: an event told is the circumstances even when it names who is hit', () => {
    const r = read('the network team replaced the firewall on Sunday', both);
    expect(r.slots.circumstances?.value).toMatch(/replaced the firewall/);
  });

  it('issue 21 §3: a level accepted while answering keeps the answer', () => {
    const r = read('Understood, High is fine. It began after the lab PCs got the new antivirus agent.', [
      'circumstances',
    ]);
    expect(r.slots.circumstances?.value).toMatch(/new antivirus/);
  });
});

describe('issue 21 §1: a report known by its facts keeps its own account of what happens', () => {
  it('issue 21 §1: a behaviour in words no problem sentence names is kept as the report', () => {
    const text = 'Interaction Server prod: chat sessions are routed to logged-out agents. Medium.';
    expect(reportRemainder(text, read(text))).toBe(text);
  });

  it.each(['SIP Server prod, High', 'we have a problem with GIM in production', 'WDE 8.5 Initech. Frank'])(
    'issue 21 §1: %j tells no behaviour of its own',
    (text) => {
      expect(reportRemainder(text, read(text))).toBeUndefined();
    },
  );
});

describe('issue 21 §6, §10: cancel, opinions, notes and closes said every way', () => {
  it.each(["actually don't bother, we sorted it ourselves", 'no need any more, the network team fixed the trunk'])(
    'issue 21 §10: %j withdraws the request',
    (text) => {
      expect(mainIntent(read(text, ['severity']))).toBe('cancel');
    },
  );

  it('issue 21 §10: a cancelled campaign in a report is no cancel', () => {
    expect(
      intents('we had to cancel all outbound campaigns because SIP Server 9.0 prod keeps dropping calls, High'),
    ).not.toContain('cancel');
  });

  it.each([
    ['this is the most useless support I have ever seen', true],
    ['thanks for the quick help on 01000302 last week, the team was very happy', false],
  ])('issue 21 §6: an opinion of the service alone (%j) is nothing to act on', (text, inThread) => {
    expect(mainIntent(read(text, undefined, inThread))).toBe('not-understood');
  });

  it('issue 21 §6: a complaint that tells the problem is still news for the case', () => {
    expect(mainIntent(read('useless support, the SIP Server is still down after your fix', undefined, true))).toBe(
      'add-to-case',
    );
  });

  it('issue 21 §6: how urgent a named case is for the contact is a note for it', () => {
    expect(mainIntent(read('our ops manager says 01000412 can wait until next week, no rush'))).toBe('add-to-case');
  });

  it.each([
    'the voicemail PIN reset fails for all agents on SIP Server 9.0 prod, Medium',
    'agents forget to enter their PIN on the phone and the login fails, WDE 8.5 prod',
  ])('issue 21 §6: %j names no contact PIN', (text) => {
    expect(intents(text)).not.toContain('pin');
  });

  it('issue 21 §6: "the case can be closed from our side" closes, even outside the case thread', () => {
    expect(mainIntent(read('The re-run filled all three tenants. The case can be closed from our side.'))).toBe(
      'close-case',
    );
  });
});
