/**
 * Issue 24, the shared mail intake in one process on a real PostgreSQL and a real Dovecot: what the imap
 * holder stores is decided by the intake's deciders (two here, as two processes would run them, each on
 * its own pool), each mail once, one reply each; a mail decided `quarantined` keeps its source in the
 * intake until the holder files it, byte for byte and flagged, in the quarantine folder; decided rows
 * past their retention are deleted by the holder after a pass.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SharedIntake, startSharedIntake } from '../../../src/channels/email/shared-intake.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { storeDbOfPostgres } from '../../../src/store/dialect.ts';
import { openPostgres, type PgDb, pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import { demoImage } from '../../support/replay.ts';
import { type DovecotServer, imapClient, startDovecot } from '../support/dovecot.ts';
import { ingestSettings, MAIL_FROM, rawMail } from '../support/mail-harness.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { waitFor } from '../support/wait-for.ts';
import { copyIntoPostgres } from './support/cluster-checks.ts';

let server: PostgresServer;
let dovecot: DovecotServer;
let dir: string;
const pools: PgDb[] = [];
const intakes: SharedIntake[] = [];

beforeAll(async () => {
  [server, dovecot] = await Promise.all([startPostgres(), startDovecot()]);
  dir = mkdtempSync(join(tmpdir(), 'caseline-shared-intake-'));
  writeFileSync(join(dir, 'demo.db'), await demoImage());
  mkdirSync(join(dir, 'attachments'));
}, 120_000);

afterAll(async () => {
  for (const intake of intakes) await intake.stop();
  for (const pool of pools) await pool.$client.end();
  await Promise.all([server?.stop(), dovecot?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
const question = (n: number) =>
  rawMail({
    from: `Customer ${n} <customer${n}@elsewhere.example>`,
    subject: `Question ${n}`,
    messageId: `<shared-${n}@elsewhere.example>`,
    body: 'Our SIP Server drops calls. Can you help?',
  });
/** No From address: the mail path quarantines it. */
const anonymous = Buffer.from(
  `To: ${MAIL_FROM}\r\nSubject: who am I\r\nMessage-ID: <anon@nowhere.example>\r\n\r\nHello?\r\n`,
);

describe('the shared mail intake, deciders on two pools (issue 24)', () => {
  it('issue 24: stored mails are decided once each by the deciders together; a quarantined one is filed in the quarantine folder by the holder', async () => {
    const url = await server.createDatabase();
    await copyIntoPostgres(join(dir, 'demo.db'), url);
    const replies: number[] = [];
    const quarantined: string[] = [];
    const decider = async () => {
      const pool = await openPostgres(url, { max: 3 });
      pools.push(pool);
      const ctx = createEngineContext({
        db: storeDbOfPostgres(pool, pgSchema),
        policy: DEFAULT_POLICY,
        staffChannel: 'email',
      });
      const intake = startSharedIntake({
        pool: pool.$client,
        ctx,
        settings: ingestSettings(join(dir, 'attachments')),
        logger,
        mailbox: 'INBOX',
        quarantineFolder: 'Quarantine',
        claimMs: 60_000,
        batchSize: 5,
        repliesQueued: () => replies.push(1),
        quarantined: (reasons) => quarantined.push(...reasons),
      });
      intakes.push(intake);
      return { intake, pool };
    };
    const [holder, peer] = [await decider(), await decider()];

    const mails = [...Array.from({ length: 39 }, (_, i) => question(i)), anonymous];
    const outcomes = await holder.intake.handle(
      mails.map((source, i) => ({ source, meta: { uid: i + 1, uidValidity: 9 } })),
    );
    // The holder moves every stored mail out of the mailbox as processed; the decision comes later.
    expect(outcomes).toEqual(mails.map(() => ({ outcome: 'processed' })));
    await waitFor(
      async () =>
        (await holder.pool.$client.query("SELECT 1 FROM mail_intake WHERE state = 'stored'")).rows.length === 0,
      'every stored mail decided',
      60_000,
    );
    expect(holder.intake.decided() + peer.intake.decided()).toBe(40);
    expect(holder.intake.decided()).toBeGreaterThan(0);
    expect(peer.intake.decided()).toBeGreaterThan(0);
    const perMail = await holder.pool.$client.query<{ decision: string; replies: number }>(
      `SELECT i.decision, count(o.id)::int AS replies FROM inbound_messages i
         LEFT JOIN outbox o ON o.inbound_id = i.id AND o.audience = 'customer' GROUP BY i.id`,
    );
    expect(perMail.rows.filter((r) => r.decision !== 'quarantined').map((r) => r.replies)).toEqual(Array(39).fill(1));
    expect(perMail.rows.filter((r) => r.decision === 'quarantined')).toHaveLength(1);
    expect(quarantined).toEqual(['no From address']);
    expect(replies.length).toBeGreaterThan(0);

    const client = imapClient(dovecot);
    await client.connect();
    try {
      await client.mailboxCreate('Quarantine');
      await holder.intake.afterDrain(client);
      await holder.intake.afterDrain(client); // filed once: nothing left to file the second time
      const lock = await client.getMailboxLock('Quarantine');
      try {
        const filed = [];
        for await (const m of client.fetch('1:*', { source: true, flags: true })) filed.push(m);
        expect(filed).toHaveLength(1);
        expect(filed[0]!.source?.equals(anonymous)).toBe(true);
        expect([...(filed[0]!.flags ?? [])]).toContain('$CaselineQuarantined');
      } finally {
        lock.release();
      }
    } finally {
      await client.logout();
    }
    const left = await holder.pool.$client.query<{ state: string; source: string | null }>(
      'SELECT DISTINCT state, source FROM mail_intake',
    );
    expect(left.rows).toEqual([{ state: 'decided', source: null }]);

    // Retention: decided rows are kept (7 days by default, as above); a holder keeping them 0 ms
    // deletes them all after its next pass over the mailbox, and the mails' outcomes stay.
    const pruning = startSharedIntake({
      pool: holder.pool.$client,
      ctx: createEngineContext({ db: storeDbOfPostgres(holder.pool, pgSchema), policy: DEFAULT_POLICY }),
      settings: ingestSettings(join(dir, 'attachments')),
      logger,
      mailbox: 'INBOX',
      quarantineFolder: 'Quarantine',
      claimMs: 60_000,
      repliesQueued: () => undefined,
      quarantined: () => undefined,
      keepDecidedMs: 0,
    });
    intakes.push(pruning);
    const again = imapClient(dovecot);
    await again.connect();
    try {
      await pruning.afterDrain(again);
    } finally {
      await again.logout();
    }
    const counts = await holder.pool.$client.query<{ intake: number; inbound: number }>(
      'SELECT (SELECT count(*)::int FROM mail_intake) AS intake, (SELECT count(*)::int FROM inbound_messages) AS inbound',
    );
    expect(counts.rows[0]).toEqual({ intake: 0, inbound: 40 });
  });
});
