/**
 * Issue 21, round 16: intents and dialogue facts the fourth promoted held-out part and the blind batch x5
 * showed wrong, each class probed with messages written for this file (other words, personas and registers
 * than the corpus) before the rule was changed, with the look-alikes that must not be read so beside them.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { isAcknowledgement } from '../../../../src/domain/understanding/acknowledgement.ts';
import { CONTROLLED, UPDATE_GIVEN } from '../../../../src/domain/understanding/cues.ts';
import { asksAboutOwnPin } from '../../../../src/domain/understanding/pin-asked.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSeverity } from '../../../../src/domain/understanding/severity.ts';
import { withdrawsTheRequest } from '../../../../src/domain/understanding/withdrawal.ts';
import { fastestRun as fastest } from '../../../support/fastest-run.ts';

const read = (text: string, asked?: SlotName[], inCaseThread = false) =>
  ruleReader.read(text, { inCaseThread, catalog: DEFAULT_POLICY.products, ...(asked ? { asked } : {}) });
const mainOf = (text: string, asked?: SlotName[], inCaseThread = false) =>
  read(text, asked, inCaseThread).intents[0]?.intent;

describe('issue 21 §10: a request withdrawn with the reason why is a cancel, whatever its length', () => {
  it.each([
    'Hi,\n\nplease withdraw my previous mail, the ops team had simply switched the job off by mistake. Apologies.\n\nRegards, Mei',
    'Hello,\n\nKindly ignore the above report, our vendor restarted the wrong service. No ticket required.\n\nThanks\nRaj',
    'no need for a case after all - found it, someone unplugged the gateway. sorry for the bother',
    'Disregard please, it was a config mistake on our side and it is fixed now. Sorry!\n\nBest\nOlga',
    'Hello, you can drop this one, the problem was in our own firewall and we have corrected it. Kind regards, Tomás',
    'Please cancel this, our DBA had paused the replication on purpose and forgot to tell us. Thank you and sorry for the trouble.',
    "We'd like to withdraw this request - the outage was on the carrier side and is over now.\n\nRegards\nPriya",
    'ok so you can forget about it, my colleague already fixed it. thx',
    "Please disregard my earlier note and don't open anything; our network team found a loose cable.\n\nPriya",
    'sorry, stop please, I sent this by mistake',
    'oops, created that ticket by accident, please drop it',
  ])('issue 21 §10: "%s" withdraws the request being collected', (text) => {
    expect(mainOf(text, ['severity'])).toBe('cancel');
  });

  it.each([
    // Something else is aimed at, or a new request comes with it.
    'Please cancel the old schedule import and tell me how to rerun it on SIP Server 9.0, it fails in production since Monday',
    'Hello, please disregard the warning in the log I sent, but the real issue is that WDE 8.5 freezes on login in production. Severity High.',
    'Please drop the old trace files, the new ones are attached. SIP Server 9.0 still drops calls.',
    'Can you ignore the license check on our lab server while we test? It blocks the install.',
  ])('issue 21 §10: "%s" withdraws nothing', (text) => {
    expect(mainOf(text, ['severity'])).not.toBe('cancel');
  });

  it.each([
    'Calls get cancelled at random on SIP Server 9.0 in production since the patch, high',
    'Calls stop after 30 seconds on SIP Server 9.0 in production since Monday, medium',
    'Our agents cancel the wrap-up and the call drops on SIP Server 9.0 in production, happens since the upgrade',
  ])('issue 21 §10: "%s" is a report, its cancel word part of the problem', (text) => {
    expect(mainOf(text)).toBe('open-case');
  });

  it.each([
    'We cannot just ignore it, the agents complain every hour and the queue keeps growing.',
    'Please ignore my previous mail about logs, here are the right ones from last night, the error is still there.',
    'forget about the restart, it did not help, the error is back this morning',
    'we sent the logs by mistake to your sales team, attaching them here again',
  ])('issue 21 §10: "%s" in a case thread is news for the case, not a withdrawal', (text) => {
    expect(mainOf(text, undefined, true)).toBe('add-to-case');
  });
});

describe('issue 21 §4: a level said of one of several problems ("Medium for this one") is its severity', () => {
  it.each([
    ['Info Mart 8.5 prod, login report empty since Friday. Medium for this one.', 'medium'],
    ['also the GAX console times out on test - low for that one please', 'low'],
    ['and WFM schedules vanish since the DST change, high for this one pls', 'high'],
  ])('issue 21 §4: "%s" asks %s', (text, level) => {
    expect(readSeverity(text).value).toBe(level);
  });

  it.each([
    'CPU usage is high for this one server only, the others are fine',
    'this one is high on the list of our director, please look',
    'the latency for this one is high since the upgrade',
    'memory for this one stays low after the restart',
  ])('issue 21 §4: "%s" measures something: no severity', (text) => {
    expect(readSeverity(text).value).toBeUndefined();
  });

  it('issue 21 §4: a level said of both problems goes with the second one offered as a case', () => {
    const r = read(
      'Two issues, both High: 1) GIM 8.5 ETL stopped since the DB patch, 2) WDE 8.5 agents lose their status after lunch break.',
    );
    expect(r.issues).toHaveLength(2);
    expect(readSeverity(r.issues[1]!.text).value).toBe('high');
  });

  it('issue 21 §4: a level said of the first problem alone stays with it', () => {
    const r = read(
      'two things: first one is high - SIP Server 9.0 drops calls since the patch; second, WDE 8.5 shows a wrong logo.',
    );
    expect(r.issues).toHaveLength(2);
    expect(readSeverity(r.issues[1]!.text).value).toBeUndefined();
  });
});

describe('issue 21 §1: a controlled order form may ask its own question for the reason', () => {
  it.each([
    ['Why we need it >> our security team only allows certified physical media in the DMZ', 'our security team'],
    ['Why needed: carrier certification of the exact build', 'carrier certification'],
    ['What for - the lab must match the production build', 'the lab must match'],
  ])('issue 21 §1: "%s" labels the reason', (line, reason) => {
    const r = read(`Please order the controlled SIP Server 9.0.014.08 CD image\nLanguage: French\n${line}`);
    expect(r.slots.reason?.value).toContain(reason);
  });
});

describe('issue 21 §11: an answer with a question about the rules beside it keeps what it answers', () => {
  it.each([
    [
      'Is this about what happened before? Our IT renewed the TLS certificate yesterday evening. How long will the analysis take?',
      'renewed the TLS certificate',
    ],
    [
      'Hello,\n\nDo you mean what changed? We moved the SBC to a new VLAN on Tuesday.\n\nAlso, how fast do you answer a High case on our contract?\n\nMei',
      'moved the SBC',
    ],
  ])('issue 21 §11: "%s" answers the circumstances', (text, circumstances) => {
    const r = read(text, ['circumstances']);
    expect(r.slots.circumstances?.value).toContain(circumstances);
    expect(r.intents.map((i) => i.intent)).toContain('answer');
  });

  it('issue 21 §11: a question asked back with nothing told answers nothing', () => {
    expect(read('what do you mean?', ['circumstances']).slots.circumstances).toBeUndefined();
    // A question's own lead-in, joined by a dash, is no answer told beside it.
    expect(read('earlier than that — how fast do you reply to a High?', ['circumstances']).slots.circumstances).toBe(
      undefined,
    );
    expect(
      read('How would I know what changed? nobody tells me anything', ['circumstances']).slots.circumstances,
    ).toBeUndefined();
  });
});

describe('issue 21 §6: thanks for what was done, said with when, is an acknowledgement, not a status ask', () => {
  it.each([
    ['Thanks for closing 01000001 so quickly yesterday, much appreciated!', false],
    ['thank you for fixing it this morning, great work', true],
    ['many thanks for handling case 01000007 last week!', false],
    ['Thanks for the quick reply earlier today.', true],
  ])('issue 21 §6: "%s" asks nothing', (text, inCaseThread) => {
    expect(read(text, undefined, inCaseThread).intents.map((i) => i.intent)).toEqual(['not-understood']);
  });

  it.each([
    [
      'Thanks for closing 01000001 yesterday, but the problem is back since this morning on SIP Server 9.0 production.',
      false,
      'add-to-case',
    ],
    ['thanks for fixing it yesterday, but it broke again tonight', true, 'add-to-case'],
    ['thanks for looking at 01000003 yesterday - any news?', false, 'case-status'],
  ])('issue 21 §6: "%s" says more than thanks', (text, inCaseThread, intent) => {
    expect(mainOf(text, undefined, inCaseThread)).toBe(intent);
  });
});

describe("issue 21 §6: the contact's own PIN asked about, or said to be missing, is a PIN request", () => {
  it.each([
    'Hi, the bot asks me for a PIN but nobody ever gave me one. What now?',
    "where would I find my contact pin? can't see it anywhere in the portal",
    "how am I supposed to verify myself? the form wants some number I don't have",
    'pin? what pin? I never set one up',
    'How do I get a PIN for this chat?',
  ])('issue 21 §6: "%s" asks about the PIN', (text) => {
    expect(mainOf(text)).toBe('pin');
  });

  it.each([
    'How do I set the voicemail PIN on SIP Server 9.0 for our agents? the manual is unclear',
    'the SIM PIN prompt on the softphone never goes away since the WDE 8.5 upgrade, production, medium',
    'Could you pin this case to the top of the queue? 01000003 is urgent',
    'our agents never got the new WDE 8.5 build pushed by the deployment tool, where do I find the installer?',
  ])('issue 21 §6: "%s" is about no contact PIN', (text) => {
    expect(read(text).intents.map((i) => i.intent)).not.toContain('pin');
  });
});

describe('issue 21 §6: an update given about a case is a note; an update asked for is a status request', () => {
  it.each([
    'update on 01000205 - vendor of the SBC says its not them so back to u',
    'Update for 01000007 – customer confirms the error only happens on Citrix.',
    'I want to update case 01000512 with new log file',
    "we'd like to update ticket 01000044 with the trace from this morning",
  ])('issue 21 §6: "%s" adds to the case', (text) => {
    expect(mainOf(text)).toBe('add-to-case');
  });

  it.each([
    'update on 01000205?',
    'update on 01000205 - anything new from your side?',
    'Any update on 01000311: the customer is asking daily.',
    'can you update me on 01000311',
  ])('issue 21 §6: "%s" asks how the case stands', (text) => {
    expect(mainOf(text)).toBe('case-status');
  });
});

describe('issue 21 §6: a release delivered rather than downloaded is a controlled order', () => {
  it.each([
    'We need the SIP Server 9.0.030.02 media kit for RHEL 8, sent by courier to Acme Corp, attn. Ana Ruiz, 12 rue de la Paix, Paris',
    'need the restricted GVP 9.0 build from product mgmt for win 2019, ftp is fine, its for the PCI segregated site',
    'Please ship us the WDE 8.5.124 DVD, Windows, Japanese, to our Osaka office',
    'could you put the URS 8.1 special build on your FTP for us? RHEL 7, English',
  ])('issue 21 §6: "%s" orders a controlled release', (text) => {
    expect(mainOf(text)).toBe('controlled-software');
  });

  it.each([
    ['where can I download SIP Server 9.0.030.02 for RHEL 8?', 'download'],
    ['the courier delivered our new servers, we install SIP Server 9.0 tomorrow - where do I download it?', 'download'],
    ['our FTP upload of logs to you fails for case 01000003, SIP Server 9.0', 'add-to-case'],
  ])('issue 21 §6: "%s" orders nothing', (text, intent) => {
    expect(mainOf(text)).toBe(intent);
  });
});

describe('round 16: the new forms stay linear on long runs', () => {
  const forms = (text: string) => {
    withdrawsTheRequest(text, { namesSomething: false });
    asksAboutOwnPin(text);
    CONTROLLED.test(text);
    UPDATE_GIVEN.test(text);
    isAcknowledgement(text);
  };
  it.each([
    ['"how … pin … get" repeated', 'how pin get '.repeat(1800)],
    ['"update on N - " repeated', 'update on 01000001 - '.repeat(950)],
    ['", please cancel" repeated', ', please cancel'.repeat(1300)],
    ['"ship us 1.2.3." repeated', 'ship us 1.2.3.4.5.6.'.repeat(1000)],
  ])('the new forms on %s: well under a quarter second', (_name, text) => {
    expect(fastest(() => forms(text))).toBeLessThan(250);
  });
});
