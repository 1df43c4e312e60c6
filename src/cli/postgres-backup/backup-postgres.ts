/**
 * `caseline backup FILE` on a PostgreSQL store: pg_dump in custom format (compressed, restorable table by
 * table with pg_restore), safe while the bots run. Consistent to the row: the dump runs in a snapshot this
 * command exports (`pg_dump --snapshot`), and in that same snapshot it counts every table's rows and reads
 * the schema. The file is written beside its destination, read back whole with pg_restore (its table of
 * contents, then its data, whose row counts must equal the snapshot's), and only then given its name;
 * the backup is recorded in the database for the backup-age metric, as on SQLite.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { storeDbOfPostgres } from '../../store/dialect.ts';
import { recordBackup } from '../../store/operations-metrics-store.ts';
import {
  createPool,
  describePostgresUrl,
  PG_MIGRATIONS_FOLDER,
  pgSchema,
  postgresDb,
  postgresSchemaStatus,
} from '../../store/postgres/postgres-database.ts';
import { readJournal, type SchemaStatus, statusOfStamps } from '../../store/schema-status.ts';
import { readArchive, totalRows } from './pg-archive.ts';
import { connectTo, countDifferences, countRows, serverMajor, userTables } from './pg-tables.ts';
import { connectionOf, locateTool, PgToolError, runTool } from './pg-tools.ts';

export interface PostgresBackupResult {
  path: string;
  bytes: number;
  cases: number;
  schema: SchemaStatus;
  /** Rows the archive holds, all tables together, and how many tables. */
  rows: number;
  tables: number;
  recorded: boolean;
}

export async function backupPostgres(
  url: string,
  destination: string,
  options: { overwrite?: boolean; binDir?: string | undefined; now?: () => Date } = {},
): Promise<PostgresBackupResult> {
  const target = resolve(destination);
  if (existsSync(target) && !options.overwrite) {
    throw new PgToolError(`${destination} exists: choose a new name (or --force to replace it)`);
  }
  const pool = createPool(url, { max: 2, applicationName: 'caseline-backup' });
  const partial = join(dirname(target), `.${basename(target)}.partial-${process.pid}`);
  try {
    const client = await connectTo(pool, describePostgresUrl(url));
    let open = false;
    try {
      const major = await serverMajor(client);
      const pgDump = await locateTool('pg_dump', major, { binDir: options.binDir });
      const pgRestore = await locateTool('pg_restore', major, { binDir: options.binDir });
      // Everything this command reports, and the dump, see one instant of the database.
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      open = true;
      const id = (await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')).rows[0]!.id;
      const schema = await postgresSchemaStatus(client);
      if (schema.applied === 0) {
        throw new PgToolError('the database holds no Caseline schema (no migrations applied): nothing to back up');
      }
      const counts = await countRows(client, await userTables(client));
      mkdirSync(dirname(target), { recursive: true });
      await runTool(pgDump, ['--format=custom', `--snapshot=${id}`, `--file=${partial}`], connectionOf(url));
      await client.query('COMMIT');
      open = false;
      const archive = await readArchive(pgRestore, partial);
      const differences = countDifferences(counts, archive.rows);
      if (differences.length > 0) {
        throw new PgToolError(`the archive written differs from the database: ${differences.slice(0, 3).join('; ')}`);
      }
      const bytes = statSync(partial).size;
      renameSync(partial, target);
      const cases = counts.get('public.cases') ?? 0;
      const recorded = await record(pool, {
        at: (options.now?.() ?? new Date()).toISOString(),
        path: target,
        bytes,
        cases,
      });
      return {
        path: target,
        bytes,
        cases,
        schema: statusOfStamps(archive.migrationStamps, readJournal(PG_MIGRATIONS_FOLDER)),
        rows: totalRows(archive.rows),
        tables: archive.rows.size,
        recorded,
      };
    } finally {
      if (open) await client.query('ROLLBACK').catch(() => undefined);
      client.release();
    }
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await pool.end();
  }
}

/** The backup is good either way; a record that cannot be written is reported, not fatal. */
async function record(
  pool: ReturnType<typeof createPool>,
  row: { at: string; path: string; bytes: number; cases: number },
): Promise<boolean> {
  try {
    await recordBackup(storeDbOfPostgres(postgresDb(pool), pgSchema), row);
    return true;
  } catch {
    return false;
  }
}
