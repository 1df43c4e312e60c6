/**
 * What a pg_dump archive (custom format) holds, read with pg_restore without any database: its table of
 * contents (`pg_restore --list`: the archive is whole and readable, and which tables have data) and,
 * from a full read of its data (`pg_restore --data-only -f -`: the COPY blocks pg_restore would run), each
 * table's row count and the migrations it records. A backup is checked this way after it is written,
 * and a restore before it starts and after it ends: the counts are what the database must hold.
 */
import { createInterface } from 'node:readline';
import type { Located } from './pg-tools.ts';
import { runTool } from './pg-tools.ts';

export interface ArchiveContents {
  /** `schema.table` of every table whose data the archive holds, in its order. */
  tables: string[];
  /** Rows per `schema.table`. */
  rows: Map<string, number>;
  /** The `created_at` journal stamps of drizzle's migrations table (empty: not a Caseline database). */
  migrationStamps: number[];
}

const MIGRATIONS = 'drizzle.__drizzle_migrations';
/** `3398; 0 16387 TABLE DATA public cases caseline` */
const TABLE_DATA = /^\d+;\s+\d+\s+\d+\s+TABLE DATA\s+(\S+)\s+(\S+)\s/;
/** `COPY public.cases (id, number, …) FROM stdin;` */
const COPY = /^COPY (\S+) \((.*)\) FROM stdin;$/;

const unquote = (name: string) => name.replace(/^"(.*)"$/, '$1').replace(/""/g, '"');

export async function readArchive(pgRestore: Located, file: string): Promise<ArchiveContents> {
  const tables = await tableOfContents(pgRestore, file);
  const { rows, migrationStamps } = await countRows(pgRestore, file);
  for (const table of tables) {
    if (!rows.has(table)) throw new Error(`the archive lists data for ${table} but holds none`);
  }
  return { tables, rows, migrationStamps };
}

async function tableOfContents(pgRestore: Located, file: string): Promise<string[]> {
  const tables: string[] = [];
  await runTool(pgRestore, ['--list', file], null, {
    onStdout: async (stdout) => {
      for await (const line of createInterface({ input: stdout, crlfDelay: Number.POSITIVE_INFINITY })) {
        const match = TABLE_DATA.exec(line);
        if (match) tables.push(`${unquote(match[1]!)}.${unquote(match[2]!)}`);
      }
    },
  });
  return tables;
}

/** Rows in COPY text format are one line each (newlines in values are written as \n), ended by `\.`. */
async function countRows(
  pgRestore: Located,
  file: string,
): Promise<{ rows: Map<string, number>; migrationStamps: number[] }> {
  const rows = new Map<string, number>();
  const migrationStamps: number[] = [];
  await runTool(pgRestore, ['--data-only', '--file=-', file], null, {
    onStdout: async (stdout) => {
      let table: string | null = null;
      let count = 0;
      let stampColumn = -1;
      for await (const line of createInterface({ input: stdout, crlfDelay: Number.POSITIVE_INFINITY })) {
        if (table === null) {
          const match = COPY.exec(line);
          if (!match) continue;
          table = match[1]!.split('.').map(unquote).join('.');
          count = 0;
          stampColumn = table === MIGRATIONS ? match[2]!.split(', ').map(unquote).indexOf('created_at') : -1;
          continue;
        }
        if (line === '\\.') {
          rows.set(table, count);
          table = null;
          continue;
        }
        count++;
        if (stampColumn >= 0) migrationStamps.push(Number(line.split('\t')[stampColumn]));
      }
      if (table !== null) throw new Error(`the archive ends inside the data of ${table}`);
    },
  });
  return { rows, migrationStamps };
}

export function totalRows(rows: Map<string, number>): number {
  let total = 0;
  for (const n of rows.values()) total += n;
  return total;
}
