import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot, runNode } from './run-caseline.ts';

interface Manifest {
  features: {
    app_home: Record<string, boolean>;
    slash_commands: Array<{ command: string; url?: string; should_escape: boolean }>;
  };
  oauth_config: { scopes: { bot: string[] } };
  settings: {
    event_subscriptions: { bot_events: string[]; request_url?: string };
    interactivity: { is_enabled: boolean; request_url?: string };
    socket_mode_enabled: boolean;
  };
}

const caseline = (args: string[]) =>
  runNode(['bin/caseline.js', ...args], {
    cwd: repoRoot,
    env: { PATH: process.env['PATH'] ?? '', HOME: process.env['HOME'] ?? '' },
  });

describe('caseline slack manifest (issue 19 §8)', () => {
  it('prints slack/manifest.yml: exactly the scopes and events the channel uses, interactivity, /case and /away, the Messages tab', async () => {
    const run = await caseline(['slack', 'manifest']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd()).toBe(readFileSync(join(repoRoot, 'slack/manifest.yml'), 'utf8').trimEnd());
    const manifest = parse(run.stdout) as Manifest;
    expect(manifest.oauth_config.scopes.bot.sort()).toEqual(
      [
        'app_mentions:read',
        'channels:history',
        'chat:write',
        'commands',
        'files:read',
        'files:write',
        'groups:history',
        'im:history',
        'im:write',
      ].sort(),
    );
    expect(manifest.settings.event_subscriptions.bot_events.sort()).toEqual([
      'app_home_opened',
      'app_mention',
      'message.channels',
      'message.groups',
      'message.im',
    ]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.slash_commands.map((c) => c.command)).toEqual(['/case', '/away']);
    // DMs with the bot need the Messages tab on and writable.
    // Issue 20 §5: the Home tab shows a customer's cases and staff's queue.
    expect(manifest.features.app_home).toMatchObject({
      home_tab_enabled: true,
      messages_tab_enabled: true,
      messages_tab_read_only_enabled: false,
    });
  });

  it('every scope of the manifest is justified in docs/slack.md', () => {
    const manifest = parse(readFileSync(join(repoRoot, 'slack/manifest.yml'), 'utf8')) as Manifest;
    const docs = readFileSync(join(repoRoot, 'docs/slack.md'), 'utf8');
    for (const scope of manifest.oauth_config.scopes.bot) expect(docs).toMatch(new RegExp(`\\| \`${scope}\` \\|`));
  });

  it('--http URL: the HTTP-mode variant, every request at URL/slack/events, Socket Mode off; a non-https address is bad usage', async () => {
    const run = await caseline(['slack', 'manifest', '--http', 'https://bot.example.com']);
    const manifest = parse(run.stdout) as Manifest;
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.event_subscriptions.request_url).toBe('https://bot.example.com/slack/events');
    expect(manifest.settings.interactivity.request_url).toBe('https://bot.example.com/slack/events');
    for (const command of manifest.features.slash_commands) {
      expect(command.url).toBe('https://bot.example.com/slack/events');
    }
    const bad = await caseline(['slack', 'manifest', '--http', 'http://bot.example.com']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('https');
  });
});
