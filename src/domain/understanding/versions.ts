/**
 * Versions as customers write them: `9.0`, `v9.0.012`, `8.5.104.12`, "version 8.5". Numbers that only look
 * like versions — IP addresses, dates, times, amounts — are not taken.
 */
import type { Piece } from './text.ts';
import { spokenVersions } from './version-words.ts';

/** A version may follow a name without a space ("wde8.5"), not another number or dotted word. */
const VERSION =
  /(?<![\d.])(?:v|ver\.?\s*|version\s*(?:is\s+|:\s*|=\s*)?|release\s*|rel\.?\s*|build\s*)?(\d{1,3}(?:\.\d{1,4}){1,3})(?!\.?\d)(?![a-z])/gi;

/** "SIP Server 8.5.104.12": a product whose name ends in "server" is followed by its build, not an address. */
const SERVER_PRODUCT =
  /\b(?:sip|interaction|ixn|stat|configuration|config|orchestration|routing|ic|voice|media|chat|e-?mail|outbound\s+contact|message|solution\s+control|universal\s+routing)\s*server\b/g;

function looksLikeSomethingElse(text: string, start: number, end: number, value: string): boolean {
  const parts = value.split('.');
  const before = text.slice(Math.max(0, start - 24), start).toLowerCase();
  const after = text.slice(end, end + 16).toLowerCase();
  // Dates: 23.11.2026, 23.11.26 after a day word.
  if (parts.length === 3 && /^(19|20)\d\d$/.test(parts[2]!) && Number(parts[1]) <= 12) return true;
  // IPv4 addresses and host names.
  // (An address has no leading zeros: "SIP Server 9.0.012.05" is a build.)
  if (
    parts.length === 4 &&
    parts.every((p) => Number(p) <= 255 && !/^0\d/.test(p)) &&
    /\b(ip|address|host|server|gateway|subnet|addr)\b/.test(before.replace(SERVER_PRODUCT, ' '))
  )
    return true;
  if (parts.length === 4 && parts.every((p) => Number(p) <= 255) && parts[0]!.length === 3) return true;
  // Dates (23.11.2026 is caught by the 4-digit rule; 23.11 followed by a year) and clock times.
  if (/^\s*(?:am|pm|h\b|hrs?\b|uhr|o'?clock|cet|cest|est|edt|utc|gmt|pst|jst|sgt)/.test(after)) return true;
  if (
    /\b(at|around|about|from|until|till|by)\s*$/.test(before) &&
    parts.length === 2 &&
    Number(parts[0]) <= 23 &&
    parts[1]!.length === 2
  )
    return true;
  // Amounts, durations and percentages.
  if (
    /^\s*(?:%|percent|seconds?|secs?|s\b|minutes?|mins?|hours?|days?|ms\b|gb|mb|kb|tb|ghz|mbps|gbps|x\b|times|k\b|usd|eur|gbp|\$|€|£)/.test(
      after,
    )
  )
    return true;
  if (/[$€£]\s*$/.test(before)) return true;
  return false;
}

export interface VersionHit {
  value: string;
  start: number;
  end: number;
  /** "version 8.5" or "v8.5": the writer said it is a version. */
  cued: boolean;
}

export function findVersions(text: string): VersionHit[] {
  const hits: VersionHit[] = [];
  for (const m of text.matchAll(VERSION)) {
    const value = m[1]!;
    const start = m.index! + m[0].indexOf(value);
    const end = start + value.length;
    if (looksLikeSomethingElse(text, start, end, value)) continue;
    hits.push({ value, start, end, cued: m[0].length > value.length });
  }
  for (const spoken of spokenVersions(text)) {
    const cued = /\bversion\s*(?:is\s+|:\s*)?$/i.test(text.slice(Math.max(0, spoken.start - 14), spoken.start));
    hits.push({ ...spoken, cued });
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * The version written right after (or just before) a product name: "SIP Server 9.0", "WDE v8.5", "our 8.5 WDE";
 * "SIP Server from 9.0 to 9.1" is the version it runs now, the one it moved to; "sip server 9", "GVP v9"
 * a major version alone.
 */
export function versionNear(
  text: string,
  nameStart: number,
  nameEnd: number,
  hits: readonly VersionHit[],
): VersionHit | undefined {
  const moved = movedTo(text, nameEnd, hits);
  if (moved) return moved;
  const after = hits.find((h) => {
    if (h.start < nameEnd) return false;
    const gap = text.slice(nameEnd, h.start);
    return (
      gap.length <= 22 &&
      /^[\s(:,-]*(?:(?:version|ver\.?|v\.?|release|rel\.?|build|is|on|running|at)\s*[:#]?\s*)*[v(]?$/i.test(gap)
    );
  });
  if (after) return after;
  return (
    hits.find((h) => h.end <= nameStart && /^\s*$/.test(text.slice(h.end, nameStart))) ?? majorAfter(text, nameEnd)
  );
}

/** "<name> from 8.5 to 9.0.016.03", "<name> 9.0 -> 9.1": a move between two versions, told right after the name. */
function movedTo(text: string, nameEnd: number, hits: readonly VersionHit[]): VersionHit | undefined {
  const from = hits.find(
    (h) => h.start >= nameEnd && /^\s*(?:from\s+)?(?:version\s+|v\.?\s*)?$/i.test(text.slice(nameEnd, h.start)),
  );
  if (!from) return undefined;
  return hits.find(
    (h) =>
      h.start >= from.end && /^\s*(?:to|->|→|=>|-->)\s*(?:version\s+|v\.?\s*)?$/i.test(text.slice(from.end, h.start)),
  );
}

/** What a number right after a name counts rather than versions: "WFM 2 sites", "SIP Server 3 times". */
const COUNTED =
  /^\s*(?:%|x\b|times?\b|agents?\b|users?\b|seats?\b|licen[cs]es?\b|calls?\b|sites?\b|nodes?\b|servers?\b|instances?\b|queues?\b|ports?\b|trunks?\b|lines?\b|channels?\b|people\b|customers?\b|callers?\b|(?:milli)?seconds?\b|secs?\b|minutes?\b|mins?\b|hours?\b|hrs?\b|days?\b|weeks?\b|months?\b|years?\b|am\b|pm\b|o'?clock\b|[:/,.]\d|-\d|of\b|out\s+of\b|and\s+\d)/i;

/**
 * A major version alone right after the name ("sip server 9", "URS 8 lab", "GVP v9"): a number of one or two
 * digits, nothing dotted after it, and not a count of something ("WFM 2 sites").
 */
function majorAfter(text: string, nameEnd: number): VersionHit | undefined {
  const m = /^(\s*(?:version\s*|ver\.?\s*|v\.?\s*|release\s+)?|\s*-\s*)(\d{1,2})(?![\w.]|\.\d)/i.exec(
    text.slice(nameEnd),
  );
  if (!m || (m[1]!.length === 0 && !/^v/i.test(m[0]))) return undefined;
  const end = nameEnd + m[0].length;
  if (COUNTED.test(text.slice(end))) return undefined;
  const value = m[2]!;
  if (Number(value) === 0) return undefined;
  return { value, start: end - value.length, end, cued: /[a-z]/i.test(m[1]!) };
}

/** Pieces of text that are release-type questions keep their versions to themselves (releaseVersions). */
export function versionsIn(piece: Piece, hits: readonly VersionHit[]): VersionHit[] {
  return hits.filter((h) => h.start >= piece.start && h.end <= piece.end);
}
