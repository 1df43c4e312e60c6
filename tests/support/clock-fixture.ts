/**
 * Open cases at scale for the clock's tests and bench (issue 22): staff for every region and N cases
 * with their clocks started, dues from the real SLA engine, written in one transaction.
 */
import { REGIONS, type RegionId, SEVERITIES, type SeverityId, TIERS, type TierId } from '../../src/domain/ids.ts';
import type { Policy } from '../../src/domain/policy/schema.ts';
import { calendarFor, computeSla } from '../../src/domain/sla/index.ts';
import type { Db } from '../../src/store/database.ts';
import { inTransaction } from '../../src/store/transaction.ts';

/** An analyst and a manager per region, and one head of Customer Care. */
export async function seedClockStaff(db: Db, options: { regionsWithoutManager?: RegionId[] } = {}): Promise<void> {
  const insert = db.$client.prepare('INSERT INTO staff (email, name, roles, regions) VALUES (?, ?, ?, ?)');
  await inTransaction(db, () => {
    for (const region of REGIONS) {
      insert.run(`analyst.${region}@vendor.example`, `Analyst ${region}`, '["analyst"]', JSON.stringify([region]));
      if (!options.regionsWithoutManager?.includes(region)) {
        insert.run(`manager.${region}@vendor.example`, `Manager ${region}`, '["manager"]', JSON.stringify([region]));
      }
    }
    insert.run('head@vendor.example', 'Head of Care', '["head"]', JSON.stringify(REGIONS));
  });
}

export interface CaseSpec {
  severity: SeverityId;
  tier: TierId;
  region: RegionId;
  clockStart: Date;
}

/** Mixed severities, tiers and regions; production systems; clocks started at `start(i)`. */
export function mixedCases(count: number, start: (i: number) => Date): CaseSpec[] {
  return Array.from({ length: count }, (_, i) => ({
    severity: SEVERITIES[i % SEVERITIES.length]!,
    tier: TIERS[Math.floor(i / SEVERITIES.length) % TIERS.length]!,
    region: REGIONS[i % REGIONS.length]!,
    clockStart: start(i),
  }));
}

export async function insertOpenCases(db: Db, policy: Policy, specs: ReadonlyArray<CaseSpec>): Promise<void> {
  const insert = db.$client.prepare(
    `INSERT INTO cases (number, type, state, severity, system, tier, region, clock_started_at, response_due,
       target_kind, target_due, commitment_percent, must_call_in, pauses, sold_to, end_user, created_at, updated_at)
     VALUES (?, 'support', 'open', ?, 'production', ?, ?, ?, ?, ?, ?, ?, ?, '[]', 'bench', 'bench', ?, ?)`,
  );
  const base = (db.$client.prepare('SELECT COALESCE(MAX(id), 0) AS n FROM cases').get() as { n: number }).n;
  await inTransaction(db, () => {
    specs.forEach((spec, i) => {
      const outcome = computeSla({
        policy,
        tier: spec.tier,
        severity: spec.severity,
        system: 'production',
        clockStart: spec.clockStart,
        calendar: calendarFor(policy, spec.region),
      });
      if (!outcome.ok) throw new Error(outcome.message);
      const at = spec.clockStart.toISOString();
      insert.run(
        String(90_000_000 + base + i + 1),
        spec.severity,
        spec.tier,
        spec.region,
        at,
        outcome.responseDue.toISOString(),
        outcome.targetKind,
        outcome.targetDue.toISOString(),
        outcome.commitmentPercent,
        outcome.mustCallIn ? 1 : 0,
        at,
        at,
      );
    });
  });
}
