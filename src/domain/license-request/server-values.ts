/**
 * What a passage says of one license server beyond its name and id: its OS and port (server-mentions.ts finds
 * the server, this reads the rest around it), including the ways partners write them without repeating them:
 * | written as                                                          | read as                               |
 * |---------------------------------------------------------------------|---------------------------------------|
 * | "a Windows Server 2022 VM named acm-lic01", "a RHEL 8.6 box called x" | the OS said just before the name     |
 * | "the second one, lic-b, …, same port", "on the same OS build"         | the previous server's port or OS      |
 * | "port as above", "mesma porta", "mismo puerto", "gleicher Port"       | the same                              |
 */
import { findOsNames } from './os-names.ts';
import type { ServerMention } from './server-mention.ts';
import { findPort } from './server-ports.ts';

export function osIn(text: string): { os: string; osVersion?: string } | undefined {
  return findOsNames(text)[0];
}

/** Between an OS and the name it introduces: the kind of machine and "named"/"called" in the partners' languages. */
const OS_TO_NAME = new RegExp(
  String.raw`^[\s,(]*(?:\(?(?:x64|64[\s-]?bit|standard|datacenter)\)?\s*)*` +
    String.raw`(?:(?:virtual\s+)?(?:licen[cs]e\s+)?(?:VM|box|machine|server|host|instance|node|appliance|servidor|serveur|Server|Maschine)\s*)?` +
    String.raw`(?:,?\s*(?:which\s+is\s+|that\s+is\s+|is\s+|with\s+(?:the\s+|a\s+)?)?(?:named|called|hostname|host\s+name|llamad[oa]|chamad[oa]|nomm[ée]e?|appel[ée]e?|chiamat[oa]|namens|genaamd|denominad[oa])\s*[:=]?)?[\s,:(–—-]*$`,
  'i',
);

/** "a Windows Server 2022 VM named acm-lic01": the OS that ends right before the server's name introduces it. */
function osRightBefore(lead: string): { os: string; osVersion?: string } | undefined {
  const last = findOsNames(lead).at(-1);
  if (!last) return undefined;
  return OS_TO_NAME.test(lead.slice(last.end)) ? last : undefined;
}

const SAME_PORT =
  /\b(?:same|identical)\s+(?:licen[cs]e\s+|tcp\s+|flexlm\s+)?port\b|\bport\s+(?:as\s+(?:above|before|the\s+(?:first|other|previous)(?:\s+one)?)|likewise|idem)\b|\b(?:mesma\s+porta|mismo\s+puerto|m[êe]me\s+port|stess[ao]\s+port[ao]|gleiche[nrs]?\s+Port|dezelfde\s+poort)\b/i;
const SAME_OS =
  /\b(?:same|identical)\s+(?:OS|operating\s+system|OS\s+(?:build|version|release)|build|platform)\b|\b(?:OS|operating\s+system)\s+as\s+(?:above|before|the\s+(?:first|other|previous)(?:\s+one)?)\b|\b(?:mesmo\s+sistema|mismo\s+sistema|m[êe]me\s+(?:OS|syst[èe]me)|stesso\s+(?:OS|sistema)|gleiche[nrs]?\s+(?:OS|Betriebssystem)|hetzelfde\s+(?:OS|besturingssysteem))\b/i;

/** The OS and port a passage gives its server; `lead` is what precedes the server's name in its sentence. */
export function withOsAndPort(mention: ServerMention, text: string, lead = ''): ServerMention {
  const os = osIn(text) ?? (lead ? osRightBefore(lead) : undefined);
  if (os) {
    mention.values.os = os.os;
    mention.confidence.os = 0.8;
    if (os.osVersion) {
      mention.values.osVersion = os.osVersion;
      mention.confidence.osVersion = 0.8;
    }
  }
  const port = findPort(text);
  if (port) {
    mention.values.port = port.port;
    mention.confidence.port = port.confidence;
  }
  const same = [
    ...(!os && SAME_OS.test(text) ? ['os' as const] : []),
    ...(!port && SAME_PORT.test(text) ? ['port' as const] : []),
  ];
  if (same.length > 0 && !mention.all) mention.sameAsBefore = same;
  return mention;
}

/** "…, same port": a server that says it shares a value with the one named before it takes that server's value. */
export function fillSameAsBefore(mentions: ServerMention[]): ServerMention[] {
  mentions.forEach((mention, k) => {
    for (const key of mention.sameAsBefore ?? []) {
      const before = mentions
        .slice(0, k)
        .findLast((m) => !m.all && m.values[key] !== undefined && m.values.hostId !== mention.values.hostId);
      if (!before || mention.values[key] !== undefined) continue;
      if (key === 'port') mention.values.port = before.values.port;
      else {
        mention.values.os = before.values.os;
        if (before.values.osVersion !== undefined) mention.values.osVersion = before.values.osVersion;
        mention.confidence.osVersion = 0.7;
      }
      mention.confidence[key] = 0.7;
    }
  });
  return mentions;
}
