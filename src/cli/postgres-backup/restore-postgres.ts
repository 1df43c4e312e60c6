/**
 * `caseline restore FILE` on a PostgreSQL store: a `caseline backup` archive (pg_dump, custom format)
 * into an EMPTY database. It checks everything it can before it writes: the archive is read whole (its
 * table of contents and its data: a damaged or truncated file is refused), it is a Caseline database, not
 * from a newer Caseline, and the target holds no table and no schema of its own. Then pg_restore runs in
 * one transaction (an error leaves the target as empty as it was), without the dump's owners and grants
 * (the objects belong to the user of DATABASE_URL, as if the bot had created them); every table's row
 * count is compared with the archive's, the migrations this Caseline ships are applied, and the restore
 * is written to the audit log. A database that holds anything is never overwritten: restore into a new
 * one and point DATABASE_URL at it.
 */
import { accessSync, constants } from 'node:fs';
import { appendAudit } from '../../store/audit-log.ts';
import { storeDbOfPostgres } from '../../store/dialect.ts';
import {
  createPool,
  describePostgresUrl,
  migratePostgres,
  PG_MIGRATIONS_FOLDER,
  pgSchema,
  postgresDb,
  postgresSchemaStatus,
} from '../../store/postgres/postgres-database.ts';
import { describeSchema, readJournal, type SchemaStatus, statusOfStamps } from '../../store/schema-status.ts';
import { type ArchiveContents, readArchive, totalRows } from './pg-archive.ts';
import { connectTo, countDifferences, countRows, serverMajor, userSchemas, userTables } from './pg-tables.ts';
import { connectionOf, type Located, locateTool, PgToolError, runTool } from './pg-tools.ts';

export interface PostgresRestoreResult {
  cases: number;
  /** The schema after the restore (the backup's, then this Caseline's migrations applied). */
  schema: SchemaStatus;
  /** Rows restored, all tables together (each table's count equal to the backup's), and how many tables. */
  rows: number;
  tables: number;
  /** Migrations applied after the restore, for a backup taken by an older Caseline. */
  migrated: number;
}

export async function restorePostgres(
  url: string,
  file: string,
  options: { binDir?: string | undefined; actor: string },
): Promise<PostgresRestoreResult> {
  try {
    accessSync(file, constants.R_OK);
  } catch (error) {
    throw new PgToolError(`cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  const where = describePostgresUrl(url);
  const pool = createPool(url, { max: 2, applicationName: 'caseline-restore' });
  try {
    (await connectTo(pool, where)).release();
    const major = await serverMajor(pool);
    const pgRestore = await locateTool('pg_restore', major, { binDir: options.binDir });
    const archive = await readCaselineArchive(pgRestore, file);
    await assertEmpty(pool, where);
    await runTool(
      pgRestore,
      ['--single-transaction', '--exit-on-error', '--no-owner', '--no-acl', file],
      connectionOf(url),
    );
    const present = new Set(await userTables(pool));
    const restored = await countRows(
      pool,
      [...archive.rows.keys()].filter((table) => present.has(table)),
    );
    const differences = countDifferences(archive.rows, restored);
    if (differences.length > 0) {
      throw new PgToolError(
        `restored into ${where}, but it does not hold what the backup holds (${differences.slice(0, 3).join('; ')}): do not use it; drop it and restore again`,
      );
    }
    const db = postgresDb(pool);
    const before = await postgresSchemaStatus(pool);
    await migratePostgres(db);
    const schema = await postgresSchemaStatus(pool);
    const cases = archive.rows.get('public.cases') ?? 0;
    await appendAudit(storeDbOfPostgres(db, pgSchema), {
      at: new Date().toISOString(),
      actor: options.actor,
      action: 'database.restored',
      subject: where,
      details: { from: file, cases, previous: null },
    });
    return {
      cases,
      schema,
      rows: totalRows(archive.rows),
      tables: archive.rows.size,
      migrated: schema.applied - before.applied,
    };
  } finally {
    await pool.end();
  }
}

async function readCaselineArchive(pgRestore: Located, file: string): Promise<ArchiveContents> {
  let archive: ArchiveContents;
  try {
    archive = await readArchive(pgRestore, file);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new PgToolError(
      `${file} is not a readable pg_dump archive (${why}). A SQLite backup is restored without DATABASE_URL, then moved with caseline db copy`,
    );
  }
  if (!archive.rows.has('public.cases') || archive.migrationStamps.length === 0) {
    throw new PgToolError(`${file} is a pg_dump archive, but not of a Caseline database (no cases, no migrations)`);
  }
  const schema = statusOfStamps(archive.migrationStamps, readJournal(PG_MIGRATIONS_FOLDER));
  if (schema.newer) {
    throw new PgToolError(`${file} holds ${describeSchema(schema)}: restore it with that Caseline version or newer`);
  }
  return archive;
}

/** Empty: no table and no schema but `public` — what `createdb` gives. */
async function assertEmpty(pool: ReturnType<typeof createPool>, where: string): Promise<void> {
  const tables = await userTables(pool);
  const schemas = await userSchemas(pool);
  if (tables.length === 0 && schemas.length === 0) return;
  const held =
    tables.length > 0
      ? `${tables.length} table${tables.length === 1 ? '' : 's'} (${tables.slice(0, 3).join(', ')}${tables.length > 3 ? ', …' : ''})`
      : `the schema${schemas.length === 1 ? '' : 's'} ${schemas.join(', ')}`;
  throw new PgToolError(
    `${where} is not empty: it holds ${held}. caseline restore writes into an empty database only, and changes nothing here; ` +
      'create one (createdb -O caseline caseline_restored), point DATABASE_URL at it and restore again',
  );
}
