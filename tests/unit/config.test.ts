import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../src/config.ts';

const noDotenv = join(tmpdir(), 'caseline-no-such.env');

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env, noDotenv);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('starts with defaults when nothing is set: the embedded database and no channel', () => {
    const config = loadConfig({}, noDotenv);
    expect(config.CASELINE_DB).toBe('./data/caseline.db');
    expect(config.channels).toEqual({ mailbox: false, slack: false });
  });

  it('issue 24: the shared mail intake is off by default (PostgreSQL only, turned on by MAIL_SHARED_INTAKE), with a 60 s claim; and a claim under 5 s is refused', () => {
    const config = loadConfig({}, noDotenv);
    expect(config.MAIL_SHARED_INTAKE).toBe(false);
    expect(config.MAIL_INTAKE_CLAIM_SECONDS).toBe(60);
    expect(loadConfig({ MAIL_SHARED_INTAKE: 'true' }, noDotenv).MAIL_SHARED_INTAKE).toBe(true);
    expect(problemsOf({ MAIL_INTAKE_CLAIM_SECONDS: '2' }).some((p) => p.startsWith('MAIL_INTAKE_CLAIM_SECONDS:'))).toBe(
      true,
    );
  });

  it('lists every problem at once, each naming its variable', () => {
    const problems = problemsOf({
      LOG_LEVEL: 'loud',
      IMAP_PORT: '99999',
      IMAP_HOST: 'imap.example',
      MAIL_FROM: 'not-an-address',
    });
    expect(problems.some((p) => p.startsWith('LOG_LEVEL:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('IMAP_PORT:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('MAIL_FROM:'))).toBe(true);
    for (const key of [
      'IMAP_USER',
      'IMAP_PASSWORD',
      'SMTP_HOST',
      'MAIL_TRUSTED_AUTHSERV_ID',
      'MAIL_MESSAGE_ID_SECRET',
    ]) {
      expect(problems).toContain(`${key}: required when IMAP_HOST is set`);
    }
  });

  it('reads an optional .env file; the environment wins over it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'caseline-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, 'CASELINE_DB=/from/file.db\nLOG_LEVEL=debug\n');
    const config = loadConfig({ LOG_LEVEL: 'warn' }, file);
    expect(config.CASELINE_DB).toBe('/from/file.db');
    expect(config.LOG_LEVEL).toBe('warn');
  });

  it('never lets a secret into what can be logged', () => {
    const config = loadConfig(
      {
        IMAP_HOST: 'imap.example',
        IMAP_USER: 'bot',
        IMAP_PASSWORD: 'imap-secret-value',
        SMTP_HOST: 'smtp.example',
        SMTP_PASSWORD: 'smtp-secret-value',
        MAIL_FROM: 'support@vendor.example',
        MAIL_TRUSTED_AUTHSERV_ID: 'mx.vendor.example',
        MAIL_MESSAGE_ID_SECRET: 'a-very-long-signing-secret',
        SLACK_BOT_TOKEN: 'xoxb-secret-token',
        SLACK_SIGNING_SECRET: 'slack-signing-secret',
      },
      noDotenv,
    );
    const shown = JSON.stringify(describeConfig(config));
    for (const secret of [
      'imap-secret-value',
      'smtp-secret-value',
      'a-very-long-signing-secret',
      'xoxb-secret-token',
      'slack-signing-secret',
    ]) {
      expect(shown).not.toContain(secret);
    }
    expect(config.channels).toEqual({ mailbox: true, slack: true });
  });

  describe('Slack settings (issue 19 §1)', () => {
    const base = { SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' };

    it('Socket Mode is the default; the Web API is Slack’s own; no HTTP server unless asked', () => {
      const config = loadConfig(base, noDotenv);
      expect(config.SLACK_MODE).toBe('socket');
      expect(config.SLACK_API_URL).toBe('https://slack.com/api/');
      expect(config.http).toBeNull();
      expect(config.channels.slack).toBe(true);
    });

    it('HTTP mode needs the signing secret and listens on HTTP_HOST (127.0.0.1) and HTTP_PORT (3000)', () => {
      const config = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http', SLACK_SIGNING_SECRET: 's' }, noDotenv);
      expect(config.http).toEqual({ host: '127.0.0.1', port: 3000 });
      expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'http' })).toContain(
        'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
      );
      expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_MODE: 'socket' })[0]).toMatch(/^SLACK_APP_TOKEN: required/);
      expect(loadConfig({ HTTP_PORT: '8080' }, noDotenv).http).toEqual({ host: '127.0.0.1', port: 8080 });
    });

    it('SLACK_API_URL must be a web address ending in /api/; ids and the support-channel list are checked', () => {
      const problems = problemsOf({
        ...base,
        SLACK_API_URL: 'http://127.0.0.1:9/',
        SLACK_TEAM_ID: 'acme',
        SLACK_STAFF_CHANNEL: '#staff',
        SLACK_SUPPORT_CHANNELS: 'C0123=acme,general',
        SLACK_MODE: 'websocket',
      });
      for (const key of [
        'SLACK_API_URL',
        'SLACK_TEAM_ID',
        'SLACK_STAFF_CHANNEL',
        'SLACK_SUPPORT_CHANNELS',
        'SLACK_MODE',
      ]) {
        expect(problems.some((p) => p.startsWith(`${key}:`))).toBe(true);
      }
      const ok = loadConfig(
        { ...base, SLACK_API_URL: 'http://127.0.0.1:9/api/', SLACK_SUPPORT_CHANNELS: 'C0123=acme, G0456' },
        noDotenv,
      );
      expect(ok.SLACK_SUPPORT_CHANNELS).toEqual({ C0123: 'acme', G0456: null });
    });

    it('Slack secrets without a bot token are a mistake, and secrets never reach what is logged', () => {
      expect(problemsOf({ SLACK_APP_TOKEN: 'xapp-1' })).toContain(
        'SLACK_BOT_TOKEN: required when SLACK_APP_TOKEN is set',
      );
      const shown = JSON.stringify(
        describeConfig(loadConfig({ ...base, SLACK_APP_TOKEN: 'xapp-secret-app-token' }, noDotenv)),
      );
      expect(shown).not.toContain('xapp-secret-app-token');
      expect(shown).not.toContain('xoxb-1');
    });
  });
});
