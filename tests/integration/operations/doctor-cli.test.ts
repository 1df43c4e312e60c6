// `caseline doctor` as an operator runs it, against a mailbox over verified TLS (IMAP over TLS and SMTP
// with STARTTLS, certificates from a throwaway CA trusted through NODE_EXTRA_CA_CERTS): exit 0 when all
// passes, exit 1 naming what to do when a certificate cannot be verified.
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../../support/running-bot.ts';
import { type DovecotServer, startDovecot } from '../support/dovecot.ts';
import { mailEnv, seededDatabaseFile } from '../support/mail-harness.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { makeTestTls, type TestTls } from '../support/test-tls.ts';

let tls: TestTls;
let imaps: DovecotServer;
let smtp: SmtpSink;
let dir: string;

beforeAll(async () => {
  tls = makeTestTls();
  [imaps, smtp] = await Promise.all([
    startDovecot({ tls }),
    startSmtpSink({
      tls: { key: tls.key, cert: tls.cert, mode: 'starttls' },
      auth: { user: 'bot', pass: 'smtp-secret' },
    }),
  ]);
  ({ dir } = await seededDatabaseFile());
});
afterAll(async () => {
  await Promise.all([imaps?.stop(), smtp?.stop()]);
  tls?.remove();
  rmSync(dir, { recursive: true, force: true });
});

function doctor(extra: Record<string, string>) {
  // The deployment's settings: IMAP over TLS and required STARTTLS are the defaults.
  const { IMAP_TLS: _tls, SMTP_SECURITY: _security, ...settings } = mailEnv(imaps, smtp, dir);
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      ['bin/caseline.js', 'doctor', '--timeout', '5'],
      {
        cwd: REPO_ROOT,
        env: { PATH: process.env['PATH'] ?? '', ...settings, SMTP_USER: 'bot', SMTP_PASSWORD: 'smtp-secret', ...extra },
        timeout: 60_000,
      },
      (error, stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('issue 23 §2: caseline doctor from the command line', { timeout: 120_000 }, () => {
  it('exit 0 when every configured part passes, over verified TLS', async () => {
    const result = await doctor({ NODE_EXTRA_CA_CERTS: tls.caPath });
    expect(result.stdout).toContain(`✔ IMAP login: test at 127.0.0.1:${imaps.port} (TLS)`);
    expect(result.stdout).toContain('✔ SMTP STARTTLS: offered and used, certificate verified');
    expect(result.stdout).toContain('✔ SMTP login: bot accepted');
    expect(result.stdout).toContain('– Slack: not configured (SLACK_BOT_TOKEN is not set)');
    expect(result.stdout).toMatch(/all \d+ checks passed\n$/);
    expect(result.code).toBe(0);
  });

  it('exit 1 when the certificates cannot be verified, with what to do; the password is never printed', async () => {
    const result = await doctor({});
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(
      /✖ IMAP login: TLS certificate refused: .* → for a certificate from your own CA set NODE_EXTRA_CA_CERTS/,
    );
    expect(result.stdout).toContain(`✔ SMTP EHLO: 127.0.0.1:${smtp.port} greeted and answered EHLO`);
    expect(result.stdout).toMatch(
      /✖ SMTP STARTTLS: STARTTLS failed: .*certificate.* → for a certificate from your own CA set NODE_EXTRA_CA_CERTS/,
    );
    expect(result.stderr).toMatch(/^caseline: \d+ of \d+ checks failed\n$/);
    expect(result.stdout + result.stderr).not.toContain('smtp-secret');
    expect(result.stdout + result.stderr).not.toContain(imaps.password);
  });

  it('--json prints every check, and a bad --timeout is bad usage', async () => {
    const result = await new Promise<{ code: number; stdout: string }>((done) => {
      execFile(
        process.execPath,
        ['bin/caseline.js', 'doctor', '--timeout', 'soon'],
        { cwd: REPO_ROOT, env: { PATH: process.env['PATH'] ?? '' } },
        (error, stdout) => done({ code: error ? Number(error.code ?? 1) : 0, stdout }),
      );
    });
    expect(result.code).toBe(2);
  });
});
