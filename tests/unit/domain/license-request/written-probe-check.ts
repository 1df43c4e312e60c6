/**
 * How the who-and-why probe mails of issue 25 (rounds 14 and 15) are checked: each probe names the fields it
 * wants read, and only those are compared; a probe's test is named by its subject and first long line.
 */
import { expect } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { WrittenProbe } from './round14-probes-who.data.ts';

const field = (fields: object, key: string) => (fields as Record<string, unknown>)[key];

export function checkProbe({ body, subject, from, want }: WrittenProbe): void {
  const read = extractLicenseRequest({ body, ...(subject ? { subject } : {}), ...(from ? { from } : {}) });
  for (const [key, value] of Object.entries(want)) {
    if (key === 'missing') expect(read.missing).toEqual(value);
    else if (key === 'kind') expect(read.kind).toBe(value);
    else expect([key, field(read.fields, key) ?? null]).toEqual([key, value]);
  }
}

export const namedProbes = (list: WrittenProbe[]): [string, WrittenProbe][] =>
  list.map((p) => [
    `${p.subject ?? ''} ${p.body
      .split('\n')
      .find((l) => l.length > 20)
      ?.slice(0, 70)}`.trim(),
    p,
  ]);
