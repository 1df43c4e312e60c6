/**
 * Issue 21, round 6: release-type questions with their version pairs in any form — in words ("nine point
 * zero to nine point one"), with the product between "from" and the version, "up to".
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { withoutOwnLabel } from '../../../../src/domain/understanding/labelled-lines.ts';
import { readReleaseVersions } from '../../../../src/domain/understanding/questions.ts';
import type { SlotName } from '../../../../src/domain/understanding/reading.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';
import { versionsInDigits } from '../../../../src/domain/understanding/version-words.ts';

const read = (text: string) => ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products });

describe('issue 21 §5: release-type pairs in any form', () => {
  it('issue 21 §5: versions in words are read as digits ("eight dot five", "nine point one", "9 point 0")', () => {
    expect(versionsInDigits('from eight dot five to nine point one')).toBe('from 8.5 to 9.1');
    expect(versionsInDigits('9 point 0 or nine point zero point two')).toBe('9.0 or 9.0.2');
    expect(versionsInDigits('one of the nine agents')).toBe('one of the nine agents');
  });

  it('issue 21 §5: "going from SIP Server nine point zero to nine point one - minor release?" is a release-type question', () => {
    const r = read(
      "we're going from SIP Server nine point zero to nine point one next quarter - is that a minor release?",
    );
    expect(r.intents.map((i) => i.intent)).toEqual(['release-type']);
    expect(r.slots.releaseVersions?.value).toEqual([{ from: '9.0', to: '9.1' }]);
  });

  it('issue 21 §5: "from <product> 8.5 to 9.0", "8.5.117 up to 8.5.124" are pairs', () => {
    expect(readReleaseVersions('from Info Mart 8.5 to 9.0: major or minor?')).toEqual([{ from: '8.5', to: '9.0' }]);
    expect(readReleaseVersions('is going from WDE 8.5.117 up to 8.5.124 a maintenance release?')).toEqual([
      { from: '8.5.117', to: '8.5.124' },
    ]);
  });

  it('issue 21 §5: the later version named first ("Is 9.0.014 a maintenance release of 9.0.012?") is still from → to', () => {
    expect(readReleaseVersions('Is 9.0.014 a maintenance release of 9.0.012?')).toEqual([
      { from: '9.0.012', to: '9.0.014' },
    ]);
    expect(readReleaseVersions('would 9.1 count as a minor or a major release compared to 9.0?')).toEqual([
      { from: '9.0', to: '9.1' },
    ]);
  });

  it('issue 21 §5: "8.5 > 9.0 considered major?" and "how is a move from X to Y classified?" are release-type questions', () => {
    for (const text of [
      'is the jump 8.5 > 9.0 considered major?',
      'how is a move from 9.0.012 to 9.1.003 classified?',
    ]) {
      const r = read(text);
      expect(r.intents[0]!.intent, text).toBe('release-type');
      expect(r.slots.releaseVersions?.value.length, text).toBe(1);
    }
  });
});

describe('issue 21 §2: an answer that repeats its label', () => {
  const answer = (text: string, asked: SlotName) =>
    ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products, asked: [asked] });

  it('issue 21 §2: "Reason - …", "The reason: …", "reason is that …" give the reason without "Reason"', () => {
    for (const text of [
      'Reason - our carrier certified only this build',
      'The reason: our carrier certified only this build',
      'reason is that our carrier certified only this build',
    ])
      expect(answer(text, 'reason').slots.reason?.value, text).toBe('our carrier certified only this build');
    expect(withoutOwnLabel('Reasonable people asked for it', 'reason')).toBe('Reasonable people asked for it');
  });

  it('issue 21 §2: "Ship to: …" and "OS - …" answers lose their label too', () => {
    expect(answer('Ship to: Acme Corp, 3 place de la Bourse, 69002 Lyon', 'shipTo').slots.shipTo?.value).toBe(
      'Acme Corp, 3 place de la Bourse, 69002 Lyon',
    );
    expect(withoutOwnLabel('Operating system: our own hardened Linux', 'os')).toBe('our own hardened Linux');
  });
});

describe('issue 21 §5: policy questions in other words', () => {
  const topics = (text: string) => read(text).slots.questions?.value ?? [];
  it('issue 21 §5: "which cases count as critical?", "can a lab system ever be Critical?", "what counts as production down?" ask the severity definitions', () => {
    for (const text of [
      'which cases count as critical?',
      'can a lab system ever be Critical?',
      'what counts as production down?',
    ]) {
      expect(topics(text), text).toEqual(['severity-definitions']);
      expect(read(text).intents[0]!.intent, text).toBe('question');
    }
  });

  it('issue 21 §5: "how the SLA targets are counted", "do weekends count for a Medium case?" ask the SLA targets', () => {
    expect(topics('our manager wants to know how the SLA targets are counted')).toEqual(['sla-targets']);
    expect(topics('do weekends count for a Medium case?')).toEqual(['sla-targets']);
  });
});
