/**
 * The license-server half of an Engage order kit part (engage-reader.ts): labelled host names, host ids,
 * OS, ports and `License server:` locations, each placed on the server its label or heading addresses —
 * a `Server 2:` heading, a numbered label (`Server 2 Host ID`), or, when a label repeats without either,
 * the next server.
 */
import type { Collected } from './collector.ts';
import { findHostIds } from './host-id-tokens.ts';
import { fullerHostName, listedHostNames } from './host-name-cues.ts';
import type { EngageLabel } from './labels.ts';
import { normaliseHostId, parseLicenseServerLocations } from './normalise.ts';
import { findOsNames, normaliseOs } from './os-names.ts';
import type { EngageRecord, LicenseServer } from './schema.ts';
import { portOfLabelValue } from './server-ports.ts';
import { saysAgain } from './server-said-again.ts';

export type ServerKey = keyof LicenseServer;
export const SERVER_KEYS: Partial<Record<EngageLabel, ServerKey>> = {
  hostName: 'hostName',
  hostId: 'hostId',
  diskSerial: 'hostId',
  os: 'os',
  osVersion: 'osVersion',
  port: 'port',
};

/** A labelled server value that is really a description (`single, lp-lic01, host id …, Windows Server 2019`). */
const describesServer = (value: string) =>
  findHostIds(value).length > 0 || findOsNames(value).length > 0 || /,/.test(value);
/** `OS: Windows Server 2019 on both`, `Port: 7260 on all nodes`: a value for every server, read as a sentence. */
const EVERY_SERVER = /\b(?:on|for|across)\s+(?:all|both|each|every)\b|\b(?:all|both)\s+(?:servers?|nodes?|hosts?)\b/i;

export class EngageServerFields {
  readonly servers: LicenseServer[] = [];
  /** The server the next unnumbered label fills. */
  current = 0;
  /** A heading or numbered label chose the server: a repeated label is then a second value, not a second server. */
  explicit = false;

  constructor(
    private readonly out: Collected<EngageRecord>,
    /** A labelled value read as a sentence instead (the label said where, the value is prose). */
    private readonly asProse: (value: string, line: number) => void,
  ) {}

  read(
    key: ServerKey,
    index: number | undefined,
    value: string,
    line: number,
    confidence: number,
    label?: string,
    rawLabel?: string,
  ): void {
    this.readLabelHint(rawLabel, line);
    // The label stays with the value read as a sentence: it is the value's cue ("License server: lic01").
    const said = `${rawLabel ?? label ?? key}: ${value}`;
    // "Server names: GLICA, GLICB, GLICC": one server each, in order (their ids may follow in the same order).
    const listed = key === 'hostName' && index === undefined ? listedHostNames(value) : [];
    if (listed.length >= 2) {
      listed.forEach((name, k) => {
        this.at(k).hostName = name;
        this.out.noteNested(`licenseServers[${k}].hostName`, line, confidence);
      });
      return;
    }
    if (key === 'hostName' && describesServer(value) && index === undefined) return this.asProse(said, line);
    // "OS on both: Windows Server 2019": said of every server, in the label or in the value.
    if (index === undefined && (EVERY_SERVER.test(value) || EVERY_SERVER.test(rawLabel ?? '')))
      return this.asProse(said, line);
    // "Port: 27000" before any labelled server (the servers come in prose or rows): said of them all, or a list.
    if (key === 'port' && index === undefined && this.servers.length === 0) return this.asProse(said, line);
    // "OS: Solaris 11.4" (or a port) once, after several servers none of which has one: said of them all
    // (server-merge.ts reads it back, as it may have been meant for one).
    const several = this.servers.filter(Boolean);
    if (
      (key === 'os' || key === 'port') &&
      index === undefined &&
      several.length >= 2 &&
      several.every((s) => s[key] === undefined)
    )
      return this.asProse(said, line);
    if (index !== undefined) this.current = index;
    else if (
      !this.explicit &&
      this.servers[this.current]?.[key] !== undefined &&
      !saysAgain(this.servers[this.current], key, value)
    )
      this.current += 1;
    this.explicit = index !== undefined || this.explicit;
    const i = this.current;
    const server = this.at(i);
    const path = `licenseServers[${i}].${key}`;
    if (this.out.contradicted.has(path)) return;
    const before = server[key];
    if (key === 'hostId') {
      // "Host ID: 005056112233 005056112234", "MAC: x (primary NIC), y (backup NIC)": one machine's adapters;
      // FlexLM takes the first. A plural label ("Host IDs: a, b, c") lists servers instead.
      const ids = findHostIds(value);
      const oneMachine =
        ids.length >= 2 &&
        !/s\s*$/i.test(rawLabel ?? '') &&
        (/\b(?:nic|adapter|interface|eth\d)\b/i.test(value) || /^\s+$/.test(value.slice(ids[0]!.end, ids[1]!.index)));
      if (oneMachine) value = value.slice(ids[0]!.index, ids[0]!.end);
      const typed = label === 'diskSerial' && !/=/.test(value) ? `DISK_SERIAL_NUM=${value.trim()}` : value;
      const hostId = normaliseHostId(typed);
      if (hostId.ok) server.hostId = hostId.value;
      // "Host IDs, in the same order: 8f0a12b3, 8f0a12b4": the label is the cue that makes them host ids.
      else if (findHostIds(value).length > 0) return this.asProse(said, line);
      // "lmhostid - Copyright (c) 1989-2019 Flexera …": a tool's banner under the label, not a wrong id to ask about.
      else if (value.trim().split(/\s+/).length >= 4) return;
      else this.out.reject(path, value, hostId.problem);
    } else if (key === 'port') {
      const port = portOfLabelValue(value);
      if (port !== undefined) server.port = port;
    } else if (key === 'os') {
      const { os, osVersion } = normaliseOs(value);
      server.os = os;
      if (osVersion && server.osVersion === undefined) server.osVersion = osVersion;
      if (osVersion) this.out.noteNested(`licenseServers[${i}].osVersion`, line, confidence);
    } else if (key === 'osVersion') server.osVersion = value;
    else readHostName(server, value);
    const fuller = key === 'hostName' && before !== undefined && fullerHostName(String(before), server.hostName ?? '');
    if (fuller) server.hostName = fuller;
    else if (before !== undefined && server[key] !== undefined && before !== server[key] && this.explicit) {
      this.out.contradict(path, String(before), String(server[key]));
      delete server[key];
      return;
    }
    if (server[key] !== undefined) this.out.noteNested(path, line, confidence);
    this.out.note('licenseServers', line, confidence);
  }

  at(index: number): LicenseServer {
    const server = this.servers[index] ?? {};
    this.servers[index] = server;
    return server;
  }

  /** "Licence server (single): …": the configuration said in the label's brackets. */
  private readLabelHint(rawLabel: string | undefined, line: number): void {
    const hint = /\(\s*([^)]{3,40}?)\s*\)/.exec(rawLabel ?? '');
    if (hint && !this.out.has('serverConfiguration')) this.asProse(hint[1]!, line);
  }

  readLocations(
    value: string,
    index: number | undefined,
    line: number,
    confidence: number,
    rawLabel = 'License server',
  ): void {
    this.readLabelHint(rawLabel, line);
    let i = index ?? 0;
    const locations = parseLicenseServerLocations(value).filter((l) => l.kind === 'server');
    // "License server: single server", "3 servers, redundant", "lic01, MAC …": said in words.
    // "license_server = hlib-gpr-lm": a lone host-shaped word is the server's name.
    // "Lizenzserver: swo-lic-test (einzelner Server)": the name, and a remark in brackets read as a sentence
    // (full-width brackets too: "ライセンスサーバ：aoba-lic01（Windows Server 2022）").
    const remark = /^\s*([^\s(（]+)\s*[(（]([^)）]{3,60})[)）]\s*$/.exec(value);
    const bare = remark ? remark[1]! : value.trim();
    if (locations.length === 0 && /^[A-Za-z][\w-]*[-.\d][\w.-]*[A-Za-z0-9]$/.test(bare)) {
      if (remark) this.asProse(remark[2]!, line);
      return this.read('hostName', index, bare, line, confidence, 'hostName', rawLabel);
    }
    if (locations.length === 0) return this.asProse(`${rawLabel}: ${value}`, line);
    for (const location of locations) {
      const server = this.at(i);
      server.hostName ??= location.hostName;
      server.port ??= location.port;
      this.out.noteNested(`licenseServers[${i}].hostName`, line, confidence);
      this.out.noteNested(`licenseServers[${i}].port`, line, location.portImplied ? confidence * 0.9 : confidence);
      i += 1;
    }
    if (locations.length > 0) this.out.note('licenseServers', line, confidence);
  }
}

/** A host name may come as `ctisrv01`, `ctisrv01.corp.local (10.0.0.5)` or `7260@ctisrv01`. */
function readHostName(server: LicenseServer, value: string): void {
  const location = parseLicenseServerLocations(value)[0];
  if (location?.kind === 'server') {
    server.hostName = location.hostName;
    server.port ??= location.port;
    return;
  }
  const name = /[A-Za-z0-9][\w.-]*/.exec(value);
  if (name) server.hostName = name[0];
}
