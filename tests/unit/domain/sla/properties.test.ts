import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { REGIONS, SEVERITIES, TIERS } from '../../../../src/domain/ids.ts';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import {
  calendarFor,
  computeSla,
  publicHolidayDates,
  type SlaInput,
  slaProgress,
} from '../../../../src/domain/sla/index.ts';

const FROM = Date.parse('2024-01-01T00:00:00Z');
const TO = Date.parse('2031-12-31T00:00:00Z');
const HOUR = 3_600_000;

const instant = fc.integer({ min: FROM, max: TO }).map((ms) => new Date(ms));
const pauseAfter = (startMs: number) =>
  fc
    .record({
      offset: fc.integer({ min: -48 * HOUR, max: 400 * HOUR }),
      length: fc.integer({ min: 1, max: 120 * HOUR }),
    })
    .map(({ offset, length }) => ({ from: new Date(startMs + offset), to: new Date(startMs + offset + length) }));

const slaInput = fc
  .record({
    tier: fc.constantFrom(...TIERS),
    severity: fc.constantFrom(...SEVERITIES),
    region: fc.constantFrom(...REGIONS),
    start: instant,
  })
  .chain(({ tier, severity, region, start }) =>
    fc.record({
      input: fc.constant<Omit<SlaInput, 'pauses'>>({
        policy: DEFAULT_POLICY,
        tier,
        severity,
        system: 'production',
        clockStart: start,
        calendar: calendarFor(DEFAULT_POLICY, region),
      }),
      pauses: fc.array(pauseAfter(start.getTime()), { maxLength: 4 }),
      extra: pauseAfter(start.getTime()),
    }),
  );

function ok(input: SlaInput) {
  const outcome = computeSla(input);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome;
}

describe('SLA invariants (property tests)', () => {
  it('DOMAIN.md §3: a due instant is never before the clock start', () => {
    fc.assert(
      fc.property(slaInput, ({ input, pauses }) => {
        const outcome = ok({ ...input, pauses });
        expect(outcome.responseDue.getTime()).toBeGreaterThanOrEqual(input.clockStart.getTime());
        expect(outcome.targetDue.getTime()).toBeGreaterThanOrEqual(outcome.responseDue.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it('DOMAIN.md §8: a business-hours due lands inside [open, close] of an open day (closing time counts)', () => {
    fc.assert(
      fc.property(slaInput, ({ input, pauses }) => {
        const outcome = ok({ ...input, pauses });
        if (outcome.processed !== 'business-hours') return;
        for (const due of [outcome.responseDue, outcome.targetDue]) {
          const insideOrAtClose = input.calendar.isOpen(due) || input.calendar.isOpen(new Date(due.getTime() - 1));
          expect(insideOrAtClose, due.toISOString()).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('DOMAIN.md §8: adding a pause never makes a due instant earlier', () => {
    fc.assert(
      fc.property(slaInput, ({ input, pauses, extra }) => {
        const without = ok({ ...input, pauses });
        const withExtra = ok({ ...input, pauses: [...pauses, extra] });
        expect(withExtra.responseDue.getTime()).toBeGreaterThanOrEqual(without.responseDue.getTime());
        expect(withExtra.targetDue.getTime()).toBeGreaterThanOrEqual(without.targetDue.getTime());
      }),
      { numRuns: 500 },
    );
  });

  it('DOMAIN.md §8: at its due instant a target has used exactly 100% of its countable time', () => {
    fc.assert(
      fc.property(slaInput, ({ input, pauses }) => {
        const outcome = ok({ ...input, pauses });
        const share = slaProgress({
          processed: outcome.processed,
          calendar: input.calendar,
          start: input.clockStart,
          due: outcome.targetDue,
          at: outcome.targetDue,
          pauses,
        });
        expect(share).toBeCloseTo(1, 9);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['America/New_York', 'US'],
    ['Europe/London', 'GB'],
    ['Asia/Singapore', 'SG'],
    ['Asia/Tokyo', 'JP'],
    ['America/Sao_Paulo', 'BR'], // DST changed at local midnight until 2019
    ['Australia/Lord_Howe', 'AU'], // half-hour DST
  ])('DOMAIN.md §8: isOpen in %s agrees with Luxon wall-clock arithmetic', (zone, country) => {
    const calendar = calendarFor(DEFAULT_POLICY, 'americas', { timeZone: zone, holidayCountry: country });
    const holidaysByYear = new Map<number, Set<string>>();
    const holidays = (year: number) => {
      if (!holidaysByYear.has(year)) holidaysByYear.set(year, publicHolidayDates(country, year));
      return holidaysByYear.get(year) as Set<string>;
    };
    fc.assert(
      fc.property(fc.integer({ min: Date.parse('2015-01-01T00:00:00Z'), max: TO }), (ms) => {
        const local = DateTime.fromMillis(ms, { zone });
        const minute = local.hour * 60 + local.minute;
        const expected =
          local.weekday <= 5 &&
          minute >= 8 * 60 &&
          minute < 18 * 60 &&
          !holidays(local.year).has(local.toISODate() ?? '');
        expect(calendar.isOpen(new Date(ms)), local.toISO() ?? '').toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
