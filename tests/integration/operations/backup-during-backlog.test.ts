// Backups of a bot at work: while `caseline start` works through a backlog of mail (real Dovecot, real
// SMTP sink), backups are taken over and over, in-process and with `caseline backup`. Every copy opens,
// migrates, passes SQLite's integrity check and holds every case committed before it began, each with
// the reply written in the same transaction. At the end the bot's /metrics and /readyz tell the story.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupDatabase } from '../../../src/store/backup.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { sample } from '../../support/prometheus-text.ts';
import { freePort, REPO_ROOT, type RunningBot, startBot } from '../../support/running-bot.ts';
import { type DovecotServer, startDovecot } from '../support/dovecot.ts';
import { appendMails, mailEnv, rawMail, seededDatabaseFile } from '../support/mail-harness.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';

const MAILS = 250;
let dovecot: DovecotServer;
let sink: SmtpSink;
let dir: string;
let bot: RunningBot | undefined;

beforeAll(async () => {
  [dovecot, sink] = await Promise.all([startDovecot(), startSmtpSink({ parse: false })]);
  ({ dir } = await seededDatabaseFile());
});
afterAll(async () => {
  await bot?.stop();
  await Promise.all([dovecot?.stop(), sink?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

/** Ana, verified by the PIN line, reports a production outage per site: each mail opens a critical case. */
const outage = (i: number) =>
  rawMail({
    from: 'Ana Ruiz <ana@acme.example>',
    subject: `Site ${i}: production SIP Server down`,
    messageId: `<outage-${i}@acme.example>`,
    dmarc: 'pass',
    body: `Our production SIP Server 9.0 is down at site ${i}, no calls at all.\nPIN: 482913\n\nAna`,
  });

function committedCases(path: string): string[] {
  const sqlite = new Database(path, { readonly: true });
  try {
    return (sqlite.prepare('SELECT number FROM cases').all() as Array<{ number: string }>).map((r) => r.number);
  } finally {
    sqlite.close();
  }
}

/** Opens the copy as the bot would (migrations applied) and checks it whole and consistent. */
function checkCopy(file: string, committedBefore: string[]) {
  const db = openDatabase(file);
  try {
    const sqlite = db.$client;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const cases = (sqlite.prepare('SELECT number FROM cases').all() as Array<{ number: string }>).map((r) => r.number);
    const held = new Set(cases);
    expect(committedBefore.filter((n) => !held.has(n))).toEqual([]);
    // A case and its reply commit together: no copy holds one without the other.
    const withoutReply = sqlite
      .prepare(
        `SELECT c.number FROM cases c WHERE NOT EXISTS
           (SELECT 1 FROM outbox o WHERE o.case_id = c.id AND o.audience = 'customer')`,
      )
      .all();
    expect(withoutReply).toEqual([]);
    return cases.length;
  } finally {
    db.$client.close();
  }
}

describe('issue 23 §4: backups while a backlog is being processed', () => {
  it('every copy opens, migrates and holds every committed case; the bot then reports its work in /metrics', async () => {
    await appendMails(
      dovecot,
      Array.from({ length: MAILS }, (_, i) => outage(i)),
    );
    const db = join(dir, 'caseline.db');
    const port = await freePort();
    // One contact writes every mail: lift the per-sender auto-reply cap so each outage gets its answer.
    const env = { HTTP_PORT: String(port), LOG_LEVEL: 'info', MAIL_AUTO_REPLY_CAP_PER_HOUR: String(MAILS) };
    bot = startBot(mailEnv(dovecot, sink, dir, env), dir);
    await waitFor(() => committedCases(db).length > 0, 'the first committed case', 60_000);

    // `caseline backup` from another process, while the bot writes.
    const cliFile = join(dir, 'cli-backup.db');
    const cliCommitted = committedCases(db);
    const cli = new Promise<{ code: number; stderr: string }>((done) =>
      execFile(
        process.execPath,
        ['bin/caseline.js', 'backup', cliFile],
        { cwd: REPO_ROOT, env: { PATH: process.env['PATH'] ?? '', CASELINE_DB: db } },
        (error, _stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      ),
    );

    const copies: Array<{ file: string; committedBefore: string[] }> = [];
    for (let i = 0; committedCases(db).length < MAILS && i < 200; i++) {
      const committedBefore = committedCases(db);
      const file = join(dir, `backup-${i}.db`);
      await backupDatabase(db, file);
      copies.push({ file, committedBefore });
    }
    const cliResult = await cli;
    expect(cliResult).toEqual({ code: 0, stderr: '' });
    copies.push({ file: cliFile, committedBefore: cliCommitted });

    const sizes = copies.map(({ file, committedBefore }) => checkCopy(file, committedBefore));
    if (process.env['SHOW_METRICS']) process.stdout.write(`copies: ${JSON.stringify(sizes)}\n`);
    // The backlog was still being worked on during the backups: some copies are partial, none is empty.
    expect(copies.length).toBeGreaterThanOrEqual(2);
    expect(Math.min(...sizes)).toBeGreaterThan(0);
    expect(Math.min(...sizes)).toBeLessThan(MAILS);

    await waitFor(() => committedCases(db).length === MAILS, 'every mail a case', 120_000);
    // Each outage: the reply to Ana, and the critical-case page to the analyst and the manager.
    await waitFor(() => sink.received.length >= 3 * MAILS, 'every reply at the SMTP sink', 120_000);
    const base = `http://127.0.0.1:${port}`;
    let metrics = '';
    await waitFor(
      async () => {
        metrics = await (await fetch(`${base}/metrics`)).text();
        return (
          sample(metrics, 'caseline_imap_backlog_messages') === 0 &&
          sample(metrics, 'caseline_outbox_depth', { channel: 'email' }) === 0
        );
      },
      'the backlog and the outbox drained',
      60_000,
    );
    if (process.env['SHOW_METRICS']) process.stdout.write(metrics);
    expect(sample(metrics, 'caseline_messages_in_total', { channel: 'email', decision: 'new-case' })).toBe(MAILS);
    expect(
      sample(metrics, 'caseline_cases_opened_total', {
        type: 'support',
        severity: 'critical-production-down',
        tier: 'premium-care',
      }),
    ).toBe(MAILS);
    expect(sample(metrics, 'caseline_messages_out_total', { channel: 'email', audience: 'customer' })).toBe(MAILS);
    expect(sample(metrics, 'caseline_messages_out_total', { channel: 'email', audience: 'staff' })).toBe(2 * MAILS);
    expect(sample(metrics, 'caseline_last_backup_timestamp_seconds')).toBeGreaterThan(Date.now() / 1000 - 600);
    expect(sample(metrics, 'caseline_part_up', { part: 'mailbox' })).toBe(1);
    expect(sample(metrics, 'caseline_imap_last_read_age_seconds')).toBeLessThan(300);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ parts: { mailbox: { state: 'up', connected: true } } });
    expect(await bot.stop()).toBe(0);
  }, 300_000);
});
