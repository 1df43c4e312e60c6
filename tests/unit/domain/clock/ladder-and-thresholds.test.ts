import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextPosition, nextSendAfter } from '../../../../src/domain/clock/ladder.ts';
import { describeLateness } from '../../../../src/domain/clock/late.ts';
import { REGIONS, SEVERITIES, TIERS } from '../../../../src/domain/ids.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import {
  calendarFor,
  computeSla,
  escalationLevel,
  slaProgress,
  thresholdInstants,
} from '../../../../src/domain/sla/index.ts';

const ladder = DEFAULT_POLICY.escalation.ladder;
const at = (iso: string) => new Date(iso);

describe('the escalation ladder (issue 22 §2)', () => {
  it('issue 22 §2: repeats every 30 min twice at the manager rung, climbs to head, repeats hourly twice, then stops', () => {
    let position = { rung: 0, repageCount: 0 };
    let sent = at('2026-11-23T10:00:00Z');
    const sends: string[] = [];
    for (let next = nextSendAfter(ladder, position, sent); next; next = nextSendAfter(ladder, position, sent)) {
      const step = nextPosition(ladder, position);
      position = step;
      sent = next;
      sends.push(
        `${next.toISOString().slice(11, 16)} ${ladder[step.rung]!.level}${step.climbed ? ' (climbed)' : ` repeat ${step.repageCount}`}`,
      );
    }
    expect(sends).toEqual([
      '10:30 manager repeat 1',
      '11:00 manager repeat 2',
      '11:30 head (climbed)',
      '12:30 head repeat 1',
      '13:30 head repeat 2',
    ]);
  });

  it('issue 22 §2: the wait between sends can be counted in business time (a High case’s page does not climb at night)', () => {
    const calendar = calendarFor(DEFAULT_POLICY, 'americas');
    const next = nextSendAfter(ladder, { rung: 0, repageCount: 0 }, at('2026-11-23T22:50:00Z'), (from, minutes) =>
      calendar.addBusinessMinutes(from, minutes),
    );
    // Sent Mon 17:50 New York: 10 business minutes that evening, 20 on Tuesday → 08:20.
    expect(next?.toISOString()).toBe('2026-11-24T13:20:00.000Z');
  });

  it('issue 22 §1: lateness in words', () => {
    expect(describeLateness(3 * 3_600_000)).toBe('3 h');
    expect(describeLateness(185 * 60_000)).toBe('3 h 5 min');
    expect(describeLateness(25 * 60_000)).toBe('25 min');
    expect(describeLateness((2 * 24 + 3) * 3_600_000 + 7 * 60_000)).toBe('2 d 3 h');
  });
});

describe('threshold instants (issue 22 §2, DOMAIN.md §8)', () => {
  it('DOMAIN.md §8: the at-risk instant is where slaProgress first reaches 75%, counting business time and pauses', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SEVERITIES),
        fc.constantFrom(...TIERS),
        fc.constantFrom(...REGIONS),
        fc.integer({ min: 0, max: 60 * 24 * 60 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 1, max: 3000 })), { nil: undefined }),
        (severity, tier, region, offsetMinutes, pause) => {
          const calendar = calendarFor(DEFAULT_POLICY, region);
          const start = new Date(Date.parse('2026-03-01T00:00:00Z') + offsetMinutes * 60_000);
          const pauses = pause
            ? [
                {
                  from: new Date(start.getTime() + pause[0] * 60_000),
                  to: new Date(start.getTime() + (pause[0] + pause[1]) * 60_000),
                },
              ]
            : [];
          const sla = computeSla({
            policy: DEFAULT_POLICY,
            tier,
            severity,
            system: 'production',
            clockStart: start,
            calendar,
            pauses,
          });
          if (!sla.ok) return;
          const processed = DEFAULT_POLICY.severities[severity].processed;
          for (const due of [sla.responseDue, sla.targetDue]) {
            const [atRisk, breached] = thresholdInstants({
              processed,
              calendar,
              start,
              due,
              pauses,
              percents: [75, 100],
            }) as [Date, Date];
            expect(breached).toEqual(due);
            const progress = (when: Date) => slaProgress({ processed, calendar, start, due, at: when, pauses });
            expect(escalationLevel(progress(atRisk), DEFAULT_POLICY.escalation)).not.toBe('on-track');
            expect(escalationLevel(progress(new Date(atRisk.getTime() - 60_000)), DEFAULT_POLICY.escalation)).toBe(
              'on-track',
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
