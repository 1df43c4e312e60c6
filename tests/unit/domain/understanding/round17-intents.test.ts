/**
 * Issue 21, round 17: intents and dialogue facts the promoted fifth held-out part and the blind batch x6 showed
 * wrong, each class probed with messages written for this file (other words, personas and registers than the
 * corpus) before the rule changed, with the look-alikes that must not be read so beside them.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { announcesAnotherProblem, splitAtNewIssue } from '../../../../src/domain/understanding/cues.ts';
import { withoutLaterCloses } from '../../../../src/domain/understanding/negated-requests.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string, asked?: SlotName[], inCaseThread = false) =>
  ruleReader.read(text, { inCaseThread, catalog: DEFAULT_POLICY.products, ...(asked ? { asked } : {}) });
const mainOf = (text: string, asked?: SlotName[], inCaseThread = false) =>
  read(text, asked, inCaseThread).intents[0]?.intent;

describe('docs/rules.md §4: a close is read only when asked now (a contact’s close closes the case at once)', () => {
  it.each([
    'all good now, feel free to close the ticket',
    'Hi team,\n\nThe patch fixed it. From our perspective this case can be closed.\n\nRegards,\nMarta',
    'issue gone since the rollback. closing ok for us',
    'fixed after the reboot, if you agree you can close it',
    'after the restart everything works, you can close this case',
  ])('a close asked now: %s', (text) => {
    expect(mainOf(text, undefined, true)).toBe('close-case');
  });

  it.each([
    'Keep it open please until Friday, then we can close it.',
    'If the overnight batch is clean you can close the case.',
    'Once our QA signs off on Monday we can close this.',
    'when will you close this case?',
    'Until the vendor confirms, please leave the case open.',
    "please don't close it yet, we still see the error on node 2",
  ])('a close put off, made to hang on something to come, or asked about is no close: %s', (text) => {
    expect(mainOf(text, undefined, true)).not.toBe('close-case');
  });

  it('only the put-off clause is set aside: the rest of the message is read as before', () => {
    expect(withoutLaterCloses('Logs attached. Keep it open until Friday, then we can close it.')).toMatch(
      /^Logs attached\./,
    );
  });
});

describe('issue 21 §11: a question after a pause in the dialogue is a question, and no answer to ours', () => {
  it.each([
    'wait before that whats the response time for high on our contract',
    "hold on - what's the first response target for a High on our plan?",
    'one sec, how long until someone answers a medium case',
  ])('a pause, then a question about the rules: %s', (text) => {
    const r = read(text, ['description', 'circumstances', 'businessImpact']);
    expect(r.intents[0]?.intent).toBe('question');
    expect(r.slots.description).toBeUndefined();
    expect(r.slots.circumstances).toBeUndefined();
  });

  it.each([
    ['wait, it started after the upgrade on Friday', 'circumstances'],
    ['before that we changed the dial plan on the SBC', 'circumstances'],
  ] as const)('a pause, then an answer, is still the answer: %s', (text, slot) => {
    const r = read(text, ['circumstances']);
    expect(r.intents[0]?.intent).not.toBe('question');
    expect(r.slots[slot]).toBeDefined();
  });

  it('a lone "after the patch?" still answers the circumstances asked (asked back, not about the rules)', () => {
    expect(read('after the patch?', ['circumstances']).slots.circumstances?.value).toBe('after the patch');
  });
});

describe('docs/rules.md §4: another problem announced in no uncertain words', () => {
  it.each([
    'Unrelated: our SIP Server 9.0 in production stopped accepting transfers.',
    'Logs attached for the email issue.\n\nA separate matter: GIM 8.5 in production stops at the merge step.',
    'one more problem, different from this ticket - SIP Server 9.0 prod rejects REFER',
    'Something else while I have you: Interaction Server crashes every night.',
  ])('strongly announced: %s', (text) => {
    expect(announcesAnotherProblem(text)).toBe(true);
  });

  it.each([
    'the event log also says error 1053 when the service starts',
    'also the same error now shows on the backup node',
    'btw the problem is back since this morning',
  ])('not strongly announced (more of the same problem, most likely): %s', (text) => {
    expect(announcesAnotherProblem(text)).toBe(false);
  });

  it('the words before the announcement are kept apart from the new problem, from the start of its sentence', () => {
    expect(
      splitAtNewIssue(
        'Thanks, the pcap is attached.\n\nAlso, another issue: the SIP Server 9.0 fails to register the trunk',
      ),
    ).toEqual({
      before: 'Thanks, the pcap is attached.',
      issue: 'Also, another issue: the SIP Server 9.0 fails to register the trunk',
    });
  });
});

describe('issue 21 §5: a problem supposed in a question is no report, after any lead-in', () => {
  it.each([
    'Two questions:\n- If we log a High severity defect, can we get a hot fix, or does it wait for a maintenance release?',
    'Question: if we report a Medium defect in WFM 8.5, how long until the first answer?',
    'In case the GIM ETL fails over the weekend, is somebody available to help?',
  ])('asked, not reported: %s', (text) => {
    expect(read(text).intents.map((i) => i.intent)).not.toContain('open-case');
  });

  it.each([
    'Our SIP Server 9.0 crashes every night since the upgrade. If it goes on, can we get a hot fix? High.',
    'If you could look at this soon: GIM 8.5 production ETL fails since the patch, medium',
  ])('a report beside a supposition or a polite "if" is still a report: %s', (text) => {
    expect(mainOf(text)).toBe('open-case');
  });
});
