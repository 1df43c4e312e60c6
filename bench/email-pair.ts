/**
 * `npm run bench:email:pair` — where two bot processes on one PostgreSQL gain or lose against one (issue 24,
 * Speed: two processes ≥ 1.0 × one): only the PostgreSQL mail path, one process and a pair interleaved
 * round by round, both warm (support/pair-rounds.ts prints what each round measured). BENCH_PAIR_ROUNDS
 * timed backlogs of BENCH_EMAIL_COUNT mails each.
 */
import { rmSync } from 'node:fs';
import { startDovecot } from '../tests/integration/support/dovecot.ts';
import { seededDatabaseFile } from '../tests/integration/support/mail-harness.ts';
import { benchPairRounds } from './support/pair-rounds.ts';
import { startBenchPostgres } from './support/postgres-meter.ts';

const server = await startBenchPostgres();
const dovecot = await startDovecot();
const seeded = await seededDatabaseFile();
try {
  await benchPairRounds({
    server,
    dovecot,
    seededDir: seeded.dir,
    seededPath: seeded.path,
    count: Number(process.env['BENCH_EMAIL_COUNT'] ?? 500),
    rounds: Number(process.env['BENCH_PAIR_ROUNDS'] ?? 3),
  });
} finally {
  await dovecot.stop();
  await server.stop();
  rmSync(seeded.dir, { recursive: true, force: true });
}
