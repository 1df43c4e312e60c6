/**
 * Round 11: a Message-ID reused by the same sender with the same subject and another body is a mail of
 * its own (the inbound row keeps a digest of the first mail's PIN-free body), and the reuse is audited
 * as a body mismatch; a real redelivery — the same bytes, or the same body re-encoded by a relay — is
 * still a duplicate, before and after a restart. On both stores: the seeded demo directory as a SQLite
 * file and copied into a real PostgreSQL, the mail path (`ingestMessage`) the same on each.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext, type EngineContext } from '../../../src/services/engine/index.ts';
import type { Db } from '../../../src/store/database.ts';
import { storeDbOfPostgres } from '../../../src/store/dialect.ts';
import { openPostgres, type PgDb, pgSchema } from '../../../src/store/postgres/postgres-database.ts';
import { ingestSettings, openDb, rawMail, seededDatabaseFile } from '../support/mail-harness.ts';
import { type PostgresServer, startPostgres } from '../support/postgres.ts';
import { copyIntoPostgres } from './support/cluster-checks.ts';

const NOW = new Date('2026-11-23T14:00:00Z');
const PIN = '482913';
const REPORT = `PIN: ${PIN}\nOur production SIP Server 9.0 drops calls since the dial plan change, severity medium, 20 agents.`;
const FOLLOW_UP = 'Also the Reporting Server 8.5 on our lab system shows an empty dashboard since this morning.';

let server: PostgresServer;
let seeded: { dir: string; path: string };
let attachments: string;

beforeAll(async () => {
  [server, seeded] = await Promise.all([startPostgres(), seededDatabaseFile()]);
  attachments = mkdtempSync(join(tmpdir(), 'caseline-body-digest-'));
}, 60_000);

afterAll(async () => {
  await server?.stop();
  for (const dir of [seeded?.dir, attachments]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** The bot on one store: `restart()` closes the database and opens it again, as a new process would. */
interface Bot {
  ingest(raw: Buffer): ReturnType<typeof ingestMessage>;
  restart(): Promise<void>;
  rows<T>(sql: string): Promise<T[]>;
  close(): Promise<void>;
}

async function sqliteBot(): Promise<Bot> {
  const path = join(seeded.dir, `body-digest-${Date.now()}.db`);
  copyFileSync(seeded.path, path);
  let db: Db = openDb(path);
  let ctx = engineOn(db);
  return {
    ingest: (raw) => ingestMessage(ctx, ingestSettings(attachments), raw),
    restart: async () => {
      db.$client.close();
      db = openDb(path);
      ctx = engineOn(db);
    },
    rows: async <T>(sql: string) => db.$client.prepare(sql).all() as T[],
    close: async () => {
      db.$client.close();
    },
  };
}

async function postgresBot(): Promise<Bot> {
  const url = await server.createDatabase();
  await copyIntoPostgres(seeded.path, url);
  let pool: PgDb = await openPostgres(url, { max: 3 });
  let ctx = engineOn(storeDbOfPostgres(pool, pgSchema));
  return {
    ingest: (raw) => ingestMessage(ctx, ingestSettings(attachments), raw),
    restart: async () => {
      await pool.$client.end();
      pool = await openPostgres(url, { max: 3 });
      ctx = engineOn(storeDbOfPostgres(pool, pgSchema));
    },
    rows: async <T>(sql: string) => (await pool.$client.query(sql)).rows as T[],
    close: async () => await pool.$client.end(),
  };
}

function engineOn(db: Db): EngineContext {
  return createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email', now: () => NOW });
}

const fromAna = (messageId: string, body: string) =>
  rawMail({ from: 'Ana Ruiz <ana@acme.example>', subject: 'SIP down', messageId, dmarc: 'pass', body });

/**
 * The same mail as a relay may hand it on again: a Received line more, its text in base64 with LF line
 * ends wrapped at 76 (the parser reads the same words).
 */
function reencoded(raw: Buffer): Buffer {
  const source = raw.toString('utf8');
  const split = source.indexOf('\r\n\r\n');
  const body = Buffer.from(source.slice(split + 4).replace(/\r\n/g, '\n'))
    .toString('base64')
    .replace(/.{76}/g, '$&\r\n');
  const header = `Received: from relay.acme.example by mx.vendor.example; Mon, 23 Nov 2026 09:05:00 +0000\r\n${source.slice(0, split)}`;
  return Buffer.from(`${header}\r\nContent-Transfer-Encoding: base64\r\n\r\n${body}\r\n`);
}

describe.each([
  ['sqlite', sqliteBot],
  ['postgres', postgresBot],
] as const)('round 11: a Message-ID reused with another body, on %s', { timeout: 120_000 }, (_name, start) => {
  it('round 11: the same sender and subject with another body is a new mail, answered and audited as a body mismatch; each redelivery, re-encoded or after a restart, stays a duplicate', async () => {
    const bot = await start();
    try {
      const id = '<reuse-body-1@acme.example>';
      const first = await bot.ingest(fromAna(id, REPORT));
      expect(first.duplicate).toBe(false);
      expect(first.case).toMatch(/^\d{8}$/);

      const other = await bot.ingest(fromAna(id, FOLLOW_UP));
      expect(other.duplicate).toBe(false);
      expect(other.replies.length).toBeGreaterThan(0);
      expect(new Set(other.replies.map((r) => r.to))).toEqual(new Set(['ana@acme.example']));
      const audit = await bot.rows<{ subject: string; details: unknown }>(
        "SELECT subject, details FROM audit_log WHERE action = 'mail.message-id-reused'",
      );
      expect(audit).toHaveLength(1);
      expect(audit[0]!.subject).toBe(id);
      expect(JSON.stringify(audit[0]!.details)).toContain('body');

      const inbound = await bot.rows<{ body_digest: string; reason: string | null; subject: string | null }>(
        "SELECT body_digest, reason, subject FROM inbound_messages WHERE channel = 'email' ORDER BY id",
      );
      expect(inbound).toHaveLength(2);
      expect(inbound.map((r) => r.body_digest)).toEqual([
        expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
        expect.stringMatching(/^sha256:[0-9a-f]{64}$/),
      ]);
      expect(inbound[0]!.body_digest).not.toBe(inbound[1]!.body_digest);

      const state = async () =>
        await bot.rows<{ cases: unknown; replies: unknown; inbound: unknown }>(
          `SELECT (SELECT count(*) FROM cases) AS cases,
                  (SELECT count(*) FROM outbox WHERE audience = 'customer') AS replies,
                  (SELECT count(*) FROM inbound_messages) AS inbound`,
        );
      const before = await state();
      const redeliveries = [
        fromAna(id, REPORT),
        reencoded(fromAna(id, REPORT)),
        fromAna(id, FOLLOW_UP),
        reencoded(fromAna(id, FOLLOW_UP)),
      ];
      for (const mail of redeliveries) expect(await bot.ingest(mail)).toMatchObject({ duplicate: true, replies: [] });
      await bot.restart();
      for (const mail of [...redeliveries].reverse()) {
        expect(await bot.ingest(mail)).toMatchObject({ duplicate: true, replies: [] });
      }
      expect(await state()).toEqual(before);
      expect(await bot.rows("SELECT 1 FROM audit_log WHERE action = 'mail.message-id-reused'")).toHaveLength(1);
    } finally {
      await bot.close();
    }
  });

  it('round 11: the same body with another PIN is the same mail — the digest is of the PIN-free text, and no PIN digits are stored', async () => {
    const bot = await start();
    try {
      const id = '<reuse-body-2@acme.example>';
      expect((await bot.ingest(fromAna(id, REPORT))).duplicate).toBe(false);
      expect((await bot.ingest(fromAna(id, REPORT.replace(PIN, '739164')))).duplicate).toBe(true);
      const stored = await bot.rows<Record<string, unknown>>('SELECT * FROM inbound_messages');
      expect(JSON.stringify(stored)).not.toContain(PIN);
    } finally {
      await bot.close();
    }
  });
});
