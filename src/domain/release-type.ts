/**
 * Release types (DOMAIN.md §5, seed 000 "Software Release Types"):
 * - major: the version changes to the left of the leftmost decimal point (8.5.1 → 9.0);
 * - minor: it changes immediately to the right of it (8.5.1 → 8.6);
 * - maintenance: any other change (8.5.100.12 → 8.5.101.03) — "any Release that is not a Major or Minor".
 * Parts compare as numbers, so `03` equals `3`, and a missing part counts as 0 (8.5 is 8.5.0).
 */

export type ReleaseType = 'major' | 'minor' | 'maintenance' | 'same';

export type ReleaseClassification =
  | {
      ok: true;
      type: ReleaseType;
      from: string;
      to: string;
      direction: 'upgrade' | 'downgrade' | 'none';
      reason: string;
    }
  | { ok: false; reason: string };

const VERSION = /^\d+(\.\d+)*$/;

/** Reads `8.5.1`, `v8.5.1`, ` V 8.5 ` into its numeric parts; null when it is not a version. */
export function parseVersion(raw: string): number[] | null {
  const cleaned = cleanVersion(raw);
  if (!VERSION.test(cleaned)) return null;
  return cleaned.split('.').map(Number);
}

export function classifyRelease(from: string, to: string): ReleaseClassification {
  const fromParts = parseVersion(from);
  const toParts = parseVersion(to);
  if (!fromParts || !toParts) {
    const bad = [fromParts ? null : `"${from}"`, toParts ? null : `"${to}"`].filter(Boolean);
    const verb = bad.length > 1 ? 'are not version numbers' : 'is not a version number';
    return { ok: false, reason: `${bad.join(' and ')} ${verb} (expected digits separated by dots, such as 8.5.1).` };
  }
  // Reported as written (without the v and spaces): 8.5.101.03 keeps its zero.
  const fromText = cleanVersion(from);
  const toText = cleanVersion(to);
  const index = firstDifference(fromParts, toParts);
  if (index === -1) {
    return {
      ok: true,
      type: 'same',
      from: fromText,
      to: toText,
      direction: 'none',
      reason: `${fromText} and ${toText} are the same release.`,
    };
  }
  const direction = (toParts[index] ?? 0) > (fromParts[index] ?? 0) ? 'upgrade' : 'downgrade';
  const type: ReleaseType = index === 0 ? 'major' : index === 1 ? 'minor' : 'maintenance';
  return { ok: true, type, from: fromText, to: toText, direction, reason: explain(type, fromText, toText) };
}

function cleanVersion(raw: string): string {
  return raw.replace(/\s+/g, '').replace(/^v/i, '');
}

function firstDifference(a: number[], b: number[]): number {
  const length = Math.max(a.length, b.length);
  for (let index = 0; index < length; index++) {
    if ((a[index] ?? 0) !== (b[index] ?? 0)) return index;
  }
  return -1;
}

function explain(type: Exclude<ReleaseType, 'same'>, from: string, to: string): string {
  switch (type) {
    case 'major':
      return `${from} → ${to} is a major release: the number left of the leftmost decimal point changes.`;
    case 'minor':
      return `${from} → ${to} is a minor release: the number immediately right of the leftmost decimal point changes.`;
    case 'maintenance':
      return `${from} → ${to} is a maintenance release: only numbers after the first two change (fixes only).`;
  }
}
