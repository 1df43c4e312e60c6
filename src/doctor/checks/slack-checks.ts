/**
 * Slack as the bot will use it: the bot token works (auth.test, in the configured workspace), it was
 * granted every scope slack/manifest.yml asks for, and the bot is a member of the staff channel and of
 * every support channel (a bot outside a channel neither hears it nor can post to it).
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import type { Config } from '../../config.ts';
import { type CheckResult, failed, ok, skipped } from '../check.ts';
import { describeNetworkError } from '../with-timeout.ts';
import { callSlack } from './slack-api.ts';

const PART = 'slack';

export interface SlackCheckOptions {
  timeoutMs: number;
  /** slack/manifest.yml of this checkout. */
  manifestPath: string;
}

export async function checkSlack(config: Config, options: SlackCheckOptions): Promise<CheckResult[]> {
  const token = config.SLACK_BOT_TOKEN ?? '';
  const call = (method: string, params: Record<string, string> = {}) =>
    callSlack(config.SLACK_API_URL, token, method, params, options.timeoutMs);
  let auth: Awaited<ReturnType<typeof call>>;
  try {
    auth = await call('auth.test');
  } catch (error) {
    return [
      failed(
        PART,
        'Slack auth.test',
        describeNetworkError(error, config.SLACK_API_URL),
        'check SLACK_API_URL and that this host reaches Slack (proxy, firewall)',
      ),
      ...notChecked('Slack scopes', 'Slack channels'),
    ];
  }
  const { body } = auth;
  if (!body.ok) {
    return [
      failed(
        PART,
        'Slack auth.test',
        `Slack refused the bot token (${body.error ?? 'no reason given'})`,
        'check SLACK_BOT_TOKEN (xoxb-…) and that the app is installed in the workspace',
      ),
      ...notChecked('Slack scopes', 'Slack channels'),
    ];
  }
  const botUser = String(body['user_id'] ?? '');
  const team = String(body['team_id'] ?? '');
  const results: CheckResult[] = [];
  if (config.SLACK_TEAM_ID && team !== config.SLACK_TEAM_ID) {
    results.push(
      failed(
        PART,
        'Slack auth.test',
        `the token is for workspace ${team}, not SLACK_TEAM_ID ${config.SLACK_TEAM_ID}`,
        "use the bot token of the vendor's workspace, or correct SLACK_TEAM_ID",
      ),
    );
  } else {
    results.push(
      ok(
        PART,
        'Slack auth.test',
        `bot ${String(body['user'] ?? '?')} (${botUser}) in ${String(body['team'] ?? '?')} (${team})`,
      ),
    );
  }
  results.push(checkScopes(auth.headers.get('x-oauth-scopes'), options.manifestPath));
  results.push(...(await checkChannels(config, botUser, call)));
  return results;
}

const notChecked = (...names: string[]) => names.map((name) => skipped(PART, name, 'not checked (auth.test failed)'));

/** The bot scopes the manifest asks for (oauth_config.scopes.bot). */
export function manifestBotScopes(manifestPath: string): string[] | null {
  if (!existsSync(manifestPath)) return null;
  const manifest = parseYaml(readFileSync(manifestPath, 'utf8')) as { oauth_config?: { scopes?: { bot?: unknown } } };
  const scopes = manifest?.oauth_config?.scopes?.bot;
  return Array.isArray(scopes) ? scopes.map(String) : [];
}

function checkScopes(header: string | null, manifestPath: string): CheckResult {
  let wanted: string[] | null;
  try {
    wanted = manifestBotScopes(manifestPath);
  } catch (error) {
    return failed(PART, 'Slack scopes', `slack/manifest.yml cannot be read: ${(error as Error).message}`);
  }
  if (wanted === null)
    return failed(
      PART,
      'Slack scopes',
      'slack/manifest.yml missing, so the scopes cannot be compared',
      'restore slack/manifest.yml from the release',
    );
  if (header === null)
    return failed(PART, 'Slack scopes', 'auth.test did not say which scopes the token has (no x-oauth-scopes header)');
  const granted = new Set(
    header
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const missing = wanted.filter((scope) => !granted.has(scope));
  if (missing.length > 0) {
    return failed(
      PART,
      'Slack scopes',
      `the token lacks ${missing.join(', ')}`,
      'add them from slack/manifest.yml to the app and reinstall it in the workspace',
    );
  }
  return ok(PART, 'Slack scopes', `all ${wanted.length} scopes of slack/manifest.yml granted`);
}

type Call = (method: string, params?: Record<string, string>) => ReturnType<typeof callSlack>;

async function checkChannels(config: Config, botUser: string, call: Call): Promise<CheckResult[]> {
  const channels = [
    ...(config.SLACK_STAFF_CHANNEL ? [{ id: config.SLACK_STAFF_CHANNEL, role: 'staff channel' }] : []),
    ...Object.keys(config.SLACK_SUPPORT_CHANNELS ?? {}).map((id) => ({ id, role: 'support channel' })),
  ];
  if (channels.length === 0)
    return [skipped(PART, 'Slack channels', 'none configured (SLACK_STAFF_CHANNEL, SLACK_SUPPORT_CHANNELS)')];
  const results: CheckResult[] = [];
  for (const { id, role } of channels) {
    const name = `Slack ${role} ${id}`;
    try {
      const info = await call('conversations.info', { channel: id });
      if (!info.body.ok) {
        results.push(
          failed(
            PART,
            name,
            `Slack cannot show it to the bot (${info.body.error ?? 'no reason given'})`,
            'check the id; for a private channel, invite the bot first',
          ),
        );
        continue;
      }
      const channel = (info.body['channel'] ?? {}) as { name?: string; is_member?: boolean };
      const member = channel.is_member ?? (await isMember(call, id, botUser));
      const label = channel.name ? `#${channel.name}` : id;
      results.push(
        member
          ? ok(PART, name, `the bot is a member of ${label}`)
          : failed(PART, name, `the bot is not a member of ${label}`, `type /invite @<the bot> in ${label}`),
      );
    } catch (error) {
      results.push(failed(PART, name, describeNetworkError(error, config.SLACK_API_URL)));
    }
  }
  return results;
}

/** conversations.members, page by page, when conversations.info does not say. */
async function isMember(call: Call, channel: string, botUser: string): Promise<boolean> {
  let cursor = '';
  for (let page = 0; page < 50; page++) {
    const answer = await call('conversations.members', { channel, limit: '200', ...(cursor ? { cursor } : {}) });
    if (!answer.body.ok) return false;
    const members = (answer.body['members'] ?? []) as string[];
    if (members.includes(botUser)) return true;
    cursor = String((answer.body['response_metadata'] as { next_cursor?: string } | undefined)?.next_cursor ?? '');
    if (!cursor) return false;
  }
  return false;
}
