/**
 * Scores license-request extractions against hand-written expected records, field by field (issue 25
 * §4). A record is cut into atoms, one per value: `companyName=Litware Health`, and for lists one per
 * property of each element (`licenseServers.hostId`). List elements are paired with the expected ones
 * that share most values first, so a missed server does not shift every server after it.
 * | compared as                                               | fields                                  |
 * |-----------------------------------------------------------|-----------------------------------------|
 * | exactly                                                   | ids, enums, numbers, dates, versions     |
 * | ignoring case, spacing and a trailing period               | names (company, accounts, items, OS)     |
 * | by words: ≥ 60% of the shorter text's words in the other   | free text: subject, description, reasoning |
 * `kind` is scored like a field; `handling.*` and `language` only where the expected record states them
 * (an English request states no language), and `missing`/`invalid` as the questions the bot would ask.
 * Precision = matched / extracted, recall = matched / expected, per field.
 */
export interface Expected {
  kind: string;
  fields: Record<string, unknown>;
  missing?: string[];
  invalid?: { field: string }[];
  handling?: { urgent?: boolean; dateNeeded?: string };
  language?: string;
}

export interface Actual {
  kind: string;
  fields: Record<string, unknown>;
  missing: string[];
  invalid: { field: string }[];
  handling: { urgent?: boolean; dateNeeded?: string; language: string };
}

export interface Counts {
  matched: number;
  extracted: number;
  expected: number;
}

export interface Difference {
  field: string;
  expected?: string;
  actual?: string;
}

const FREE_TEXT = new Set(['subject', 'description', 'dateReasoning']);
const LOOSE = new Set([
  'companyName',
  'endUserAccount',
  'soldToAccount',
  'employer',
  'firstName',
  'lastName',
  'thirdPartyType',
  'sellableItems.name',
  'applications.name',
  'licenseServers.os',
  'licenseServers.osVersion',
  'licenseServers.hostName',
  'mediaLayer.switchType',
  'technicalLicenseTypes',
]);

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

export function sameValue(field: string, expected: unknown, actual: unknown): boolean {
  if (expected === undefined || actual === undefined) return false;
  const e = String(expected);
  const a = String(actual);
  if (FREE_TEXT.has(field)) {
    const we = words(e);
    const wa = words(a);
    const shared = [...we].filter((w) => wa.has(w)).length;
    return shared / Math.max(1, Math.min(we.size, wa.size)) >= 0.6 && shared / Math.max(we.size, wa.size) >= 0.3;
  }
  if (LOOSE.has(field))
    return (
      e.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '') ===
      a.toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '')
    );
  return e === a;
}

type Atom = { field: string; value: unknown };

function scalarAtoms(prefix: string, value: unknown): Atom[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.map((v) => ({ field: prefix, value: v }));
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => scalarAtoms(`${prefix}.${k}`, v));
  }
  return [{ field: prefix, value }];
}

/** Pairs expected list elements with actual ones, most shared values first. */
function pairElements(field: string, expected: Record<string, unknown>[], actual: Record<string, unknown>[]) {
  const pairs: [Record<string, unknown> | undefined, Record<string, unknown> | undefined][] = [];
  const used = new Set<number>();
  const shared = (e: Record<string, unknown>, a: Record<string, unknown>) =>
    Object.keys(e).filter((k) => sameValue(`${field}.${k}`, e[k], a[k])).length;
  for (const e of expected) {
    let best = -1;
    let bestScore = 0;
    actual.forEach((a, i) => {
      const score = used.has(i) ? 0 : shared(e, a);
      if (score > bestScore) [best, bestScore] = [i, score];
    });
    if (best >= 0) used.add(best);
    pairs.push([e, best >= 0 ? actual[best] : undefined]);
  }
  actual.forEach((a, i) => {
    if (!used.has(i)) pairs.push([undefined, a]);
  });
  return pairs;
}

export function scoreRecord(expected: Expected, actual: Actual, into: Map<string, Counts>): Difference[] {
  const differences: Difference[] = [];
  const count = (field: string, e: unknown, a: unknown) => {
    const counts = into.get(field) ?? { matched: 0, extracted: 0, expected: 0 };
    into.set(field, counts);
    if (e !== undefined) counts.expected += 1;
    if (a !== undefined) counts.extracted += 1;
    if (sameValue(field, e, a)) counts.matched += 1;
    else if (e !== undefined || a !== undefined) {
      differences.push({
        field,
        ...(e !== undefined ? { expected: show(e) } : {}),
        ...(a !== undefined ? { actual: show(a) } : {}),
      });
    }
  };
  count('kind', expected.kind, actual.kind);
  const keys = new Set([...Object.keys(expected.fields), ...Object.keys(actual.fields)]);
  for (const key of keys) {
    const e = expected.fields[key];
    const a = actual.fields[key];
    const list = (e ?? a) as unknown[];
    if (Array.isArray(list) && typeof list[0] === 'object') {
      for (const [pe, pa] of pairElements(
        key,
        (e as Record<string, unknown>[]) ?? [],
        (a as Record<string, unknown>[]) ?? [],
      )) {
        const props = new Set([...Object.keys(pe ?? {}), ...Object.keys(pa ?? {})]);
        for (const prop of props) count(`${key}.${prop}`, pe?.[prop], pa?.[prop]);
      }
      continue;
    }
    const ea = scalarAtoms(key, e);
    const aa = scalarAtoms(key, a);
    const usedActual = new Set<number>();
    for (const atom of ea) {
      const i = aa.findIndex(
        (x, k) => !usedActual.has(k) && x.field === atom.field && sameValue(atom.field, atom.value, x.value),
      );
      const sameField = i >= 0 ? i : aa.findIndex((x, k) => !usedActual.has(k) && x.field === atom.field);
      if (sameField >= 0) usedActual.add(sameField);
      count(atom.field, atom.value, sameField >= 0 ? aa[sameField]!.value : undefined);
    }
    aa.forEach((atom, k) => {
      if (!usedActual.has(k)) count(atom.field, undefined, atom.value);
    });
  }
  if (expected.handling) {
    for (const key of ['urgent', 'dateNeeded'] as const) {
      count(`handling.${key}`, expected.handling[key], actual.handling[key]);
    }
  }
  if (expected.language) count('language', expected.language, actual.handling.language);
  for (const path of new Set([...(expected.missing ?? []), ...actual.missing])) {
    count(
      'missing (questions)',
      expected.missing?.includes(path) ? path : undefined,
      actual.missing.includes(path) ? path : undefined,
    );
  }
  const invalidOf = (list: { field: string }[] | undefined) => (list ?? []).map((i) => i.field);
  for (const path of new Set([...invalidOf(expected.invalid), ...invalidOf(actual.invalid)])) {
    count(
      'invalid (questions)',
      invalidOf(expected.invalid).includes(path) ? path : undefined,
      invalidOf(actual.invalid).includes(path) ? path : undefined,
    );
  }
  return differences;
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export const precision = (c: Counts) => (c.extracted === 0 ? 1 : c.matched / c.extracted);
export const recall = (c: Counts) => (c.expected === 0 ? 1 : c.matched / c.expected);
