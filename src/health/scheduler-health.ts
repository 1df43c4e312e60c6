/**
 * The scheduler's part of readiness (issue 22's lease): one runner at a time holds the lease and renews
 * it on every tick. Ready when this process holds it, or a live peer does (that peer runs the timed work);
 * not ready when nobody does or the holder's lease ran out (it died, and nobody has taken over yet).
 */
import { LEASE_NAME } from '../services/schedule/lease.ts';
import type { Db } from '../store/database.ts';
import { readLease } from '../store/schedule-store.ts';
import { describeAge, down, type PartStatus, up } from './readiness.ts';

export interface Lease {
  holder: string;
  expiresAt: Date;
}

export function leaseStatus(lease: Lease | null, me: string, now: Date): PartStatus {
  if (!lease) return down('no runner holds the scheduler lease');
  const left = lease.expiresAt.getTime() - now.getTime();
  if (left <= 0) {
    return down(`the lease of ${lease.holder} expired ${describeAge(-left)} ago`, { holder: lease.holder });
  }
  const who = lease.holder === me ? 'held by this process' : `held by a live peer, ${lease.holder}`;
  return up(`lease ${who}`, { holder: lease.holder, expiresInSeconds: Math.round(left / 1000) });
}

export function schedulerLeaseHealth(
  db: Db,
  me: string,
  now: () => Date = () => new Date(),
): () => Promise<PartStatus> {
  return async () => {
    const row = await readLease(db, LEASE_NAME);
    return leaseStatus(row ? { holder: row.holder, expiresAt: new Date(row.expiresAt) } : null, me, now());
  };
}
