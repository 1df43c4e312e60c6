/**
 * Issue 21, round 17: the questions convention settled after five blind writers disagreed — a topic is
 * listed whenever it is asked in the form of a question, whatever the main intent; a release-type question is
 * always the release-type request; a request worded as a question ("can you give us …?", "can I order …?")
 * asks nothing. Probed with sentences written for this file, look-alikes beside each rule.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { asksInForm } from '../../../../src/domain/understanding/question-form.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string) => ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products });
const topics = (text: string) => read(text).slots.questions?.value ?? [];
const main = (text: string) => read(text).intents[0]?.intent;

describe('issue 21: a release-type question is the release-type request, with its topic', () => {
  it('asked in general, with no release named, it is release-type, never the question intent', () => {
    for (const text of [
      'how do you tell a minor release from a major one?',
      'what makes a release a maintenance one?',
    ]) {
      expect(main(text)).toBe('release-type');
      expect(topics(text)).toContain('release-type');
    }
  });

  it('a version pair asked after it is named, with no question mark, is a release-type question', () => {
    expect(asksInForm('9.0.1 to 9.0.3, what type of release is that')).toBe(true);
    expect(topics('9.0.1 to 9.0.3, what type of release is that')).toEqual(['release-type']);
    expect(asksInForm('we moved from 9.0.1 to 9.0.3 and that is that')).toBe(false);
  });

  it('the next maintenance release named as what a fix waits for is the hot-fix question alone', () => {
    expect(
      topics('For a Medium defect, do we get a hot fix or must we wait for the next maintenance release?'),
    ).toEqual(['hot-fix-policy']);
    expect(topics('is a hot fix possible on a High case, or does it come in the coming minor version?')).toEqual([
      'hot-fix-policy',
    ]);
    // …while a pair of versions keeps it a release-type question too.
    expect(
      topics('is 9.0.1 to 9.0.2 a maintenance release, or do we wait for the next maintenance release?'),
    ).toContain('release-type');
  });

  it('maintenance paid for beside a version pair is the fee question, no release type', () => {
    const reading = read('will we pay more maintenance if we move from 8.5 to 9.0?');
    expect(reading.slots.questions?.value).toEqual(['maintenance-fees']);
    expect(reading.slots.releaseVersions).toBeUndefined();
    expect(topics('is moving from 8.5.1 to 8.5.3 a maintenance release?')).toEqual(['release-type']);
  });
});

describe('issue 21: a request worded as a question asks no topic', () => {
  it('Customer Care asked for a temporary file is a request; asked when or whether it issues them, a question', () => {
    expect(topics('our trade show starts Monday, can you give us a temporary license until Friday?')).toEqual([]);
    expect(main('our trade show starts Monday, can you give us a temporary license until Friday?')).toBe(
      'temp-license',
    );
    expect(topics('when do you issue temporary licenses?')).toEqual(['temp-license-policy']);
    expect(topics('could you send us a temp license for the demo, or is that always Licensing?')).toEqual([
      'temp-license-policy',
    ]);
  });

  it('an order put as a question is the order; how to order, asked, is the topic', () => {
    expect(topics('Could we get the controlled GIM 8.5 build in Korean via FTP?')).toEqual([]);
    expect(topics('how could we get the controlled GIM 8.5 build in Korean?')).toEqual(['controlled-release-how']);
  });

  it('a level or a time said with its subject left out is told, not asked', () => {
    expect(asksInForm('Is during business hours, nothing urgent.')).toBe(false);
    expect(topics('Is during business hours, nothing urgent.')).toEqual([]);
    expect(topics('Is your support there during weekends?')).toEqual(['business-hours']);
  });
});

describe('issue 21: a topic asked in any question form', () => {
  it('knowing asked for with a thing as its object', () => {
    expect(topics("we'd like to know the restoration target for a Critical case")).toEqual(['sla-targets']);
    expect(asksInForm('I need to know the end of support date of WFM 8.5')).toBe(true);
    expect(asksInForm('we know the calls drop after the upgrade')).toBe(false);
  });

  it('support asked how long, the words after the verb', () => {
    expect(topics('and WDE 8.5 is supported how long?')).toEqual(['eol']);
  });

  it('the procedure of a controlled order, asked or asked to be advised', () => {
    expect(topics('please advise on the procedure for ordering a controlled release')).toEqual([
      'controlled-release-how',
    ]);
    expect(topics('what are the steps to request a controlled build?')).toEqual(['controlled-release-how']);
  });

  it('a product missing from the Downloads, asked about in the next sentence, is how to get the download', () => {
    expect(topics('WFM 8.5 is not in the Downloads list for Acme. Why?')).toEqual(['download-how']);
    expect(topics('I want to download GAX 9 for Umbrella. Where?')).toEqual(['download-how']);
    expect(topics('The download page shows only SIP Server for us. Did our contract change?')).toEqual([
      'download-how',
    ]);
    // Look-alikes: a download told, or a portal with no download, then a question.
    expect(topics('we downloaded the 9.0 patch yesterday and the service crashes. why?')).toEqual([]);
    expect(topics('I cannot see my colleagues in the portal. Why?')).toEqual([]);
    expect(topics('Interaction Server is not in the Downloads list. How would I know what changed?')).toEqual([]);
  });

  it('how to get what was named before, asked with a pronoun: a language edition is ordered, other software downloaded', () => {
    expect(topics('Umbrella needs Interaction Server in Korean language. How do we get it?')).toEqual([
      'controlled-release-how',
    ]);
    expect(topics('We need GAX 9.0 for the new admin box. Where can I find it?')).toEqual(['download-how']);
    // Look-alikes: a license or a fault named before the same question.
    expect(topics('We need a temporary license for GAX 9.0. How can we get it?')).toEqual([]);
    expect(topics('Agents are logged out since 9.0.1. How can we fix it?')).toEqual([]);
  });

  it('download or order, asked: both ways are asked about, but a controlled release is only ordered', () => {
    expect(topics('is the Korean WFM available to download, or do we need to order it?')).toEqual([
      'download-how',
      'controlled-release-how',
    ]);
    expect(topics('can a controlled build be downloaded, or must it be ordered?')).toEqual(['controlled-release-how']);
  });

  it('the hours of something other than the support team are none of ours', () => {
    expect(topics('is the staff cafeteria open on Sundays?')).toEqual([]);
    expect(topics('is the service desk open on Sundays?')).toEqual(['business-hours']);
    expect(topics('are you open on Easter Monday?')).toEqual(['business-hours']);
  });
});
