/**
 * `hostname` then `systeminfo`'s `Host Name:`, `lic01` then `LIC01.corp.example`; `OS Name: … Server 2022` then
 * `OS Version: 10.0.20348 …`: a labelled value that says again what the current server already has, in other
 * words, is that server — not the next one (issue 25 round 12, cause 4).
 */
import { fullerHostName } from './host-name-cues.ts';
import { releaseOf } from './os-names.ts';
import type { LicenseServer } from './schema.ts';

export function saysAgain(server: LicenseServer | undefined, key: keyof LicenseServer, value: string): boolean {
  if (key === 'hostName')
    return server?.hostName !== undefined && fullerHostName(server.hostName, value.trim()) !== undefined;
  if (key !== 'osVersion' || !server?.os || !server.osVersion) return false;
  return releaseOf(server.os, value.trim()) === server.osVersion;
}
