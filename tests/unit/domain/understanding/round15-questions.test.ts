/**
 * Issue 21 §5, round 15: policy questions in the writer's own words, each topic read by the concepts it is
 * made of (a time to an answer, what a level means, support that ends, when the team works, what
 * maintenance costs, how a release not offered for download is had), a claim put up for confirmation asked
 * as a question would be, and information asked in the imperative. Probed with sentences written for this
 * file before the rules were changed.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { asksInForm } from '../../../../src/domain/understanding/question-form.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string) => ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products });

describe('issue 21 §5: a policy question is read by the concepts of its topic', () => {
  it.each([
    ['if we log something as Medium, in how much time does your team come back to us?', 'sla-targets'],
    ['Our vendor manager claims restoration for Critical is 4 hours in every case. Please confirm.', 'sla-targets'],
    ['is the 2-hour answer for critical issues counted only in business hours?', 'sla-targets'],
    ['High ticket — does that mean somebody replies the same day?', 'sla-targets'],
    ["I suppose a low issue never gets a hotfix, but I'd like it confirmed.", 'hot-fix-policy'],
    ['what means severity High exactly for you?', 'severity-definitions'],
    ['medium vs low, how do you tell them apart?', 'severity-definitions'],
    ['when is the end of the maintenance for WDE 8.1?', 'eol'],
    ['When does support stop for Interaction Server 8.1?', 'eol'],
    ['from what time until what time is your team working in Singapore?', 'business-hours'],
    ['are the targets counted in our time zone or in the US one?', 'business-hours'],
    ['What is the fee for the maintenance next year and how do you calculate it?', 'maintenance-fees'],
    [
      'I would like to enquire under which conditions your team issues a temporary license file.',
      'temp-license-policy',
    ],
    ['whats the procedure to request a controlled release? first time for us', 'controlled-release-how'],
    ['Please explain the process for getting a release that is not offered for download.', 'controlled-release-how'],
  ])('issue 21 §5: "%s" asks %s, and is a question', (text, topic) => {
    const reading = read(text);
    expect(reading.intents.map((i) => i.intent)).toEqual(['question']);
    expect(reading.slots.questions?.value).toContain(topic);
  });

  it('issue 21 §5: a controlled release named with its product is ordered, the way asked beside it', () => {
    const reading = read('how we must do for get the controlled release of GIM 8.5?');
    expect(reading.intents[0]?.intent).toBe('controlled-software');
    expect(reading.slots.questions?.value).toEqual(['controlled-release-how']);
  });

  it('issue 21 §5: a time zone that is part of a report asks nothing', () => {
    const reading = read(
      'Why does WFM 8.5 show all agents absent on Sundays since we changed the site time zone? prod, low',
    );
    expect(reading.slots.questions).toBeUndefined();
    expect(reading.intents[0]?.intent).toBe('open-case');
  });

  it('issue 21 §5: information asked in the imperative is asked; a thing asked for is not', () => {
    expect(asksInForm('Kindly explain the procedure for obtaining a release')).toBe(true);
    expect(asksInForm('please describe the conditions for a temporary license')).toBe(true);
    expect(asksInForm('please explain to the analyst that we are on 8.5')).toBe(false);
  });
});
