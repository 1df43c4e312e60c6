/**
 * Issue 21, round 9: requests read by word families rather than by one phrase per wording seen — any
 * change verb with any level, any way of asking how far a case is, someone senior however titled, messages
 * for information only, questions, downloads and temporary-license reasons in other words. The sentences
 * here were written for this file, around the keywords the older rules look for.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import type { ReadContext } from '../../../../src/domain/understanding/port.ts';
import { readReleaseVersions } from '../../../../src/domain/understanding/questions.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string, inCaseThread = false, more: Partial<ReadContext> = {}) =>
  ruleReader.read(text, { inCaseThread, catalog: DEFAULT_POLICY.products, ...more });
const main = (text: string, inCaseThread = false, more: Partial<ReadContext> = {}) =>
  read(text, inCaseThread, more).intents[0]?.intent;

describe('issue 21 §10: a new level asked for in the change family', () => {
  it('issue 21 §10: moving, handling, reclassifying a case at a level is a severity change with that level', () => {
    for (const [text, level] of [
      ['Could we move to High on this ticket? It spread to the second site.', 'high'],
      ['It has to be treated as Medium from now on, the workaround only half works.', 'medium'],
      ['Can 01000006 be re-classified as High please?', 'high'],
      ['priority of 01000006 should really be Critical, nothing gets through', 'critical'],
    ] as const) {
      const reading = read(text, true);
      expect(reading.intents[0]?.intent, text).toBe('severity-change');
      expect(reading.slots.severity?.value, text).toBe(level);
    }
  });

  it('issue 21 §10: a notch, a reconsidered level, "not a low item for us", the verb written last', () => {
    expect(main('you can take it down a notch, users have a workaround', true)).toBe('severity-change');
    expect(main('We ask that the priority of case 01000006 be reassessed, two more plants are hit.')).toBe(
      'severity-change',
    );
    expect(main('This is not a low priority matter for us any more.', true)).toBe('severity-change');
    const reversed = read('could you the severity of case 01000006 to high change? the night shift cannot work');
    expect(reversed.intents[0]?.intent).toBe('severity-change');
    expect(reversed.slots.severity?.value).toBe('high');
  });

  it('issue 21 §10: a level others set, or a level that names a queue, asks for nothing', () => {
    const told = read('The analyst raised the severity to High on Monday, thank you. New traces attached.', true);
    expect(told.intents.map((i) => i.intent)).not.toContain('severity-change');
    expect(told.slots.severity).toBeUndefined();
    expect(main('since Monday the VIP calls go to low priority queues in WDE 8.5, prod', true)).not.toBe(
      'severity-change',
    );
  });
});

describe('issue 21 §6: how far a case is, in the status family', () => {
  it('issue 21 §6: "anything new", "how far along", "did anyone get a chance", "not heard back"', () => {
    expect(main('01000006: anything new on your side?')).toBe('case-status');
    expect(main('how far along is the analysis of 01000006?')).toBe('case-status');
    expect(main('Has anybody had a chance to look at the traces yet?', true)).toBe('case-status');
    expect(main('We have not heard back on 01000006 since last week.')).toBe('case-status');
  });

  it('issue 21 §6: a status asked as a question stands beside the complaint around it', () => {
    expect(main('the engineer never called back as agreed. where are we?', true)).toBe('case-status');
  });

  it('issue 21 §6: the status board of a product is no case status', () => {
    expect(main('status board shows green for all nodes now, please keep 01000006 open')).not.toBe('case-status');
  });
});

describe('issue 21 §6: someone senior, however titled', () => {
  it('issue 21 §6: above the analyst, the head of support, who to talk to about a named case', () => {
    expect(main('I need somebody above the engineer to own 01000006.')).toBe('management-attention');
    expect(main('Get us your director of support on this.', true)).toBe('management-attention');
    expect(main('who should we talk to about how long 01000006 is taking?')).toBe('management-attention');
  });

  it('issue 21 §6: escalation as a product feature, or who to talk to with no case, is no such request', () => {
    const feature = read('In WDE 8.5 the escalation of chats to supervisors fails since the patch, production.');
    expect(feature.intents[0]?.intent).toBe('open-case');
    expect(feature.intents.map((i) => i.intent)).not.toContain('management-attention');
    expect(main('who can I talk to about licensing?')).not.toBe('management-attention');
  });
});

describe('issue 21 §6: nothing to act on', () => {
  it('issue 21 §6: promises to come back, standing by, thanks for a fix, information only', () => {
    for (const text of [
      'noted. standing by.',
      'ok, will test that tonight and report back',
      'thanks for sorting 01000006 out so quickly',
      'our intranet login page is down, nothing to do with you, just so you know',
    ])
      expect(main(text, true), text).toBe('not-understood');
  });

  it('issue 21 §6: a ticket system\'s reply with its tags before "RE:" is an automatic reply', () => {
    const reading = read('Your request to helpdesk@acme.example has been received. Ticket HD-1 was created.', false, {
      subject: '[HD-1] RE: [Case 01000006] logs',
    });
    expect(reading.intents[0]?.intent).toBe('not-understood');
  });
});

describe('issue 21 §4: another problem announced in strong words', () => {
  it('issue 21 §4: "Unrelated, but …" before anything said to go wrong is a new problem, not a note', () => {
    expect(main('Thanks. Unrelated, but the GIM 8.5 ETL is stuck too.', true)).toBe('open-case');
    expect(main('Thanks. Unrelated, but thanks for the webinar last week.', true)).not.toBe('open-case');
  });
});

describe('issue 21 §5, §11: policy questions in the families', () => {
  it('issue 21 §5: end of support, a fix for a level, P-codes, someone there at a time off', () => {
    expect(read('When does Stat Server 8.1 stop being supported?').slots.questions?.value).toEqual(['eol']);
    expect(read('Is Interaction Server 8.1 too old for you to help with?').slots.questions?.value).toEqual(['eol']);
    expect(read('Would you ship a patch for a Medium defect?').slots.questions?.value).toEqual(['hot-fix-policy']);
    expect(read('what qualifies as a P2 for you?').slots.questions?.value).toEqual(['severity-definitions']);
    expect(read('is someone reachable over Christmas if we have an outage?').slots.questions?.value).toEqual([
      'business-hours',
    ]);
  });

  it('issue 21 §11: a supposed outage before the question is no report', () => {
    const reading = read('If our production goes down at night, does anybody answer?');
    expect(reading.intents[0]?.intent).toBe('question');
    expect(reading.slots.severity).toBeUndefined();
    expect(reading.slots.description).toBeUndefined();
  });

  it('issue 21 §5: a version step sized or classified, and a pair written to-then-from', () => {
    expect(main('We go from 8.5 to 9.1 in March. How would you classify that step?')).toBe('release-type');
    expect(main('WDE 8.5.1 -> 8.5.9: do we need a change request for that, or is it only bug fixes?')).toBe(
      'release-type',
    );
    expect(readReleaseVersions('they ask if moving to GIM 8.6 from their 8.5 is a minor release')).toEqual([
      { from: '8.5', to: '8.6' },
    ]);
  });
});

describe('issue 21 §9: downloads asked, told or of documents', () => {
  it('issue 21 §9: software asked in other words is a download', () => {
    expect(main('could you share the Stat Server 8.5 bits with us?')).toBe('download');
    expect(main('where can we get Interaction Server 8.5 from?')).toBe('download');
  });

  it('issue 21 §9: a download told, a download of an invoice or of reports, is no download request', () => {
    expect(main('After downloading the new greetings to GVP 9.0 callers hear nothing in production.')).toBe(
      'open-case',
    );
    expect(main('our accountant wants to download the invoice for contract C-300')).not.toBe('download');
    expect(
      read('we downloaded the Stat Server 8.5 installer on Friday and it is on both hosts now').intents,
    ).not.toContainEqual(expect.objectContaining({ intent: 'download' }));
    expect(main('where do I find the EOL announcements for WDE?')).not.toBe('download');
  });
});

describe('issue 21 §12: temporary licenses and seats in other words', () => {
  it('issue 21 §12: relocating, trying, a server that will not start, more time on our file, a fair', () => {
    const reason = (text: string) => read(text).slots.tempLicenseReason?.value;
    expect(reason('We are relocating the license server next week and need a temporary license for it.')).toBe(
      'rehost',
    );
    expect(reason('We need a temporary license so the integrator can try the new IVR before go-live.')).toBe('testing');
    expect(
      reason('The production license server will not start and no agent can log in - temporary license please.'),
    ).toBe('critical-licensing');
    expect(reason('Could you stretch the 30-day key you sent us by two more weeks?')).toBe('extend-own-temporary');
    expect(reason('The temp file from Licensing ends Friday; could you push it out by a week?')).toBe(
      'modify-temporary',
    );
    expect(
      reason('Our permanent key expires Friday and its renewal is stuck in purchasing, we need a temporary license.'),
    ).toBe('emergency-extension');
    expect(reason('We want a temporary license to show the outbound dialer at a trade conference in May.')).toBe(
      'demo',
    );
  });

  it('issue 21 §12: a short license is a temporary one; more seats are a license request', () => {
    expect(main('Can you issue us a short-term license for the new site?')).toBe('temp-license');
    expect(main('we need 40 more Stat Server seats on our permanent file')).toBe('license-request');
  });
});
