import { describe, expect, it } from 'vitest';
import { parseExpiry } from '../../../../src/domain/license-file/index.ts';

describe('parseExpiry (DOMAIN.md §6, seed 002: temporary vs permanent dates)', () => {
  it.each(['01-jan-00', '1-jan-0', '01-jan-0000', '1-JAN-00', 'permanent', 'PERMANENT'])(
    'seed 002: %s means permanent (a zero year is not a real date)',
    (raw) => {
      expect(parseExpiry(raw)).toEqual({ ok: true, permanent: true, expiry: null });
    },
  );

  it.each([
    ['24-jun-2004', '2004-06-24'],
    ['1-aug-2000', '2000-08-01'],
    ['29-FEB-2024', '2024-02-29'],
    ['31-dec-2025', '2025-12-31'],
  ])('seed 002: a four-digit year %s is a temporary license expiring %s', (raw, iso) => {
    expect(parseExpiry(raw)).toEqual({ ok: true, permanent: false, expiry: iso });
  });

  it.each([
    ['24-jun-04', '2-digit year'],
    ['29-feb-2023', 'not a real date'],
    ['32-jan-2024', 'not a real date'],
    ['0-jan-2024', 'not a real date'],
    ['01-foo-2024', 'unknown month'],
    ['2024-06-24', 'not a date'],
    ['never', 'not a date'],
  ])('seed 002: %s is rejected (%s)', (raw, message) => {
    const result = parseExpiry(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
