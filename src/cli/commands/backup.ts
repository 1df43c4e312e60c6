/**
 * `caseline backup FILE` (safe while the bot runs) and `caseline restore FILE` (refused while a bot runs
 * on CASELINE_DB, or for a file that is not a Caseline database or comes from a newer Caseline).
 * With DATABASE_URL, the same commands on PostgreSQL: pg_dump's custom format, restored into an empty
 * database only (postgres-backup/). See docs/operations.md for the schedule and how to test a restore.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { appendAudit } from '../../store/audit-log.ts';
import { backupDatabase, restoreDatabase } from '../../store/backup.ts';
import { openDatabase } from '../../store/database.ts';
import { DatabaseFileError } from '../../store/database-file.ts';
import { describePostgresUrl } from '../../store/postgres/postgres-database.ts';
import { DatabaseInUseError } from '../../store/running-lock.ts';
import { describeSchema } from '../../store/schema-status.ts';
import { cliActor } from '../admin-database.ts';
import { CommandFailed } from '../errors.ts';
import { printJson, printLine } from '../output.ts';
import { backupPostgres } from '../postgres-backup/backup-postgres.ts';
import { PgToolError } from '../postgres-backup/pg-tools.ts';
import { restorePostgres } from '../postgres-backup/restore-postgres.ts';

export function registerBackupCommands(program: Command): void {
  program
    .command('backup')
    .description('copy the database to FILE (SQLite online backup, or pg_dump on PostgreSQL; safe while the bot runs)')
    .argument('<file>', 'where to write the backup (must not exist yet)')
    .option('--force', 'replace FILE if it exists')
    .option('--json', 'print the result as JSON')
    .action((file: string, options: { force?: boolean; json?: boolean }) => runBackup(file, options));
  program
    .command('restore')
    .description(
      'replace the database with the backup FILE (the bot must be stopped; the old one is kept); on PostgreSQL, into an empty database',
    )
    .argument('<file>', 'a file written by caseline backup')
    .option('--json', 'print the result as JSON')
    .action(async (file: string, options: { json?: boolean }) => await runRestore(file, options));
}

/** Expected refusals are one line and exit 1. */
function refused(error: unknown): never {
  if (error instanceof DatabaseFileError || error instanceof DatabaseInUseError || error instanceof PgToolError) {
    throw new CommandFailed(error.message);
  }
  throw error;
}

async function runBackup(file: string, options: { force?: boolean; json?: boolean }): Promise<void> {
  const config = loadConfig();
  if (config.DATABASE_URL) return await runPostgresBackup(config.DATABASE_URL, file, options, config.POSTGRES_BIN_DIR);
  const result = await backupDatabase(config.CASELINE_DB, file, { overwrite: options.force === true }).catch(refused);
  if (!result.recorded) {
    process.stderr.write(
      'caseline: warning: the backup is good, but it could not be recorded for the backup-age metric\n',
    );
  }
  if (options.json) return printJson({ ...result, schema: result.schema.current });
  printLine(
    `backup written: ${result.path} (${result.cases} case${result.cases === 1 ? '' : 's'}, ${formatBytes(result.bytes)}, schema ${describeSchema(result.schema)})`,
  );
}

async function runRestore(file: string, options: { json?: boolean }): Promise<void> {
  const config = loadConfig();
  if (config.DATABASE_URL) return await runPostgresRestore(config.DATABASE_URL, file, options, config.POSTGRES_BIN_DIR);
  let result: ReturnType<typeof restoreDatabase>;
  try {
    result = restoreDatabase(file, config.CASELINE_DB);
  } catch (error) {
    refused(error);
  }
  const db = openDatabase(config.CASELINE_DB);
  try {
    await appendAudit(db, {
      at: new Date().toISOString(),
      actor: cliActor(),
      action: 'database.restored',
      subject: config.CASELINE_DB,
      details: { from: file, cases: result.cases, previous: result.previous },
    });
  } finally {
    db.$client.close();
  }
  if (options.json) return printJson({ ...result, schema: result.schema.current });
  printLine(
    `restored ${file} into ${config.CASELINE_DB}: ${result.cases} case${result.cases === 1 ? '' : 's'}, schema ${describeSchema(result.schema)}`,
  );
  if (result.previous) printLine(`the database it replaced is kept as ${result.previous}`);
}

async function runPostgresBackup(
  url: string,
  file: string,
  options: { force?: boolean; json?: boolean },
  binDir: string | undefined,
): Promise<void> {
  const result = await backupPostgres(url, file, { overwrite: options.force === true, binDir }).catch(refused);
  if (!result.recorded) {
    process.stderr.write(
      'caseline: warning: the backup is good, but it could not be recorded for the backup-age metric\n',
    );
  }
  if (options.json) return printJson({ ...result, format: 'pg_dump custom', schema: result.schema.current });
  printLine(
    `backup written: ${result.path} (${result.cases} case${result.cases === 1 ? '' : 's'}, ${formatBytes(result.bytes)}, schema ${describeSchema(result.schema)})`,
  );
  printLine(`pg_dump archive read back: ${result.rows} rows in ${result.tables} tables, as in the database`);
}

async function runPostgresRestore(
  url: string,
  file: string,
  options: { json?: boolean },
  binDir: string | undefined,
): Promise<void> {
  const result = await restorePostgres(url, file, { binDir, actor: cliActor() }).catch(refused);
  if (options.json) return printJson({ ...result, previous: null, schema: result.schema.current });
  printLine(
    `restored ${file} into ${describePostgresUrl(url)}: ${result.cases} case${result.cases === 1 ? '' : 's'}, schema ${describeSchema(result.schema)}`,
  );
  printLine(`every table's row count matches the backup: ${result.rows} rows in ${result.tables} tables`);
  if (result.migrated > 0) printLine(`then applied ${result.migrated} migrations of this Caseline`);
}

function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
