/**
 * A "Case N" / "New case" button (issue 19 §4), after ack(): taken in once per click (the click's
 * `action_ts`) and answered by the engine as the choice of that thread's conversation. Who pressed it is
 * checked there: in a shared channel anyone can press a button, but only the person asked is answered.
 */
import type { EngineContext } from '../../../services/engine/index.ts';
import { recordSlackEvent } from '../../../store/slack-event-store.ts';
import type { KeyedQueue } from '../keyed-queue.ts';
import type { ChoiceIn, EventProcessor } from '../process-events.ts';

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

export function readChoice(body: unknown, action: unknown): ChoiceIn | null {
  const payload = obj(body);
  const user = obj(payload['user']);
  const container = obj(payload['container']);
  const message = obj(payload['message']);
  const userId = str(user['id']);
  const channel = str(obj(payload['channel'])['id']) ?? str(container['channel_id']);
  const threadTs = str(message['thread_ts']) ?? str(container['thread_ts']) ?? str(message['ts']);
  const value = str(obj(action)['value']);
  if (!userId || !channel || !threadTs || !value) return null;
  const clickTs = str(obj(action)['action_ts']) ?? str(container['message_ts']) ?? 'unknown';
  return {
    eventId: `action:${channel}:${str(container['message_ts']) ?? threadTs}:${clickTs}`,
    channel,
    threadTs,
    userId,
    teamId: str(user['team_id']) ?? str(obj(payload['team'])['id']),
    value: value.slice(0, 40),
  };
}

export async function takeChoice(
  deps: { ctx: EngineContext; queue: KeyedQueue; processor: EventProcessor },
  body: unknown,
  action: unknown,
): Promise<string | null> {
  const choice = readChoice(body, action);
  if (!choice) return 'a button without user, channel or value';
  const id = await recordSlackEvent(deps.ctx.db, {
    eventId: choice.eventId,
    kind: 'choice',
    channel: choice.channel,
    messageTs: null,
    state: 'received',
    reason: null,
    summary: { ...choice },
    receivedAt: deps.ctx.now().toISOString(),
    retryNum: null,
  });
  if (id !== null) {
    deps.queue.push(choice.channel, async () => {
      await deps.processor.processChoice(id, choice);
    });
  }
  return null;
}
