/**
 * What a careful reader still finds in Engage prose ("we need 250 seats of Enterprise Routing 8.5 on
 * ctisrv01, Windows Server 2019, MAC 00-50-56-9A-1B-2C, single server, production"). Only fills what the
 * labelled lines and tables of the same part left empty, at a lower confidence.
 */
import type { Collected } from './collector.ts';
import {
  normaliseHostId,
  parseDeploymentMode,
  parseLicenseServerLocations,
  parsePurpose,
  parseServerConfiguration,
  splitOsAndVersion,
} from './normalise.ts';
import type { EngageRecord, LicenseServer } from './schema.ts';

const PROSE = 0.6;
const ITEM =
  /\b(\d[\d,]*)\s+(?:seats?|licen[cs]es?|agents?|ports?)\s+(?:of|for)\s+([A-Z][\w&+/ -]*?)\s+v?(\d+\.\d+)(?:\.\d+)*\b/;
const HOST_NAME = /\bhost\s*name\s*(?:is|=|:)?\s*([A-Za-z][\w.-]*[A-Za-z0-9])/i;
const HOST_ID =
  /\b(?:host\s*id|mac(?:\s+address)?)\s*(?:is|=|:|of)?\s*((?:DISK_SERIAL_NUM=)?[0-9A-Fa-f][0-9A-Fa-f:.-]{6,16}[0-9A-Fa-f])/i;
const OS =
  /\b(Windows(?:\s+Server)?\s+\d{4}(?:\s+R2)?|(?:RHEL|Red Hat Enterprise Linux|CentOS|Oracle Linux|Solaris|AIX)\s+\d+(?:\.\d+)?)\b/i;
const LOCATION = /(?:\b\d{2,5})?@[A-Za-z][\w.-]*/g;
const CONFIGURATION =
  /\b(single[\s-]+server|three[\s-]+redundant(?:\s+servers?)?|3[\s-]+server\s+redundant|multiple[,\s]+independent(?:\s+servers?)?)\b/i;
const PURPOSE =
  /\b(?:for|in)\s+(?:a\s+|our\s+)?(demo|evaluation|testing|production|development|lab)\b|\b(demo|evaluation|production|development|test)\s+(?:licen[cs]es?|environment|system|site|purposes?)\b/i;
const MODE = /\b(blended)\b|\bdedicated agents\b/i;

export function scanEngageProse(prose: { text: string; line: number }[], out: Collected<EngageRecord>): void {
  const server: LicenseServer = {};
  let serverLine = 0;
  for (const { text, line } of prose) {
    const item = ITEM.exec(text);
    if (item && !out.has('sellableItems')) {
      out.set(
        'sellableItems',
        [{ name: item[2]!.trim(), version: item[3]!, quantity: Number(item[1]!.replace(/,/g, '')) }],
        line,
        PROSE,
      );
    }
    const hostName = HOST_NAME.exec(text);
    if (hostName) server.hostName ??= hostName[1]!;
    const hostId = HOST_ID.exec(text);
    const normalisedId = hostId ? normaliseHostId(hostId[1]!) : undefined;
    if (normalisedId?.ok) server.hostId ??= normalisedId.value;
    const os = OS.exec(text);
    if (os && server.os === undefined) Object.assign(server, splitOsAndVersion(os[1]!));
    for (const location of text.match(LOCATION) ?? []) {
      const parsed = parseLicenseServerLocations(location)[0];
      if (parsed?.kind === 'server') {
        server.hostName ??= parsed.hostName;
        server.port ??= parsed.port;
      }
    }
    if (hostName || normalisedId?.ok || os) serverLine ||= line;
    readEnum(out, 'serverConfiguration', CONFIGURATION.exec(text), parseServerConfiguration, line);
    readEnum(out, 'purpose', PURPOSE.exec(text), parsePurpose, line);
    readEnum(out, 'deploymentMode', MODE.exec(text), parseDeploymentMode, line);
  }
  if (Object.keys(server).length > 0 && !out.has('licenseServers'))
    out.set('licenseServers', [server], serverLine, PROSE);
}

function readEnum<K extends 'serverConfiguration' | 'purpose' | 'deploymentMode'>(
  out: Collected<EngageRecord>,
  field: K,
  match: RegExpExecArray | null,
  parse: (raw: string) => { ok: true; value: EngageRecord[K] } | { ok: false },
  line: number,
): void {
  if (!match || out.has(field)) return;
  const parsed = parse(match[1] ?? match[2] ?? match[0]);
  if (parsed.ok) out.set(field, parsed.value, line, PROSE);
}
