/**
 * What `caseline doctor` asks of the directory on a PostgreSQL store (issue 24 §4): the same questions
 * as directory-health-store.ts asks SQLite, in one round trip. Reads only.
 */
import type pg from 'pg';
import type { AbsenceFact, DirectoryCounts } from '../directory-health-store.ts';

export interface PostgresDirectoryFacts {
  counts: DirectoryCounts;
  places: Array<{ id: string; region: string; tier: string }>;
  staff: Array<{ email: string; roles: string[]; regions: string[] }>;
  absences: AbsenceFact[];
}

export async function readDirectoryFacts(pool: Pick<pg.Pool, 'query'>): Promise<PostgresDirectoryFacts> {
  const { rows } = await pool.query<{
    companies: number;
    contracts: number;
    designated: number;
    staff_count: number;
    places: Array<{ id: string; region: string; tier: string }>;
    staff: Array<{ email: string; roles: string[]; regions: string[] }>;
    absences: AbsenceFact[];
  }>(
    `SELECT (SELECT count(*)::int FROM companies) AS companies,
            (SELECT count(*)::int FROM contracts) AS contracts,
            (SELECT count(*)::int FROM contacts WHERE designated) AS designated,
            (SELECT count(*)::int FROM staff) AS staff_count,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('id', id, 'region', region, 'tier', tier) ORDER BY id), '[]')
               FROM contracts) AS places,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('email', email, 'roles', roles, 'regions', regions)
                                       ORDER BY email), '[]')
               FROM staff) AS staff,
            (SELECT coalesce(jsonb_agg(jsonb_build_object('email', s.email, 'name', s.name, 'roles', s.roles,
                                       'regions', s.regions, 'startsAt', a.starts_at, 'endsAt', a.ends_at,
                                       'cover', c.name) ORDER BY a.starts_at, s.email), '[]')
               FROM staff_absences a JOIN staff s ON s.id = a.staff_id
               LEFT JOIN staff c ON c.id = a.cover_staff_id) AS absences`,
  );
  const row = rows[0]!;
  return {
    counts: {
      companies: row.companies,
      contracts: row.contracts,
      designatedContacts: row.designated,
      staff: row.staff_count,
    },
    places: row.places,
    staff: row.staff,
    absences: row.absences,
  };
}
