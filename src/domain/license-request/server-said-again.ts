/**
 * `hostname` then `systeminfo`'s `Host Name:`, `lic01` then `LIC01.corp.example`; `OS Name: … Server 2022` then
 * `OS Version: 10.0.20348 …`: a labelled value that says again what the current server already has, in other
 * words, is that server — not the next one (issue 25 round 12, cause 4).
 */
import { fullerHostName } from './host-name-cues.ts';
import { normaliseOs, releaseOf } from './os-names.ts';
import type { LicenseServer } from './schema.ts';

/**
 * `OS: Windows Server` then `ver`'s `Microsoft Windows [Version 10.0.20348…]` (read as `OS: Windows Server 2022`):
 * the same family once without a release and once with one is the same server's OS said more fully.
 */
function refinesOs(server: LicenseServer, value: string): boolean {
  const said = normaliseOs(value);
  const [a, b] = [family(said.os), family(server.os ?? '')];
  const sameFamily = a !== '' && b !== '' && (a.startsWith(b) || b.startsWith(a));
  return sameFamily && (server.osVersion === undefined || said.osVersion === undefined);
}

/** `Windows` and `Windows Server`, `RHEL` and `Red Hat Enterprise Linux`: one family written short or long. */
const family = (os: string) =>
  os
    .toLowerCase()
    .replace(/^rhel\b/, 'red hat enterprise linux')
    .replace(/^win\b/, 'windows')
    .trim();

export function saysAgain(server: LicenseServer | undefined, key: keyof LicenseServer, value: string): boolean {
  if (key === 'hostName')
    return server?.hostName !== undefined && fullerHostName(server.hostName, value.trim()) !== undefined;
  if (key === 'os') return server?.os !== undefined && refinesOs(server, value);
  if (key !== 'osVersion' || !server?.os || !server.osVersion) return false;
  return releaseOf(server.os, value.trim()) === server.osVersion;
}
