/**
 * A unit's transaction on a pooled connection, as drizzle's `db.transaction` runs it (a connection from
 * the pool, BEGIN, the work on a drizzle transaction over that connection, COMMIT or ROLLBACK, the
 * connection back), with one step drizzle does not offer: `prepare` sees the connection before BEGIN is
 * sent, so the unit's hook (unit-batch.ts) carries BEGIN with the unit's first statement (round 9).
 */
import { NodePgSession, NodePgTransaction } from 'drizzle-orm/node-postgres/session';
import type pg from 'pg';
import type { PgDb } from './postgres-database.ts';

/** What drizzle's node-postgres database keeps and its own transaction() builds from (not in its types). */
interface DrizzleInternals {
  dialect: ConstructorParameters<typeof NodePgSession>[1];
  session: {
    schema: ConstructorParameters<typeof NodePgSession>[2];
    options: ConstructorParameters<typeof NodePgSession>[3];
  };
}

export async function inPooledTransaction<T>(
  pgDb: PgDb,
  prepare: (client: pg.PoolClient, tx: PgDb) => void,
  work: (tx: PgDb) => Promise<T>,
): Promise<T> {
  const { dialect, session } = pgDb as unknown as DrizzleInternals;
  const client = await pgDb.$client.connect();
  try {
    const txSession = new NodePgSession(client, dialect, session.schema, session.options);
    const tx = new NodePgTransaction(dialect, txSession, session.schema) as unknown as PgDb;
    prepare(client, tx);
    await client.query('begin');
    try {
      const result = await work(tx);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback');
      throw error;
    }
  } finally {
    client.release();
  }
}
