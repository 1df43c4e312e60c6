/**
 * Issue 21, round 19: the slots at target on dev that carried worst to unseen writers — system, severity,
 * questions, sensitive data, temporary-license reasons — each rule probed with messages written for this
 * file (in shapes unseen writers use) before it changed, with the look-alikes that must not be read.
 */
import { describe, expect, it } from 'vitest';
import { mergeIntoDraft } from '../../../../src/domain/cases/merge-draft.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { findContactData } from '../../../../src/domain/sensitive-contacts.ts';
import { findSensitiveData } from '../../../../src/domain/sensitive-data.ts';
import { putsOffClose } from '../../../../src/domain/understanding/negated-requests.ts';
import type { ReadContext } from '../../../../src/domain/understanding/port.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSeverity } from '../../../../src/domain/understanding/severity.ts';
import { readSystem } from '../../../../src/domain/understanding/system.ts';
import { readTempReason } from '../../../../src/domain/understanding/temp-reason.ts';

const read = (text: string, asked?: SlotName[], more: Partial<ReadContext> = {}) =>
  ruleReader.read(text, {
    inCaseThread: false,
    catalog: DEFAULT_POLICY.products,
    ...(asked ? { asked } : {}),
    ...more,
  });

describe('issue 21 §2: a test word that names no system of the contact', () => {
  it('issue 21 §2: people, plans and another party’s lab named with test words leave production the system', () => {
    for (const text of [
      'SIP Server 9.0 production, calls drop after transfer since our test team changed the dial plan. high',
      'sip server 9.0 prod: one-way audio when agents call the testing lab of our carrier. medium',
      'GIM 8.5 production reports are wrong since the QA engineers ran their scripts on Monday',
      'WDE 8.5 in production: softphone freezes, the test plan from your lab did not cover it',
    ])
      expect(readSystem(text).value, text).toBe('production');
  });

  it('issue 21 §2: a test system of the contact’s own is still read ("the test cluster", "our QA box")', () => {
    for (const text of [
      'our load test last night crashed SIP Server 9.0 on the test cluster, low',
      'GIM 8.5 on our QA box: purge job slow',
      'UAT WDE 8.5 cannot log agents in',
    ])
      expect(readSystem(text).value, text).toBe('test');
  });
});

describe('issue 21 §2: a go-live already past says no system is not yet live', () => {
  it('issue 21 §2: "since go-live last week", "after the go-live" read no test system', () => {
    for (const text of [
      'Since go-live last week our SIP Server 9.0 drops about 5% of inbound calls. high please',
      'after the go-live the WFM 8.5 schedules stopped publishing',
      'the go-live was on Monday and since then GIM reports are empty',
    ])
      expect(readSystem(text).value, text).toBeUndefined();
  });

  it('issue 21 §2: a go-live still to come keeps the system out of production', () => {
    for (const text of [
      'go-live is next Monday and the WDE 8.5 login fails',
      'we go live in two weeks, the GIM ETL fails',
    ])
      expect(readSystem(text).value, text).toBe('test');
  });
});

describe('issue 21 §10: a system word put right in a message of its own', () => {
  it('issue 21 §10: "sorry, I meant test", "actually the prod one" name the system', () => {
    expect(read('sorry, I meant test', ['severity']).slots.system?.value).toBe('test');
    expect(read('oops, actually the prod one', ['severity']).slots.system?.value).toBe('production');
    expect(readSystem('my bad, I meant the lab box').value).toBe('test');
  });

  it('issue 21 §10: "I meant the test plan" or a plain "sorry" names none', () => {
    expect(read('sorry, I meant the test plan we discussed').slots.system).toBeUndefined();
    expect(read('sorry for the late reply').slots.system).toBeUndefined();
  });
});

describe('issue 21 §10: a version put right while the case is gathered', () => {
  const reading = (text: string) => read(text, ['severity']);
  it('issue 21 §10: "actually it\'s 9.0 not 8.5" replaces the draft’s version', () => {
    const draft = { product: 'SIP Server', version: '8.5' };
    for (const text of ["actually it's 9.0 not 8.5", 'oops typo, version is 9.0', 'sorry, 9.0 instead of 8.5'])
      expect(mergeIntoDraft(draft, reading(text), text).draft.version, text).toBe('9.0');
  });

  it('issue 21 §10: a version named in passing, or two left open, replaces nothing', () => {
    const draft = { product: 'SIP Server', version: '8.5' };
    for (const text of ['we plan to go to 9.0 next year', 'sorry, 9.0 or 9.1, not sure'])
      expect(mergeIntoDraft(draft, reading(text), text).draft.version, text).toBe('8.5');
  });
});

describe('issue 21 §3: a level asked for in the words of handling', () => {
  it('issue 21 §3: "I need this handled as critical today", "we\'d rate this High" are the level asked', () => {
    expect(readSeverity('I need this handled as critical today').value).toBe('critical');
    expect(readSeverity("Info Mart production ETL stuck. We'd rate this High.").value).toBe('high');
    expect(readSeverity('please have it treated as medium, no rush').value).toBe('medium');
  });

  it('issue 21 §3: a case’s present level told is no level asked', () => {
    for (const text of [
      'case 01000412 (Medium) has been open for three weeks without a workaround',
      'It has been open for three weeks at Medium with no root cause.',
      'Our case 01000388 has been sitting at High for ten days without an update.',
      'it was handled as High by your colleague',
      'If we hit a bug logged as High, will you give us a hot fix?',
    ])
      expect(readSeverity(text).value, text).toBeUndefined();
  });
});

describe('issue 21 §3: a level wished for, in the words people use', () => {
  it('issue 21 §3: "I want this at Critical and …", "They\'d like Medium.", "Need CRITICAL, …" are the level asked', () => {
    for (const [text, level] of [
      ['Interaction Server on prod froze again. I want this at Critical and I want a call now', 'critical'],
      ["Umbrella's GAX hangs on export. Production. They'd like Medium.", 'medium'],
      ['WDE 8.5 UAT will not start. Need CRITICAL, our go-live test is blocked.', 'critical'],
      ['store managers cannot reassign staff, so please handle as High.', 'high'],
      ['agents get no schedule since the update. Please to open with high.', 'high'],
      ['all company phones are down, so is very critical.', 'critical'],
      ['this is critical and I want it treated as such', 'critical'],
      ['GAX shows session expired every 2 minutes. Low-ish, admins can still work.', 'low'],
    ] as const)
      expect(readSeverity(text).value, text).toBe(level);
  });

  it('issue 21 §3: a level word that qualifies something else is none asked', () => {
    for (const text of [
      'we need high availability for the new site',
      'we expect high volumes tomorrow on SIP Server 9.0',
      'agents log in with low privileges since the patch',
      'it is critical that you call me back',
      'we would like medium-term advice on sizing',
      'the report opened with high CPU on the GIM server',
    ])
      expect(readSeverity(text).value, text).toBeUndefined();
  });
});

describe('issue 21 §2: production by its short forms', () => {
  it('issue 21 §2: "prd" and "on live" name production; "in live view" does not', () => {
    expect(readSystem("umbrella's genesys admin (GA) prd: cannot save agent skills").value).toBe('production');
    expect(readSystem("Umbrella's WDE 8.5 on live: agents see a blank panel").value).toBe('production');
    expect(readSystem('the supervisor sees agents in live view but nothing routes').value).toBeUndefined();
  });
});

describe('issue 21 §5: questions by what they ask', () => {
  const topics = (text: string) => read(text).slots.questions?.value ?? [];
  it('issue 21 §5: who sets the severity is a question about the severity definitions', () => {
    expect(topics('Who decides the severity of a case, you or us?')).toEqual(['severity-definitions']);
    expect(topics('who determines the priority of our tickets?')).toEqual(['severity-definitions']);
  });

  it('issue 21 §5: "until when is 8.1 supported", asked in a statement, is an end-of-life question', () => {
    expect(topics('Please let me know until when version 8.1 of Genesys Administrator is supported.')).toEqual(['eol']);
  });

  it('issue 21 §5: a choice between levels, or the levels as a list, asks the severity definitions', () => {
    expect(topics('GIM 8.5 prod reports are late since Monday. Please to tell, this is high or medium?')).toContain(
      'severity-definitions',
    );
    expect(topics('what priority levels do you have?')).toEqual(['severity-definitions']);
    expect(topics('is the 9.0 upgrade high or low risk?')).toEqual([]);
  });

  it('issue 21 §5: hours of attention or of service are business hours', () => {
    expect(topics('What are your hours of service for Low cases?')).toEqual(['business-hours']);
  });

  it('issue 21 §5: how ordering works, asked beside an order or taught, is the controlled-release question', () => {
    expect(topics("We'd like to order the GIM 8.5 Korean release, how does it work to get it?")).toContain(
      'controlled-release-how',
    );
    expect(topics('Please teach me how a controlled release order works.')).toEqual(['controlled-release-how']);
    expect(topics('the logs show how the call drops after 30s, SIP Server 9.0 prod')).toEqual([]);
    expect(topics('how does the dial plan work in SIP Server?')).toEqual([]);
  });

  it('issue 21 §5: how to order, asked beside one’s own order, keeps the order’s intent alone (the settled convention)', () => {
    const own = read("I'd like to order the Info Mart 8.5 Korean release, how does it work to receive it?");
    expect(own.intents.map((i) => i.intent)).toEqual(['controlled-software']);
    expect(own.slots.questions?.value).toEqual(['controlled-release-how']);
    const general = read('How does one get hold of a controlled release? What information do you need from us?');
    expect(general.intents.some((i) => i.intent === 'question')).toBe(true);
  });

  it('issue 21 §5: a hot fix named as a release type asks no hot-fix policy', () => {
    expect(topics('Is moving from 9.0.005 to 9.0.010 a hot fix or a maintenance release?')).toEqual(['release-type']);
    expect(topics('Do you provide hot fixes for Medium issues, or only in the next release?')).toEqual([
      'hot-fix-policy',
    ]);
  });
});

describe('issue 21 §7: a callback number in someone else’s mail is theirs, not the sender’s', () => {
  const sender = { name: 'Erin Cole', email: 'erin@northwind.example' };
  it('issue 21 §7: "call me on …" in a forwarded mail is a third party’s phone', () => {
    const text =
      'Hi,\n\nplease open a case, details below.\n\nErin\n\n---------- Forwarded message ---------\nFrom: Tom Grady <tom.grady@umbrella.example>\n\nGAX is slow. Call me on 917 555 0188 if needed.\nTom';
    expect(findContactData(text, { sender }).map((f) => f.kind)).toContain('phone');
  });

  it('issue 21 §7: "call me on …" in the sender’s own text is theirs to give', () => {
    const text = 'GAX is slow since Friday. Call me on 917 555 0188 if needed.\n\nErin';
    expect(findContactData(text, { sender }).map((f) => f.kind)).not.toContain('phone');
  });
});

describe('issue 21 §7: personal data in any form', () => {
  const kinds = (text: string) => findSensitiveData(text).map((f) => f.kind);
  it('issue 21 §7: an address written out ("maria dot lopez at gmail dot com", "[at]") is an e-mail address', () => {
    expect(kinds("the caller's email is maria dot lopez at gmail dot com")).toContain('email');
    expect(kinds('customer mail: j.smith[at]hotmail.com')).toContain('email');
  });

  it('issue 21 §7: "at" and "dot" in prose are no address', () => {
    for (const text of [
      'we meet at noon at the office dot com event',
      'calls at 10 dot 5 seconds',
      'please look at it. Dot matrix printers at site dot',
    ])
      expect(kinds(text), text).not.toContain('email');
  });

  it('issue 21 §7: "the password for the admin console is hunter2" is a password; "… is expired" is none', () => {
    expect(kinds('password for the admin console is hunter2')).toContain('password');
    expect(kinds('the password for the console is expired')).not.toContain('password');
  });

  it('issue 21 §7: an address written out stays linear on long runs of dots and words', () => {
    const started = Date.now();
    for (const text of ['a.'.repeat(20000), 'a dot '.repeat(10000), 'x at y dot '.repeat(5000)])
      findSensitiveData(text);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('issue 21 §12: temporary-license reasons told as a story', () => {
  it('issue 21 §12: a file Customer Care issued, running out, is a second extension', () => {
    expect(readTempReason('The 30-day file you sent us last month expires Friday, we still need more time')).toBe(
      'extend-own-temporary',
    );
    expect(
      readTempReason('the temporary license which the Customer Care gave us on 20 November is ending on Friday'),
    ).toBe('extend-own-temporary');
  });

  it('issue 21 §12: the permanent file running out, asked of us, is an emergency extension', () => {
    expect(
      readTempReason(
        'Our permanent license file expires tonight and Licensing is closed. Can you give us an emergency extension?',
      ),
    ).toBe('emergency-extension');
  });

  it('issue 21 §12: a temporary file too small for the seats now needed is a change to it', () => {
    expect(
      readTempReason('The temp file Licensing gave us covers 50 seats but we have 80 agents now, could it be updated?'),
    ).toBe('modify-temporary');
  });
});

describe('issue 21 §6: a close put off', () => {
  it('issue 21 §6: "don\'t close it yet", "keep it open", "not ready to close" put a close off', () => {
    for (const text of [
      "please don't close 01000001 yet.",
      'keep 01000001 open for now please.',
      'we are not ready to close it yet',
    ])
      expect(putsOffClose(text), text).toBe(true);
  });

  it('issue 21 §6: a close asked, or asked about, is not put off', () => {
    for (const text of ['you can close 01000001', 'when will you close it?', 'what is the status of 01000001?'])
      expect(putsOffClose(text), text).toBe(false);
  });
});
