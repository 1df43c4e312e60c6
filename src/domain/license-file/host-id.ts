/**
 * Host ids in the canonical forms of DOMAIN.md §9: a MAC address (ETHER=… or bare) becomes 12 lowercase
 * hex digits with no separators; a UNIX hostid is 8 lowercase hex digits; ANY and DEMO are upper case;
 * typed ids keep their type (`DISK_SERIAL_NUM=1a2b3c4d`, `ID=1234-5678-90`, `INTERNET=10.1.*.*`, …).
 */

export type HostIdResult = { ok: true; hostIds: string[] } | { ok: false; message: string };

const MAC_WITH_SEPARATORS = /^[0-9a-f]{2}([:-])[0-9a-f]{2}(\1[0-9a-f]{2}){4}$/i;
const MAC_PLAIN = /^[0-9a-f]{12}$/i;
const UNIX_HOSTID = /^(0x)?[0-9a-f]{8}$/i;
const HEX = /^[0-9a-f]+$/i;
// Typed ids whose value is hexadecimal: lowercased like a MAC so two spellings compare equal.
const HEX_TYPES = new Set(['DISK_SERIAL_NUM', 'COMPOSITE']);
const KNOWN_TYPES = new Set([
  'ETHER',
  'DISK_SERIAL_NUM',
  'ID',
  'INTERNET',
  'HOSTNAME',
  'COMPOSITE',
  'FLEXID',
  'USER',
  'DISPLAY',
  'VENDOR_DEFINED',
]);

/** Normalises one host id value, or a space-separated list of them (a quoted FlexLM list). */
export function normaliseHostIds(raw: string): HostIdResult {
  const parts = raw.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return { ok: false, message: 'the host id is empty' };
  const hostIds: string[] = [];
  for (const part of parts) {
    const single = normaliseHostId(part);
    if (!single.ok) return single;
    hostIds.push(...single.hostIds);
  }
  return { ok: true, hostIds };
}

function normaliseHostId(raw: string): HostIdResult {
  const upper = raw.toUpperCase();
  if (upper === 'ANY' || upper === 'DEMO') return { ok: true, hostIds: [upper] };
  const mac = asMac(raw);
  if (mac) return { ok: true, hostIds: [mac] };
  if (UNIX_HOSTID.test(raw)) return { ok: true, hostIds: [raw.replace(/^0x/i, '').toLowerCase()] };

  const equals = raw.indexOf('=');
  if (equals <= 0) {
    return {
      ok: false,
      message: `"${raw}" is not a host id (expected a MAC, an 8-digit hostid, ANY, DEMO or TYPE=value)`,
    };
  }
  const type = raw.slice(0, equals).toUpperCase();
  const value = raw.slice(equals + 1);
  if (!KNOWN_TYPES.has(type)) return { ok: false, message: `unknown host id type "${raw.slice(0, equals)}"` };
  if (value === '') return { ok: false, message: `host id ${type}= has no value` };
  if (type === 'ETHER') {
    const etherMac = asMac(value);
    if (!etherMac) return { ok: false, message: `ETHER=${value} is not a MAC address (12 hex digits)` };
    return { ok: true, hostIds: [etherMac] };
  }
  if (HEX_TYPES.has(type)) {
    if (!HEX.test(value)) return { ok: false, message: `${type}=${value} is not hexadecimal` };
    return { ok: true, hostIds: [`${type}=${value.toLowerCase()}`] };
  }
  return { ok: true, hostIds: [`${type}=${value}`] };
}

function asMac(raw: string): string | null {
  if (MAC_PLAIN.test(raw)) return raw.toLowerCase();
  if (MAC_WITH_SEPARATORS.test(raw)) return raw.replace(/[:-]/g, '').toLowerCase();
  return null;
}
