/**
 * Reads one part of a mail into an Engage order kit record (seed 002, DOMAIN.md §7): items, applications,
 * choices and the media layer here, the license servers in engage-server-fields.ts, prose in engage-prose.ts.
 */
import { withoutRemark } from './account-names.ts';
import { Collected, type PartContext } from './collector.ts';
import { labelForWhatItNames } from './compound-labels.ts';
import { readEngageProse } from './engage-prose.ts';
import { EngageServerFields, SERVER_KEYS } from './engage-server-fields.ts';
import { parseApplications, parseDnCount, parseSellableItems, parseSwitch, saysMoreThanItem } from './engage-values.ts';
import { takesAnItemBack } from './item-mentions.ts';
import { ENGAGE_LISTS, ENGAGE_MULTILINE, type EngageLabel, matchEngageLabel } from './labels.ts';
import { type FieldLabel, type LayoutEntry, readLayout, splitAtSentence } from './layout.ts';
import type { SourceLine } from './message-sections.ts';
import {
  normaliseQuantity,
  normaliseVersion,
  parseDeploymentMode,
  parsePurpose,
  parseServerConfiguration,
} from './normalise.ts';
import { NOT_GIVEN } from './not-given.ts';
import { canonicalServerOs } from './os-names.ts';
import type { EngageRecord, MediaLayer } from './schema.ts';
import { withServerNameColumn } from './server-name-column.ts';
import { labelledTechnicalLicenses } from './technical-licenses.ts';

const FIELD_LINE = 0.95;
const TABLE_CELL = 0.9;
/** Rows from which a table of something else than servers, items or applications is a listing. */
const LISTING_ROWS = 3;
const NAME_COLUMN = { hostName: 'hostName', hostId: 'hostId' } as const;

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

class EngagePartReader {
  private readonly out: Collected<EngageRecord>;
  private readonly items: NonNullable<EngageRecord['sellableItems']> = [];
  private readonly apps: NonNullable<EngageRecord['applications']> = [];
  private readonly servers: EngageServerFields;
  private readonly media: MediaLayer = {};
  private readonly prose: { text: string; line: number; indented?: boolean }[] = [];
  /** "Quantity: 150" written before the item it counts ("Product: …" on the next line). */
  private pendingQuantity: number | undefined;

  constructor(context: PartContext) {
    this.out = new Collected<EngageRecord>(context);
    this.servers = new EngageServerFields(this.out, (value, line) => this.asProse(value, line));
  }

  read(entry: LayoutEntry<EngageLabel>): void {
    if (entry.type === 'heading') {
      this.servers.current = entry.index;
      this.servers.explicit = true;
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
    if (serverKey) return this.servers.read(serverKey, label.index, value, line, confidence, label.field, label.raw);
    switch (label.field) {
      case 'companyName':
        if (!this.out.has('companyName')) this.out.set('companyName', withoutRemark(value), line, confidence);
        return;
      case 'sellableItem': {
        // "Product: X 8.5 -- no, sorry, … The order is for Y 8.5, 300 seats": a value that takes its item back is prose.
        if (takesAnItemBack(value)) return this.asProse(value, line);
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
        return this.servers.readLocations(value, label.index, line, confidence, label.raw);
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
    // "Seats: 45 (forty-five) of SIP Server release 9": a version word may give the release (round 17).
    if (field === 'quantity' && /\p{Lu}\p{L}+[^\n]*(?:\d+\.\d|\b(?:release|version)\s+\d)/u.test(value))
      return this.asProse(value, line);
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

  private readTable(table: Extract<LayoutEntry<EngageLabel>, { type: 'table' }>): void {
    const entry = { ...table, columns: withItemColumn(withServerNameColumn<EngageLabel>(table, NAME_COLUMN), table) };
    const fields = entry.columns.map((c) => c?.field);
    const isServerTable = fields.includes('hostName') || fields.includes('hostId');
    const isItemTable = fields.includes('sellableItem');
    const isAppTable = !isItemTable && fields.includes('application');
    // "DN,Type,Switch,Site" over hundreds of rows (a switch's DN export attached for reference): a listing whose
    // rows are neither servers, items nor applications says no one value of the request (round 16).
    if (!isServerTable && !isItemTable && !isAppTable && entry.rows.length >= LISTING_ROWS) return;
    for (const row of entry.rows) {
      if (isServerTable) this.servers.current = this.servers.servers.length;
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
        // "Server | Host ID | … | Seats": each server's share of an item already counted is not the item's count.
        if (isServerTable && !isItemTable && field === 'quantity' && this.items.at(-1)?.quantity !== undefined)
          continue;
        const serverKey = SERVER_KEYS[field];
        if (serverKey) {
          if (!isServerTable) continue;
          this.servers.explicit = true;
          this.servers.read(serverKey, this.servers.current, cell, row.line, TABLE_CELL * column.confidence, field);
        } else this.readField({ ...column, field }, cell, row.line, TABLE_CELL * column.confidence);
      }
    }
    this.servers.explicit = false;
  }

  finish(): Collected<EngageRecord> {
    const draft = { items: this.items, apps: this.apps, servers: this.servers.servers, media: this.media };
    readEngageProse(this.prose, draft, this.out);
    // Holes stay as empty servers so indexes line up with provenance; finish() drops the empty ones.
    const servers = Array.from(this.servers.servers, (s) => s ?? {});
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

/**
 * "Component | Rel. | How many" over "SIP Server | 9.0 | 200": a table with a version or count column but no item or
 * server column names its items in the one unlabelled column whose every cell is a product's name (round 17).
 */
const PRODUCT_CELL = /^[\p{Lu}][\p{L}\d&+'’/-]*(?:\s+[\p{L}\d&+'’/-]+){0,5}$/u;

function withItemColumn(
  columns: (FieldLabel<EngageLabel> | undefined)[],
  table: { headers?: string[]; rows: { cells: string[] }[] },
): (FieldLabel<EngageLabel> | undefined)[] {
  const fields = columns.map((c) => c?.field);
  if (!fields.includes('itemVersion') && !fields.includes('quantity')) return columns;
  if (fields.some((f) => f === 'sellableItem' || f === 'application' || (f && SERVER_KEYS[f]))) return columns;
  const named = (k: number) =>
    table.rows.length > 0 && table.rows.every((row) => PRODUCT_CELL.test((row.cells[k] ?? '').trim()));
  const candidates = columns.map((c, k) => (c === undefined && named(k) ? k : -1)).filter((k) => k >= 0);
  if (candidates.length !== 1) return columns;
  const raw = table.headers?.[candidates[0]!] ?? '';
  return columns.map((c, k) => (k === candidates[0] ? { field: 'sellableItem', confidence: 0.85, raw } : c));
}

const leadRank = (field: EngageLabel | undefined) => (field === 'sellableItem' || field === 'application' ? 0 : 1);
