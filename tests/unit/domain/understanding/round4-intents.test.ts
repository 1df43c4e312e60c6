/**
 * Issue 21, round 4: what a message asks for, in the confusions a support desk sees — a report whose
 * change of dial plan is no severity change, a close request in a thread, a question beside a report, a
 * sales order number that is no case, help asked in many words.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import type { Intent, SlotName } from '../../../../src/domain/understanding/reading.ts';
import { readCaseNumbers, ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSeverity } from '../../../../src/domain/understanding/severity.ts';

const read = (text: string, o: { asked?: SlotName[]; thread?: boolean } = {}) =>
  ruleReader.read(text, {
    inCaseThread: o.thread ?? false,
    catalog: DEFAULT_POLICY.products,
    asked: o.asked ?? [],
    ...(o.thread ? { caseProduct: 'SIP Server' } : {}),
  });
const main = (text: string, o?: Parameters<typeof read>[1]) => read(text, o).intents[0]!.intent;
const all = (text: string, o?: Parameters<typeof read>[1]): Intent[] =>
  read(text, o)
    .intents.filter((i) => i.confidence >= 0.5)
    .map((i) => i.intent);

describe('issue 21 §10: severity changes', () => {
  it('issue 21 §10: "since the dial plan change, sev high" is a report with its severity, no severity change', () => {
    for (const text of [
      'prod sip server 9.0 dropping calls since the dial plan change this morning, sev high',
      "SIP 9.0 prod, agents can't log in, since the AD password policy change, ~35 agents, sev high",
    ])
      expect(all(text), text).not.toContain('severity-change');
  });

  it('issue 21 §3: "set case N to Critical", "escalate case N to Critical" change the severity', () => {
    expect(
      main('please set case 01000011 to Critical - Production Down, the whole site is down', { thread: true }),
    ).toBe('severity-change');
    expect(all('please escalate case 01000009 to Critical')).toEqual(['severity-change']);
    // Escalating to a person is management attention.
    expect(main('please escalate case 01000009 to your manager')).toBe('management-attention');
  });

  it('issue 21 §10: "make it Medium, not High" answering our severity question is the answer', () => {
    expect(all('make it Medium, not High', { asked: ['severity'] })).toEqual(['answer']);
  });

  it('issue 21 §6: a severity said to have been lowered asks for no change; a manager review does', () => {
    expect(
      all('Could a manager please review case 01000011 - we disagree with the severity being lowered to Medium.'),
    ).toEqual(['management-attention']);
  });

  it('issue 21 §10: a severity change named with a manager request leads', () => {
    expect(all("please raise 01000003 to high and get a manager to look at it, we've waited a week")).toEqual([
      'severity-change',
      'management-attention',
    ]);
  });

  it('issue 21 §10: "case N: severity Medium instead of High" is no note for the case', () => {
    expect(all('case 01000008: severity Medium instead of High please')).toEqual(['severity-change']);
  });
});

describe('issue 21 §3: severity in the words people use', () => {
  it.each([
    ['nothing urgent, let us say low', 'low'],
    ['It is not a critical component, so Medium please.', 'medium'],
    ["GIM 8.5 prod: reports wrong, nothing urgent, let's say low", 'low'],
    ['how fast do you respond for medium? medium it is', 'medium'],
    ['they want Critical since go-live is Monday', 'critical'],
    ['SIP Server down in prod', 'critical-production-down'],
    ["it's not critical, just medium: attachments are dropped", 'medium'],
    ['ETL slow -- medium', 'medium'],
    ['sev: mediun. dashboard is empty', 'medium'],
  ])('issue 21 §3: %j is %s', (text, level) => {
    expect(readSeverity(text).value).toBe(level);
  });

  it('issue 21 §3: a level that is no severity stays unread ("we want high availability")', () => {
    expect(readSeverity('we want high availability for the new site').value).toBeUndefined();
    expect(readSeverity('the customer needs low latency on the trunks').value).toBeUndefined();
  });
});

describe('issue 21 §6: closing a case in its usual wordings', () => {
  it.each([
    ['Hello,\n\nwe confirm the fix; the case is resolved from our side.\n\nBen', true],
    ['thanks, that fixed it', true],
    ['all good now, you can close it', true],
    ['01000005 can be resolved, Initech confirmed', false],
    ['the fix works, close 01000004.', false],
  ])('issue 21 §6: %j closes the case', (text, thread) => {
    expect(main(text, { thread })).toBe('close-case');
  });

  it('issue 21 §6: "problem solved, thanks" with no case in sight is a close request (which case is asked)', () => {
    expect(main('problem solved, thanks')).toBe('close-case');
    // A long report that says one thing is solved is no close request.
    expect(
      all('the login issue is solved but now SIP Server 9.0 prod drops every call since the patch, high'),
    ).not.toContain('close-case');
  });
});

describe('issue 21 §9: case numbers and their look-alikes', () => {
  it('issue 21 §9: sales order numbers and host ids are no case numbers; "close 01000004." is one', () => {
    expect(readCaseNumbers('after the license file from order SO# 01234567 was installed')).toEqual([]);
    expect(readCaseNumbers('new host ID 00505696aa01 tonight')).toEqual([]);
    expect(readCaseNumbers('the fix works, close 01000004. thanks')).toEqual(['01000004']);
    expect(readCaseNumbers('see case #01000007')).toEqual(['01000007']);
  });

  it('issue 21 §4: "the same error on the backup node" adds to the case, it is no new issue', () => {
    expect(main('For case 01000003: we also see the same error on the backup node.')).toBe('add-to-case');
    expect(read('For case 01000003: we also see the same error on the backup node.').announcesNewIssue).toBe(false);
    expect(read('For case 01000003: by the way, a different problem: WDE 8.5 freezes').announcesNewIssue).toBe(true);
  });
});

describe('issue 21 §11: questions beside reports, and what is a question', () => {
  it('issue 21 §11: a full report with a policy question leads with the case', () => {
    const text =
      'For Initech: WDE 8.5 hangs on logout since the .NET update, Low. Also, is 8.5 -> 9.0 a major release?';
    expect(all(text)).toEqual(['open-case', 'release-type']);
    expect(
      main(
        "initech WDE 8.5 prod: agents can't set not-ready reasons since the GA change. how fast do you respond for medium? medium it is",
      ),
    ).toBe('open-case');
  });

  it('issue 21 §5: how downloads work, asked in general, is a question; a release-type question is always release-type', () => {
    expect(all('how do software downloads work for a partner with several End Users?')).toEqual(['question']);
    expect(all("What's the difference between a minor and a maintenance release?")).toEqual(['release-type']);
    expect(main('where do I download SIP Server hot fix 8.5.104.20?')).toBe('download');
    expect(main('is 9.0.012 to 9.0.014 major or minor?')).toBe('release-type');
  });

  it('issue 21 §5: a download named as the condition of a fee question is the fee question', () => {
    expect(
      all(
        'Initech asks whether they must pay the maintenance fees for the months they were not under contract before they can download WDE 8.5.120.',
      ),
    ).toEqual(['question']);
  });

  it('DOMAIN.md §5: "download via ftp works for us" answering the delivery question is the answer', () => {
    expect(all('download via ftp works for us', { asked: ['deliveryMethod'] })).toEqual(['answer']);
  });

  it('issue 21 §5: "are you open on Saturdays", "do you work on Thanksgiving" ask the business hours', () => {
    expect(
      read('GIM 8.5 prod ETL slow since the index rebuild -- are you open on Saturdays btw? -- medium').slots.questions
        ?.value,
    ).toEqual(['business-hours']);
    expect(read('do you work on Thanksgiving?').slots.questions?.value).toEqual(['business-hours']);
  });

  it('issue 21 §11: the report written before a question in the same sentence is the description', () => {
    const r = read('GIM 8.5 prod ETL slow since the index rebuild -- are you open on Saturdays btw? -- medium');
    expect(r.slots.description?.value).toBe('GIM 8.5 prod ETL slow since the index rebuild');
    expect(r.slots.system?.value).toBe('production');
    expect(r.slots.severity?.value).toBe('medium');
  });
});

describe('issue 21 §6: clear requests are not "not understood"', () => {
  it.each([
    ['Hi, what can I ask you here?\nDan', 'help'],
    ['options?', 'help'],
    ['what are my options', 'help'],
    ['how does this work?', 'help'],
    ['Hi team, help please', 'help'],
    ['Hello,\n\nwhat can I do with this service?\n\nRegards,\nBen', 'help'],
    ['is there a list of commands?', 'help'],
    ['who is working on my case?', 'case-status'],
    ["what's happening with my ticket", 'case-status'],
    ['can I get SIP Server 9.0?', 'download'],
    ['show me everything open for Initech', 'my-cases'],
    ['the customer is not happy with how case 01000003 is handled', 'management-attention'],
    ['this is taking way too long, I want to complain', 'management-attention'],
    ['can you reopen case 01000004? the problem is back', 'add-to-case'],
    [
      'for initech: the CIC license they got from Licensing is a 30-day temporary one, and they need the host ID changed, can you modify it?',
      'temp-license',
    ],
  ])('issue 21 §6: %j is %s', (text, intent) => {
    expect(main(text)).toBe(intent);
  });

  it('issue 21 §6: help is the whole message — "help with SIP Server 9.0" or "???" is no help request', () => {
    expect(all('help with SIP Server 9.0 please')).not.toContain('help');
    expect(main('???')).toBe('not-understood');
  });

  it('issue 21 §6: a manager asked to call in a thread is management attention', () => {
    expect(main('can a manager call me?', { thread: true })).toBe('management-attention');
  });
});

describe('issue 21 §6: help asked inside a longer message', () => {
  it.each([
    'hi! first time using this - what can you do?',
    'what kind of requests can I send to this mailbox?',
    'hello, which commands are there?',
    'can you explain me what I can do with this bot please',
    'hlep',
    'how do I close a case myself?',
  ])('issue 21 §6: %j is help', (text) => {
    expect(main(text)).toBe('help');
  });

  it('issue 21 §6: a how-to naming a product, a case or a problem is no help request', () => {
    expect(main('how do I open a case for the SIP Server crash in prod?')).toBe('open-case');
    expect(all('what can you do about case 01000004?')).not.toContain('help');
  });
});

describe('DOMAIN.md §6: temporary-license reasons by who issued the file', () => {
  const reason = (text: string) => read(text).slots.tempLicenseReason?.value;
  it('DOMAIN.md §6: extending a temporary file Licensing issued is a change to it; one Customer Care issued is refused', () => {
    expect(reason('can you extend the temp license we got from Licensing by a few days? it ends Friday')).toBe(
      'modify-temporary',
    );
    expect(reason('the 30-day file Customer Care issued us runs out Friday, can you do another one?')).toBe(
      'extend-own-temporary',
    );
  });

  it('DOMAIN.md §6: a proof of concept with a prospect is a demo; a load or DR test is testing', () => {
    expect(reason('we need a temporary SIP Server license for a proof of concept with a prospect')).toBe('demo');
    expect(reason('the load test of the new SBC next week needs a temporary SIP Server license with 500 ports')).toBe(
      'testing',
    );
    expect(reason('we need a temporary license file for the disaster-recovery test of our SIP Server')).toBe('testing');
  });
});

describe('issue 21 §4 and §6: requests in a case thread (dev batch 4 shapes)', () => {
  it('issue 21 §4: "could you please open a new case for this: <report>" carries its report', () => {
    const r = read(
      'could you please open a new case for this: Genesys Info Mart 8.5 in production, the detail report counts transferred calls twice since we upgraded ICON. Low.',
      { thread: true },
    );
    expect(r.intents[0]!.intent).toBe('open-case');
    expect(r.slots.description?.value).toContain('counts transferred calls twice');
  });

  it('issue 21 §6: "someone senior to look at N" is management attention', () => {
    expect(
      main("two days and still no real analysis on this. I'd like someone senior to look at 01000001 please"),
    ).toBe('management-attention');
  });

  it('issue 21 §10: "we can drop this one to Low now" changes the severity', () => {
    expect(all('the workaround works, so we can drop this one to Low now.', { thread: true })).toContain(
      'severity-change',
    );
  });

  it('issue 21 §1: "calls ring forever" is a problem; agents a screen shows wrongly are no business impact', () => {
    const r = read('SIP Server 8.5 production: calls to the Madrid queue ring forever since the strategy reload. high');
    expect(r.slots.description?.value).toContain('ring forever');
    expect(
      read('WFM 8.5 production: adherence shows all agents as out of adherence since Thursday. medium').slots
        .businessImpact,
    ).toBeUndefined();
  });
});

describe('issue 21 §6 and §10: more wordings of close, severity and status requests', () => {
  it.each([
    ["we don't need 01000007 anymore, the project it was for got cancelled", 'close-case'],
    ['the case 01000004 is not more needed, Initech make the rollback and all is working.', 'close-case'],
    ['Initech now has all 80 agents down on 01000005, we need it Critical - Production Down', 'severity-change'],
    ['for 01000007 please put priority on critical, the Initech production is down completely', 'severity-change'],
  ])('issue 21 §6: %j is %s', (text, intent) => {
    expect(all(text)).toEqual([intent]);
  });

  it('issue 21 §6: "where are we on this one?" in a thread asks the status', () => {
    expect(main('where are we on this one?', { thread: true })).toBe('case-status');
  });
});
