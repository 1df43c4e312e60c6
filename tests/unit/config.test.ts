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
});
