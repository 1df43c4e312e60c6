import { findOsNames } from './os-names.ts';

/**
 * Cues that name the word after them as a license server's host, whatever its shape (issue 25 round 7 §1):
 * "called licserver", "the server's name is lic", "License server: lic", "lmhostid output on CTXLIC". A
 * plain word so named (no digit, dot or hyphen) is a host only when no common word and nothing but
 * punctuation or a joining word follows it; server-mentions.ts reads it back.
 */
/**
 * "called licserver", "hostname `lic`", "the server's name is lic", "License server: lic", "the license server
 * will be GLIC": a cue that names whatever word follows as the host (a plain word so named is read back).
 */
export const STRONG_NAME_CUE =
  /\b(?:called|named|host[\s-]*name(?:\s+is)?\s*[:=]?|(?:server|host|machine|box|VM|node|computer|its)(?:'s|s')?\s+(?:host\s*)?name\s+(?:is|will\s+be)|licen[cs]e\s+(?:server|host|manager)\s*(?:[:=,]|(?:is|will\s+be)(?:\s+(?:on|at))?)|\b(?:the|our|their|this|that|new)\s+(?:server|host|machine|box|VM)\s+(?:is|will\s+be)|(?:lock(?:ed)?|tie[ds]?|bind|bound|node-locked)\s+(?:(?:the|this|our|it|them)\s+)?(?:licen[cs]es?\s+|file\s+)?to(?:\s+(?:the\s+)?(?:server|host|box|machine))?|(?:lm)?hostid\s+(?:output\s+)?(?:on|from)\s+(?:(?:the\s+)?(?:license\s+)?(?:server|host|box|machine)\s+)?|(?:license\s+)?(?:server|host)\s*[:=]|(?:servidor|serveur)(?:\s+(?:de|du|del|d')\s*[A-ZÀ-Ý][\wÀ-ÿ-]*)?\s*[:=]|host[\s-]*name(?:\s+-[fA])?\s+(?:gives|returns|shows|prints|says)|(?:install(?:ed)?|run(?:s|ning)?|hosted|output)\s+(?:it\s+|lmgrd\s+|(?:the\s+)?(?:license\s+(?:server|manager)|flex(?:lm|net))\s+)?on)\s*[`'"“]?$/i;
/** Words a cue may be followed by that name no machine ("License server: physical box", "is ready"). */
const PLAIN_NOT_A_HOST =
  /^(?:tbd|tba|tbc|pending|unknown|none|existing|virtual|physical|vmware|hyper|azure|aws|cloud|dell|hp|hpe|ibm|lenovo|cisco|same|below|above|attached|see|as|still|not|yet|currently|ready|up|down|available|installed|planned|being|now|also|located|hosted|based|behind|inside|there|here|shared|dedicated|standalone|clustered|ours|theirs|yours|mine|unchanged|different|separate|likely|probably|going|due|live|online|offline|busy|fine|ok|okay|correct|wrong|done|set|built|listed|shown|given|mentioned|provided|following|already|then|which|what|where|who|please|thanks|thank|regards|site|customer|partner|vendor|client|their|your|my|his|her|we|they|you|i|he|she)$/i;
/** What follows a plain word that names a host: the end, a bracket, punctuation, or a joining word. */
const AFTER_PLAIN_NAME =
  /^(?:\s*$|\s*[(,;:.–—-]|\s+(?:with|and|running|runs|on|at|has|is|which|that|whose|MAC|host\b|gives|returns|shows|prints|reports|says))/i;
/** A plain word after a strong cue names a host only if no common word and nothing but punctuation follows it. */
export function isPlainNameAt(text: string, token: string, end: number): boolean {
  if (/[-.\d]/.test(token)) return true;
  return (
    !PLAIN_NOT_A_HOST.test(token) &&
    AFTER_PLAIN_NAME.test(text.slice(end, end + 12)) &&
    !WHEN_AFTER.test(text.slice(end, end + 30))
  );
}

/**
 * "the temporary key they run on dies on the 14th", "… runs on expires at midnight": a word followed by when it
 * happens is a verb, not a machine (round 16).
 */
const WHEN_AFTER =
  /^\s+(?:on|at|by|in|before|after)\s+(?:the\s+)?(?:\d|(?:mon|tue|wed|thu|fri|sat|sun)\w*\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b|midnight|noon|end\b|next\b|this\b|tomorrow|today|tonight)/i;

/**
 * `VRG-LIC-MAD` and `vrg-lic-mad.vasquez.example`: one server written short and fully qualified (two table
 * columns, `hostname` and `hostname -f`) — the fully qualified name, not a contradiction. Undefined when the
 * two name different machines.
 */
export function fullerHostName(a: string, b: string): string | undefined {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return a;
  if (y.startsWith(`${x}.`)) return b;
  if (x.startsWith(`${y}.`)) return a;
  return undefined;
}

/** `GLICA, GLICB and GLICC`: a list of bare host names under one label (none with spaces or brackets). */
export function listedHostNames(value: string): string[] {
  const names = value
    .trim()
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .filter(Boolean);
  return names.length >= 2 && names.every((n) => /^[A-Za-z][\w.-]*$/.test(n)) ? names : [];
}

/** `genlic (00-50-56-…)`, `genlic (MAC 00-50-56-…)`: a word right before a bracketed host id (round 9 §1). */
export const BRACKET_TO_ID = /^\s*\(\s*(?:(?:MAC|host\s*id|hostid|HID)(?:\s+address)?\s*[:=]?\s*)?$/i;
export const BESIDE_ID = /^\s*[(:–—-]?\s*(?:(?:MAC|host\s*id|hostid|HID)(?:\s+address)?\s*[:=]?\s*)?$/i;

/** Issue 25 round 9 §1: a name after these words is a domain or the hypervisor a VM runs on, not the server. */
export const NOT_THE_SERVER_BEFORE =
  /\b(?:(?:AD|DNS|windows|active\s+directory|search)\s+)?domain(?:\s+name)?\s*(?:is|:|=)?\s*$|\b(?:ESXi?|hypervisor|Hyper-?V|vSphere|KVM|Proxmox|Nutanix|physical)\s+(?:host|server|node|cluster)?\s*[:=]?\s*$|\b(?:VM|virtual\s+machine|guest)\s+(?:on|under|hosted\s+on|running\s+on)\s+(?:the\s+)?(?:host\s+)?$/i;

/**
 * `scl-lic01 on Windows Server 2019`, `ak-lic02 running RHEL 8.8`, `bne-flex1 (Windows Server 2022)`: a host-shaped
 * word right before the OS it runs names the server (round 16).
 */
// "an HP DL380 with Windows Server 2019": a hardware model is no host name; a host's has a separator or is lower case.
const HARDWARE_BEFORE = /\b(?:hp|hpe|dell|lenovo|cisco|ibm|supermicro|fujitsu|proliant|poweredge|thinksystem|ucs)\s*$/i;
export function namesServerBeforeOs(text: string, name: { name: string; index: number }): boolean {
  if (!/[-_.]/.test(name.name) && !/^[a-z\d]+$/.test(name.name)) return false;
  if (HARDWARE_BEFORE.test(text.slice(0, name.index))) return false;
  const after = text.slice(name.index + name.name.length);
  const joined = /^\s*(?:\(\s*|,?\s+(?:on|running|with|under)\s+)/.exec(after);
  return joined !== null && findOsNames(after.slice(joined[0].length))[0]?.index === 0;
}
