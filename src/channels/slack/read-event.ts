/**
 * A Slack event body → what it means to the bot, pure (issue 19 §2, §4). Tolerant of every shape Slack
 * sends (fields may be missing or blank; the corpus in tests/fixtures/slack has them all): a customer
 * message, an edit or deletion of one, or something to ignore with the reason why.
 * The sender is `(user_team ?? team, user)` — in a Slack Connect channel the user's own workspace.
 */
import { singleLine } from '../../domain/display-text.ts';
import { redactPins } from '../../domain/pin-text.ts';
import { mentionOf, messageWords } from './message-text.ts';

export interface SlackFileRef {
  id: string;
  name: string;
  mimetype: string;
  size: number;
  url: string | null;
}

export interface SlackMessageIn {
  eventId: string;
  channel: string;
  channelType: string;
  ts: string;
  threadTs: string | null;
  userId: string;
  teamId: string | null;
  /** The text with mentions of the bot taken out (`<@UBOT> our server is down` → `our server is down`). */
  text: string;
  files: SlackFileRef[];
  /** Came as `app_mention`, or names the bot: addressed to it wherever it was written. */
  addressed: boolean;
}

export interface SlackRevisionIn {
  eventId: string;
  kind: 'edited' | 'deleted';
  channel: string;
  /** The edited or deleted message's own ts, and its thread's. */
  ts: string;
  threadTs: string | null;
  userId: string;
  teamId: string | null;
  text?: string;
}

export type SlackEventReading =
  | { kind: 'message'; message: SlackMessageIn }
  | { kind: 'revision'; revision: SlackRevisionIn }
  | { kind: 'ignore'; reason: string; eventId: string; channel: string | null };

/** Subtypes that carry a customer's words; every other subtype (joins, topic changes, …) is not a message. */
const MESSAGE_SUBTYPES = new Set([undefined, '', 'file_share', 'thread_broadcast']);

type Loose = Record<string, unknown>;
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});

export function readSlackEvent(body: unknown, botUserId: string | undefined): SlackEventReading {
  const envelope = obj(body);
  const event = obj(envelope['event']);
  const type = str(event['type']);
  const channel = str(event['channel']);
  const eventId = str(envelope['event_id']) ?? `${type ?? 'unknown'}:${channel ?? '-'}:${str(event['ts']) ?? '-'}`;
  const ignore = (reason: string): SlackEventReading => ({ kind: 'ignore', reason, eventId, channel });
  if (type !== 'message' && type !== 'app_mention') return ignore(`event type ${type ?? 'missing'}`);
  if (!channel) return ignore('no channel');
  const subtype = str(event['subtype']) ?? undefined;
  const envelopeTeam = str(envelope['team_id']);

  if (subtype === 'message_changed' || subtype === 'message_deleted') {
    const edited = subtype === 'message_changed';
    const message = obj(edited ? event['message'] : event['previous_message']);
    const previous = obj(event['previous_message']);
    const userId = str(message['user']);
    if (!userId || str(message['bot_id'])) return ignore('a bot message was changed');
    if (userId === botUserId) return ignore('our own message was changed');
    if (edited && str(message['subtype']) === 'tombstone') return ignore('a thread root deleted under its replies');
    // Slack also says "changed" when a link preview is added or a thread reply is counted: no new words.
    if (edited && messageWords(message, botUserId).trim() === messageWords(previous, botUserId).trim())
      return ignore('an edit that changed no words');
    const ts = str(message['ts']) ?? str(previous['ts']) ?? str(event['deleted_ts']);
    if (!ts) return ignore('no ts');
    return {
      kind: 'revision',
      revision: {
        eventId,
        kind: edited ? 'edited' : 'deleted',
        channel,
        ts,
        threadTs: str(message['thread_ts']) ?? str(previous['thread_ts']),
        userId,
        teamId: str(message['user_team']) ?? str(message['team']) ?? envelopeTeam,
        ...(edited ? { text: messageWords(message, botUserId).trim() } : {}),
      },
    };
  }
  if (str(event['bot_id']) || subtype === 'bot_message' || event['bot_profile']) return ignore('bot message');
  if (!MESSAGE_SUBTYPES.has(subtype)) return ignore(`message subtype ${subtype}`);
  const userId = str(event['user']);
  if (!userId) return ignore('no user');
  if (userId === botUserId) return ignore('our own message');
  const ts = str(event['ts']);
  if (!ts) return ignore('no ts');
  const rawText = typeof event['text'] === 'string' ? event['text'] : '';
  const threadTs = str(event['thread_ts']);
  return {
    kind: 'message',
    message: {
      eventId,
      channel,
      channelType: str(event['channel_type']) ?? (channel.startsWith('D') ? 'im' : 'channel'),
      ts,
      threadTs: threadTs && threadTs !== ts ? threadTs : null,
      userId,
      teamId: str(event['user_team']) ?? str(event['team']) ?? envelopeTeam,
      text: messageWords(event, botUserId)
        .replace(/[ \t]{2,}/g, ' ')
        .trim(),
      files: filesOf(event['files']),
      addressed: type === 'app_mention' || (botUserId !== undefined && mentionOf(botUserId).test(rawText)),
    },
  };
}

/**
 * A shared file's name as every later step sees it — stored, logged, told back when it is too big: one
 * line, no path separators, and no PIN ("PIN 615 283 trace.log"), removed before the cut so that no cut
 * leaves part of one.
 */
function fileName(raw: string): string {
  return redactPins(singleLine(raw))
    .replace(/[/\\\u0000-\u001f]/g, '_')
    .slice(0, 200);
}

function filesOf(raw: unknown): SlackFileRef[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .map(obj)
    .filter((f) => str(f['id']) && f['mode'] !== 'tombstone' && f['mode'] !== 'hidden_by_limit')
    .map((f) => ({
      id: str(f['id'])!,
      name: fileName(str(f['name']) ?? str(f['title']) ?? 'file'),
      mimetype: str(f['mimetype']) ?? 'application/octet-stream',
      size: typeof f['size'] === 'number' ? f['size'] : 0,
      url: str(f['url_private_download']) ?? str(f['url_private']),
    }));
}
