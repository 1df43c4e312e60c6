/**
 * One "bot process" for the lease takeover test (leased-roles.test.ts): the bot's leased roles on
 * PostgreSQL with the default lease and heartbeat, the IMAP reader replaced by a stand-in that says on
 * stdout when it runs. The test kills it with SIGKILL. argv: DATABASE_URL HOLDER
 */
import { startLeasedRoles } from '../../../../src/runtime/leased-roles.ts';
import { createPool } from '../../../../src/store/postgres/postgres-database.ts';

const [url, holder] = process.argv.slice(2) as [string, string];
const quiet = { info() {}, warn() {}, error() {} };
const roles = startLeasedRoles({ pool: createPool(url, { max: 3 }), holder, logger: quiet });
roles.onSchedulerGained(() => process.stdout.write('scheduler\n'));
roles.runInbound(() => {
  process.stdout.write('imap\n');
  return { stop: async () => undefined };
});
setInterval(() => undefined, 60_000);
