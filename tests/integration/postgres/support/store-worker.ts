/**
 * One "bot process" for the multi-process test (store-kill.test.ts): takes every message of the shared
 * backlog through the PostgreSQL unit of work (the same backlog is delivered to every process, as a
 * duplicate would be), writes one reply per new message, and sends replies by claiming the outbox:
 * "sending" appends the row to this process's sink file, then marks it sent. At the end it drains the
 * outbox until no row is left unsent (claims of a dead peer run out and are taken over).
 * argv: DATABASE_URL BACKLOG_FILE SINK_FILE NAME
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { openPostgres } from '../../../../src/store/postgres/postgres-database.ts';
import { postgresStore } from '../../../../src/store/postgres/postgres-unit.ts';

const [url, backlogFile, sinkFile, name] = process.argv.slice(2) as [string, string, string, string];
const CLAIM_MS = 1_500;
const db = await openPostgres(url, { max: 4 });
const store = postgresStore(db);
const keys = JSON.parse(readFileSync(backlogFile, 'utf8')) as string[];
// Each process meets the backlog in its own order.
const order = name === 'a' ? keys : [...keys].reverse();

async function send(): Promise<number> {
  const rows = await store.claimOutbox('email', new Date().toISOString(), 5, CLAIM_MS);
  for (const row of rows) {
    appendFileSync(sinkFile, `${row.id} ${row.text}\n`);
    await store.markOutboxSent(row.id, new Date().toISOString());
  }
  return rows.length;
}

let handled = 0;
for (const key of order) {
  await store.runUnit(async (unit) => {
    const id = await unit.takeInbound({
      channel: 'email',
      dedupeKey: key,
      sender: 'ana@acme.example',
      receivedAt: new Date().toISOString(),
      decision: 'processed',
    });
    if (id === null) return; // taken by the peer: its reply is the peer's
    await unit.enqueue(
      { channel: 'email', recipient: 'ana@acme.example', audience: 'customer', text: `reply to ${key}`, inboundId: id },
      new Date().toISOString(),
    );
  });
  if (++handled % 3 === 0) await send();
}
for (;;) {
  await send();
  const open = await db.$client.query<{ n: number }>(`SELECT count(*)::int AS n FROM outbox WHERE state <> 'sent'`);
  if (open.rows[0]!.n === 0) break;
  await new Promise((r) => setTimeout(r, 100));
}
await store.close();
