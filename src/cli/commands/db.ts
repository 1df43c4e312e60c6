/**
 * `caseline db copy --to postgres://… [--from FILE] [--json]`: move a SQLite database (CASELINE_DB, or
 * FILE) into an empty PostgreSQL database, verified table by table (src/store/postgres/copy-from-sqlite.ts).
 * The SQLite file is only read; a bot running on it is refused, since what it wrote after the copy would
 * be left behind.
 */

import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { assertReadableSqlite, caselineFacts, DatabaseFileError } from '../../store/database-file.ts';
import { type CopiedTable, CopyRefused, copySqliteToPostgres } from '../../store/postgres/copy-from-sqlite.ts';
import { createPool, describePostgresUrl } from '../../store/postgres/postgres-database.ts';
import { botIsRunning } from '../../store/running-lock.ts';
import { describeSchema } from '../../store/schema-status.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

interface CopyOptions {
  to: string;
  from?: string;
  json?: boolean;
}

export function registerDbCommand(program: Command): void {
  const db = program.command('db').description('move the database between stores');
  db.command('copy')
    .description('copy the SQLite database into an empty PostgreSQL database, verifying counts and checksums')
    .requiredOption('--to <url>', 'the target: postgres://user:password@host:port/database (must be empty)')
    .option('--from <file>', 'the SQLite database to copy (default: CASELINE_DB)')
    .option('--json', 'print { from, to, tables: [{ table, rows, checksum }] }')
    .action((options: CopyOptions) => runCopy(options));
}

async function runCopy(options: CopyOptions): Promise<void> {
  if (!/^postgres(ql)?:\/\//.test(options.to)) throw new UsageError('--to expects a postgres://… URL');
  const from = options.from ?? loadConfig().CASELINE_DB;
  const to = describePostgresUrl(options.to);
  const source = openSource(from);
  const pool = createPool(options.to, { max: 2 });
  try {
    if (!options.json) printLine(`copying ${from} into ${to}`);
    const tables = await copySqliteToPostgres(source, pool, {
      ...(options.json
        ? {}
        : {
            onTable: (t: CopiedTable) => printLine(`✔ ${t.table}: ${t.rows} rows, checksum ${t.checksum.slice(0, 12)}`),
          }),
    }).catch((error: Error) => {
      if (error instanceof CopyRefused) throw new CommandFailed(`nothing copied: ${error.message}`);
      throw new CommandFailed(`nothing copied (rolled back): ${error.message}`);
    });
    const rows = tables.reduce((sum, t) => sum + t.rows, 0);
    if (options.json) return printJson({ from, to, tables });
    printLine(`copied ${rows} rows in ${tables.length} tables into ${to}; every count and checksum matches`);
  } finally {
    source.close();
    await pool.end();
  }
}

function openSource(path: string): Database.Database {
  try {
    assertReadableSqlite(path);
    if (botIsRunning(path)) {
      throw new CommandFailed(
        `a Caseline bot is running on ${path}: stop it first, so that nothing it writes is left behind`,
      );
    }
    const sqlite = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const { schema } = caselineFacts(sqlite, path);
      if (schema.newer || schema.pending.length > 0) {
        throw new CommandFailed(
          `${path} holds ${describeSchema(schema)}: run caseline migrate on it (without DATABASE_URL) with this Caseline first`,
        );
      }
    } catch (error) {
      sqlite.close();
      throw error;
    }
    return sqlite;
  } catch (error) {
    if (error instanceof DatabaseFileError) throw new CommandFailed(error.message);
    throw error;
  }
}
