/**
 * `caseline slack manifest [--http URL]`: the Slack app manifest (slack/manifest.yml) to create the app
 * from — as it is for Socket Mode, or with the request URLs of HTTP mode filled in (docs/slack.md).
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { parseDocument } from 'yaml';
import { projectPath } from '../../project-root.ts';
import { UsageError } from '../errors.ts';
import { printLine } from '../output.ts';

export const MANIFEST_PATH = projectPath('slack', 'manifest.yml');

/** The manifest for HTTP mode: every request goes to `<base>/slack/events`, Socket Mode off. */
export function httpManifest(yamlText: string, base: string): string {
  let url: URL;
  try {
    url = new URL('/slack/events', base);
  } catch {
    throw new UsageError(`--http needs the bot's public address, such as https://bot.example.com (got "${base}")`);
  }
  if (url.protocol !== 'https:') throw new UsageError('--http: Slack only sends requests to https:// addresses');
  const doc = parseDocument(yamlText);
  doc.setIn(['settings', 'socket_mode_enabled'], false);
  doc.setIn(['settings', 'event_subscriptions', 'request_url'], url.href);
  doc.setIn(['settings', 'interactivity', 'request_url'], url.href);
  const commands = doc.getIn(['features', 'slash_commands']) as { items: Array<{ set(k: string, v: unknown): void }> };
  for (const command of commands.items) command.set('url', url.href);
  return doc.toString();
}

export function registerSlackCommand(program: Command): void {
  const slack = program.command('slack').description('the Slack app: its manifest');
  slack
    .command('manifest')
    .description('print the Slack app manifest (Socket Mode, or HTTP mode with --http)')
    .option('--http <url>', "HTTP mode: the bot's public https address (requests go to /slack/events)")
    .action((options: { http?: string }) => {
      const text = readFileSync(MANIFEST_PATH, 'utf8');
      printLine((options.http ? httpManifest(text, options.http) : text).trimEnd());
    });
}
