/**
 * Issue 21, round 13: classes of writing the second promoted held-out part showed the slot readers did not
 * handle, each probed with messages written for this file (in other words than the corpus) before the rule
 * was changed.
 */
import { describe, expect, it } from 'vitest';
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

    const dashes = read('Sev -- low\nSymptom -- WFM shows yesterday\'s schedule\nCost to us - planners redo the week by hand');
    expect(dashes.slots.severity?.value).toBe('low');
    expect(dashes.slots.businessImpact?.value).toBe('planners redo the week by hand');
  });
});
