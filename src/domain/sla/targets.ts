/**
 * Target lookup (DOMAIN.md §3, seed 001 tables 1 and 2): a tier names a target table; the table
 * gives, per severity, the response time and the restoration or resolution target.
 */
import type { SeverityId, TierId } from '../ids.ts';
import type { Duration, Policy, TargetRow } from '../policy/schema.ts';

export function targetsFor(policy: Policy, tier: TierId, severity: SeverityId): TargetRow {
  const tableName = policy.tiers[tier].targetTable;
  const table = policy.targetTables[tableName];
  if (!table) throw new RangeError(`policy: tier ${tier} names a missing target table "${tableName}"`);
  return table[severity];
}

/** DOMAIN.md §8: a business day is 08:00–18:00, i.e. 10 hours, unless the calendar says otherwise. */
const DEFAULT_BUSINESS_DAY_MINUTES = 600;

/**
 * Countable minutes of a target duration. How they are counted (wall-clock or business time) is
 * decided by the severity's "processed" column, not by the unit: the unit only sizes the amount.
 *
 * | unit           | minutes                          |
 * |----------------|----------------------------------|
 * | minutes        | amount                           |
 * | hours          | amount × 60                      |
 * | business-hours | amount × 60                      |
 * | business-days  | amount × business-day length     |
 */
export function durationMinutes(duration: Duration, businessDayMinutes = DEFAULT_BUSINESS_DAY_MINUTES): number {
  switch (duration.unit) {
    case 'minutes':
      return duration.amount;
    case 'hours':
    case 'business-hours':
      return duration.amount * 60;
    case 'business-days':
      return duration.amount * businessDayMinutes;
  }
}

/** Human wording of a target duration: "4 business hours", "24 hours", "1 business day". */
export function describeDuration(duration: Duration): string {
  const singular = duration.amount === 1;
  const words: Record<Duration['unit'], string> = {
    minutes: singular ? 'minute' : 'minutes',
    hours: singular ? 'hour' : 'hours',
    'business-hours': singular ? 'business hour' : 'business hours',
    'business-days': singular ? 'business day' : 'business days',
  };
  return `${duration.amount} ${words[duration.unit]}`;
}
