/** Wrong-PIN counters per requester and per contact's foreign attempts (issue 18 §5). */
import { eq } from 'drizzle-orm';
import type { PinState } from '../domain/pin.ts';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';

export async function throttleState(db: Db, key: string): Promise<PinState> {
  const row = (
    await db
      .select()
      .from(tablesOf(db).pinThrottles)
      .where(eq(tablesOf(db).pinThrottles.key, key))
  )[0];
  return {
    hasPin: true,
    failedAttempts: row?.failedAttempts ?? 0,
    lockedUntil: row?.lockedUntil ? new Date(row.lockedUntil) : null,
  };
}

export async function saveThrottle(db: Db, key: string, state: PinState): Promise<void> {
  const values = { failedAttempts: state.failedAttempts, lockedUntil: state.lockedUntil?.toISOString() ?? null };
  await db
    .insert(tablesOf(db).pinThrottles)
    .values({ key, ...values })
    .onConflictDoUpdate({ target: tablesOf(db).pinThrottles.key, set: values });
}
