/**
 * The only module that reads the environment (and an optional .env file). Every problem is
 * collected and reported at once; secrets are kept out of anything printable (describeConfig).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseDotenv } from 'dotenv';
import { z } from 'zod';
import { SLOT_OPINION_ON, STATISTICAL_FALLBACK_ON } from './domain/understanding/statistical/switch.ts';
import { describeZodIssues } from './domain/validation.ts';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(1).max(65535);
const optionalText = z.string().min(1).optional();
const SLACK_CHANNEL_ID = /^[CDG][A-Z0-9]+$/;

/**
 * SLACK_SUPPORT_CHANNELS: `C0123=acme,C0456=globex,C0789` — channels where every message is for the bot,
 * each optionally scoped to one account (a company id of the directory: Sold To or End User).
 */
function parseSupportChannels(raw: string, ctx: z.RefinementCtx): Record<string, string | null> {
  const channels: Record<string, string | null> = {};
  for (const entry of raw.split(/[,\s]+/).filter(Boolean)) {
    const [channel = '', account] = entry.split('=', 2);
    if (!SLACK_CHANNEL_ID.test(channel) || account === '') {
      ctx.addIssue({ code: 'custom', message: `"${entry}" is not CHANNEL_ID or CHANNEL_ID=account` });
      continue;
    }
    channels[channel] = account ?? null;
  }
  return channels;
}

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  CASELINE_DB: z.string().min(1).default('./data/caseline.db'),
  /** PostgreSQL instead of the SQLite file (issue 24); see docs/operations.md, "PostgreSQL: status". */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/[^/\s]+\/[^/\s?]+/, 'must be a postgres://user:password@host:port/database URL')
    .optional(),
  /**
   * Where `caseline backup`/`restore` find pg_dump and pg_restore on a PostgreSQL store; default: Debian's
   * /usr/lib/postgresql/<version>/bin, the server's version first (cli/postgres-backup/pg-tools.ts).
   */
  POSTGRES_BIN_DIR: optionalText,
  POLICY_FILE: optionalText,
  ATTACHMENT_DIR: z.string().min(1).default('./data/attachments'),
  ATTACHMENT_MAX_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(30 * 1024 * 1024),
  DEMO_CONTACT: z.email().default('ana@acme.example'),
  IMAP_HOST: optionalText,
  IMAP_PORT: port.default(993),
  IMAP_TLS: bool.default(true),
  /** Issue 21: the statistical fallback behind the rules, for messages they do not understand (README). */
  INTENT_FALLBACK: bool.default(STATISTICAL_FALLBACK_ON),
  /** Issue 21: the statistical second opinion on the business impact read from prose (README). */
  SLOT_OPINION: bool.default(SLOT_OPINION_ON),
  IMAP_USER: optionalText,
  IMAP_PASSWORD: optionalText,
  IMAP_MAILBOX: z.string().min(1).default('INBOX'),
  IMAP_PROCESSED_FOLDER: z.string().min(1).default('Caseline/Processed'),
  IMAP_QUARANTINE_FOLDER: z.string().min(1).default('Caseline/Quarantine'),
  IMAP_AFTER_PROCESSING: z.enum(['move', 'flag']).default('move'),
  SMTP_HOST: optionalText,
  SMTP_PORT: port.default(587),
  SMTP_SECURITY: z.enum(['starttls', 'tls', 'none']).default('starttls'),
  SMTP_USER: optionalText,
  SMTP_PASSWORD: optionalText,
  MAIL_FROM: z.email().optional(),
  MAIL_TRUSTED_AUTHSERV_ID: optionalText,
  MAIL_MESSAGE_ID_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
  MAIL_AUTO_REPLY_CAP_PER_HOUR: z.coerce.number().int().positive().default(10),
  /**
   * Several processes on one PostgreSQL (issue 24): the imap lease holder stores fetched mail in a shared
   * intake that every process decides from (src/channels/email/shared-intake.ts). Ignored on SQLite. Off
   * by default: on two cores shared with the database the pair did not beat one process (docs/operations.md).
   */
  MAIL_SHARED_INTAKE: bool.default(false),
  /** How long a process holds the intake mails it claimed: a killed decider's mails are taken again after it. */
  MAIL_INTAKE_CLAIM_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  SLACK_MODE: z.enum(['socket', 'http']).optional(),
  SLACK_BOT_TOKEN: optionalText,
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: z.string().startsWith('xapp-', 'must be an app-level token (xapp-…)').optional(),
  SLACK_TEAM_ID: z
    .string()
    .regex(/^[TE][A-Z0-9]+$/, 'must be a workspace id such as T0123ABCD')
    .optional(),
  SLACK_API_URL: z
    .url({ protocol: /^https?$/ })
    .refine((u) => u.endsWith('/api/'), 'must be the Web API base ending in /api/ (e.g. https://slack.com/api/)')
    .default('https://slack.com/api/'),
  SLACK_STAFF_CHANNEL: z.string().regex(SLACK_CHANNEL_ID, 'must be a channel id such as C0123ABCD').optional(),
  SLACK_SUPPORT_CHANNELS: z
    .string()
    .transform((raw, ctx) => parseSupportChannels(raw, ctx))
    .optional(),
  SLACK_BOT_USER_ID: z
    .string()
    .regex(/^[UW][A-Z0-9]+$/, 'must be a user id such as U0123ABCD')
    .optional(),
  SLACK_BOT_ID: z
    .string()
    .regex(/^B[A-Z0-9]+$/, 'must be a bot id such as B0123ABCD')
    .optional(),
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
});

const MAILBOX_REQUIRES = [
  'IMAP_USER',
  'IMAP_PASSWORD',
  'SMTP_HOST',
  'MAIL_FROM',
  'MAIL_TRUSTED_AUTHSERV_ID',
  'MAIL_MESSAGE_ID_SECRET',
] as const;

/**
 * Checked on the raw values so they are reported together with any field errors (zod skips
 * refinements once a field fails). A mailbox is all or nothing: half a configuration is a mistake.
 */
function crossFieldProblems(env: Record<string, string>): string[] {
  const problems: string[] = [];
  if (env['IMAP_HOST']) {
    for (const key of MAILBOX_REQUIRES) if (!env[key]) problems.push(`${key}: required when IMAP_HOST is set`);
  }
  if (env['SLACK_BOT_TOKEN']) {
    const mode = slackModeOf(env);
    if (mode === 'socket' && !env['SLACK_APP_TOKEN']) {
      problems.push('SLACK_APP_TOKEN: required for Socket Mode (or set SLACK_MODE=http with SLACK_SIGNING_SECRET)');
    }
    if (mode === 'http' && !env['SLACK_SIGNING_SECRET']) {
      problems.push(
        'SLACK_SIGNING_SECRET: required with SLACK_BOT_TOKEN in HTTP mode (or set SLACK_APP_TOKEN for Socket Mode)',
      );
    }
  } else {
    for (const key of ['SLACK_SIGNING_SECRET', 'SLACK_APP_TOKEN'] as const) {
      if (env[key]) problems.push(`SLACK_BOT_TOKEN: required when ${key} is set`);
    }
  }
  return problems;
}

/**
 * Socket Mode is the default (SLACK_APP_TOKEN); with only a signing secret the app can only be reached
 * over HTTP, so that is the mode. SLACK_MODE, when set, decides.
 */
function slackModeOf(env: Record<string, string>): 'socket' | 'http' {
  if (env['SLACK_MODE'] === 'http' || env['SLACK_MODE'] === 'socket') return env['SLACK_MODE'];
  return !env['SLACK_APP_TOKEN'] && env['SLACK_SIGNING_SECRET'] ? 'http' : 'socket';
}

/** Without HTTP_PORT, HTTP mode listens on Bolt's usual port. */
const DEFAULT_HTTP_PORT = 3000;

export type Config = Readonly<Omit<z.infer<typeof EnvSchema>, 'SLACK_MODE'>> & {
  readonly SLACK_MODE: 'socket' | 'http';
  readonly channels: { readonly mailbox: boolean; readonly slack: boolean };
  /** The bot's HTTP server (/healthz, /readyz, /metrics, /slack/events): when HTTP_PORT is set or Slack runs in HTTP mode. */
  readonly http: { readonly host: string; readonly port: number } | null;
};

const SECRET_KEYS = [
  // A connection URL may carry the password.
  'DATABASE_URL',
  'IMAP_PASSWORD',
  'SMTP_PASSWORD',
  'MAIL_MESSAGE_ID_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
] as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration: ${problems.join('; ')}`);
  }
}

/** Environment variables win over the .env file; empty strings count as unset. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, dotenvPath = '.env'): Config {
  const fromFile = existsSync(dotenvPath) ? parseDotenv(readFileSync(dotenvPath)) : {};
  const merged: Record<string, string> = {};
  for (const [key, value] of Object.entries({ ...fromFile, ...env })) {
    if (value !== undefined && value !== '') merged[key] = value;
  }
  const result = EnvSchema.safeParse(merged);
  const problems = [...(result.success ? [] : describeZodIssues(result.error)), ...crossFieldProblems(merged)];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const values = result.data;
  const slackMode = slackModeOf(merged);
  const slack = Boolean(values.SLACK_BOT_TOKEN);
  const httpPort = values.HTTP_PORT ?? (slack && slackMode === 'http' ? DEFAULT_HTTP_PORT : undefined);
  return Object.freeze({
    ...values,
    SLACK_MODE: slackMode,
    channels: Object.freeze({ mailbox: Boolean(values.IMAP_HOST), slack }),
    http: httpPort === undefined ? null : Object.freeze({ host: values.HTTP_HOST, port: httpPort }),
  });
}

/** The configuration with every secret masked: safe to log or print. */
export function describeConfig(config: Config): Record<string, unknown> {
  const shown: Record<string, unknown> = { ...config };
  for (const key of SECRET_KEYS) if (shown[key] !== undefined) shown[key] = '[redacted]';
  return shown;
}

export const SECRET_CONFIG_KEYS: readonly string[] = SECRET_KEYS;
