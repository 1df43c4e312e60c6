/**
 * "IC-A is the primary, IC-B the backup. Output from each server below. On IC-A: … On IC-B: …": the mail
 * says which named server plays which role, then pastes each server's output under its name (a heading
 * "On IC-A:", or the `hostname` command's output read as "Host name: RPL-IC-A"). The host id under a server's
 * output is that server's (issue 25 round 7 §1: a second server's MAC is its backup, not a dropped value).
 */
import type { ProseUnit } from './prose-units.ts';

export type HostRole = 'primaryHostId' | 'backupHostId';

const HOST = String.raw`([A-Za-z][\w]*(?:-[\w]+)+|[A-Za-z]+\d[\w-]*)`;
/** "IC-A is the primary", "IC-B the backup", "IC-B (backup)". */
const NAME_THEN_ROLE = new RegExp(
  String.raw`\b${HOST}\s*(?:is\s+|will\s+be\s+|as\s+)?(?:the\s+|our\s+)?\(?\s*(primary|main|backup|back-up|secondary|standby|switchover)\b`,
  'gi',
);
/** "the primary is IC-A", "backup server: IC-B", "primary (IC-A)". */
const ROLE_THEN_NAME = new RegExp(
  String.raw`\b(primary|main|backup|back-up|secondary|standby|switchover)(?:\s+(?:server|node|host|one))?\s*(?:is\s+|[:(=]\s*)${HOST}`,
  'gi',
);
/** A line that only names the machine whose output follows: "On IC-A:", "From IC-B:", "Host name: RPL-IC-A". */
const HEADING = new RegExp(
  String.raw`^\s*(?:(?:on|from)\s+(?:server\s+)?${HOST}\s*:|host\s*name\s*:\s*${HOST})\s*$`,
  'i',
);

const roleOf = (word: string): HostRole => (/^(?:primary|main)$/i.test(word) ? 'primaryHostId' : 'backupHostId');

/** The role the mail gives each server it names; a name given both roles is given none. */
export function rolesByHostName(units: ProseUnit[]): Map<string, HostRole> {
  const roles = new Map<string, HostRole>();
  const clash = new Set<string>();
  const note = (name: string, role: HostRole) => {
    const key = name.toLowerCase();
    if (roles.has(key) && roles.get(key) !== role) clash.add(key);
    roles.set(key, role);
  };
  for (const unit of units) {
    for (const m of unit.text.matchAll(NAME_THEN_ROLE)) note(m[1]!, roleOf(m[2]!));
    for (const m of unit.text.matchAll(ROLE_THEN_NAME)) note(m[2]!, roleOf(m[1]!));
  }
  for (const key of clash) roles.delete(key);
  return roles;
}

/**
 * The role of the server a heading line names (`RPL-IC-A` is `IC-A` with the site's prefix), `null` for a
 * heading of a server without one (it ends the one before), undefined for a line that is no heading.
 */
export function headingRole(text: string, roles: Map<string, HostRole>): HostRole | null | undefined {
  const heading = HEADING.exec(text);
  if (!heading || roles.size === 0) return undefined;
  const name = (heading[1] ?? heading[2])!.toLowerCase();
  for (const [known, role] of roles) if (name === known || name.endsWith(`-${known}`)) return role;
  return null;
}
