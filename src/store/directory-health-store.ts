/** Read-only questions `caseline doctor` asks of the directory, on a plain (possibly read-only) connection. */
import type Database from 'better-sqlite3';

export interface DirectoryCounts {
  companies: number;
  contracts: number;
  designatedContacts: number;
  staff: number;
}

export function directoryCounts(sqlite: Database.Database): DirectoryCounts {
  const count = (sql: string) => (sqlite.prepare(sql).get() as { n: number }).n;
  return {
    companies: count('SELECT count(*) AS n FROM companies'),
    contracts: count('SELECT count(*) AS n FROM contracts'),
    designatedContacts: count('SELECT count(*) AS n FROM contacts WHERE designated = 1'),
    staff: count('SELECT count(*) AS n FROM staff'),
  };
}

export function contractPlaces(sqlite: Database.Database): Array<{ id: string; region: string; tier: string }> {
  return sqlite.prepare('SELECT id, region, tier FROM contracts ORDER BY id').all() as Array<{
    id: string;
    region: string;
    tier: string;
  }>;
}

export function staffWithRoles(
  sqlite: Database.Database,
): Array<{ email: string; roles: string[]; regions: string[] }> {
  const rows = sqlite.prepare('SELECT email, roles, regions FROM staff ORDER BY email').all() as Array<{
    email: string;
    roles: string;
    regions: string;
  }>;
  return rows.map((r) => ({ email: r.email, roles: JSON.parse(r.roles), regions: JSON.parse(r.regions) }));
}

/** An absence as the doctor reads it, from either store. */
export interface AbsenceFact {
  email: string;
  name: string;
  roles: string[];
  regions: string[];
  startsAt: string;
  endsAt: string;
  cover: string | null;
}

/** Absences not over yet, with the member's roles and regions and the cover's name (none before the migration). */
export function staffAbsenceFacts(sqlite: Database.Database): AbsenceFact[] {
  const table = sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'staff_absences'").get();
  if (!table) return [];
  const rows = sqlite
    .prepare(
      `SELECT s.email, s.name, s.roles, s.regions, a.starts_at AS startsAt, a.ends_at AS endsAt, c.name AS cover
         FROM staff_absences a JOIN staff s ON s.id = a.staff_id LEFT JOIN staff c ON c.id = a.cover_staff_id
        ORDER BY a.starts_at, s.email`,
    )
    .all() as Array<Omit<AbsenceFact, 'roles' | 'regions'> & { roles: string; regions: string }>;
  return rows.map((r) => ({ ...r, roles: JSON.parse(r.roles), regions: JSON.parse(r.regions) }));
}
