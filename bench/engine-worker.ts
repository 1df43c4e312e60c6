/**
 * One bot process of bench:engine's PostgreSQL variant (engine-postgres.ts): the engine on a PostgreSQL
 * store, driving its own conversations (from `first`), reporting on stdout as JSON how many messages it
 * handled, in how long, its CPU time, and the statements it sent. argv: DATABASE_URL FIRST COUNT
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { createEngineContext } from '../src/services/engine/index.ts';
import { storeDbOfPostgres } from '../src/store/dialect.ts';
import { openPostgres, pgSchema } from '../src/store/postgres/postgres-database.ts';
import { benchClock, runConversations, verifyContacts } from './support/engine-conversations.ts';
import { countRoundTrips } from './support/postgres-meter.ts';

const [url, first, count] = process.argv.slice(2) as [string, string, string];
const pgDb = await openPostgres(url, { max: 2 });
const trips = countRoundTrips(pgDb.$client);
const clock = benchClock();
const ctx = createEngineContext({ db: storeDbOfPostgres(pgDb, pgSchema), policy: DEFAULT_POLICY, now: clock.now });
await verifyContacts(ctx, clock.tick, `worker-${first}`);
// Ready: the parent starts every worker's clock at once.
process.stdout.write('ready\n');
await new Promise<void>((resolve) => process.stdin.once('data', () => resolve()));
const started = performance.now();
const cpu = process.cpuUsage();
const tripsBefore = trips.count();
const run = await runConversations(ctx, { first: Number(first), count: Number(count), tick: clock.tick });
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
process.stdout.write(`${JSON.stringify({ messages: run.messages, ms, cpuMs, trips: trips.count() - tripsBefore })}\n`);
await pgDb.$client.end();
