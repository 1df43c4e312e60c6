import { describe, expect, it } from 'vitest';
import { decidePinAttempt, generatePin, hashPin, pinMatches, pinPolicyProblem } from '../../../src/domain/pin.ts';
import { redactPins } from '../../../src/domain/pin-text.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';

const policy = DEFAULT_POLICY.pin;
const now = new Date('2026-11-23T10:00:00Z');

describe('PIN policy and hashing (DOMAIN.md §1, §8)', () => {
  it.each([
    ['48291', 'a PIN has 6 to 10 digits'],
    ['48291a', 'a PIN is digits only'],
    ['111111', 'a PIN may not repeat one digit'],
    ['123456', 'a PIN may not be a run of consecutive digits'],
    ['987654', 'a PIN may not be a run of consecutive digits'],
    ['12345678901', 'a PIN has 6 to 10 digits'],
  ])('refuses %s: %s, without repeating the PIN', (pin, problem) => {
    const message = pinPolicyProblem(pin, policy);
    expect(message).toBe(problem);
    expect(message).not.toContain(pin);
  });

  it('accepts a PIN that meets the policy', () => {
    expect(pinPolicyProblem('482913', policy)).toBeNull();
  });

  it('stores a salted scrypt hash that verifies the PIN and nothing else', () => {
    const a = hashPin('482913');
    const b = hashPin('482913');
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(a).not.toContain('482913');
    expect(a).not.toBe(b);
    expect(pinMatches('482913', a)).toBe(true);
    expect(pinMatches('482914', a)).toBe(false);
    expect(pinMatches('482913', 'not-a-hash')).toBe(false);
  });

  it('generates PINs that meet the policy', () => {
    for (let i = 0; i < 50; i++) expect(pinPolicyProblem(generatePin(policy), policy)).toBeNull();
  });

  it('DOMAIN.md §8: a PIN line is removed from stored text', () => {
    expect(redactPins('Hello\nPIN: 482913\nthanks')).toBe('Hello\nPIN: [PIN removed]\nthanks');
    expect(redactPins('my pin is 482913')).not.toContain('482913');
  });
});

describe('PIN attempts and lockout (DOMAIN.md §8: 5 wrong PINs lock for 15 minutes)', () => {
  const fresh = { hasPin: true, failedAttempts: 0, lockedUntil: null };

  it('verifies the right PIN and resets the counter', () => {
    const outcome = decidePinAttempt({ ...fresh, failedAttempts: 3 }, () => true, now, policy);
    expect(outcome).toMatchObject({ result: 'verified', next: { failedAttempts: 0, lockedUntil: null } });
  });

  it('counts down wrong PINs, then locks at the fifth for 15 minutes', () => {
    let state: { hasPin: boolean; failedAttempts: number; lockedUntil: Date | null } = fresh;
    const results: string[] = [];
    for (let i = 0; i < 5; i++) {
      const outcome = decidePinAttempt(state, () => false, now, policy);
      results.push(outcome.result === 'wrong' ? `wrong:${outcome.attemptsLeft}` : outcome.result);
      state = outcome.next;
    }
    expect(results).toEqual(['wrong:4', 'wrong:3', 'wrong:2', 'wrong:1', 'locked']);
    expect(state.lockedUntil?.toISOString()).toBe('2026-11-23T10:15:00.000Z');
  });

  it('refuses even the right PIN while locked, without checking it', () => {
    const locked = { hasPin: true, failedAttempts: 5, lockedUntil: new Date('2026-11-23T10:15:00Z') };
    let checked = false;
    const check = () => {
      checked = true;
      return true;
    };
    const outcome = decidePinAttempt(locked, check, now, policy);
    expect(outcome.result).toBe('locked');
    expect(checked).toBe(false);
  });

  it('accepts the right PIN once the lock has expired, with a fresh counter', () => {
    const expired = { hasPin: true, failedAttempts: 5, lockedUntil: new Date('2026-11-23T09:59:00Z') };
    expect(decidePinAttempt(expired, () => true, now, policy).result).toBe('verified');
    const wrong = decidePinAttempt(expired, () => false, now, policy);
    expect(wrong).toMatchObject({ result: 'wrong', attemptsLeft: 4 });
  });

  it('DOMAIN.md §1: an empty PIN cannot verify (the contact must open an Admin case)', () => {
    expect(decidePinAttempt({ ...fresh, hasPin: false }, () => true, now, policy).result).toBe('no-pin');
  });
});
