/**
 * `caseline doctor`: every part the configuration names, checked the way the bot will use it, in the
 * order a deployment is built — configuration, database, directory, mailbox, Slack. A part that is not
 * configured is said to be so; nothing is changed anywhere.
 */
import { type Config, ConfigError } from '../config.ts';
import type { Policy } from '../domain/policy/schema.ts';
import { loadPolicy } from '../store/policy-file.ts';
import { type CheckResult, failed, ok, skipped } from './check.ts';
import { checkDatabase } from './checks/database-checks.ts';
import { checkDirectory } from './checks/directory-checks.ts';
import { checkImap } from './checks/imap-checks.ts';
import { checkPostgres } from './checks/postgres-checks.ts';
import { checkSlack } from './checks/slack-checks.ts';
import { checkSmtp } from './checks/smtp-checks.ts';

export interface DoctorOptions {
  loadConfig: () => Config;
  /** The deadline of each network step. */
  timeoutMs: number;
  manifestPath: string;
  /** Called with each result as soon as its part is checked. */
  onResult?: (result: CheckResult) => void;
}

export async function runDoctor(options: DoctorOptions): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const emit = (...found: CheckResult[]) => {
    for (const result of found) {
      results.push(result);
      options.onResult?.(result);
    }
  };
  let config: Config;
  try {
    config = options.loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    emit(
      failed(
        'configuration',
        'configuration valid',
        error.problems.join('; '),
        'correct .env or the environment (.env.example explains each setting)',
      ),
    );
    return results;
  }
  emit(ok('configuration', 'configuration valid', describeChannels(config)));
  let policy: Policy | null = null;
  try {
    policy = loadPolicy(config.POLICY_FILE);
    emit(ok('configuration', 'policy', config.POLICY_FILE ? `defaults with ${config.POLICY_FILE}` : 'the defaults'));
  } catch (error) {
    emit(failed('configuration', 'policy', (error as Error).message, 'correct POLICY_FILE'));
  }
  const usablePolicy = policy;
  if (config.DATABASE_URL) emit(...(await checkPostgres(config.DATABASE_URL, options.timeoutMs, usablePolicy)));
  else
    emit(...checkDatabase(config.CASELINE_DB, (sqlite) => (usablePolicy ? checkDirectory(sqlite, usablePolicy) : [])));

  if (config.channels.mailbox) {
    const [imap, smtp] = await Promise.all([
      checkImap(config, options.timeoutMs),
      checkSmtp(config, options.timeoutMs),
    ]);
    emit(...imap, ...smtp);
  } else {
    emit(skipped('mailbox', 'mailbox', 'not configured (IMAP_HOST is not set)'));
  }
  if (config.channels.slack) {
    emit(...(await checkSlack(config, { timeoutMs: options.timeoutMs, manifestPath: options.manifestPath })));
  } else {
    emit(skipped('slack', 'Slack', 'not configured (SLACK_BOT_TOKEN is not set)'));
  }
  return results;
}

function describeChannels(config: Config): string {
  const on = [
    ...(config.channels.mailbox ? ['mailbox'] : []),
    ...(config.channels.slack ? ['Slack'] : []),
    ...(config.http ? [`HTTP on ${config.http.host}:${config.http.port}`] : []),
  ];
  return on.length === 0 ? 'no channel configured (the bot would chat in the terminal)' : on.join(', ');
}
