/**
 * Contact PINs (DOMAIN.md §1, §8): a PIN identifies a contact; it is never echoed, logged or emailed.
 * Stored as a salted scrypt hash. Five wrong PINs lock the PIN for 15 minutes (values from policy).
 */
import { randomBytes, randomInt, type ScryptOptions, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';
import type { PinPolicy } from './policy/schema.ts';

const SCRYPT = { N: 16384, r: 8, p: 1, keyLength: 32 } as const;

/** Why a PIN is refused, or null when it meets the policy. Never includes the PIN itself. */
export function pinPolicyProblem(pin: string, policy: PinPolicy): string | null {
  if (!/^\d+$/.test(pin)) return 'a PIN is digits only';
  if (pin.length < policy.minLength || pin.length > policy.maxLength) {
    return `a PIN has ${policy.minLength} to ${policy.maxLength} digits`;
  }
  if (/^(\d)\1+$/.test(pin)) return 'a PIN may not repeat one digit';
  const digits = [...pin].map(Number);
  const steps = new Set(digits.slice(1).map((d, i) => (d - digits[i]! + 10) % 10));
  if (steps.size === 1 && (steps.has(1) || steps.has(9))) return 'a PIN may not be a run of consecutive digits';
  return null;
}

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return timingSafeEqual(actual, expected);
}

/** A random PIN that meets the policy, for `contact set-pin --generate`. */
export function generatePin(policy: PinPolicy): string {
  const length = Math.max(policy.minLength, Math.min(8, policy.maxLength));
  for (;;) {
    const pin = Array.from({ length }, () => randomInt(10)).join('');
    if (pinPolicyProblem(pin, policy) === null) return pin;
  }
}

export interface PinState {
  hasPin: boolean;
  failedAttempts: number;
  lockedUntil: Date | null;
}

export type PinAttemptOutcome =
  | { result: 'verified'; next: PinState }
  | { result: 'wrong'; attemptsLeft: number; next: PinState }
  | { result: 'locked'; until: Date; next: PinState }
  | { result: 'no-pin'; next: PinState };

/**
 * One PIN attempt (DOMAIN.md §8):
 * | state                    | PIN right | outcome                                               |
 * |--------------------------|-----------|-------------------------------------------------------|
 * | no PIN on file           | –         | no-pin (the contact must open an Admin case, §1)      |
 * | locked, lock not expired | either    | locked; the attempt is not even checked               |
 * | not locked               | yes       | verified; the counter resets                          |
 * | not locked               | no        | wrong; counter + 1; at maxFailedAttempts → locked for lockoutMinutes |
 */
export function decidePinAttempt(
  state: PinState,
  pinIsRight: () => boolean,
  now: Date,
  policy: PinPolicy,
): PinAttemptOutcome {
  if (!state.hasPin) return { result: 'no-pin', next: state };
  if (state.lockedUntil && state.lockedUntil > now) return { result: 'locked', until: state.lockedUntil, next: state };
  const fresh = state.lockedUntil ? { ...state, failedAttempts: 0, lockedUntil: null } : state;
  if (pinIsRight()) return { result: 'verified', next: { ...fresh, failedAttempts: 0, lockedUntil: null } };
  const failedAttempts = fresh.failedAttempts + 1;
  if (failedAttempts >= policy.maxFailedAttempts) {
    const until = new Date(now.getTime() + policy.lockoutMinutes * 60_000);
    return { result: 'locked', until, next: { ...fresh, failedAttempts, lockedUntil: until } };
  }
  return {
    result: 'wrong',
    attemptsLeft: policy.maxFailedAttempts - failedAttempts,
    next: { ...fresh, failedAttempts, lockedUntil: null },
  };
}

/** Callback-style scrypt as a promise: runs on libuv's thread pool, so many PINs hash in parallel. */
function scryptAsync(pin: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin, salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** hashPin without blocking the event loop (bulk imports hash thousands of PINs). */
export async function hashPinAsync(pin: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(pin, salt, SCRYPT.keyLength, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** pinMatches without blocking the event loop. */
export async function pinMatchesAsync(pin: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await scryptAsync(pin, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: 64 * 1024 * 1024,
  });
  return timingSafeEqual(actual, expected);
}
