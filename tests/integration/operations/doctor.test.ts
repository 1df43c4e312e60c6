// caseline doctor against the real Dovecot, the SMTP sink and a Slack stand-in, each healthy and each
// broken as deployments break: a wrong password, a missing folder, no IDLE, no STARTTLS, a missing scope,
// the bot outside a channel, and a server that accepts the connection and then says nothing.
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPassed, type CheckResult, formatCheck } from '../../../src/doctor/check.ts';
import { runDoctor } from '../../../src/doctor/run-doctor.ts';
import { type DovecotServer, imapClient, startDovecot } from '../support/dovecot.ts';
import { mailConfig, mailEnv, seededDatabaseFile } from '../support/mail-harness.ts';
import { type SlackStandIn, startSilentServer, startSlackStandIn } from '../support/slack-stand-in.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';

const SCOPES = ['app_mentions:read', 'channels:history', 'chat:write', 'im:history', 'users:read'];
const TOKEN = 'xoxb-doctor-test';
const STAFF = 'C0STAFF';
const SUPPORT = 'C0ACME';

let dovecot: DovecotServer;
let sink: SmtpSink;
let slack: SlackStandIn;
let dir: string;
let manifest: string;

beforeAll(async () => {
  [dovecot, sink, slack] = await Promise.all([
    startDovecot(),
    startSmtpSink({ auth: { user: 'bot', pass: 'smtp-secret' } }),
    startSlackStandIn({
      token: TOKEN,
      scopes: SCOPES,
      channels: {
        [STAFF]: { name: 'care-staff', members: ['U1', 'U2', 'U0CASELINE'] },
        [SUPPORT]: { name: 'acme-support', members: ['U7', 'U8', 'U9', 'U0CASELINE'], hideIsMember: true },
        C0NOTIN: { name: 'globex-support', members: ['U7'] },
      },
    }),
  ]);
  ({ dir } = await seededDatabaseFile());
  manifest = join(dir, 'manifest.yml');
  writeFileSync(
    manifest,
    `display_information:\n  name: Caseline\noauth_config:\n  scopes:\n    bot:\n${SCOPES.map((s) => `      - ${s}\n`).join('')}`,
  );
});
afterAll(async () => {
  await Promise.all([dovecot?.stop(), sink?.stop(), slack?.stop()]);
  rmSync(dir, { recursive: true, force: true });
});

function env(extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...mailEnv(dovecot, sink, dir),
    SMTP_USER: 'bot',
    SMTP_PASSWORD: 'smtp-secret',
    SLACK_BOT_TOKEN: TOKEN,
    SLACK_APP_TOKEN: 'xapp-doctor-test',
    SLACK_API_URL: slack.apiUrl,
    SLACK_TEAM_ID: 'T0VENDOR',
    SLACK_STAFF_CHANNEL: STAFF,
    SLACK_SUPPORT_CHANNELS: `${SUPPORT}=acme`,
    ...extra,
  };
}

async function doctor(settings: Record<string, string>, options: { timeoutMs?: number; manifestPath?: string } = {}) {
  const results = await runDoctor({
    loadConfig: () => mailConfig(settings),
    timeoutMs: options.timeoutMs ?? 5_000,
    manifestPath: options.manifestPath ?? manifest,
  });
  const line = (name: string) => {
    const found = results.find((r) => r.name === name);
    if (!found) throw new Error(`no check "${name}" in:\n${results.map(formatCheck).join('\n')}`);
    return found;
  };
  return { results, line, passed: allPassed(results), text: results.map(formatCheck).join('\n') };
}

const failedWith = (result: CheckResult, text: RegExp) => {
  expect(result.status, formatCheck(result)).toBe('failed');
  expect(formatCheck(result)).toMatch(text);
};

describe('issue 23 §2: caseline doctor, healthy', { timeout: 120_000 }, () => {
  it('every configured part passes: configuration, database, directory, IMAP, SMTP, Slack', async () => {
    const db = join(dir, 'caseline.db');
    const before = createHash('sha256').update(readFileSync(db)).digest('hex');
    const { results, passed, text } = await doctor(env());
    expect(passed, text).toBe(true);
    expect(results.map((r) => r.name)).toEqual([
      'configuration valid',
      'policy',
      'database reachable',
      'database writable',
      'migrations current',
      'directory not empty',
      'contract regions and tiers known',
      'a manager for each region',
      'staff away now',
      'IMAP login',
      'IMAP folders',
      'IMAP IDLE',
      'SMTP EHLO',
      'SMTP STARTTLS',
      'SMTP login',
      'Slack auth.test',
      'Slack scopes',
      `Slack staff channel ${STAFF}`,
      `Slack support channel ${SUPPORT}`,
    ]);
    expect(text).toContain('✔ Slack support channel C0ACME: the bot is a member of #acme-support');
    // Nothing changed: the database file is as it was, and no folder was created on the server.
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(before);
    const client = imapClient(dovecot);
    await client.connect();
    const folders = (await client.list()).map((f) => f.path);
    await client.logout();
    expect(folders).not.toContain('Caseline/Processed');
    // Slack was asked as Slack expects: Bearer token, form-encoded.
    expect(slack.calls.every((c) => c.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(slack.calls.some((c) => c.method === 'conversations.members' && c.params['cursor'] === '2')).toBe(true);
  });
});

describe('issue 23 §2: caseline doctor, broken', { timeout: 120_000 }, () => {
  it('IMAP: a wrong password', async () => {
    const { line, passed } = await doctor(env({ IMAP_PASSWORD: 'not-the-password' }));
    expect(passed).toBe(false);
    failedWith(line('IMAP login'), /refused the login of test .*→ check IMAP_USER and IMAP_PASSWORD/);
    expect(line('IMAP folders').status).toBe('skipped');
  });

  it('IMAP: the mailbox folder does not exist', async () => {
    const { line } = await doctor(env({ IMAP_MAILBOX: 'Support' }));
    expect(line('IMAP login').status).toBe('ok');
    failedWith(
      line('IMAP folders'),
      /the folder "Support" does not exist \(the server has: INBOX.*\) → set IMAP_MAILBOX/,
    );
  });

  it('IMAP: the server offers no IDLE', async () => {
    const noIdle = await startDovecot({
      capabilities:
        'IMAP4rev1 SASL-IR LOGIN-REFERRALS ID ENABLE SORT THREAD=REFERENCES MULTIAPPEND UNSELECT CHILDREN NAMESPACE UIDPLUS LIST-EXTENDED I18NLEVEL=1 CONDSTORE QRESYNC ESEARCH ESORT SEARCHRES WITHIN CONTEXT=SEARCH LIST-STATUS BINARY MOVE LITERAL+ SPECIAL-USE',
    });
    try {
      const { line } = await doctor(env({ IMAP_PORT: String(noIdle.port) }));
      expect(line('IMAP folders').status).toBe('ok');
      failedWith(line('IMAP IDLE'), /not offered: the bot polls every 60 s/);
    } finally {
      await noIdle.stop();
    }
  });

  it('SMTP: a wrong password', async () => {
    const { line } = await doctor(env({ SMTP_PASSWORD: 'wrong' }));
    expect(line('SMTP EHLO').status).toBe('ok');
    failedWith(line('SMTP login'), /refused the login of bot .*535.* → check SMTP_USER and SMTP_PASSWORD/);
  });

  it('SMTP: STARTTLS required (the default) but the server does not offer it', async () => {
    const { line } = await doctor(env({ SMTP_SECURITY: 'starttls' }));
    expect(line('SMTP EHLO').status).toBe('ok');
    failedWith(line('SMTP STARTTLS'), /does not offer STARTTLS/);
    expect(line('SMTP login').status).toBe('skipped');
  });

  it('Slack: a scope of slack/manifest.yml not granted', async () => {
    const narrow = await startSlackStandIn({ ...slack.options, scopes: SCOPES.filter((s) => s !== 'chat:write') });
    try {
      const { line } = await doctor(env({ SLACK_API_URL: narrow.apiUrl }));
      failedWith(line('Slack scopes'), /the token lacks chat:write → add them from slack\/manifest\.yml/);
    } finally {
      await narrow.stop();
    }
  });

  it('Slack: the bot is not a member of a support channel, or the channel does not exist', async () => {
    const { line } = await doctor(env({ SLACK_SUPPORT_CHANNELS: 'C0NOTIN=globex,C0GONE' }));
    expect(line(`Slack staff channel ${STAFF}`).status).toBe('ok');
    failedWith(line('Slack support channel C0NOTIN'), /not a member of #globex-support → type \/invite/);
    failedWith(line('Slack support channel C0GONE'), /channel_not_found/);
  });

  it('Slack: a revoked token, another workspace, and a missing slack/manifest.yml', async () => {
    const revoked = await doctor(env({ SLACK_BOT_TOKEN: 'xoxb-revoked' }));
    failedWith(revoked.line('Slack auth.test'), /refused the bot token \(invalid_auth\)/);
    expect(revoked.line('Slack scopes').status).toBe('skipped');
    const elsewhere = await doctor(env({ SLACK_TEAM_ID: 'T0CUSTOMER' }));
    failedWith(elsewhere.line('Slack auth.test'), /workspace T0VENDOR, not SLACK_TEAM_ID T0CUSTOMER/);
    const noManifest = await doctor(env(), { manifestPath: join(dir, 'no-such-manifest.yml') });
    failedWith(noManifest.line('Slack scopes'), /✖ Slack scopes: slack\/manifest\.yml missing/);
  });

  it('issue 23 bad input: servers that accept the connection and hang — each check times out and says which', async () => {
    const silent = await startSilentServer();
    try {
      const started = Date.now();
      const { line, passed } = await doctor(
        env({
          IMAP_PORT: String(silent.port),
          SMTP_PORT: String(silent.port),
          SLACK_API_URL: `http://127.0.0.1:${silent.port}/api/`,
        }),
        { timeoutMs: 1_500 },
      );
      const elapsed = Date.now() - started;
      expect(passed).toBe(false);
      failedWith(
        line('IMAP login'),
        new RegExp(`127\\.0\\.0\\.1:${silent.port} did not answer within 1\\.5 s \\(timed out\\)`),
      );
      failedWith(
        line('SMTP EHLO'),
        new RegExp(`127\\.0\\.0\\.1:${silent.port} did not answer within 1\\.5 s \\(timed out\\)`),
      );
      failedWith(line('Slack auth.test'), /did not answer within 1\.5 s \(timed out\)/);
      expect(silent.connections()).toBeGreaterThanOrEqual(3);
      // IMAP and SMTP are checked side by side, then Slack: about two deadlines, not a hang.
      expect(elapsed).toBeLessThan(15_000);
    } finally {
      await silent.stop();
    }
  });

  it('the directory: empty, a contract in an unknown tier, a region without a manager; the database: missing, behind', async () => {
    const { dir: other } = await seededDatabaseFile();
    try {
      const path = join(other, 'caseline.db');
      const sqlite = new Database(path);
      sqlite.exec(`UPDATE contracts SET tier = 'gold' WHERE id = 'C-400'`);
      sqlite.exec(`UPDATE staff SET regions = '["americas","emea","apac"]' WHERE roles LIKE '%manager%'`);
      sqlite.close();
      const broken = await doctor(env({ CASELINE_DB: path }));
      failedWith(broken.line('contract regions and tiers known'), /C-400: tier "gold"/);
      failedWith(
        broken.line('a manager for each region'),
        /no manager for japan: their escalation pages go to the head role instead .*→ caseline staff add .*--role manager --region japan/,
      );

      const behind = new Database(path);
      behind.exec(
        'DELETE FROM __drizzle_migrations WHERE created_at = (SELECT max(created_at) FROM __drizzle_migrations)',
      );
      behind.exec('DELETE FROM staff; DELETE FROM contracts');
      behind.close();
      const stale = await doctor(env({ CASELINE_DB: path }));
      failedWith(stale.line('migrations current'), /1 not applied yet .* → caseline migrate/);
      failedWith(stale.line('directory not empty'), /no contracts, no staff → caseline directory import FILE/);

      const missing = await doctor(env({ CASELINE_DB: join(other, 'nothing-here.db') }));
      failedWith(missing.line('database reachable'), /no database at .*nothing-here\.db/);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it('a configuration that does not load: every problem in one line, and nothing else is tried', async () => {
    const { results } = await doctor({ ...env(), IMAP_PORT: 'ninety', SMTP_HOST: '' });
    expect(results).toHaveLength(1);
    failedWith(results[0]!, /✖ configuration valid: IMAP_PORT: .*SMTP_HOST: required when IMAP_HOST is set/);
  });
});
