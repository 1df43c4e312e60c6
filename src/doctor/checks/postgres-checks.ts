/**
 * The PostgreSQL store as the bot will find it (DATABASE_URL, issue 24 §4): reachable within the
 * deadline, writable (not a standby), holding every migration of db/migrations-pg, and who holds the
 * IMAP and scheduler leases. Nothing is created or migrated here.
 */
import { createPool, describePostgresUrl } from '../../store/postgres/postgres-database.ts';
import { describeLeases, type PostgresFacts, probePostgres } from '../../store/postgres/probe.ts';
import { describeSchema } from '../../store/schema-status.ts';
import { type CheckResult, failed, ok, skipped } from '../check.ts';
import { StepTimeout, withTimeout } from '../with-timeout.ts';

const PART = 'database';

export async function checkPostgres(url: string, timeoutMs: number): Promise<CheckResult[]> {
  const where = describePostgresUrl(url);
  const pool = createPool(url, { max: 1, connectTimeoutMs: timeoutMs, applicationName: 'caseline doctor' });
  let facts: PostgresFacts;
  try {
    facts = await withTimeout(`PostgreSQL at ${where}`, timeoutMs, probePostgres(pool), () => void pool.end());
  } catch (error) {
    return [
      failed(
        PART,
        'database reachable',
        error instanceof StepTimeout ? error.message : `${where}: ${(error as Error).message}`,
        'check DATABASE_URL (host, port, database, user, password) and that PostgreSQL accepts this host',
      ),
    ];
  } finally {
    await pool.end().catch(() => undefined);
  }
  const cases = facts.cases === null ? 'no Caseline tables yet' : `${facts.cases} case${facts.cases === 1 ? '' : 's'}`;
  const results = [ok(PART, 'database reachable', `${where} (PostgreSQL ${facts.serverVersion}, ${cases})`)];
  results.push(
    facts.readOnly
      ? failed(PART, 'database writable', `${where} is read-only (a standby?)`, 'point DATABASE_URL at the primary')
      : ok(PART, 'database writable', `${where} accepts writes`),
  );
  const { schema } = facts;
  if (schema.newer) {
    results.push(
      failed(
        PART,
        'migrations current',
        `it holds ${describeSchema(schema)}`,
        'run the Caseline version that wrote it',
      ),
    );
  } else if (schema.pending.length > 0) {
    results.push(
      failed(
        PART,
        'migrations current',
        `${schema.pending.length} not applied yet (${schema.pending.map((p) => p.tag).join(', ')})`,
        'caseline migrate (with DATABASE_URL set)',
      ),
    );
  } else {
    results.push(ok(PART, 'migrations current', describeSchema(schema)));
  }
  results.push(ok(PART, 'leases', describeLeases(facts.leases)));
  results.push(
    skipped(
      'directory',
      'directory',
      'checked on the SQLite store only so far (docs/operations.md, "PostgreSQL: status")',
    ),
  );
  return results;
}
