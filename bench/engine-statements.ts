/**
 * Which statements one engine message sends to PostgreSQL (issue 24, Speed: round trips per message):
 * `node --import tsx bench/engine-statements.ts` drives one bench conversation (engine-conversations.ts)
 * on a throwaway cluster and prints, per message, every statement the pool sent — BEGIN, the held
 * writes' chains, COMMIT — in order, by round trip (`+`: sent in the same round trip as the line above). A debugging aid beside bench:engine, not part of the product.
 */
import { DEFAULT_POLICY } from '../src/domain/policy/defaults.ts';
import { createEngineContext, handleInbound } from '../src/services/engine/index.ts';
import { storeDbOfPostgres } from '../src/store/dialect.ts';
import { openPostgres, pgSchema } from '../src/store/postgres/postgres-database.ts';
import { createDemoDatabase } from '../tests/integration/postgres/support/cluster-checks.ts';
import { logStatements } from '../tests/integration/postgres/support/statement-log.ts';
import { benchClock, verifyContacts } from './support/engine-conversations.ts';
import { startBenchPostgres } from './support/postgres-meter.ts';

const MESSAGES = [
  'Calls drop after 30 seconds on our SIP Server 9.0 in production',
  'medium',
  'It started after the upgrade last night',
  'About 20 agents are affected',
];

const server = await startBenchPostgres();
try {
  const url = await createDemoDatabase(server, 'statements');
  const pgDb = await openPostgres(url, { max: 2 });
  const log = logStatements(pgDb.$client);
  const clock = benchClock();
  const ctx = createEngineContext({ db: storeDbOfPostgres(pgDb, pgSchema), policy: DEFAULT_POLICY, now: clock.now });
  await verifyContacts(ctx, clock.tick);
  for (const text of MESSAGES) {
    log.take();
    await handleInbound(ctx, {
      channel: 'console',
      sender: { kind: 'console', email: 'ana@acme.example' },
      threadKey: 'statements:1',
      text,
      attachments: [],
      receivedAt: clock.tick(),
    });
    const trips = log.takeTrips();
    console.log(`${JSON.stringify(text)}: ${trips.length} round trips, ${trips.flat().length} statements`);
    for (const trip of trips) {
      for (const [i, statement] of trip.entries()) console.log(`${i === 0 ? '  ' : '  + '}${statement.slice(0, 160)}`);
    }
  }
  await pgDb.$client.end();
} finally {
  await server.stop();
}
