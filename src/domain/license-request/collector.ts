/**
 * Gathers what one part of a mail (a message in the chain, or an attachment) says, with provenance.
 * Parts are read separately and merged by priority (mergeCollected): the newest message first, then its
 * attachments, then older messages — "use the newest request content" (issue 5).
 */

import type { Normalised } from './normalise.ts';
import type { InvalidField, Provenance } from './schema.ts';

export interface PartContext {
  /** `body`, `subject`, `from` or the attachment's file name. */
  source: string;
  /** Scales every confidence read from this part: older quoted messages count for less. */
  weight: number;
}

export interface MergedFields<R extends object> {
  fields: Partial<R>;
  provenance: Record<string, Provenance>;
  invalid: InvalidField[];
}

export class Collected<R extends object> {
  readonly fields: Partial<R> = {};
  readonly provenance: Record<string, Provenance> = {};
  readonly invalid: InvalidField[] = [];
  /** Guesses (a prose paragraph as the description) that only count when no part has the field. */
  readonly fallbacks: { field: keyof R & string; value: unknown; where: Provenance }[] = [];

  constructor(readonly context: PartContext) {}

  has(field: keyof R & string): boolean {
    return this.fields[field] !== undefined;
  }

  set<K extends keyof R & string>(field: K, value: R[K], line: number, confidence: number): void {
    this.fields[field] = value;
    this.note(field, line, confidence);
    // A later valid value for the same field settles it: the earlier one was not meant as its value.
    const stale = this.invalid.findIndex((i) => i.field === field);
    if (stale >= 0) this.invalid.splice(stale, 1);
  }

  /** Keeps a normalised value, or records the raw value as invalid under `path`. */
  setNormalised<K extends keyof R & string>(
    field: K,
    result: Normalised<R[K]>,
    raw: string,
    line: number,
    confidence: number,
  ): void {
    if (result.ok) this.set(field, result.value, line, confidence * result.confidence);
    else this.reject(field, raw, result.problem);
  }

  fallback<K extends keyof R & string>(field: K, value: R[K], line: number, confidence: number): void {
    const where = {
      source: this.context.source,
      line,
      confidence: Math.round(confidence * this.context.weight * 100) / 100,
    };
    this.fallbacks.push({ field, value, where });
  }

  /** Records where a field was read; a list keeps the line where it started. */
  note(path: string, line: number, confidence: number): void {
    if (this.provenance[path] && this.fields[path as keyof R] === undefined) return;
    const scaled = Math.round(Math.min(1, confidence * this.context.weight) * 100) / 100;
    this.provenance[path] = { source: this.context.source, line, confidence: scaled };
  }

  reject(path: string, value: string, problem: string): void {
    if (!this.invalid.some((i) => i.field === path)) this.invalid.push({ field: path, value, problem });
  }
}

/**
 * Field-by-field: the first part (in priority order) that has a field wins; invalid values only count
 * when no part supplied a valid one. Nested paths (`licenseServers[1].hostId`) belong to their top field.
 * A reply that corrects one detail ("Host ID: …, everything else stays the same") must not lose the rest:
 * | field value                    | lower-priority part fills                              |
 * |--------------------------------|--------------------------------------------------------|
 * | list of servers                | missing properties of the server at the same index     |
 * | list of items / applications   | missing properties of the entry with the same name     |
 * | object (media layer)           | missing properties                                     |
 */
export function mergeCollected<R extends object>(parts: Collected<R>[]): MergedFields<R> {
  const fields: Partial<R> = {};
  const provenance: Record<string, Provenance> = {};
  const invalid: InvalidField[] = [];
  const topOf = (path: string) => path.split(/[.[]/)[0]!;
  for (const part of parts) {
    for (const key of Object.keys(part.fields) as (keyof R & string)[]) {
      if (fields[key] !== undefined) {
        fields[key] = fillGaps(key, fields[key], part.fields[key]);
        continue;
      }
      fields[key] = structuredClone(part.fields[key]);
      for (const [path, where] of Object.entries(part.provenance)) if (topOf(path) === key) provenance[path] = where;
    }
  }
  for (const part of parts) {
    for (const guess of part.fallbacks) {
      if (fields[guess.field] !== undefined) continue;
      fields[guess.field] = guess.value as R[keyof R & string];
      provenance[guess.field] = guess.where;
    }
  }
  for (const part of parts) {
    for (const problem of part.invalid) {
      const top = topOf(problem.field) as keyof R;
      const suppliedElsewhere = fields[top] !== undefined && part.fields[top] === undefined;
      if (suppliedElsewhere || invalid.some((i) => i.field === problem.field)) continue;
      invalid.push(problem);
    }
  }
  return { fields, provenance, invalid };
}

function fillGaps<T>(key: string, kept: T, older: T): T {
  if (Array.isArray(kept) && Array.isArray(older)) {
    kept.forEach((element, i) => {
      if (!element || typeof element !== 'object') return;
      const match =
        key === 'licenseServers' ? older[i] : older.find((o) => o && typeof o === 'object' && o.name === element.name);
      if (match && typeof match === 'object') fillObject(element, match);
    });
  } else if (kept && typeof kept === 'object' && older && typeof older === 'object') {
    fillObject(kept as Record<string, unknown>, older as Record<string, unknown>);
  }
  return kept;
}

function fillObject(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(source)) if (target[k] === undefined) target[k] = v;
}
