/** Wrong-PIN counters per requester and per contact's foreign attempts (issue 18 §5). */
import { eq } from 'drizzle-orm';
import type { PinState } from '../domain/pin.ts';
import { type Db, schema } from './database.ts';

export function throttleState(db: Db, key: string): PinState {
  const row = db.select().from(schema.pinThrottles).where(eq(schema.pinThrottles.key, key)).get();
  return {
    hasPin: true,
    failedAttempts: row?.failedAttempts ?? 0,
    lockedUntil: row?.lockedUntil ? new Date(row.lockedUntil) : null,
  };
}

export function saveThrottle(db: Db, key: string, state: PinState): void {
  const values = { failedAttempts: state.failedAttempts, lockedUntil: state.lockedUntil?.toISOString() ?? null };
  db.insert(schema.pinThrottles)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: schema.pinThrottles.key, set: values })
    .run();
}
