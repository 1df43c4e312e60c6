/**
 * Puts the servers prose names (server-mentions.ts) beside the ones labelled lines and tables gave:
 * | the mention has                         | it describes                                          |
 * |-----------------------------------------|-------------------------------------------------------|
 * | an ordinal (`Server 2 is …`, `backup:`)  | the server at that place                              |
 * | a host name or host id already listed   | that server                                           |
 * | a host id only                          | the first listed server without one (`Host IDs, in the same order: …`) |
 * | an OS or port only                      | the only server, or the first without that property   |
 * | `all` (`all three run AIX 7.2`)          | every server, where the property is still empty       |
 * | anything else                           | a new server                                          |
 * Prose never overwrites a labelled value; it fills what is empty. A different host id for a labelled
 * server the prose names by its host name is a contradiction, and is asked about (issue 25 "Bad input").
 */
import type { Collected } from './collector.ts';
import { fullerHostName } from './host-name-cues.ts';
import type { EngageRecord, LicenseServer } from './schema.ts';
import type { ServerMention } from './server-mention.ts';

type Key = keyof LicenseServer;

function targetOf(mention: ServerMention, servers: LicenseServer[]): number {
  const { hostName, hostId } = mention.values;
  if (mention.index !== undefined) return mention.index;
  const byName = hostName ? servers.findIndex((s) => s?.hostName?.toLowerCase() === hostName.toLowerCase()) : -1;
  if (byName >= 0) return byName;
  const byId = hostId ? servers.findIndex((s) => s?.hostId === hostId) : -1;
  if (byId >= 0) return byId;
  if (!hostName && hostId) {
    const free = servers.findIndex((s) => s && s.hostId === undefined && s.hostName !== undefined);
    // "Operating system: …" labelled, "Physical address: …" in prose: the id of the server read so far.
    const idless = servers.findIndex((s) => s && s.hostId === undefined);
    return free >= 0 ? free : idless >= 0 ? idless : servers.length;
  }
  if (!hostName && !hostId) {
    if (servers.length <= 1) return 0;
    const keys = Object.keys(mention.values) as Key[];
    const free = servers.findIndex((s) => s && keys.some((k) => s[k] === undefined));
    return free >= 0 ? free : servers.length;
  }
  const unnamed = servers.findIndex((s) => s && s.hostName === undefined && (!hostId || s.hostId === undefined));
  return unnamed >= 0 ? unnamed : servers.length;
}

/**
 * More servers than any request we know of names (a few dozen at most): beyond it the prose's servers are not
 * merged one by one — each merge looks through the servers read so far, so a mail naming ten thousand took
 * minutes and held the mail channel (red team round 11) — and the list is asked about instead of read.
 */
export const MAX_SERVER_MENTIONS = 256;

export function mergeServerMentions(all: ServerMention[], servers: LicenseServer[], out: Collected<EngageRecord>) {
  const mentions = all.slice(0, MAX_SERVER_MENTIONS);
  if (all.length > MAX_SERVER_MENTIONS) {
    out.reject(
      'licenseServers',
      `${all.length} servers described`,
      `the mail describes ${all.length} servers, more than the ${MAX_SERVER_MENTIONS} one request is read for, so Licensing reads the list by hand`,
    );
  }
  const fill = (index: number, mention: ServerMention) => {
    const server = servers[index] ?? {};
    servers[index] = server;
    for (const [key, value] of Object.entries(mention.values) as [Key, never][]) {
      const path = `licenseServers[${index}].${key}`;
      if (key === 'hostId' && value !== undefined) contradictLabelledId(mention, servers, index, out);
      if (key === 'port' && contradictsPort(mention, server, path, out)) continue;
      if ((key === 'os' || key === 'osVersion') && contradictsOs(mention, server, key, path, out)) continue;
      if (server[key] !== undefined || value === undefined || out.contradicted.has(path)) continue;
      server[key] = value;
      out.noteNested(path, mention.line, mention.confidence[key] ?? 0.65, 'prose');
    }
    out.note('licenseServers', mention.line, 0.7, 'prose');
  };
  const shared = mentions.filter((m) => m.all);
  // "Three redundant license servers, port 27000:" before the servers: a port said ahead of them all, naming none,
  // is weighed once they are read (issue 25 round 9 §3).
  const ahead = leadInPorts(mentions);
  for (const mention of mentions.filter((m) => !m.all && !ahead.includes(m))) {
    if (mention.replaces) correct(mention, servers, out);
    // The second name is asked about; what else the sentence says of the server ("… and it listens on 7260") stands.
    else if (namesTheOneServerOtherwise(mention, servers, out)) fill(0, withoutName(mention));
    else if (identifiesTheOneServerOtherwise(mention, servers, out)) fill(0, withoutId(mention));
    else if (saidOfNone(mention, servers)) shared.push({ ...mention, confidence: readBack(mention) });
    else fill(targetOf(mention, servers), mention);
  }
  for (const mention of ahead) {
    if (saidOfNone(mention, servers)) shared.push({ ...mention, confidence: readBack(mention) });
    else fill(targetOf(mention, servers), mention);
  }
  for (const mention of shared) {
    for (let index = 0; index < servers.length; index++) fill(index, mention);
    // No server in this part (a reply: "port is 27001 on both"): it speaks of the quoted message's servers.
    if (servers.length === 0) {
      out.everyElement['licenseServers'] = { values: { ...mention.values }, line: mention.line, confidence: 0.75 };
    }
  }
}

function withoutName(mention: ServerMention): ServerMention {
  const { hostName: _name, ...values } = mention.values;
  const { hostName: _sure, ...confidence } = mention.confidence;
  return { ...mention, values, confidence };
}

/** Port-only mentions that come before any mention naming or identifying a server. */
function leadInPorts(mentions: ServerMention[]): ServerMention[] {
  const first = mentions.findIndex((m) => m.values.hostName || m.values.hostId || m.index !== undefined);
  if (first <= 0) return [];
  return mentions
    .slice(0, first)
    .filter((m) => !m.all && Object.keys(m.values).every((k) => k === 'port') && m.values.port !== undefined);
}

/**
 * "lic-a (MAC …), lic-b (MAC …). License port: 27000.": a port or OS said after several servers, naming none of
 * them, when none has one yet, is said of them all (read back: it may have been meant for one).
 */
function saidOfNone(mention: ServerMention, servers: LicenseServer[]): boolean {
  const { hostName, hostId } = mention.values;
  if (hostName || hostId || mention.index !== undefined || servers.length < 2) return false;
  const keys = Object.keys(mention.values) as Key[];
  return keys.length > 0 && servers.every((s) => s && keys.every((k) => s[k] === undefined));
}

const readBack = (mention: ServerMention) =>
  Object.fromEntries(Object.keys(mention.values).map((k) => [k, 0.65])) as ServerMention['confidence'];

/**
 * "License server location: 7260@wrg-lic01" and "the license manager on wrg-lic01 listens on port 27001": the
 * mail gives the server named two ports, so neither is sent and the partner is asked (issue 25 "Bad input").
 */
function contradictsPort(
  mention: ServerMention,
  server: LicenseServer,
  path: string,
  out: Collected<EngageRecord>,
): boolean {
  const { hostName, port } = mention.values;
  if (port === undefined || server.port === undefined || server.port === port || mention.all) return false;
  if (!hostName || server.hostName?.toLowerCase() !== hostName.toLowerCase()) return false;
  out.contradict(path, String(server.port), String(port));
  delete server.port;
  return true;
}

/**
 * "The license server is rti-lic and it runs Windows Server 2019." and a table row "rti-lic … Windows Server 2022":
 * the server named has two OS releases (or two systems), so neither is sent and the partner is asked (issue 25
 * "Bad input"). Only a mention that names the server and gives the same property differently: "Windows" beside
 * "Windows Server 2022" is no second value.
 */
function contradictsOs(
  mention: ServerMention,
  server: LicenseServer,
  key: 'os' | 'osVersion',
  path: string,
  out: Collected<EngageRecord>,
): boolean {
  const { hostName } = mention.values;
  const said = mention.values[key];
  const given = server[key];
  if (said === undefined || given === undefined || mention.all || !hostName) return false;
  if (server.hostName?.toLowerCase() !== hostName.toLowerCase()) return false;
  if (String(said).toLowerCase() === String(given).toLowerCase()) return false;
  // Two releases of one system only: "Linux 9" beside "RHEL 9" is for the OS field to settle, not the version.
  if (key === 'osVersion' && mention.values.os !== undefined && mention.values.os !== server.os) return false;
  out.contradict(path, String(given), String(said));
  delete server[key];
  return true;
}

/**
 * "Host name: hw-lic-01" labelled for the one server, "the box is called hw-flex-prd" in the prose (no id, no
 * ordinal, in a mail of one server): one server named twice, differently — asked, not sent (issue 25 "Bad input").
 * A short and a fully qualified form of one name are one name.
 */
function namesTheOneServerOtherwise(mention: ServerMention, servers: LicenseServer[], out: Collected<EngageRecord>) {
  const { hostName, hostId } = mention.values;
  if (!hostName || hostId || mention.index !== undefined || servers.length !== 1) return false;
  const only = servers.filter(Boolean);
  if (only.length !== 1) return false;
  const named = only[0]!.hostName;
  const path = 'licenseServers[0].hostName';
  if (!named || out.provenance[path]?.via !== 'label' || out.fields.serverConfiguration !== 'single') return false;
  if (fullerHostName(named, hostName)) return false;
  out.contradict(path, named, hostName);
  delete only[0]!.hostName;
  return true;
}

/**
 * "Host ID: 00:0C:29:3A:B4:10" labelled for the one server of a single-server request, "note the license server
 * MAC is 00:0C:29:3A:B4:1F" in the prose (no name, no ordinal): one server with two ids — asked, not sent.
 */
function identifiesTheOneServerOtherwise(
  mention: ServerMention,
  servers: LicenseServer[],
  out: Collected<EngageRecord>,
) {
  const { hostName, hostId } = mention.values;
  if (!hostId || hostName || mention.index !== undefined || servers.length !== 1) return false;
  const only = servers.filter(Boolean);
  if (only.length !== 1) return false;
  const given = only[0]!.hostId;
  const path = 'licenseServers[0].hostId';
  if (!given || given === hostId || out.fields.serverConfiguration !== 'single') return false;
  const via = out.provenance[path]?.via;
  if (via !== 'label' && via !== 'table') return false;
  out.contradict(path, given, hostId);
  delete only[0]!.hostId;
  return true;
}

function withoutId(mention: ServerMention): ServerMention {
  const { hostId: _id, ...values } = mention.values;
  const { hostId: _sure, ...confidence } = mention.confidence;
  return { ...mention, values, confidence };
}

/** "X, not Y": the server this part gave Y is given X; with none here, the older messages' Y is (mergeCollected). */
function correct(mention: ServerMention, servers: LicenseServer[], out: Collected<EngageRecord>): void {
  const to = mention.values.hostId!;
  const index = servers.findIndex((s) => s?.hostId === mention.replaces);
  if (index < 0) {
    out.replacements.push({ from: mention.replaces!, to, line: mention.line });
    return;
  }
  servers[index]!.hostId = to;
  out.noteNested(`licenseServers[${index}].hostId`, mention.line, mention.confidence.hostId ?? 0.8, 'prose');
}

/** "Host name: lic01 / Host ID: X" labelled, "lmhostid on lic01 gave Y" in the prose: lic01 has two ids. */
function contradictLabelledId(
  mention: ServerMention,
  servers: LicenseServer[],
  index: number,
  out: Collected<EngageRecord>,
) {
  const { hostName, hostId } = mention.values;
  const server = servers[index];
  const path = `licenseServers[${index}].hostId`;
  const via = out.provenance[path]?.via;
  if (!hostName || !server?.hostId || server.hostId === hostId || (via !== 'label' && via !== 'table')) return;
  if (server.hostName?.toLowerCase() !== hostName.toLowerCase() || servers.some((s) => s?.hostId === hostId)) return;
  out.contradict(path, server.hostId, hostId!);
  delete server.hostId;
}
