/**
 * Every statement a PostgreSQL pool's clients send, whitespace folded: how the benches and the round-trip
 * tests count a unit's round trips (issue 24 Speed). A pipeline (statement-pipeline.ts: several
 * statements, one round trip) is logged as its statements, in order, and counts as one round trip.
 * Debugging aid only; the product never installs it.
 */
import type pg from 'pg';
import { StatementPipeline } from '../../../../src/store/postgres/statement-pipeline.ts';

export interface StatementLog {
  /** The statements sent since the last call (or since the log was installed), and start again. */
  take(): string[];
  /** The same, one list per round trip. */
  takeTrips(): string[][];
}

const folded = (text: string) => text.replace(/\s+/g, ' ').trim();

export function logStatements(pool: pg.Pool): StatementLog {
  let trips: string[][] = [];
  const listen = (client: pg.PoolClient) => {
    const marked = client as pg.PoolClient & { statementsLogged?: boolean };
    if (marked.statementsLogged) return;
    marked.statementsLogged = true;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const first = args[0];
      if (first instanceof StatementPipeline) trips.push(first.texts.map(folded));
      else trips.push([folded(typeof first === 'string' ? first : ((first as { text?: string }).text ?? ''))]);
      return query(...args);
    };
  };
  pool.on('connect', listen);
  pool.on('acquire', listen);
  const takeTrips = () => {
    const taken = trips;
    trips = [];
    return taken;
  };
  return { take: () => takeTrips().flat(), takeTrips };
}
