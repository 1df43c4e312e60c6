/**
 * License server locations (seed 002 "Multiple, Independent Servers Configuration"):
 * `port@host`, `@host` (port 7260 implied) or the path of a license file; a list is separated by `;`
 * on Windows and `:` on UNIX. A colon is ambiguous: it also follows a Windows drive letter (`C:\…`),
 * so we split on `:` only where it is not a drive letter's.
 */
export const DEFAULT_LICENSE_PORT = 7260;

export type LicenseServerLocation =
  | { kind: 'server'; hostName: string; port: number; portImplied: boolean }
  | { kind: 'file'; path: string };

export function parseLicenseServerLocations(raw: string): LicenseServerLocation[] {
  const text = raw.trim();
  const parts = text.includes(';') ? text.split(';') : splitUnixList(text);
  const locations: LicenseServerLocation[] = [];
  for (const part of parts) {
    const location = parseOne(part.trim());
    if (location) locations.push(location);
  }
  return locations;
}

/** `a:b:c` splits on colons, except a drive letter's (`C:\`, `D:/`). */
function splitUnixList(text: string): string[] {
  return text.split(/(?<!(?:^|[:\s])[A-Za-z]):(?![\\/])|:(?=\d*@)/).filter((p) => p.trim() !== '');
}

function parseOne(part: string): LicenseServerLocation | undefined {
  if (part === '') return undefined;
  const server = /^(\d{1,5})?@([A-Za-z0-9][A-Za-z0-9.-]*)$/.exec(part);
  if (server) {
    const port = server[1] ? Number(server[1]) : DEFAULT_LICENSE_PORT;
    return { kind: 'server', hostName: server[2]!, port, portImplied: !server[1] };
  }
  if (/^([A-Za-z]:[\\/]|[\\/])/.test(part)) return { kind: 'file', path: part };
  return undefined;
}
