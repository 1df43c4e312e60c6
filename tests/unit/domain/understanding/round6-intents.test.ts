/**
 * Issue 21, round 6: what a message asks for — acknowledgements that are no notes, and requests about a
 * case written in other forms than the ones the reader knew.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { isAcknowledgement } from '../../../../src/domain/understanding/acknowledgement.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string, o: { asked?: SlotName[]; thread?: boolean } = {}) =>
  ruleReader.read(text, {
    inCaseThread: o.thread ?? false,
    catalog: DEFAULT_POLICY.products,
    asked: o.asked ?? [],
    ...(o.thread ? { caseProduct: 'SIP Server' } : {}),
  });
const main = (text: string, o?: Parameters<typeof read>[1]) => read(text, o).intents[0]!.intent;

describe('issue 21 §6: an acknowledgement is no note for the case', () => {
  const ACKS = [
    'ok',
    'thx, we will wait for your analysis',
    "great, thanks! we'll stand by",
    'Thanks a lot for the quick reply.\n\nCarla',
    'noted, thank you - have a nice weekend',
    'good morning, hope you had a nice weekend',
    'perfect 👍',
    'ok thanks, looking forward to your feedback',
  ];
  it('issue 21 §6: thanks, "ok", "we\'ll wait" and pleasantries in a case\'s thread are not-understood, not add-to-case', () => {
    for (const text of ACKS) {
      expect(isAcknowledgement(text), text).toBe(true);
      expect(main(text, { thread: true }), text).toBe('not-understood');
    }
  });

  it('issue 21 §6: thanks with news, a request or a question is not a mere acknowledgement', () => {
    for (const text of [
      'thanks, we applied the workaround and it still fails',
      'thank you, the logs are attached',
      'thanks for the update, when will the fix be ready?',
      'ok, please raise it to high',
      'thanks, you can close it',
    ]) {
      expect(isAcknowledgement(text), text).toBe(false);
      expect(main(text, { thread: true }), text).not.toBe('not-understood');
    }
  });
});

describe('issue 21 §3, §10: a severity change in the many ways it is asked for', () => {
  it('issue 21 §10: forms, "bump up", "treat as", "is now critical", "higher priority", "to be", "instead of" ask for another level', () => {
    const cases: Array<[string, string | undefined]> = [
      ['Case: 01000002\nNew severity: Critical\nReason: all IVR payments fail since 10:00', 'critical'],
      ['can we bump 01000002 up a level?', undefined],
      ['please treat case 01000003 as high from now on', 'high'],
      ['could you handle 01000005 as Critical?', 'critical'],
      ['01000003 is now critical for us, the whole floor is affected', 'critical'],
      ['we need a higher priority on 01000004', undefined],
      ['the severity of 01000004 needs to go up', undefined],
      ['we would like case 01000006 to be critical', 'critical'],
      ['Change severity of 01000004: Medium -> High', 'high'],
      ['01000006 - medium please, it is less urgent now', 'medium'],
    ];
    for (const [text, level] of cases) {
      const r = read(text);
      expect(r.intents[0]!.intent, text).toBe('severity-change');
      expect(r.slots.severity?.value, text).toBe(level);
    }
    const inThread = read('can this be high instead of medium?', { thread: true });
    expect(inThread.intents[0]!.intent).toBe('severity-change');
    expect(inThread.slots.severity?.value).toBe('high');
  });

  it('issue 21 §10: in a new report "Please treat this as Medium" or "Requested severity: High" is its level, no change', () => {
    for (const text of [
      'GIM 8.5 prod ETL fails since the hot fix. Please treat this as Medium.',
      'WFM 8.5 prod forecast is empty since the upgrade.\n\nRequested severity: High',
      'I would classify this as a Medium rather than a High: the SIP Server 8.5 lab drops calls',
    ]) {
      const r = read(text);
      expect(
        r.intents.map((i) => i.intent),
        text,
      ).not.toContain('severity-change');
      expect(r.intents[0]!.intent, text).toBe('open-case');
    }
  });
});

describe('issue 21 §6: management attention, and what only looks like it', () => {
  it('issue 21 §6: "somebody from the management", "a manger" (typo) on a case is management attention', () => {
    expect(main('please can somebody from the management look at case 01000003, the customer is angry')).toBe(
      'management-attention',
    );
    expect(main('pls get a manger on case 01000008')).toBe('management-attention');
  });

  it('issue 21 §6: "how do I escalate a case?" with no case in sight asks how it works', () => {
    for (const text of [
      'how do I escalate a case in general?',
      'can I escalate if I am not happy with the progress?',
    ]) {
      expect(main(text), text).not.toBe('management-attention');
    }
    expect(main('can I escalate this?', { thread: true })).toBe('management-attention');
  });
});

describe('issue 21 §6: my cases, case status and downloads only when asked for', () => {
  it('issue 21 §6: "do we have any cases open?" asks for my cases; "in all cases …", "which cases count as …" do not', () => {
    expect(main('do we have any cases open at the moment?')).toBe('my-cases');
    expect(main('which cases are still open?')).toBe('my-cases');
    for (const text of [
      'in all cases the agent desktop freezes after a transfer',
      'which cases count as critical?',
      'what happens with our open cases if the contract lapses?',
    ])
      expect(main(text), text).not.toBe('my-cases');
  });

  it('issue 21 §6: an agent status or a status code is no case status', () => {
    expect(main("what does agent status 'not ready reason 12' mean?")).not.toBe('case-status');
    expect(main('status of 01000003?')).toBe('case-status');
  });

  it('issue 21 §6: a download of documents is no software download', () => {
    expect(main('is there a download for the WDE 8.5.124 release notes?')).not.toBe('download');
    expect(main('where can I download WDE 8.5.124?')).toBe('download');
  });
});

describe('issue 21 §10, §6: dev batch 5 shapes, by their general rules', () => {
  it('issue 21 §10: on a case, "N -> sev low", "upgarde the sevrity … to hihg", "Requested severity:", "put it back to High", "Medium will be fine" change the level', () => {
    const cases: Array<[string, string]> = [
      ['01000006 -> sev low pls, they found a workaround', 'low'],
      ['pls upgarde the sevrity of 01000002 to hihg, its spreading', 'high'],
      ['Case: 01000007\nRequested severity: Critical\nReason: every store is hit now', 'critical'],
      ['who lowered 01000004 to Medium? put it back to High please', 'high'],
    ];
    for (const [text, level] of cases) {
      expect(main(text), text).toBe('severity-change');
      expect(read(text).slots.severity?.value, text).toBe(level);
    }
    const fine = read('less pressing than we thought; Medium will be fine for this case.', { thread: true });
    expect(fine.intents[0]!.intent).toBe('severity-change');
    expect(fine.slots.severity?.value).toBe('medium');
    expect(main('please treat this as production down now', { thread: true })).toBe('severity-change');
  });

  it('issue 21 §6: "a responsible person from your side" is management; "escalate this case to Critical" is a severity change only', () => {
    expect(main('please can a responsible person from your side look at this case', { thread: true })).toBe(
      'management-attention',
    );
    const r = read('Please escalate this case to Critical, the outage now covers the whole site.', { thread: true });
    expect(r.intents.map((i) => i.intent)).not.toContain('management-attention');
  });

  it('issue 21 §6: "anything still open with you?", "are there other open cases?" ask for my cases, after a case named', () => {
    expect(main('do we have anything still open with you for Initech?')).toBe('my-cases');
    const both = read("whats the status of Umbrella's 01000006, and are there other open cases for Umbrella?");
    expect(both.intents.map((i) => i.intent).slice(0, 2)).toEqual(['case-status', 'my-cases']);
  });

  it('issue 21 §6: "that explains it, we\'ll try the patch and let you know", "I am back and taking this over" are acknowledgements', () => {
    for (const text of [
      "Thanks a lot, that explains it. We'll try the patch tonight and let you know.\n\nBen",
      'Good morning, I am back from holiday and taking this over from Ben.\n\nAna',
    ])
      expect(main(text, { thread: true }), text).toBe('not-understood');
    expect(main('We tried the patch tonight and it still fails', { thread: true })).not.toBe('not-understood');
  });
});
