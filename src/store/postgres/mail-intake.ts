/**
 * The shared mail intake on PostgreSQL (issue 24: two processes add mail throughput). The imap lease
 * holder stores each fetched batch in `mail_intake` (one multi-row statement, which also wakes the
 * peers by NOTIFY); every process claims stored mails in one statement only one process can win
 * (`FOR UPDATE SKIP LOCKED`) and marks them decided inside the transaction that decides them. A claim
 * runs out: a decider killed before its commit leaves its mails `stored`, claimable again at the claim's
 * end, and the Message-ID key (`takeInbound`) still lets only one decision of a mail commit.
 */
import { sql } from 'drizzle-orm';
import type pg from 'pg';
import type { Db } from '../database.ts';
import type { PgDb } from './postgres-database.ts';

/** The channel peers LISTEN on; the store's NOTIFY carries no payload (the rows are the news). */
export const INTAKE_CHANNEL = 'caseline_mail_intake';

export interface IntakeMail {
  uid: number;
  messageId: string | null;
  sender: string | null;
  source: Buffer;
}

export interface ClaimedMail {
  id: number;
  uidValidity: number;
  uid: number;
  source: Buffer;
}

export interface IntakeDecision {
  id: number;
  outcome: 'processed' | 'quarantined';
  reason?: string;
}

/**
 * Stores a batch (a mail already stored under its UID is left as it is: a batch fetched again after a
 * crash between store and move) and notifies the peers, in one statement.
 */
export async function storeIntake(
  pool: pg.Pool,
  mailbox: string,
  uidValidity: number,
  mails: IntakeMail[],
  now: Date,
): Promise<void> {
  if (mails.length === 0) return;
  await pool.query({
    name: 'mail-intake-store',
    text: `WITH stored AS (
             INSERT INTO mail_intake (mailbox, uid_validity, uid, message_id, sender, source, state, stored_at)
             SELECT $1, $2, m.uid, m.message_id, m.sender, m.source, 'stored', $3
               FROM unnest($4::bigint[], $5::text[], $6::text[], $7::text[]) AS m(uid, message_id, sender, source)
             ON CONFLICT (mailbox, uid_validity, uid) DO NOTHING RETURNING 1)
           SELECT pg_notify('${INTAKE_CHANNEL}', '') FROM (SELECT count(*) AS n FROM stored) s WHERE s.n > 0`,
    values: [
      mailbox,
      uidValidity,
      now.toISOString(),
      mails.map((m) => m.uid),
      mails.map((m) => m.messageId),
      mails.map((m) => m.sender),
      mails.map((m) => m.source.toString('base64')),
    ],
  });
}

/**
 * Claims up to `limit` stored mails of `mailbox` in arrival order: unclaimed ones, or ones whose claim ran
 * out. A mail waits while an earlier stored mail from the same sender is held by another live claim, so
 * one sender's mails (a reply to our question, say) are decided in the order they arrived.
 */
export async function claimIntake(
  pool: pg.Pool,
  request: { mailbox: string; token: string; now: Date; claimMs: number; limit: number },
): Promise<ClaimedMail[]> {
  const nowIso = request.now.toISOString();
  const until = new Date(request.now.getTime() + request.claimMs).toISOString();
  const { rows } = await pool.query<{ id: string; uid_validity: string; uid: string; source: string }>({
    name: 'mail-intake-claim',
    text: `UPDATE mail_intake SET claimed_by = $1, claim_expires_at = $2
            WHERE id IN (
              SELECT m.id FROM mail_intake m
               WHERE m.state = 'stored' AND m.mailbox = $3
                 AND (m.claim_expires_at IS NULL OR m.claim_expires_at <= $4)
                 AND NOT EXISTS (
                   SELECT 1 FROM mail_intake e
                    WHERE e.state = 'stored' AND e.mailbox = m.mailbox AND e.sender = m.sender AND e.id < m.id
                      AND e.claim_expires_at > $4)
               ORDER BY m.id LIMIT $5 FOR UPDATE SKIP LOCKED)
            RETURNING id, uid_validity, uid, source`,
    values: [request.token, until, request.mailbox, nowIso, request.limit],
  });
  return rows
    .map((r) => ({
      id: Number(r.id),
      uidValidity: Number(r.uid_validity),
      uid: Number(r.uid),
      source: Buffer.from(r.source, 'base64'),
    }))
    .sort((a, b) => a.id - b.id);
}

/**
 * Marks claimed mails decided, in the unit of work that decided them (one statement): a processed mail's
 * source is dropped; a quarantined one keeps it until the imap holder has filed it in the quarantine
 * folder. Only rows still `stored` change, so a decider whose claim ran out and was decided by another
 * process changes nothing (its own decisions were duplicates by the Message-ID key).
 */
export async function markIntakeDecided(db: Db, decisions: IntakeDecision[], now: Date): Promise<void> {
  if (decisions.length === 0) return;
  // One JSON parameter (drizzle would spread a JS array into a list of parameters).
  const rows = JSON.stringify(
    decisions.map((d) => ({
      id: d.id,
      state: d.outcome === 'quarantined' ? 'quarantined' : 'decided',
      reason: d.reason ?? null,
    })),
  );
  await (db as unknown as PgDb).execute(sql`UPDATE mail_intake AS m
       SET state = d.state, reason = d.reason, decided_at = ${now.toISOString()},
           source = CASE WHEN d.state = 'decided' THEN NULL ELSE m.source END
      FROM jsonb_to_recordset(${rows}::jsonb) AS d(id bigint, state text, reason text)
     WHERE m.id = d.id AND m.state = 'stored'`);
}

/** Quarantined mails of `mailbox` not yet filed in the quarantine folder (the imap holder files them). */
export async function quarantinedIntake(
  pool: pg.Pool,
  mailbox: string,
  limit: number,
): Promise<Array<{ id: number; source: Buffer; reason: string }>> {
  const { rows } = await pool.query<{ id: string; source: string; reason: string | null }>({
    name: 'mail-intake-quarantined',
    text: `SELECT id, source, reason FROM mail_intake WHERE state = 'quarantined' AND mailbox = $1 ORDER BY id LIMIT $2`,
    values: [mailbox, limit],
  });
  return rows.map((r) => ({
    id: Number(r.id),
    source: Buffer.from(r.source, 'base64'),
    reason: r.reason ?? 'quarantined',
  }));
}

export async function quarantineFiled(pool: pg.Pool, ids: number[]): Promise<void> {
  if (ids.length === 0) return;
  await pool.query(
    `UPDATE mail_intake SET state = 'decided', source = NULL WHERE id = ANY($1::bigint[]) AND state = 'quarantined'`,
    [ids],
  );
}

/**
 * Deletes up to `limit` rows of `mailbox` decided before `before` (the retention: shared-intake.ts), the
 * oldest first, and says how many went. Only `decided` rows go — a processed mail, or a quarantined one
 * already filed in IMAP; a stored mail and a quarantined one still to file are never deleted. Nothing
 * needs an old row: a mail is decided once by its Message-ID key (inbound_messages, kept), and its UID
 * row only keeps a batch fetched again right after a crash (before the checkpoint moved) from being
 * stored twice.
 */
export async function pruneIntake(pool: pg.Pool, mailbox: string, before: Date, limit: number): Promise<number> {
  const { rowCount } = await pool.query({
    name: 'mail-intake-prune',
    text: `DELETE FROM mail_intake WHERE id IN (
             SELECT id FROM mail_intake WHERE state = 'decided' AND mailbox = $1 AND decided_at < $2
              ORDER BY id LIMIT $3)`,
    values: [mailbox, before.toISOString(), limit],
  });
  return rowCount ?? 0;
}

/** What waits in the intake, for readiness and doctor: stored (claimed or not) and quarantined to file. */
export interface IntakeCounts {
  stored: number;
  claimed: number;
  quarantined: number;
}

export async function intakeCounts(queryable: pg.Pool | pg.PoolClient): Promise<IntakeCounts> {
  const { rows } = await queryable.query<IntakeCounts>(
    `SELECT count(*) FILTER (WHERE state = 'stored')::int AS stored,
            count(*) FILTER (WHERE state = 'stored' AND claim_expires_at > $1)::int AS claimed,
            count(*) FILTER (WHERE state = 'quarantined')::int AS quarantined
       FROM mail_intake WHERE state IN ('stored', 'quarantined')`,
    [new Date().toISOString()],
  );
  return rows[0] ?? { stored: 0, claimed: 0, quarantined: 0 };
}

/**
 * Calls `onNews` whenever a batch is stored (LISTEN on its own pooled connection). A lost connection is
 * listened again after a pause; the decider's idle poll covers what was stored meanwhile.
 */
export function listenForIntake(pool: pg.Pool, onNews: () => void): { stop(): Promise<void> } {
  let stopped = false;
  let client: pg.PoolClient | null = null;
  let retry: NodeJS.Timeout | null = null;
  let forget: () => void = () => undefined;
  const connect = async () => {
    try {
      const connected = await pool.connect();
      if (stopped) {
        connected.release();
        return;
      }
      client = connected;
      const heard = (message: pg.Notification) => {
        if (message.channel === INTAKE_CHANNEL) onNews();
      };
      // A connection stop() gave back to the pool can still report its end (the server shutting down): it is
      // released once only — a second release throws, and uncaught it would take the process down.
      const ended = () => {
        if (client !== connected) return;
        connected.release(true);
        client = null;
        if (!stopped) retry = setTimeout(() => void connect(), 2_000);
      };
      connected.on('notification', heard);
      connected.on('error', ended);
      // Given back to the pool, the connection serves others: our handlers leave it (the pool's own
      // handler then hears its end).
      forget = () => {
        connected.off('notification', heard);
        connected.off('error', ended);
      };
      await connected.query(`LISTEN ${INTAKE_CHANNEL}`);
      onNews();
    } catch {
      if (!stopped) retry = setTimeout(() => void connect(), 2_000);
    }
  };
  void connect();
  return {
    stop: async () => {
      stopped = true;
      if (retry) clearTimeout(retry);
      const held = client;
      client = null;
      if (held) {
        await held.query(`UNLISTEN ${INTAKE_CHANNEL}`).catch(() => undefined);
        forget();
        held.release();
      }
    },
  };
}
