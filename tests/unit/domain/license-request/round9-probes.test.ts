/**
 * Issue 25 round 9: the probe set (round9-probes.data.ts), written before the reader was run on it — every
 * probe is read as a careful human reads it, and no look-alike is read as the field.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { PROBES } from './round9-probes.data.ts';

const at = (value: unknown, path: string): unknown =>
  path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
// Names are compared as the eval compares them: case and a sentence's closing period aside.
const comparable = (value: unknown) => (typeof value === 'string' ? value.toLowerCase().replace(/\.$/, '') : value);

describe('issue 25 round 9: the probe set of weak fields written as partners write them', () => {
  it.each(PROBES.map((p) => [p.id, p] as const))('%s', (_id, probe) => {
    const result = extractLicenseRequest({ body: probe.body, ...(probe.subject ? { subject: probe.subject } : {}) });
    for (const [path, value] of Object.entries(probe.expect)) {
      expect([path, comparable(at(result.fields, path) ?? null)]).toEqual([path, comparable(value)]);
    }
    if (probe.invalid) expect(result.invalid.map((i) => i.field)).toEqual(probe.invalid);
  });
});
