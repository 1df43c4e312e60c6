/**
 * "LIC02 is 3C:EC:EF:41:7B:0E, not …0F" over a quoted request that lists SCAS-LIC01 and SCAS-LIC02: a newer
 * message that names only servers an older one lists corrects those servers, and the others stay (issue 25
 * round 15, cause 5). A short form of the name will do: the host's first DNS label (`lic02` for
 * `lic02.corp.example`) or its last part after a dash or underscore (`LIC02` for `SCAS-LIC02`).
 */
import type { LicenseServer } from './schema.ts';

export function sameHostName(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return long.startsWith(`${short}.`) || (/[\d_-]/.test(short) && new RegExp(`[-_]${escaped(short)}$`).test(long));
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where each of the newer servers stands in the older list, or undefined when the newer list is not such a
 * correction (it names a server the older list lacks, leaves one unnamed, or lists as many as the older).
 */
export function correctedPlaces(newer: LicenseServer[], older: LicenseServer[]): number[] | undefined {
  if (newer.length === 0 || older.length <= newer.length) return undefined;
  const places = newer.map((server) => {
    const name = server?.hostName;
    return name ? older.findIndex((o) => o?.hostName !== undefined && sameHostName(o.hostName, name)) : -1;
  });
  return places.every((p) => p >= 0) && new Set(places).size === places.length ? places : undefined;
}

/** The older list with each newer server's values over the one it names; the older name (as full or fuller) is kept. */
export function withCorrections(newer: LicenseServer[], older: LicenseServer[], places: number[]): LicenseServer[] {
  const merged = structuredClone(older);
  places.forEach((place, i) => {
    const fullName = merged[place]!.hostName;
    Object.assign(merged[place]!, structuredClone(newer[i]!));
    if (fullName && fullName.length >= (merged[place]!.hostName?.length ?? 0)) merged[place]!.hostName = fullName;
  });
  return merged;
}
