/**
 * Every statement a PostgreSQL pool's clients send, whitespace folded: how the benches and the round-trip
 * tests count a unit's round trips (issue 24 Speed). Debugging aid only; the product never installs it.
 */
import type pg from 'pg';

export interface StatementLog {
  /** The statements sent since the last call (or since the log was installed), and start again. */
  take(): string[];
}

export function logStatements(pool: pg.Pool): StatementLog {
  let sent: string[] = [];
  const listen = (client: pg.PoolClient) => {
    const marked = client as pg.PoolClient & { statementsLogged?: boolean };
    if (marked.statementsLogged) return;
    marked.statementsLogged = true;
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string }).text ?? '');
      sent.push(text.replace(/\s+/g, ' ').trim());
      return query(...args);
    };
  };
  pool.on('connect', listen);
  pool.on('acquire', listen);
  return {
    take: () => {
      const taken = sent;
      sent = [];
      return taken;
    },
  };
}
