/**
 * Finds host ids in running text (seed 002 "Determining Host IDs", DOMAIN.md §9): MAC addresses in any
 * separator style, UNIX hostids, disk serial numbers and FlexLM typed ids. An 8-hex-digit token could as
 * well be a ticket reference, so it is a host id only where the text says so (a cue) or the caller's
 * context does (a server row with a host name or an OS): `needsCue` tells the caller.
 */
import { normaliseHostId } from './normalise.ts';

export interface HostIdToken {
  value: string;
  index: number;
  end: number;
  /** True for a bare 8-hex-digit or all-digit token: a host id only with a cue or a server context. */
  needsCue: boolean;
}

const PATTERNS: { pattern: RegExp; needsCue: (raw: string) => boolean; prefix?: string }[] = [
  {
    pattern:
      /\b(?:disk|volume)[\s_]+serial(?:[\s_]+(?:number|num|no\.?|#))?\s*(?:is|:|=)?\s*([0-9A-Fa-f]{4}-?[0-9A-Fa-f]{4})\b/gi,
    needsCue: () => false,
    prefix: 'DISK_SERIAL_NUM=',
  },
  {
    pattern: /(?<![\w:.-])[0-9A-Fa-f]{2}([-:. ])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![\w-]|[:.]\w)/g,
    needsCue: () => false,
  },
  {
    pattern:
      /\b(?:DISK_SERIAL_NUM|ETHER|VSN|FLEXID|COMPOSITE|ID_STRING|INTERNET|HOSTNAME|ID)=(?![0-9A-Fa-f]{2}[-:.][0-9A-Fa-f]{2}[-:.])[0-9A-Za-z][\w.-]*/g,
    needsCue: () => false,
  },
  {
    pattern: /(?<![\w.-])[0-9A-Fa-f]{4}([.\- ])[0-9A-Fa-f]{4}\1[0-9A-Fa-f]{4}(?![\w-]|\.\w)/g,
    needsCue: (raw) => !raw.includes('.'),
  },
  // Solaris prints `0:50:56:a:1:2`: bytes without their leading zero.
  {
    pattern: /(?<![\w:.-])[0-9A-Fa-f]{1,2}(?::[0-9A-Fa-f]{1,2}){5}(?![\w:-])/g,
    needsCue: () => false,
  },
  { pattern: /(?<![\w.:-])[0-9A-Fa-f]{12}(?![\w-]|[.:]\w)/g, needsCue: (raw) => /^\d+$/.test(raw) || !/\d/.test(raw) },
  { pattern: /(?<![\w.:@-])(?:0x)?[0-9A-Fa-f]{8}(?![\w@-]|[.:]\w)/g, needsCue: () => true },
];

/** Four hex digits in a row (or split by a separator), or a typed id: without one there is no host id. */
const MAY_HOLD_AN_ID = /[0-9A-Fa-f]{4}|[0-9A-Fa-f]{2}[-:. ][0-9A-Fa-f]{2}|=/;

export function findHostIds(text: string): HostIdToken[] {
  if (!MAY_HOLD_AN_ID.test(text)) return [];
  const found: HostIdToken[] = [];
  for (const { pattern, needsCue, prefix } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const index = match.index;
      const end = index + match[0].length;
      if (found.some((f) => index < f.end && end > f.index)) continue;
      const raw = prefix ? `${prefix}${match[1]}` : match[0];
      if (!/\d/.test(raw)) continue;
      const hostId = normaliseHostId(raw);
      if (hostId.ok) found.push({ value: hostId.value, index, end, needsCue: needsCue(match[0]) });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Words that say a token is a host id: `host id`, `hostid`, `MAC`, and their equivalents in the mail's language. */
export const HOST_ID_CUE =
  /\b(?:host[\s-]*ids?|(?:lm)?hostids?|ether(?:net)?|mac(?:[\s-]*(?:address(?:es)?|ids?))?|disk\s+serial|ethernet\s+address|adresse\s+mac|mac-adresse|direcci[oó]n\s+mac|id\s+de\s+host|id\s+d'h[oô]te|endere[çc]o\s+mac|indirizzo\s+mac|mac[\s-]adres)\b|ホストID|MACアドレス/i;

/**
 * FlexLM prints every host id of one machine in one quoted list (`lmhostid`: `""005056a1c3f2 005056a1c3f3""`,
 * "Only use ONE from the list"): the first is the machine's, the rest are not more servers.
 */
export function oneMachineEach(text: string, ids: HostIdToken[]): HostIdToken[] {
  if (ids.length < 2 || !text.includes('"')) return ids;
  const lists = [...text.matchAll(/"+([^"]+)"+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  return ids.filter((id) => {
    const list = lists.find((l) => id.index >= l.start && id.end <= l.end);
    return !list || ids.find((other) => other.index >= list.start && other.end <= list.end) === id;
  });
}

/** "lic01 has two NICs: X (primary) and Y": one machine's adapters; FlexLM needs one of them, the primary. */
const SEVERAL_ADAPTERS =
  /\b(?:two|2|three|3|both|multiple|several)\s+(?:NICs?|network\s+(?:cards?|adapters?|interfaces?)|(?:ethernet\s+)?adapters|interfaces)\b/i;

export function oneAdapter(text: string, ids: HostIdToken[]): HostIdToken[] {
  if (ids.length < 2 || !SEVERAL_ADAPTERS.test(text)) return ids;
  const primary = ids.find((id) => /^\s*\(?\s*(?:primary|main|first)\b/i.test(text.slice(id.end, id.end + 12)));
  return [primary ?? ids[0]!];
}
