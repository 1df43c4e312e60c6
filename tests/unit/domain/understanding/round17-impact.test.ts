/**
 * Issue 21, round 17: business impact said as money lost, people idle, work piling up or customers turned
 * away, in plain and non-native wording — and the look-alikes that are none (a count of errors, a severity
 * word, a time, a symptom). Also a form's own wording around a known label ("Preceding change", "Software
 * concerned"), and a cause named with a version ("since the 8.5.3 patch").
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { readImpact } from '../../../../src/domain/understanding/impact.ts';
import { readLabelledLines } from '../../../../src/domain/understanding/labelled-lines.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const impact = (text: string) =>
  ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products }).slots.businessImpact?.value;

describe('issue 21 §1: the cost of a problem, said every way', () => {
  it('issue 21 §1: money lost, as a sum with its loss', () => {
    expect(
      impact('SIP Server 9.0 prod rejects transfers since Friday. we lose approx. 3 000 € a day in bookings'),
    ).toBe('we lose approx. 3 000 € a day in bookings');
    expect(
      impact(
        'GIM 8.5 prod reports are empty since the upgrade; finance estimates £40,000 in missed renewals this week',
      ),
    ).toContain('£40,000 in missed renewals');
    expect(readImpact('the rejected calls are costing us around 8.000 EUR per day in lost bookings').value).toContain(
      'costing us around 8.000 EUR per day',
    );
  });

  it('issue 21 §1: people with nothing to do', () => {
    expect(
      impact('GAX in prod does not open objects after the restart. The administrators sit without work since two days'),
    ).toBe('The administrators sit without work since two days');
    expect(readImpact('our night shift is sitting around doing nothing').value).toBe(
      'our night shift is sitting around doing nothing',
    );
    expect(
      readImpact('sipserver 9 prod wont register trunks since we patched last nite 300 agents sitting idle').value,
    ).toBe('300 agents sitting idle');
  });

  it('issue 21 §1: work piling up, counted', () => {
    expect(
      impact('Interaction Server prod: emails stuck since the upgrade. we have 2.500 unanswered emails piled up'),
    ).toBe('we have 2.500 unanswered emails piled up');
    expect(
      impact(
        'Interaction Server prod: chat queue not distributed since the cert change, backlog is at 900 chats and climbing',
      ),
    ).toBe('backlog is at 900 chats and climbing');
  });

  it('issue 21 §1: customers turned away, a line lost', () => {
    expect(impact('WDE 8.5 prod freezes since the update, shops are sending buyers away without an offer')).toBe(
      'shops are sending buyers away without an offer',
    );
    expect(
      readImpact('callers hear the closed greeting on a working day so the whole inbound line is lost for the morning')
        .value,
    ).toBe('the whole inbound line is lost for the morning');
  });
});

describe('issue 21 §1: what only looks like a cost', () => {
  it('issue 21 §1: a count of errors, a severity word, a time, a symptom are no impact', () => {
    expect(impact('SIP Server 9.0 prod: the error appears 40 times per day since the carrier change')).toBeUndefined();
    expect(impact('WDE 8.5 in production freezes since the update, it is critical')).toBeUndefined();
    expect(impact('Interaction Server prod: chats stuck since 10:40 this morning after the restart')).toBeUndefined();
    expect(impact('SIP Server prod: callers get fast busy since the trunk move')).toBeUndefined();
    expect(impact('WFM 8.5 prod: 3 errors in the log since the restart, forecast fails')).toBeUndefined();
    expect(
      impact(
        'Interaction Server prod: the monitor shows 1,200 emails in the queue since the patch but they are distributed fine',
      ),
    ).toBeUndefined();
  });

  it('issue 21 §1: a thing idle, a sum quoted without a loss are no impact', () => {
    expect(readImpact('the wallboard is sitting idle since the update').value).toBeUndefined();
    expect(impact('WFM 8.5 prod: the invoice module shows 120 EUR instead of 12 EUR since the patch')).toBeUndefined();
  });

  it('issue 21 §1: people who cannot do something, with a cause named by its version, tell the symptom', () => {
    expect(
      readImpact("WFM 8.5 prod: agents can't swap shifts in the web portal since the 8.5.3 patch. medium").value,
    ).toBeUndefined();
  });
});

describe('issue 21 §1: a form names its fields in its own words', () => {
  it('issue 21 §1: a known label qualified before or after it keeps its field', () => {
    const fields = readLabelledLines(
      'Software concerned : WFM\nPriority requested : Low\nFault : forecast import stops\nPreceding change : moved to Java 17\nLast change -> patched the SBC firmware\nChanges made: upgraded to 9.0.010\nObserved problem = agents drop from queue',
    ).map((v) => [v.field, v.value]);
    expect(fields).toEqual([
      ['product', 'WFM'],
      ['severity', 'Low'],
      ['description', 'forecast import stops'],
      ['circumstances', 'moved to Java 17'],
      ['circumstances', 'patched the SBC firmware'],
      ['circumstances', 'upgraded to 9.0.010'],
      ['description', 'agents drop from queue'],
    ]);
  });

  it('issue 21 §1: a qualifier alone, or a word that is no label, makes no field', () => {
    expect(readLabelledLines('Last login: 2026-12-01\nCurrent status: waiting\nExpected: calls ring')).toEqual([]);
  });
});

describe('issue 21 §1: what led to the problem, with a verb whose past tense does not end in -ed', () => {
  const circumstances = (text: string) =>
    ruleReader.read(text, { inCaseThread: false, catalog: DEFAULT_POLICY.products }).slots.circumstances?.value;

  it('issue 21 §1: "since we grew", "after they threw", "after IT froze", "since we rebuilt" tell the event', () => {
    expect(circumstances('gim 8.5 test box, purge job hangs at 99% since we grew the tablespace, low')).toBe(
      'since we grew the tablespace',
    );
    expect(circumstances('WFM 8.5 prod: forecast fails since they threw the switch to the DR site')).toContain(
      'since they threw the switch',
    );
    expect(circumstances('SIP prod drops calls after IT froze the VM snapshots')).toBe(
      'after IT froze the VM snapshots',
    );
    expect(circumstances('GIM prod reports empty since we rebuilt the index on friday')).toContain(
      'since we rebuilt the index',
    );
  });

  it('issue 21 §1: talking to someone is no event that led to the problem', () => {
    expect(circumstances('WDE prod freezes since we spoke with your analyst')).toBeUndefined();
  });
});

describe('issue 21 §1: a clock time is no count of people', () => {
  it('issue 21 §1: "stopped at 07:30" counts nobody; the floor idle is the cost', () => {
    expect(
      readImpact(
        'OCS in production stopped dialing at 07:30 after the campaign database was restored. Our whole outbound floor is idle. Critical.',
      ).value,
    ).toBe('Our whole outbound floor is idle');
  });
});
