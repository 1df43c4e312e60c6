import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyRelease } from '../../../src/domain/release-type.ts';

describe('classifyRelease (DOMAIN.md §5, seed 000 "Software Release Types")', () => {
  it.each([
    ['8.5.1', '9.0', 'major'],
    ['8.5.1', '8.6', 'minor'],
    ['8.5.100.12', '8.5.101.03', 'maintenance'],
    ['8.5', '8.5.0', 'same'],
    ['8.5.100.12', '8.5.100.12', 'same'],
    ['7', '8', 'major'],
    ['8.1', '8.1.1', 'maintenance'],
    ['8.5.001', '8.5.1', 'same'],
  ] as const)('seed 000: %s → %s is %s', (from, to, type) => {
    const result = classifyRelease(from, to);
    expect(result).toMatchObject({ ok: true, type });
  });

  it('seed 000: major = change left of the leftmost decimal point, and the sentence says so', () => {
    expect(classifyRelease('8.5.1', '9.0')).toEqual({
      ok: true,
      type: 'major',
      from: '8.5.1',
      to: '9.0',
      direction: 'upgrade',
      reason: '8.5.1 → 9.0 is a major release: the number left of the leftmost decimal point changes.',
    });
  });

  it('seed 000: minor = change immediately right of the leftmost decimal point', () => {
    expect(classifyRelease('8.5.1', '8.6')).toMatchObject({
      reason: '8.5.1 → 8.6 is a minor release: the number immediately right of the leftmost decimal point changes.',
    });
  });

  it('seed 000: maintenance = any other change; versions are reported as written', () => {
    expect(classifyRelease('8.5.100.12', '8.5.101.03')).toMatchObject({
      from: '8.5.100.12',
      to: '8.5.101.03',
      reason: '8.5.100.12 → 8.5.101.03 is a maintenance release: only numbers after the first two change (fixes only).',
    });
  });

  it('tolerates v prefixes and spaces', () => {
    expect(classifyRelease(' v8.5.1 ', 'V 9.0')).toMatchObject({ ok: true, type: 'major', from: '8.5.1', to: '9.0' });
  });

  it('reports a downgrade as such', () => {
    expect(classifyRelease('9.0', '8.5')).toMatchObject({ type: 'major', direction: 'downgrade' });
  });

  it.each([
    ['latest', '9.0', '"latest" is not a version number'],
    ['8.5', '8.x', '"8.x" is not a version number'],
    ['', '8..5', '"" and "8..5" are not version numbers'],
    ['8.5-beta', '8.5', '"8.5-beta" is not a version number'],
  ])('rejects non-versions with a clear result: %j → %j', (from, to, message) => {
    const result = classifyRelease(from, to);
    expect(result.ok).toBe(false);
    expect(result.reason).toContain(message);
  });

  it('seed 000: the type depends only on the first differing part (property)', () => {
    const version = fc.array(fc.integer({ min: 0, max: 999 }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(version, version, (a, b) => {
        const result = classifyRelease(a.join('.'), b.join('.'));
        if (!result.ok) throw new Error(result.reason);
        const length = Math.max(a.length, b.length);
        const index = Array.from({ length }, (_, i) => i).find((i) => (a[i] ?? 0) !== (b[i] ?? 0));
        const expected = index === undefined ? 'same' : index === 0 ? 'major' : index === 1 ? 'minor' : 'maintenance';
        expect(result.type).toBe(expected);
      }),
    );
  });
});
