/**
 * License servers named in prose, aligned lists and sentences (seed 002: host name, host ID, OS and port
 * "for each server"). Each host id anchors a server; the host name, OS and port around it belong to it:
 * | written as                                                     | read as                              |
 * |----------------------------------------------------------------|--------------------------------------|
 * | `licA   3c2a91f1   Solaris 11` (a row, no header)                | one server per row, cells by shape    |
 * | `Server 2 is nt-lic-man (host id …, Windows Server 2019)`         | server 2 with its name, id and OS     |
 * | `servers are a, b and c with host ids x, y and z respectively`   | names and ids paired in order         |
 * | `all three run AIX 7.2`, `port 27000 on all three`                | the OS or port of every server        |
 * | `the OS of the license server is RHEL 9.2` (no id, no name)       | the one server the request has        |
 * A bare 8-hex-digit token is a host id only with a cue (`host id`) or in a row beside a name or an OS.
 */

import { findHostIds, HOST_ID_CUE, type HostIdToken, oneAdapter, oneMachineEach } from './host-id-tokens.ts';
import {
  BESIDE_ID,
  BRACKET_TO_ID,
  isPlainNameAt,
  NOT_THE_SERVER_BEFORE,
  namesServerBeforeOs,
  STRONG_NAME_CUE,
} from './host-name-cues.ts';
import { findIdReplacements } from './id-corrections.ts';
import { splitCells } from './layout.ts';
import { parseLicenseServerLocations } from './normalise.ts';
import { isOldServer } from './old-servers.ts';
import { withOsFamily } from './os-families.ts';
import { findOsNames } from './os-names.ts';
import type { ProseUnit } from './prose-units.ts';
import type { ServerMention } from './server-mention.ts';
import { portListMentions } from './server-ports.ts';
import { fillSameAsBefore, osIn, withOsAndPort } from './server-values.ts';

const NAME_CUE =
  /\b(?:host[\s-]*name|hostname|server(?:\s+name)?|servidor|serveur|name|host|box|machine|node|VM|nom\s+d'h[oô]te|nombre\s+del\s+host|(?:primary|secondary|backup|tertiary|main)(?:\s+(?:server|node|one))?)\s*(?:is\s+(?:called|named)|is|:|=|->|,|\(|called|named|es|est)?\s*$/i;
const NAME_SHAPE = /^(?:[A-Za-z][A-Za-z0-9]*(?:[-._][A-Za-z0-9]+)+|[A-Za-z]+\d[A-Za-z0-9]*)$/;
const WORD = /(?<![\w.@/-])([A-Za-z][\w]*(?:[-.][A-Za-z0-9]+)*)(?![\w@/-])/g;
const NOT_A_HOST =
  /^(?:add-on|re-?issue|e-mail|go-live|follow-up|in-place|three-server|3-server|multi-site|stand-alone|pay-per-use|third-party|short-notice|cut-over|hot-standby|cold-standby|t-server|x86|x64|r2|sp\d|win\d+|sip|is|are|the|a|an|and|for|with|on|in|of|to|name|id|ids|mac|os|port|only|one|single|setup|configuration|redundant|independent|license|licence|server|servers|running|runs|default|same|new|lab|demo|production|test|windows|linux|solaris|aix|rhel|centos|ubuntu|debian|oracle|host|hostname|at|its|their|our|this|that|it|address|addresses|physical|ethernet|adapter|nic|was|called|named|primary|secondary|backup|tertiary|main|hyper-v|vmxnet\d*|e1000e?|virtio|vmware|broadcom|intel|realtek|mellanox|has|have|had|uses|use|using|shows|gives|returns|which|whose|will|also|both|each|all|then|now|box|machine|computer|node|appliance|instance|interface|card)$/i;
const ORDINAL =
  /^(?:[-*•]\s*)?(?:(?:license\s+)?(?:server|node|host|srv)\s*#?\s*(\d)\b|(primary|main|first)\b|(backup|secondary|second)\b|(third)\b)/i;
const ALL =
  /\b(?:all(?:\s+(?:three|two|of\s+them))?|both|each|every|same\s+for|(?:the|these|those|our|their)\s+(?:two|three|four|five|[2-5])\s+(?:licen[cs]e\s+)?(?:servers|nodes|hosts|machines|boxes|VMs)|les\s+(?:deux|trois)|tous|toutes|beide|alle|todos|todas|ambos|ambas|tutti|entrambi)\b/i;
const LOCATION = /(?:\b\d{2,5}|(?<![\w.%+-]))@[A-Za-z][\w.-]*[A-Za-z0-9]/g;
const OS_LINE_WORDS =
  /\b(?:red\s*hat|enterprise|linux|server|release|version|rocky|alma|oracle|centos|stream|suse|sles|ubuntu|debian|gnu|solaris|aix|windows|standard|datacenter|lts|rhel|[\d.]+)\b|[/.,]/gi;
const SERVER_TALK =
  /\bTCP\b|\blicen[cs]e\s+(?:port|file|manager|service)|\bclients?\s+connect|\bserver|\bservidor|\bserveur|\bhost|\bbox\b|\bmachine|\bnode\b|\bOS\b|operating system|\brun(?:s|ning)?\b|\bflex(?:lm|net)\b|\blmgrd\b|\blisten|\bport\b|\bits\s+(?:host\s*)?name\b|\b(?:porta|puerto|poort|porto)\b|\b(?:standaard)?poort\b|ポート/i;

function hostIdsIn(text: string, context: boolean): HostIdToken[] {
  return findHostIds(text).filter((t) => !t.needsCue || context || HOST_ID_CUE.test(text));
}

/** A cued name still needs a host's shape (`gen-lic01`, `licB`): "server inventory" is not a host. */
function isHostName(token: string, cued: boolean, strong = false): boolean {
  if (NOT_A_HOST.test(token) || /^\d/.test(token) || OS_START.test(token) || HOST_ID_CUE.test(token)) return false;
  // "Win2k22", "RHEL8", "W2K19": an OS written short is not a host.
  if (findOsNames(token).length > 0 || /^w(?:in)?2k\d{1,2}$/i.test(token)) return false;
  // FlexLM's own programs and vendor daemons (`lmgrd`, `genesys.d`) run on the server; they do not name it.
  if (/\.d$|^lm(?:grd|util|tools|admin|stat)$/i.test(token)) return false;
  if (strong) return token.length >= 3;
  return /[-.\d]/.test(token) || (cued && /[a-z][A-Z]|^[A-Z]{2,}\d*$/.test(token));
}
const OS_START = /^(?:windows|win|red|rhel|centos|oracle|rocky|alma|suse|sles|debian|ubuntu|solaris|aix|hp-ux)$/i;

/** "The three servers are glica, glicb and glicc, with MACs …": every word of the list names a server. */
const LISTED_NAMES =
  /\b(?:servers?|hosts?|machines?|nodes?|boxes|names?)\s+(?:are|were|will\s+be|:|=|named|called)\s+(?:[A-Za-z][\w.-]*\s*(?:,|\band\b|&)\s*)*$/i;

/** Host name candidates in a stretch of text: cued (`server gen-lic01`) or shaped like one (`gen-lic01`). */
function namesIn(
  text: string,
  offset = 0,
  lists = false,
): { name: string; index: number; cued: boolean; weak?: boolean }[] {
  const names: { name: string; index: number; cued: boolean; weak?: boolean }[] = [];
  // Letters inside a host id (`00:50:56:A1:0B:01`) are part of it, never a name.
  const ids = findHostIds(text);
  for (const match of text.matchAll(WORD)) {
    if (ids.some((id) => match.index >= id.index && match.index < id.end)) continue;
    const token = match[1]!.replace(/\.$/, '');
    const lead = text.slice(Math.max(0, match.index - 30), match.index);
    // "in domain halden.local", "a VM on ESX host esx-07": a domain or the hypervisor is not the license server.
    if (NOT_THE_SERVER_BEFORE.test(lead)) continue;
    // "LICA (00-50-56-…), LICB (…)": a word right before a host id names its server.
    const end = match.index + match[0].length;
    const beside = ids.some((id) => id.index >= end && BESIDE_ID.test(text.slice(end, id.index)));
    const listed = lists && LISTED_NAMES.test(text.slice(Math.max(0, match.index - 80), match.index));
    const cued = NAME_CUE.test(lead) || beside || listed;
    // "glica (00-50-56-…)": a plain word is a host only so placed, and is read back (it has no host's shape).
    const bracketed = ids.some((id) => id.index >= end && BRACKET_TO_ID.test(text.slice(end, id.index)));
    const strong = STRONG_NAME_CUE.test(lead) && isPlainNameAt(text, token, end);
    const placed = (bracketed || listed || strong) && !isHostName(token, cued);
    if (!isHostName(token, cued, strong || bracketed || listed)) continue;
    if (!cued && !strong && !NAME_SHAPE.test(token)) continue;
    names.push({ name: token, index: offset + match.index, cued: cued || strong, ...(placed ? { weak: true } : {}) });
  }
  return names;
}

/** `licA host id 00:50:…`: the word right before the id's cue names the server. */
function nameBeforeCue(text: string, offset: number): { name: string; index: number; cued: boolean } | undefined {
  const match = /(?:^|\s)([A-Za-z][\w.-]*)\s+(?:host[\s-]*id|hostid|mac(?:\s+address)?)\s*[:=]?\s*$/i.exec(text);
  if (!match || NOT_A_HOST.test(match[1]!) || OS_START.test(match[1]!) || HOST_ID_CUE.test(match[1]!)) return undefined;
  return { name: match[1]!, index: offset + match.index, cued: true };
}

function ordinalOf(text: string): number | undefined {
  const match = ORDINAL.exec(text.trim());
  if (!match) return undefined;
  if (match[1]) return Number(match[1]) - 1;
  return match[2] ? 0 : match[3] ? 1 : 2;
}

/** A row's id cell may carry its cue (`MAC 0050.56b2.0a11`, `host id 00:50:…`, `lmhostid "…"`). */
const idCell = (cell: string) =>
  cell
    .replace(/^(?:(?:lm)?host[\s-]*id|(?:lm)?hostid|mac(?:\s+address)?|disk\s+serial(?:\s+number)?)\s*[:=]?\s*/i, '')
    // `lmhostid "0025b5a1c3d0"`: FlexLM quotes the id it prints.
    .replace(/^"+([^"]+)"+$/, '$1');

export function rowCells(text: string): string[] {
  const cells = (splitCells(text)?.cells ?? []).map((c) => c.text.trim()).filter((c) => c !== '');
  if (cells.length >= 3) return cells;
  return text
    .split(/\s+[–—/-]\s+/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
}

function readRow(unit: ProseUnit): ServerMention[] {
  // A first cell may be introduced ("one license server only: fc-lic-01"): its last word is the name.
  const cells = rowCells(unit.text)
    .map(idCell)
    // "Please install on CB-LIC-01 — 00:50:… — Windows Server 2022": the last word of a sentence cell.
    // "Dubai:  qhg-dxb-lic  …", "DR site -  qhg-auh-lic  …": a place that labels the row is no cell of it.
    .map((c, k) =>
      k === 0
        ? c
            .replace(/\s*[-–—=>|]+$/, '')
            .replace(/^.*:\s*/, '')
            .replace(/^.*\s(?=\S*[-.\d]\S*$)/, '')
        : c,
    )
    .filter((c) => c !== '');
  const hasOs = cells.some((c) => findOsNames(c).length > 0);
  const ids = cells.flatMap((c) => hostIdsIn(c, true).filter((t) => t.index === 0 && t.end === c.length));
  if (ids.length === 0) return rowWithoutId(cells, hasOs, unit.line);
  if (ids.length !== 1) return [];
  const names = cells.filter(
    (c) =>
      !/\s/.test(c) &&
      !NOT_A_HOST.test(c) &&
      !/^\d/.test(c) &&
      !OS_START.test(c) &&
      !HOST_ID_CUE.test(c) &&
      findHostIds(c).length === 0,
  );
  // "Dubai  qhg-dxb-lic  00:0c:…": a host-shaped cell names the server rather than a plain word (a site) before it.
  const name = names.find((c) => NAME_SHAPE.test(c)) ?? names[0];
  if (!name && !hasOs) return [];
  const mention: ServerMention = { values: { hostId: ids[0]!.value }, confidence: {}, line: unit.line };
  mention.confidence.hostId = HOST_ID_CUE.test(unit.text) ? 0.8 : ids[0]!.needsCue ? 0.65 : 0.75;
  if (name) {
    mention.values.hostName = name;
    mention.confidence.hostName = 0.7;
  }
  const port = cells.find((c) => /^(?:port\s*)?\d{2,5}$/i.test(c) && c !== name);
  withOsAndPort(mention, cells.filter((c) => c !== port).join('  '));
  if (port) {
    mention.values.port = Number(port.replace(/\D/g, ''));
    mention.confidence.port = 0.75;
  }
  return [mention];
}

/**
 * "prs-sy-lic  (host ID to follow, the VM is being rebuilt)  Windows Server 2022": a row that names a host
 * and its OS but no id is still a server — its host id is then asked for, not the server dropped.
 */
function rowWithoutId(cells: string[], hasOs: boolean, line: number): ServerMention[] {
  const name = cells[0];
  if (!hasOs || !name || !NAME_SHAPE.test(name) || !isHostName(name, true)) return [];
  const mention: ServerMention = { values: { hostName: name }, confidence: { hostName: 0.7 }, line };
  return [withOsAndPort(mention, cells.slice(1).join('  '))];
}

/** `7260@lic-a`, `@lic-b` (port 7260 implied, seed 002) in a sentence: the port of the server so named. */
function locationMentions(text: string, line: number): ServerMention[] {
  const mentions: ServerMention[] = [];
  for (const location of text.match(LOCATION) ?? []) {
    const parsed = parseLicenseServerLocations(location)[0];
    if (parsed?.kind !== 'server') continue;
    mentions.push({
      values: { hostName: parsed.hostName, port: parsed.port },
      confidence: { hostName: 0.85, port: parsed.portImplied ? 0.8 : 0.9 },
      line,
    });
  }
  return mentions;
}

function readSentence(unit: ProseUnit): ServerMention[] {
  const text = unit.text;
  const corrections = findIdReplacements(text, unit.line);
  if (corrections.length > 0) {
    return corrections.map((c) => ({
      values: { hostId: c.to },
      confidence: { hostId: 0.8 },
      replaces: c.from,
      line: c.line,
    }));
  }
  const ids = oneAdapter(text, oneMachineEach(text, hostIdsIn(text, false)));
  const index = ordinalOf(text);
  const mentions: ServerMention[] = [];
  const cueConfidence = (t: HostIdToken) =>
    HOST_ID_CUE.test(text.slice(Math.max(0, t.index - 40), t.end)) ? 0.85 : t.needsCue ? 0.65 : 0.75;
  if (ids.length >= 2) {
    // "The three servers are glica, glicb and glicc, with MACs …": a list as long as the ids, in their order.
    const before = namesIn(text.slice(0, ids[0]!.index), 0, true);
    if (before.length === ids.length) {
      ids.forEach((id, k) => {
        mentions.push({
          values: { hostName: before[k]!.name, hostId: id.value },
          confidence: { hostName: before[k]!.weak ? 0.65 : 0.7, hostId: cueConfidence(id) },
          line: unit.line,
        });
      });
      const shared = withOsAndPort({ values: {}, confidence: {}, line: unit.line, all: true }, text);
      if (Object.keys(shared.values).length > 0) mentions.push(shared);
      return mentions;
    }
    const names = namesIn(text);
    if (names.length === 0) {
      // "27000@lic01 (MAC …) and 27000@lic02 (MAC …)": each location names the server of the id beside it.
      const locations = text.includes('@') ? locationMentions(text, unit.line) : [];
      const paired = locations.length === ids.length;
      ids.forEach((id, k) => {
        const located = paired ? locations[k]! : undefined;
        mentions.push({
          values: { ...located?.values, hostId: id.value },
          confidence: { ...located?.confidence, hostId: cueConfidence(id) },
          line: unit.line,
        });
      });
      // "Host IDs: x, y, z – all three Windows Server 2019": what follows the ids is said of every server.
      const shared = withOsAndPort(
        { values: {}, confidence: {}, line: unit.line, all: true },
        text.slice(ids.at(-1)!.end),
      );
      if (Object.keys(shared.values).length > 0) mentions.push(shared);
      return mentions;
    }
  }
  ids.forEach((id, k) => {
    const start = ids[k - 1]?.end ?? 0;
    const end = ids[k + 1]?.index ?? text.length;
    const segment = text.slice(start, end);
    const names = namesIn(segment, start).filter((n) => n.index < id.index || ids.length === 1);
    const name =
      names.filter((n) => n.index < id.index).at(-1) ?? names[0] ?? nameBeforeCue(text.slice(start, id.index), start);
    const mention: ServerMention = {
      values: { hostId: id.value },
      confidence: { hostId: cueConfidence(id) },
      line: unit.line,
    };
    if (name) {
      mention.values.hostName = name.name;
      mention.confidence.hostName = 'weak' in name && name.weak ? 0.65 : name.cued ? 0.8 : 0.7;
    }
    if (isOldServer(text, name ? Math.min(name.index, id.index) : id.index, id.end)) return;
    if (ids.length === 1 && index !== undefined) mention.index = index;
    // "a, MAC x, port 27000 b, MAC y, port 27001": what precedes this server's name belongs to the one before.
    const own = name && name.index > start ? text.slice(name.index, end) : segment;
    // "a Windows Server 2022 VM named lic01, MAC …": the first server's OS may come just before its name.
    mentions.push(withOsAndPort(mention, own, k === 0 && name ? text.slice(0, name.index) : ''));
  });
  // "… nwt-lic02 005056aabb02 27000 (both Windows Server 2019)": a tail said of all, after one id or several.
  if (mentions.length > 0) mentions.push(...sharedLeadAndTail(text, ids, mentions, unit.line));
  mentions.push(...idToFollow(text, ids, mentions, unit.line));
  if (mentions.length > 1) mentions.push(...lastOnlyOs(text, ids, mentions, unit.line));
  if (ids.length > 0) return [...mentions, ...(text.includes('@') ? locationMentions(text, unit.line) : [])];
  return readSentenceWithoutId(unit, index);
}

/**
 * "… and sf-lic-cow (Windows Server 2019, port 7260, host ID to follow)": a server named after the last id whose
 * own id the mail says is still to come is a server too, its id asked (issue 25 round 9 §2).
 */
const ID_TO_FOLLOW =
  /(?:^|[\s,;])([A-Za-z][\w.-]*[A-Za-z0-9])\s*\(([^()]*\bhost\s*-?id\b[^()]{0,12}\b(?:to\s+follow|tbd|tba|tbc|pending|later|not\s+(?:yet\s+)?known)\b[^()]*)\)/gi;
function idToFollow(text: string, ids: HostIdToken[], mentions: ServerMention[], line: number): ServerMention[] {
  const after = ids.at(-1)?.end ?? 0;
  const named = new Set(mentions.map((m) => m.values.hostName?.toLowerCase()));
  const found: ServerMention[] = [];
  for (const match of text.slice(after).matchAll(ID_TO_FOLLOW)) {
    const name = match[1]!;
    if (named.has(name.toLowerCase()) || !isHostName(name, true)) continue;
    const mention: ServerMention = { values: { hostName: name }, confidence: { hostName: 0.75 }, line };
    found.push(withOsAndPort(mention, match[2]!));
  }
  return found;
}

/**
 * "Three redundant servers, all on port 27000: lic1 …, lic2 …" and "… lic3 …, Windows Server 2019, port
 * 27000 on each": what the lead-in before the first server or the tail after the last says of all of them.
 */
function sharedLeadAndTail(text: string, ids: HostIdToken[], mentions: ServerMention[], line: number): ServerMention[] {
  const firstName = namesIn(text.slice(0, ids[0]!.index))[0];
  const lead = text.slice(0, firstName?.index ?? ids[0]!.index);
  const tail = text.slice(ids.at(-1)!.end);
  const shared: ServerMention[] = [];
  for (const said of [lead, tail]) {
    if (!ALL.test(said)) continue;
    const all = withOsAndPort({ values: {}, confidence: {}, line, all: true }, said);
    if (Object.keys(all.values).length > 0) shared.push(all);
  }
  // The tail's values were also read as the last server's own; said of all, they are everyone's.
  if (shared.length > 0 && ALL.test(tail)) {
    const last = mentions.at(-1);
    for (const key of ['os', 'osVersion', 'port'] as const) {
      if (last && shared.some((m) => m.values[key] !== undefined)) delete last.values[key];
    }
  }
  return shared;
}

/** A sentence about the machine that serves the licenses, not any server of the contact centre. */
const LICENSE_HOST_TALK =
  /\blicen[cs]e\s+(?:server|manager|host|daemon|service)|\bflex(?:lm|net)\b|\blmgrd\b|\blmadmin\b/i;

/**
 * "glica 00-50-…, glicb 00-50-…, glicc 00-50-… (Windows Server 2019)": an OS said once, after the last of
 * several servers and none of the others, is said of the list — read back, as it may be the last one's own.
 */
function lastOnlyOs(text: string, ids: HostIdToken[], mentions: ServerMention[], line: number): ServerMention[] {
  const last = mentions.at(-1)!;
  const tail = text.slice(ids.at(-1)!.end);
  if (!last.values.os || mentions.slice(0, -1).some((m) => m.values.os || m.all)) return [];
  if (!/^\s*[(,;–—-]?\s*\(?\s*(?:on\s+|running\s+)?[A-Z]/.test(tail) || !osIn(tail)) return [];
  const all = withOsAndPort({ values: {}, confidence: {}, line, all: true }, tail);
  delete all.values.port;
  delete all.confidence.port;
  all.confidence.os = 0.6;
  if (all.values.osVersion) all.confidence.osVersion = 0.6;
  return [all];
}

/** `scl-lic01 on Windows Server 2019`, `ak-lic02 running RHEL 8.8`, `bne-flex1 (Windows Server 2022)`. */
function readSentenceWithoutId(unit: ProseUnit, index: number | undefined): ServerMention[] {
  const text = unit.text;
  const mentions = text.includes('@') ? locationMentions(text, unit.line) : [];
  if (mentions.length > 0) return mentions;
  const base = withOsAndPort({ values: {}, confidence: {}, line: unit.line }, text);
  if (ALL.test(text) && Object.keys(withOsFamily(base, text).values).length > 0) return [{ ...base, all: true }];
  // A line that is only an OS ("Rocky Linux release 9.2 (Blue Onyx)", a release file pasted) speaks of the server.
  const onlyAnOs =
    base.values.os !== undefined &&
    text
      .replace(/\([^)]*\)/g, '')
      .replace(OS_LINE_WORDS, '')
      .trim().length < 4;
  if (!SERVER_TALK.test(text) && !onlyAnOs) return [];
  const names = namesIn(text);
  const cued = names.filter((n) => n.cued);
  if (cued.length === 1) {
    base.values.hostName = cued[0]!.name;
    base.confidence.hostName = 0.75;
  } else if (
    cued.length === 0 &&
    names.length === 1 &&
    LICENSE_HOST_TALK.test(text) &&
    (base.values.os || base.values.port)
  ) {
    // "We'll run the license manager on licsrv01 (Windows Server 2022)": the one host-shaped word, read back.
    base.values.hostName = names[0]!.name;
    base.confidence.hostName = 0.6;
  } else if (cued.length === 0 && names.length === 1 && base.values.os && namesServerBeforeOs(text, names[0]!)) {
    // "One server only, scl-lic01 on Windows Server 2019, getmac below": a host-shaped word and the OS it runs.
    base.values.hostName = names[0]!.name;
    base.confidence.hostName = 0.7;
  }
  if (Object.keys(base.values).length === 0) return [];
  if (index !== undefined) base.index = index;
  return [base];
}

export function findServerMentions(units: ProseUnit[]): ServerMention[] {
  const mentions = units.flatMap((unit) => {
    const found = unit.row ? readRow(unit) : readSentence(unit);
    const ports = unit.row ? [] : portListMentions(unit);
    if (ports.length === 0) return found;
    // The list says each server's port: no port read around it on its own.
    for (const mention of found) delete mention.values.port;
    return [...found.filter((m) => Object.keys(m.values).length > 0), ...ports];
  });
  return fillSameAsBefore(mentions);
}
