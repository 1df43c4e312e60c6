/**
 * `caseline migrate`: apply the migrations this version ships to CASELINE_DB and say where the schema
 * stands. The bot and every admin command do the same when they open the database; this is the step an
 * upgrade runs explicitly, after the backup and before the start (docs/operations.md).
 */

import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { openDatabase } from '../../store/database.ts';
import { inspectDatabaseFile } from '../../store/database-file.ts';
import { describeSchema, schemaStatus } from '../../store/schema-status.ts';
import { CommandFailed } from '../errors.ts';
import { printLine } from '../output.ts';

export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (the bot also applies them when it starts)')
    .action(() => runMigrate());
}

function runMigrate(): void {
  const config = loadConfig();
  const before = existsSync(config.CASELINE_DB) ? inspectDatabaseFile(config.CASELINE_DB).schema : null;
  if (before?.newer) {
    throw new CommandFailed(
      `${config.CASELINE_DB} holds ${describeSchema(before)}: this Caseline is older; upgrade it`,
    );
  }
  const db = openDatabase(config.CASELINE_DB);
  try {
    const after = schemaStatus(db.$client);
    const applied = after.applied - (before?.applied ?? 0);
    printLine(
      applied === 0
        ? `nothing to apply: schema ${describeSchema(after)}`
        : `applied ${applied} migration${applied === 1 ? '' : 's'}: schema ${describeSchema(after)}`,
    );
  } finally {
    db.$client.close();
  }
}
