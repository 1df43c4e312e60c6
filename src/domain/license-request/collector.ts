/**
 * Gathers what one part of a mail (a message in the chain, or an attachment) says, with provenance.
 * Parts are read separately and merged by priority (mergeCollected): the newest message first, then its
 * attachments, then older messages — "use the newest request content" (issue 5).
 */

import { type IdReplacement, replaceIds } from './id-corrections.ts';
import { correctedPlaces, withCorrections } from './named-server-corrections.ts';
import type { Normalised } from './normalise.ts';
import type { InvalidField, LicenseServer, Provenance, ReadVia, RequestLanguage } from './schema.ts';
import type { DateContext } from './timing.ts';

export interface PartContext {
  /** `body`, `subject`, `from` or the attachment's file name. */
  source: string;
  /** Scales every confidence read from this part: older quoted messages count for less. */
  weight: number;
  /**
   * The date this part was written: dates in words ("by Friday") are read against it. A quoted message's
   * date is parsed from its header only when a date in words needs it (chrono is the reader's costliest step).
   */
  date?: Date | (() => Date | undefined);
  /** The language the mail is written in (dates in words are read in it). */
  language?: RequestLanguage;
  /** The sender's UTC offset in minutes ("by Friday" is their Friday) and their date order (date-order.ts). */
  offset?: number;
  dayFirst?: boolean;
}

/** The problem recorded when one part of a mail gives a field two different values (issue 25). */
export const CONTRADICTION = 'the mail gives two different values';

export function dateOf(context: PartContext): Date | undefined {
  return typeof context.date === 'function' ? context.date() : context.date;
}

/** How this part's dates are read (timing.ts). */
export function dateContextOf(context: PartContext): DateContext {
  return {
    reference: dateOf(context),
    language: context.language ?? 'en',
    ...(context.offset !== undefined ? { offset: context.offset } : {}),
    ...(context.dayFirst !== undefined ? { dayFirst: context.dayFirst } : {}),
  };
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
  /** Paths given two different values in this part: left empty, asked about, never refilled. */
  readonly contradicted = new Set<string>();
  /**
   * Values for every element of a list this part does not itself hold: a reply's "port is 27001 on both"
   * corrects the servers of the message it quotes (mergeCollected applies it).
   */
  readonly everyElement: Record<string, { values: Record<string, unknown>; line: number; confidence: number }> = {};
  /** Host ids this part corrects ("X, not Y") that no value of its own held: applied to the older parts'. */
  readonly replacements: IdReplacement[] = [];

  constructor(readonly context: PartContext) {}

  has(field: keyof R & string): boolean {
    return this.fields[field] !== undefined;
  }

  set<K extends keyof R & string>(
    field: K,
    value: R[K],
    line: number,
    confidence: number,
    via: ReadVia = 'label',
  ): void {
    if (this.contradicted.has(field)) return;
    this.fields[field] = value;
    this.note(field, line, confidence, via);
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

  /**
   * A value for a field this part already gave differently: neither is kept, and the contradiction is
   * reported (and so asked about) instead of one value being trusted silently.
   */
  contradict(path: string, first: string, second: string): void {
    this.contradicted.add(path);
    if (!path.includes('[') && !path.includes('.')) delete this.fields[path as keyof R];
    const existing = this.invalid.findIndex((i) => i.field === path);
    if (existing >= 0) this.invalid.splice(existing, 1);
    this.invalid.push({ field: path, value: `${first} / ${second}`, problem: CONTRADICTION });
  }

  fallback<K extends keyof R & string>(field: K, value: R[K], line: number, confidence: number): void {
    const where: Provenance = {
      source: this.context.source,
      line,
      confidence: Math.round(confidence * this.context.weight * 100) / 100,
      via: 'prose',
    };
    this.fallbacks.push({ field, value, where });
  }

  /** Records where a field was read; a list keeps the line where it started. */
  note(path: string, line: number, confidence: number, via: ReadVia = 'label'): void {
    if (this.provenance[path] && this.fields[path as keyof R] === undefined) return;
    this.noteNested(path, line, confidence, via);
  }

  /** Records where a nested value (`licenseServers[1].hostId`) was read, replacing what was there. */
  noteNested(path: string, line: number, confidence: number, via: ReadVia = 'label'): void {
    const scaled = Math.round(Math.min(1, confidence * this.context.weight) * 100) / 100;
    this.provenance[path] = { source: this.context.source, line, confidence: scaled, via };
  }

  reject(path: string, value: string, problem: string): void {
    if (this.contradicted.has(path)) return;
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
  const supplier = new Map<string, number>();
  for (const [p, part] of parts.entries()) {
    for (const key of Object.keys(part.fields) as (keyof R & string)[]) {
      if (key === 'licenseServers' && fields[key] !== undefined) {
        const newer = fields[key] as LicenseServer[];
        const older = part.fields[key] as LicenseServer[];
        const places = correctedPlaces(newer, older);
        if (places) {
          fields[key] = withCorrections(newer, older, places) as R[keyof R & string];
          movePaths(provenance, key, places, part.provenance);
          continue;
        }
      }
      if (fields[key] !== undefined) {
        fields[key] = fillGaps(key, fields[key], part.fields[key], (path) => {
          const where = part.provenance[path];
          if (where && !provenance[path]) provenance[path] = where;
        });
        continue;
      }
      const value = part.fields[key];
      supplier.set(key, p);
      fields[key] = (value !== null && typeof value === 'object' ? structuredClone(value) : value) as R[keyof R &
        string];
      for (const [path, where] of Object.entries(part.provenance)) if (topOf(path) === key) provenance[path] = where;
    }
  }
  applyEveryElement(parts, fields as Record<string, unknown>, provenance, supplier);
  parts.forEach((part, p) => {
    // A correction speaks of what the messages it answers gave, never of a newer message's values.
    const older = (path: string) => (supplier.get(topOf(path)) ?? -1) > p;
    const noted = (path: string, replacement: IdReplacement) => {
      provenance[path] = {
        source: part.context.source,
        line: replacement.line,
        confidence: Math.round(0.8 * part.context.weight * 100) / 100,
        via: 'prose',
      };
    };
    replaceIds(fields as Record<string, unknown>, part.replacements, noted, older);
  });
  // Guesses count only where no part read the field; among them the most confident one wins.
  const guesses = parts.flatMap((p) => p.fallbacks).sort((a, b) => b.where.confidence - a.where.confidence);
  for (const guess of guesses) {
    if (fields[guess.field] !== undefined) continue;
    fields[guess.field] = guess.value as R[keyof R & string];
    provenance[guess.field] = guess.where;
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

/** The newer servers' provenance moves to the places they correct; the older part's stands for the rest. */
function movePaths(
  provenance: Record<string, Provenance>,
  key: string,
  places: number[],
  olderProvenance: Record<string, Provenance>,
): void {
  const prefix = `${key}[`;
  const moved: Record<string, Provenance> = {};
  for (const [path, where] of Object.entries(provenance)) {
    if (!path.startsWith(prefix)) continue;
    const index = Number(path.slice(prefix.length, path.indexOf(']')));
    moved[`${prefix}${places[index] ?? index}${path.slice(path.indexOf(']'))}`] = where;
    delete provenance[path];
  }
  for (const [path, where] of Object.entries(olderProvenance)) if (path.startsWith(prefix)) provenance[path] = where;
  Object.assign(provenance, moved);
}

/** A newer part's "on both"/"on all" value replaces an older part's, and fills every element's gap. */
function applyEveryElement<R extends object>(
  parts: Collected<R>[],
  fields: Record<string, unknown>,
  provenance: Record<string, Provenance>,
  supplier: Map<string, number>,
): void {
  parts.forEach((part, p) => {
    for (const [key, overlay] of Object.entries(part.everyElement)) {
      const list = fields[key];
      if (!Array.isArray(list)) continue;
      const newer = (supplier.get(key) ?? -1) > p;
      list.forEach((element: Record<string, unknown>, i) => {
        for (const [property, value] of Object.entries(overlay.values)) {
          if (element[property] !== undefined && !newer) continue;
          element[property] = value;
          provenance[`${key}[${i}].${property}`] = {
            source: part.context.source,
            line: overlay.line,
            confidence: Math.round(overlay.confidence * part.context.weight * 100) / 100,
            via: 'prose',
          };
        }
      });
    }
  });
}

/** Fields that name a company: a newer message's short form of an older message's full name is that name. */
const COMPANY_FIELDS = new Set(['companyName', 'endUserAccount', 'soldToAccount', 'employer']);

function fillGaps<T>(key: string, kept: T, older: T, filled: (path: string) => void): T {
  // "Cordillera's new lab" in a reply over "a license file for Cordillera Mining S.A.": the name in full.
  if (COMPANY_FIELDS.has(key) && typeof kept === 'string' && typeof older === 'string') {
    return older.toLowerCase().startsWith(`${kept.toLowerCase()} `) ? older : kept;
  }
  // A reply that corrects one part number's count keeps the others the quoted request listed.
  if (key === 'partNumbers' && Array.isArray(kept) && Array.isArray(older)) {
    for (const line of older as { partNumber: string }[]) {
      if (!(kept as { partNumber: string }[]).some((k) => k.partNumber === line.partNumber)) {
        (kept as unknown[]).push(structuredClone(line));
        filled(`${key}[${kept.length - 1}]`);
      }
    }
    return kept;
  }
  if (Array.isArray(kept) && Array.isArray(older)) {
    kept.forEach((element, i) => {
      if (!element || typeof element !== 'object') return;
      // Servers by place; items by name, or by place for a nameless correction ("the quantity should be 180").
      const byPlace = key === 'licenseServers' || ('name' in element && element.name === '');
      const index = byPlace ? i : older.findIndex((o) => o && typeof o === 'object' && o.name === element.name);
      const match = older[index];
      if (match && typeof match === 'object') fillObject(element, match, (k) => filled(`${key}[${index}].${k}`));
    });
  } else if (kept && typeof kept === 'object' && older && typeof older === 'object') {
    fillObject(kept as Record<string, unknown>, older as Record<string, unknown>, (k) => filled(`${key}.${k}`));
  }
  return kept;
}

function fillObject(target: Record<string, unknown>, source: Record<string, unknown>, filled: (k: string) => void) {
  for (const [k, v] of Object.entries(source)) {
    if (target[k] !== undefined && target[k] !== '') continue;
    target[k] = v;
    filled(k);
  }
}
