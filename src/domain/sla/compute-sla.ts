/**
 * The SLA of a case (DOMAIN.md §2, §3, §8; seed 001 §2 and Addendum A).
 *
 * | severity                 | test/lab | processed      | must call in | response / target counted as |
 * |--------------------------|----------|----------------|--------------|------------------------------|
 * | critical-production-down | refused  | 7x24           | yes          | wall-clock minutes           |
 * | critical                 | refused  | 7x24           | yes          | wall-clock minutes           |
 * | high / medium / low      | allowed  | business-hours | no           | business time of the region  |
 * (values come from the policy; the table shows the defaults)
 *
 * - The clock starts at `clockStart`: when Customer Care acknowledged all required information
 *   (DOMAIN.md §3). Business-hours targets that start outside hours start at the next opening (§8).
 * - "N business days" = N × the business-day length, counted in business time (§8).
 * - Pauses (waiting on the customer, §8) are clipped to the start, merged, and their countable time
 *   pushes both dues out: business time inside the pause for business-hours severities, wall time for 7x24.
 * - Severity change (decision): the vendor has the final say on the level (seed 001 §2.1); when it
 *   changes, the targets are those of the new severity with the clock starting at the moment of the
 *   change. The caller passes that moment as `clockStart`; time before it is not carried over.
 */
import { SEVERITIES, type SeverityId, type SystemId, type TierId } from '../ids.ts';
import type { Policy, SeverityPolicy } from '../policy/schema.ts';
import type { BusinessCalendar } from './business-calendar.ts';
import { clockFor, dueAfter, normalisePauses, type Pause } from './countable-time.ts';
import { durationMinutes, targetsFor } from './targets.ts';

export interface SlaInput {
  policy: Policy;
  tier: TierId;
  severity: SeverityId;
  system: SystemId;
  clockStart: Date;
  calendar: BusinessCalendar;
  pauses?: ReadonlyArray<Pause>;
}

export type SlaOutcome =
  | {
      ok: true;
      processed: '7x24' | 'business-hours';
      responseDue: Date;
      targetKind: 'restoration' | 'resolution';
      targetDue: Date;
      commitmentPercent: number | null;
      mustCallIn: boolean;
      hotFix: { commitment: string; fixIn: string; text: string };
    }
  | { ok: false; reason: 'severity-not-allowed-on-test'; highestAllowed: SeverityId; message: string };

const MINUTE_MS = 60_000;

export function computeSla(input: SlaInput): SlaOutcome {
  const { policy, severity, calendar } = input;
  const severityPolicy = policy.severities[severity];
  if (input.system === 'test' && !severityPolicy.allowedOnTest) return refusedOnTest(policy, severityPolicy);

  const row = targetsFor(policy, input.tier, severity);
  const clock = clockFor(severityPolicy.processed, calendar);
  const startMs = input.clockStart.getTime();
  const pauses = normalisePauses(startMs, input.pauses);
  const dayMinutes = calendar.businessDayMinutes;
  const responseMs = durationMinutes(row.response, dayMinutes) * MINUTE_MS;
  const targetMs = durationMinutes(row.target.duration, dayMinutes) * MINUTE_MS;
  const { hotFix } = severityPolicy;
  return {
    ok: true,
    processed: severityPolicy.processed,
    responseDue: new Date(dueAfter(clock, startMs, responseMs, pauses)),
    targetKind: row.target.kind,
    targetDue: new Date(dueAfter(clock, startMs, targetMs, pauses)),
    commitmentPercent: row.target.commitmentPercent,
    mustCallIn: severityPolicy.mustCallIn,
    hotFix: { commitment: hotFix.commitment, fixIn: hotFix.fixIn, text: hotFix.text },
  };
}

/** DOMAIN.md §2: a test/lab system can be at most High (the highest severity the policy allows on test). */
export function highestSeverityOnTest(policy: Policy): SeverityId {
  return SEVERITIES.find((severity) => policy.severities[severity].allowedOnTest) ?? 'low';
}

function refusedOnTest(policy: Policy, severityPolicy: SeverityPolicy): SlaOutcome {
  const highestAllowed = highestSeverityOnTest(policy);
  const highestName = policy.severities[highestAllowed].name;
  return {
    ok: false,
    reason: 'severity-not-allowed-on-test',
    highestAllowed,
    message: `${severityPolicy.name} is for production systems only; a test/lab system can be at most ${highestName} (${highestAllowed}).`,
  };
}
