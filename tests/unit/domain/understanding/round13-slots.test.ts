/**
 * Issue 21, round 13: classes of writing the second promoted held-out part showed the slot readers did not
 * handle, each probed with messages written for this file (in other words than the corpus) before the rule
 * was changed.
 */
import { describe, expect, it } from 'vitest';
import { mergeIntoDraft } from '../../../../src/domain/cases/merge-draft.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import type { ReadContext } from '../../../../src/domain/understanding/port.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const read = (text: string, inCaseThread = false, more: Partial<ReadContext> = {}) =>
  ruleReader.read(text, { inCaseThread, catalog: DEFAULT_POLICY.products, ...more });

describe('issue 21 §1: labelled lines with the separators people type by hand', () => {
  it('issue 21 §1: an arrow, a run of dots or dashes, or a spaced dash separates a label from its value', () => {
    const arrows = read(
      'Product -> WDE 8.5\nSeverity -> medium\nProblem -> softphone freezes on transfer\nImpact -> 12 supervisors cannot coach',
    );
    expect(arrows.slots.severity?.value).toBe('medium');
    expect(arrows.slots.businessImpact?.value).toBe('12 supervisors cannot coach');
    expect(arrows.slots.description?.value).toBe('softphone freezes on transfer');

    const dots = read(
      'Application ........ Interaction Server\nPrio ....... High\nEffect ....... the email team cannot route anything\nCause ....... the mailbox password was rotated on Friday',
    );
    expect(dots.slots.circumstances?.value).toBe('the mailbox password was rotated on Friday');
    expect(dots.slots.businessImpact?.value).toBe('the email team cannot route anything');

    const fat = read('env => prod\nissue => GIM jobs hang\nbusiness impact => finance gets no daily figures');
    expect(fat.slots.system?.value).toBe('production');
    expect(fat.slots.businessImpact?.value).toBe('finance gets no daily figures');

    const chevrons = read(
      'Product >> SIP Server 9.0\nChanges >> new carrier trunk added Monday\nConsequence >> about 30% of inbound calls get no answer',
    );
    expect(chevrons.slots.circumstances?.value).toBe('new carrier trunk added Monday');
    expect(chevrons.slots.businessImpact?.value).toBe('about 30% of inbound calls get no answer');

    const dashes = read(
      "Sev -- low\nSymptom -- WFM shows yesterday's schedule\nCost to us - planners redo the week by hand",
    );
    expect(dashes.slots.severity?.value).toBe('low');
    expect(dashes.slots.businessImpact?.value).toBe('planners redo the week by hand');
  });
});

describe('issue 21 §1: when a problem began is not what led to it', () => {
  it('issue 21 §1: a bare time ("since Tuesday", "since 9am", "since yesterday afternoon") is kept as when it began, not as the circumstances', () => {
    for (const [text, began] of [
      ['WDE 8.5 prod crashes when agents open the contact history since Tuesday, high', 'since Tuesday'],
      ['since 9am our GIM ETL in production is stuck at the aggregation step, medium', 'since 9am'],
      ['Since yesterday afternoon SIP Server 9.0 production rejects every REFER. Low.', 'Since yesterday afternoon'],
      [
        'Hi, our WFM 8.5 forecasts have been blank in prod since last Friday. Please open a case, medium.',
        'since last Friday',
      ],
    ] as const) {
      const r = read(text);
      expect(r.slots.circumstances, text).toBeUndefined();
      expect(r.began, text).toBe(began);
    }
  });

  it('issue 21 §1: a time that comes with an event stays the circumstances ("since the weekend db maintenance")', () => {
    expect(
      read('Since the Friday maintenance WFM forecasts are blank in prod, medium').slots.circumstances?.value,
    ).toMatch(/^Since the Friday maintenance/);
    expect(
      read('GIM prod: ETL aborts since Tuesday, when we reloaded the fact tables from a backup. high').slots
        .circumstances?.value,
    ).toContain('reloaded the fact tables');
    expect(read('WFM 8.5 wizard hangs since the weekend db maintenance, low').slots.circumstances?.value).toContain(
      'db maintenance',
    );
  });

  it('issue 21 §1: the draft still holds when it began until the account of what led to it comes', () => {
    const first = read('WDE 8.5 prod crashes when agents open the contact history since Tuesday, high');
    const { draft } = mergeIntoDraft({}, first, 'WDE 8.5 prod crashes …');
    expect(draft.circumstances).toBe('since Tuesday');
  });
});
