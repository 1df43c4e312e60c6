/** The Slack channel's settings, taken from the validated configuration (config.ts) once. */
import type { Config } from '../../config.ts';

export interface SlackSettings {
  mode: 'socket' | 'http';
  botToken: string;
  signingSecret: string | undefined;
  appToken: string | undefined;
  /** Web API base ending in /api/ (SLACK_API_URL): every Web API call goes there. */
  apiUrl: string;
  /** The vendor's own workspace: its people in a shared channel are staff, not customers. */
  teamId: string | undefined;
  staffChannel: string | undefined;
  /** Channel id → account (company id) or null: every message there is for the bot. */
  supportChannels: Readonly<Record<string, string | null>>;
  botUserId: string | undefined;
  botId: string | undefined;
  attachmentDir: string;
  maxAttachmentBytes: number;
}

export function slackSettingsFrom(config: Config): SlackSettings {
  if (!config.SLACK_BOT_TOKEN) throw new Error('the Slack channel needs SLACK_BOT_TOKEN');
  return {
    mode: config.SLACK_MODE,
    botToken: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
    teamId: config.SLACK_TEAM_ID,
    staffChannel: config.SLACK_STAFF_CHANNEL,
    supportChannels: config.SLACK_SUPPORT_CHANNELS ?? {},
    botUserId: config.SLACK_BOT_USER_ID,
    botId: config.SLACK_BOT_ID,
    attachmentDir: config.ATTACHMENT_DIR,
    maxAttachmentBytes: config.ATTACHMENT_MAX_BYTES,
  };
}
