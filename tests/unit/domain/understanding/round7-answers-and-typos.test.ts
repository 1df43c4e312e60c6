/**
 * Issue 21, round 7: answers in non-native English ("For severity we say Medium", "we have problem with
 * WDE"), shares of people ("a third of callers"), a deed's own time ("restarted after the patch"), typos of
 * short words ("prdo", "emtpy", "med"), versions said in words where they stand, and a reindex that is a
 * cause, not a cost.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readCircumstances } from '../../../../src/domain/understanding/circumstances.ts';
import { readDescription } from '../../../../src/domain/understanding/description.ts';
import { readImpact } from '../../../../src/domain/understanding/impact.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { readSeverity } from '../../../../src/domain/understanding/severity.ts';
import { correctTypos } from '../../../../src/domain/understanding/typos.ts';
import { findVersions } from '../../../../src/domain/understanding/versions.ts';

const read = (text: string) => ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products });

describe('issue 21 §2: answers in the writer’s own words', () => {
  it('issue 21 §2: "For severity we say Medium" and "We think High" give the level', () => {
    expect(readSeverity('It is starting after the change. For severity we say Medium.').value).toBe('medium');
    expect(readSeverity('WDE freezes on transfer. Production. We think High.').value).toBe('high');
    expect(readSeverity('For severity we say nothing yet.').value).toBeUndefined();
  });

  it('issue 21 §9: "we have problem with WDE 8.5 at Initech, production" is a request, not a description', () => {
    expect(readDescription('we have problem with WDE 8.5 at Initech, production.').value).toBeUndefined();
    expect(readDescription('we have a problem with WDE 8.5, agents cannot log in.').value).toContain('cannot log in');
  });
});

describe('issue 21 §1: who is affected, and what led to it', () => {
  it('issue 21 §1: "About a third of callers hang up", "The team leaders can not balance the agents" are the impact', () => {
    expect(
      readImpact('callers hear silence since the patch. About a third of callers hang up while on hold.').value,
    ).toBe('About a third of callers hang up while on hold');
    expect(readImpact('The team leaders can not balance the agents between the queues.').value).toContain(
      'team leaders can not balance',
    );
  });

  it('issue 21 §1: "the report is empty since sunday\'s reindex" is the symptom and its cause, not the cost', () => {
    expect(readImpact("the agent-login report is empty since sunday's reindex").value).toBeUndefined();
  });

  it('issue 21 §1: "since config server was restarted after the patch" keeps the deed\'s own time', () => {
    expect(
      readCircumstances('the ETL cannot read the config since config server was restarted after the patch. high.')
        .value,
    ).toBe('since config server was restarted after the patch');
  });
});

describe('issue 21 §8: typos of short words and versions said in words', () => {
  it('issue 21 §8: "prdo", "emtpy" are corrected in place; "med" alone is Medium', () => {
    expect(correctTypos('GIM prdo: report is emtpy')).toBe('GIM prod: report is empty');
    expect(readSeverity('report empty since the reindex. med. supervisors wait').value).toBe('medium');
  });

  it('issue 21 §8: "Info Mrat eight point five prdo" is Genesys Info Mart 8.5 in production; "at one point two" is no version', () => {
    const reading = read(
      "Info Mrat eight point five prdo: the agent-login report is emtpy since sunday's reindex. med.",
    );
    expect(reading.slots.product?.value).toBe('Genesys Info Mart');
    expect(reading.slots.version?.value).toBe('8.5');
    expect(reading.slots.system?.value).toBe('production');
    expect(reading.slots.severity?.value).toBe('medium');
    expect(findVersions('at one point two agents were idle')).toEqual([]);
    expect(findVersions('we run version nine dot one')[0]).toMatchObject({ value: '9.1', cued: true });
  });
});

describe('issue 21 §1: an event told with its own subject and verb', () => {
  it('issue 21 §1: "since the new password policy forced a reset on Sunday" keeps the verb\'s object', () => {
    expect(
      readCircumstances(
        'ETL cannot connect to the database since the new password policy forced a reset on Sunday. medium.',
      ).value,
    ).toBe('since the new password policy forced a reset on Sunday');
  });
});
