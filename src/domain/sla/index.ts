/** The SLA engine (DOMAIN.md §2, §3, §8): pure, no I/O. See docs/sla.md for the rules as implemented. */
export { type BusinessCalendar, type BusinessCalendarSpec, RegionCalendar } from './business-calendar.ts';
export { calendarFor, isKnownHolidayCountry, isKnownTimeZone } from './calendar-for.ts';
export {
  type ComplianceCase,
  type ComplianceRow,
  computeCompliance,
} from './compliance.ts';
export { computeSla, highestSeverityOnTest, type SlaInput, type SlaOutcome } from './compute-sla.ts';
export { clockFor, normalisePauses, type Pause, type Processing } from './countable-time.ts';
export { type EscalationLevel, escalationLevel, type SlaProgressInput, slaProgress } from './progress.ts';
export { publicHolidayDates } from './public-holidays.ts';
export { describeDuration, durationMinutes, targetsFor } from './targets.ts';
export { type ThresholdInput, thresholdInstants } from './thresholds.ts';
export { type WeeklyCompliance, weeklyCompliance, weekOf } from './weekly-compliance.ts';
