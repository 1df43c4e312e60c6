/**
 * Reads one part of a mail into an Engage order kit record (seed 002, DOMAIN.md §7). Servers are
 * addressed by index: a `Server 2:` heading, a numbered label (`Server 2 Host ID`), or — when a
 * label repeats without either — the next server.
 */
import { withoutRemark } from './account-names.ts';
import { Collected, type PartContext } from './collector.ts';
import { labelForWhatItNames } from './compound-labels.ts';
import { readEngageProse } from './engage-prose.ts';
import { parseApplications, parseDnCount, parseSellableItems, parseSwitch, saysMoreThanItem } from './engage-values.ts';
import { findHostIds } from './host-id-tokens.ts';
import { fullerHostName, listedHostNames } from './host-name-cues.ts';
import { ENGAGE_LISTS, ENGAGE_MULTILINE, type EngageLabel, matchEngageLabel } from './labels.ts';
import { type FieldLabel, type LayoutEntry, readLayout, splitAtSentence } from './layout.ts';
import type { SourceLine } from './message-sections.ts';
import {
  normaliseHostId,
  normaliseQuantity,
  normaliseVersion,
  parseDeploymentMode,
  parseLicenseServerLocations,
  parsePurpose,
  parseServerConfiguration,
} from './normalise.ts';
import { NOT_GIVEN } from './not-given.ts';
import { canonicalServerOs, findOsNames, normaliseOs } from './os-names.ts';
import type { EngageRecord, LicenseServer, MediaLayer } from './schema.ts';
import { withServerNameColumn } from './server-name-column.ts';
import { portOfLabelValue } from './server-ports.ts';
import { saysAgain } from './server-said-again.ts';
import { labelledTechnicalLicenses } from './technical-licenses.ts';

const FIELD_LINE = 0.95;
const TABLE_CELL = 0.9;
const NAME_COLUMN = { hostName: 'hostName', hostId: 'hostId' } as const;
type ServerKey = keyof LicenseServer;
const SERVER_KEYS: Partial<Record<EngageLabel, ServerKey>> = {
  hostName: 'hostName',
  hostId: 'hostId',
  diskSerial: 'hostId',
  os: 'os',
  osVersion: 'osVersion',
  port: 'port',
};

export function readEngagePart(lines: SourceLine[], context: PartContext): Collected<EngageRecord> {
  const reader = new EngagePartReader(context);
  const shapes = {
    multiline: (f: EngageLabel) => ENGAGE_MULTILINE.has(f),
    list: (f: EngageLabel) => ENGAGE_LISTS.has(f),
    names: (f: EngageLabel) => f === 'companyName',
  };
  for (const entry of readLayout(lines, matchEngageLabel, shapes)) reader.read(entry);
  return reader.finish();
}

/** A labelled server value that is really a description (`single, lp-lic01, host id …, Windows Server 2019`). */
const describesServer = (value: string) =>
  findHostIds(value).length > 0 || findOsNames(value).length > 0 || /,/.test(value);
/** `OS: Windows Server 2019 on both`, `Port: 7260 on all nodes`: a value for every server, read as a sentence. */
const EVERY_SERVER = /\b(?:on|for|across)\s+(?:all|both|each|every)\b|\b(?:all|both)\s+(?:servers?|nodes?|hosts?)\b/i;

class EngagePartReader {
  private readonly out: Collected<EngageRecord>;
  private readonly items: NonNullable<EngageRecord['sellableItems']> = [];
  private readonly apps: NonNullable<EngageRecord['applications']> = [];
  private readonly servers: LicenseServer[] = [];
  private readonly media: MediaLayer = {};
  private readonly prose: { text: string; line: number; indented?: boolean }[] = [];
  private currentServer = 0;
  private explicitServer = false;
  /** "Quantity: 150" written before the item it counts ("Product: …" on the next line). */
  private pendingQuantity: number | undefined;

  constructor(context: PartContext) {
    this.out = new Collected<EngageRecord>(context);
  }

  read(entry: LayoutEntry<EngageLabel>): void {
    if (entry.type === 'heading') {
      this.currentServer = entry.index;
      this.explicitServer = true;
    } else if (entry.type === 'field')
      this.readField(entry.label, entry.value, entry.line, FIELD_LINE * entry.label.confidence);
    else if (entry.type === 'table') this.readTable(entry);
    else this.prose.push(entry);
  }

  /** A labelled value read as a sentence instead (the label said where, the value is prose). */
  private asProse(value: string, line: number): void {
    // Its own paragraph: the next labelled value is not the rest of its sentence.
    this.prose.push({ text: value, line, indented: true });
  }

  private readField(label: FieldLabel<EngageLabel>, value: string, line: number, confidence: number): void {
    if (value === '' || NOT_GIVEN.test(value)) return;
    label = labelForWhatItNames(label, value, this.items.at(-1)?.name, this.apps.at(-1)?.name);
    const serverKey = SERVER_KEYS[label.field];
    if (serverKey) return this.readServerField(serverKey, label.index, value, line, confidence, label.field, label.raw);
    switch (label.field) {
      case 'companyName':
        if (!this.out.has('companyName')) this.out.set('companyName', withoutRemark(value), line, confidence);
        return;
      case 'sellableItem': {
        const parsed = parseSellableItems(value);
        if (this.pendingQuantity !== undefined && parsed.length === 1 && parsed[0]!.quantity === undefined)
          parsed[0]!.quantity = this.pendingQuantity;
        this.pendingQuantity = undefined;
        this.items.push(...parsed);
        // "Items: …, 130 seats - blended": the deployment mode said on the item line.
        if (/\b(?:blended|separate)\b/i.test(value) || saysMoreThanItem(value)) this.asProse(value, line);
        return this.out.note('sellableItems', line, confidence);
      }
      case 'itemVersion':
      case 'quantity':
        return this.readItemDetail(label.field, value, line);
      case 'application':
        this.apps.push(...parseApplications(value));
        return this.out.note('applications', line, confidence);
      case 'applicationVersion': {
        const version = normaliseVersion(value);
        const app = this.apps.at(-1);
        if (app && version.ok) app.version = version.value;
        return;
      }
      case 'technicalLicenseTypes': {
        // "Technical licences: we need DN and Seat licences for Stat Server 9.0. The switch is …": a sentence
        // under the label is read as one (technical-licenses.ts), and what follows it is prose of its own.
        const [first, after] = splitAtSentence(value);
        if (after) this.asProse(after, line);
        const listed = labelledTechnicalLicenses(first);
        if (!listed) return this.asProse(`${label.raw ?? 'Technical licenses'}: ${first}`, line);
        if (listed.apps.length > 0) {
          this.apps.push(...listed.apps);
          this.out.note('applications', line, confidence);
        }
        if (listed.types.length > 0) this.out.set('technicalLicenseTypes', listed.types, line, confidence);
        return;
      }
      case 'licenseServerLocation':
        return this.readLocations(value, label.index, line, confidence, label.raw);
      case 'serverConfiguration':
      case 'purpose':
      case 'deploymentMode': {
        // "Purpose: production, single server": a choice's label may say another choice after a comma.
        const [first, ...more] = value.split(/\s*[,;]\s+/);
        if (more.length > 0) this.asProse(more.join(', '), line);
        const parse = CHOICES[label.field];
        const whole = parse(value);
        return this.out.setNormalised(
          label.field,
          (whole.ok ? whole : parse(first!)) as never,
          value,
          line,
          confidence,
        );
      }
      case 'switchType': {
        Object.assign(this.media, parseSwitch(value));
        // "Switch: Avaya CM 8.1, agent DNs 5000-5099, technical DNs 6000-6019": the list after it is prose.
        const rest = value
          .split(/[,;]\s/)
          .slice(1)
          .join(', ');
        if (/\bDNs?\b|extensions?|routing\s+points?/i.test(rest)) this.asProse(rest, line);
        return this.out.note('mediaLayer', line, confidence);
      }
      case 'switchVersion':
        this.media.switchVersion = value;
        return this.out.note('mediaLayer', line, confidence);
      case 'agentSeatDns':
      case 'technicalDns': {
        const count = parseDnCount(value);
        if (count !== undefined) this.media[label.field] = count;
        return this.out.note('mediaLayer', line, confidence);
      }
    }
  }

  private readItemDetail(field: 'itemVersion' | 'quantity', value: string, line: number): void {
    const item = this.items.at(-1);
    // "Agents: separate groups for inbound and outbound": a sentence under a count's label.
    if (!/\d/.test(value) && value.split(/\s+/).length >= 3) return this.asProse(value, line);
    // "Qty: 150 x Enterprise Routing Solution 8.5", "Seats: 150 of SIP Server 8.5": the item is in the value.
    if (field === 'quantity' && /\p{Lu}\p{L}+[^\n]*\d+\.\d/u.test(value)) return this.asProse(value, line);
    if (!item || (field === 'quantity' && item.quantity !== undefined)) {
      const quantity = field === 'quantity' ? normaliseQuantity(value) : undefined;
      if (quantity?.ok) this.pendingQuantity = quantity.value;
      if (!item) return;
    }
    const index = this.items.length - 1;
    if (field === 'itemVersion') {
      const version = normaliseVersion(value);
      if (version.ok) item.version = version.value;
      else this.out.reject(`sellableItems[${index}].version`, value, version.problem);
    } else {
      const quantity = normaliseQuantity(value);
      if (quantity.ok) item.quantity = quantity.value;
      else this.out.reject(`sellableItems[${index}].quantity`, value, quantity.problem);
    }
  }

  private readServerField(
    key: ServerKey,
    index: number | undefined,
    value: string,
    line: number,
    confidence: number,
    label?: string,
    rawLabel?: string,
  ) {
    this.readLabelHint(rawLabel, line);
    // The label stays with the value read as a sentence: it is the value's cue ("License server: lic01").
    const said = `${rawLabel ?? label ?? key}: ${value}`;
    // "Server names: GLICA, GLICB, GLICC": one server each, in order (their ids may follow in the same order).
    const listed = key === 'hostName' && index === undefined ? listedHostNames(value) : [];
    if (listed.length >= 2) {
      listed.forEach((name, k) => {
        this.serverAt(k).hostName = name;
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
    if (index !== undefined) this.currentServer = index;
    else if (
      !this.explicitServer &&
      this.servers[this.currentServer]?.[key] !== undefined &&
      !saysAgain(this.servers[this.currentServer], key, value)
    )
      this.currentServer += 1;
    this.explicitServer = index !== undefined || this.explicitServer;
    const i = this.currentServer;
    const server = this.serverAt(i);
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
    else this.readHostName(server, value);
    const fuller = key === 'hostName' && before !== undefined && fullerHostName(String(before), server.hostName ?? '');
    if (fuller) server.hostName = fuller;
    else if (before !== undefined && server[key] !== undefined && before !== server[key] && this.explicitServer) {
      this.out.contradict(path, String(before), String(server[key]));
      delete server[key];
      return;
    }
    if (server[key] !== undefined) this.out.noteNested(path, line, confidence);
    this.out.note('licenseServers', line, confidence);
  }

  private serverAt(index: number): LicenseServer {
    const server = this.servers[index] ?? {};
    this.servers[index] = server;
    return server;
  }

  /** A host name may come as `ctisrv01`, `ctisrv01.corp.local (10.0.0.5)` or `7260@ctisrv01`. */
  private readHostName(server: LicenseServer, value: string): void {
    const location = parseLicenseServerLocations(value)[0];
    if (location?.kind === 'server') {
      server.hostName = location.hostName;
      server.port ??= location.port;
      return;
    }
    const name = /[A-Za-z0-9][\w.-]*/.exec(value);
    if (name) server.hostName = name[0];
  }

  /** "Licence server (single): …": the configuration said in the label's brackets. */
  private readLabelHint(rawLabel: string | undefined, line: number): void {
    const hint = /\(\s*([^)]{3,40}?)\s*\)/.exec(rawLabel ?? '');
    if (hint && !this.out.has('serverConfiguration')) this.asProse(hint[1]!, line);
  }

  private readLocations(
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
    // "Lizenzserver: swo-lic-test (einzelner Server)": the name, and a remark in brackets read as a sentence.
    const remark = /^\s*(\S+)\s*\(([^)]{3,60})\)\s*$/.exec(value);
    const bare = remark ? remark[1]! : value.trim();
    if (locations.length === 0 && /^[A-Za-z][\w-]*[-.\d][\w.-]*[A-Za-z0-9]$/.test(bare)) {
      if (remark) this.asProse(remark[2]!, line);
      return this.readServerField('hostName', index, bare, line, confidence, 'hostName', rawLabel);
    }
    if (locations.length === 0) return this.asProse(`${rawLabel}: ${value}`, line);
    for (const location of locations) {
      const server = this.serverAt(i);
      server.hostName ??= location.hostName;
      server.port ??= location.port;
      this.out.noteNested(`licenseServers[${i}].hostName`, line, confidence);
      this.out.noteNested(`licenseServers[${i}].port`, line, location.portImplied ? confidence * 0.9 : confidence);
      i += 1;
    }
    if (locations.length > 0) this.out.note('licenseServers', line, confidence);
  }

  private readTable(table: Extract<LayoutEntry<EngageLabel>, { type: 'table' }>): void {
    const entry = { ...table, columns: withServerNameColumn<EngageLabel>(table, NAME_COLUMN) };
    const fields = entry.columns.map((c) => c?.field);
    const isServerTable = fields.includes('hostName') || fields.includes('hostId');
    const isItemTable = fields.includes('sellableItem');
    const isAppTable = !isItemTable && fields.includes('application');
    for (const row of entry.rows) {
      if (isServerTable) this.currentServer = this.servers.length;
      if (isItemTable && !row.cells.some((c, k) => fields[k] === 'sellableItem' && c !== '')) continue;
      // The item or application cell first, so its version and quantity cells attach to it.
      const order = row.cells.map((_, k) => k).sort((a, b) => leadRank(fields[a]) - leadRank(fields[b]));
      for (const k of order) {
        const cell = row.cells[k]!;
        const column = entry.columns[k];
        if (!column || cell === '') continue;
        let field = column.field;
        if (isAppTable && field === 'itemVersion') field = 'applicationVersion';
        // "Hostname | Host ID | OS | Version": in a table of servers without items, the version is the OS's.
        if (isServerTable && !isItemTable && !isAppTable && field === 'itemVersion') field = 'osVersion';
        const serverKey = SERVER_KEYS[field];
        if (serverKey) {
          if (!isServerTable) continue;
          this.explicitServer = true;
          this.readServerField(serverKey, this.currentServer, cell, row.line, TABLE_CELL * column.confidence, field);
        } else this.readField({ ...column, field }, cell, row.line, TABLE_CELL * column.confidence);
      }
    }
    this.explicitServer = false;
  }

  finish(): Collected<EngageRecord> {
    const draft = { items: this.items, apps: this.apps, servers: this.servers, media: this.media };
    readEngageProse(this.prose, draft, this.out);
    // Holes stay as empty servers so indexes line up with provenance; finish() drops the empty ones.
    const servers = Array.from(this.servers, (s) => s ?? {});
    for (const server of servers) canonicalServerOs(server);
    if (this.items.length > 0) this.out.fields.sellableItems = this.items;
    if (this.apps.length > 0) this.out.fields.applications = this.apps;
    if (servers.some((s) => Object.keys(s).length > 0)) this.out.fields.licenseServers = servers;
    if (Object.keys(this.media).length > 0) this.out.fields.mediaLayer = this.media;
    return this.out;
  }
}

const CHOICES = {
  serverConfiguration: parseServerConfiguration,
  purpose: parsePurpose,
  deploymentMode: parseDeploymentMode,
};

const leadRank = (field: EngageLabel | undefined) => (field === 'sellableItem' || field === 'application' ? 0 : 1);
