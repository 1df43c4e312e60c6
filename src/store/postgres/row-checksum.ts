/**
 * A table's checksum, the same whichever database the rows are read from: each row becomes one canonical
 * line (booleans as true/false whether stored as 0/1 or boolean, JSON parsed and its keys sorted whether
 * stored as text or jsonb), each line is hashed, and the sorted hashes are hashed again, so neither row
 * order nor collation changes the result.
 */
import { createHash } from 'node:crypto';
import type { ValueKind } from './table-plan.ts';

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

export function normalise(value: unknown, kind: ValueKind): unknown {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'boolean':
      return value === true || value === 1 || value === 1n;
    case 'integer':
      return typeof value === 'bigint' ? Number(value) : value;
    case 'json':
      return canonicalJson(typeof value === 'string' ? JSON.parse(value) : value);
    case 'text':
      return value;
  }
}

export class TableChecksum {
  private readonly rows: string[] = [];

  constructor(private readonly kinds: ValueKind[]) {}

  add(row: unknown[]): void {
    const line = JSON.stringify(row.map((value, i) => normalise(value, this.kinds[i]!)));
    this.rows.push(createHash('sha256').update(line).digest('hex'));
  }

  get count(): number {
    return this.rows.length;
  }

  digest(): string {
    const hash = createHash('sha256');
    for (const row of [...this.rows].sort()) hash.update(row);
    return hash.digest('hex');
  }
}
