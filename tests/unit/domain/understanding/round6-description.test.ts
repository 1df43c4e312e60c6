/**
 * Issue 21, round 6: descriptions in the forms the reader missed — "not <done>", "stop at", a label run
 * into prose, "why does X show …", a report with "I'd like to know whether" behind it — and reports whose
 * wording looked like another request (an installer that stops, a case named for comparison, "unrelated:").
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readDescription } from '../../../../src/domain/understanding/description.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string, thread = false) =>
  ruleReader.read(text, { inCaseThread: thread, catalog: DEFAULT_POLICY.products, asked: [] });

describe('issue 21 §1: the description in every form a problem is told', () => {
  it('issue 21 §1: "<thing> not <past participle>" says something goes wrong ("DTMF not recognised")', () => {
    expect(readDescription('URS 8.1 prod: skills not updated after the import, medium').value).toContain(
      'skills not updated',
    );
    expect(readDescription('SIP Server 9.0: DTMF digits not detected on the new trunk').value).toContain(
      'not detected',
    );
    // "not related", "not changed", "not affected" say nothing goes wrong.
    expect(readDescription('The trunk group was not changed, the other site was not affected.').value).toBeUndefined();
  });

  it('issue 21 §1: "campaigns stop at 50%" is a symptom', () => {
    expect(readDescription('CIC 4.0 production, outbound campaigns stop at 50% every evening.').value).toContain(
      'campaigns stop at 50%',
    );
  });

  it('issue 21 §1: prose after a short label on the same line ("sev: medium. GIM 8.5 prod …") is the description', () => {
    const r = read('prio: low. WFM 8.5 prod the schedule view shows last weeks shifts since the patch');
    expect(r.slots.severity?.value).toBe('low');
    expect(r.slots.description?.value).toContain('shows last weeks shifts');
  });

  it('issue 21 §1: "Why does WFM show all agents absent on Sundays …?" reports a behaviour, not a rule question', () => {
    const r = read('Why does WFM 8.5 mark every agent absent on Sundays since the time zone change? prod, medium');
    expect(r.intents[0]!.intent).toBe('open-case');
    expect(r.slots.description?.value).toContain('mark every agent absent');
    expect(readDescription('Why do you need my PIN every time?').value).toBeUndefined();
  });

  it('issue 21 §5: a report with "and I\'d like to know whether …" behind it keeps its description and severity', () => {
    const r = read(
      'our SIP Server 9.0 lab drops calls since the SBC swap (Medium), and we would like to know whether you provide hot fixes for Medium issues.',
    );
    expect(r.intents.map((i) => i.intent).slice(0, 2)).toEqual(['open-case', 'question']);
    expect(r.slots.description?.value).toContain('drops calls');
    expect(r.slots.severity?.value).toBe('medium');
  });
});

describe('issue 21 §9: a problem report worded like another request is still a report', () => {
  it('issue 21 §9: an installer or a download that fails is the problem, not software asked for', () => {
    for (const text of [
      'can you help me with the GIM 8.5 setup on our lab box? the installer crashes at the schema step',
      'the download of the call recordings fails in WDE 8.5 since Monday, medium',
    ])
      expect(read(text).intents[0]!.intent, text).toBe('open-case');
    expect(read('where can I download the WDE 8.5 installer?').intents[0]!.intent).toBe('download');
  });

  it('issue 21 §9: a case named for comparison ("like 01000003 last month") is not the case addressed', () => {
    const r = read('SIP Server 9.0 prod: calls drop after 30 s since the trunk change (same as 01000003), high');
    expect(r.intents[0]!.intent).toBe('open-case');
    expect(read('SIP Server 9.0 prod: calls drop after 30 s, see case 01000003').intents[0]!.intent).not.toBe(
      'open-case',
    );
  });

  it('issue 21 §4: "unrelated:" in a case\'s thread announces a new problem', () => {
    const r = read('unrelated: GIM 8.5 prod reports are empty since the ETL move, low', true);
    expect(r.intents[0]!.intent).toBe('open-case');
    expect(r.announcesNewIssue).toBe(true);
  });
});
