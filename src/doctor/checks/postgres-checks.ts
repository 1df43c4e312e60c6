/**
 * The PostgreSQL store as the bot will find it (DATABASE_URL, issue 24 §4): reachable within the
 * deadline, writable (not a standby), holding every migration of db/migrations-pg, and who holds the
 * IMAP and scheduler leases; then the directory, checked as on SQLite (directory-checks.ts) once the
 * schema is current. Nothing is created or migrated here.
 */
import type { Policy } from '../../domain/policy/schema.ts';
import { type PostgresDirectoryFacts, readDirectoryFacts } from '../../store/postgres/directory-facts.ts';
import { createPool, describePostgresUrl } from '../../store/postgres/postgres-database.ts';
import { describeIntake, describeLeases, type PostgresFacts, probePostgres } from '../../store/postgres/probe.ts';
import { describeSchema } from '../../store/schema-status.ts';
import { type CheckResult, failed, ok, skipped } from '../check.ts';
import { StepTimeout, withTimeout } from '../with-timeout.ts';
import { judgeDirectory } from './directory-checks.ts';

const PART = 'database';

/** `policy` null: the policy file is broken (reported already), so the directory is not judged. */
export async function checkPostgres(url: string, timeoutMs: number, policy: Policy | null): Promise<CheckResult[]> {
  const where = describePostgresUrl(url);
  const pool = createPool(url, { max: 1, connectTimeoutMs: timeoutMs, applicationName: 'caseline doctor' });
  let facts: PostgresFacts;
  let directory: PostgresDirectoryFacts | Error | null = null;
  try {
    facts = await withTimeout(`PostgreSQL at ${where}`, timeoutMs, probePostgres(pool), () => void pool.end());
    if (isCurrent(facts) && policy) {
      directory = await withTimeout(`the directory at ${where}`, timeoutMs, readDirectoryFacts(pool), () => {
        void pool.end();
      }).catch((error: Error) => error);
    }
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
  if (facts.intake) results.push(ok(PART, 'mail intake', describeIntake(facts.intake)));
  if (directory instanceof Error) {
    results.push(failed('directory', 'directory not empty', directory.message, 'check the database server'));
  } else if (directory && policy) results.push(...judgeDirectory(directory, policy));
  else if (policy) results.push(skipped('directory', 'directory', 'checked once the migrations are current'));
  return results;
}

function isCurrent(facts: PostgresFacts): boolean {
  return !facts.schema.newer && facts.schema.pending.length === 0;
}
