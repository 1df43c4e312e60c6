/** What the staff side's listeners share: the engine, the settings, a way to answer one person privately. */
import type { EngineContext } from '../../../services/engine/index.ts';
import { appendAudit } from '../../../store/audit-log.ts';
import type { SlackSettings } from '../slack-settings.ts';
import type { SlackActor, StaffCheck } from './staff-identity.ts';

export interface StaffDeps {
  ctx: EngineContext;
  settings: SlackSettings;
  /** Wakes the Slack sender: cards and replies go out at once. */
  wake: () => void;
  logger: { info(d: object, m: string): void; warn(d: object, m: string): void; error(d: object, m: string): void };
}

export interface WebClientLike {
  chat: { postEphemeral(args: { channel: string; user: string; text: string }): Promise<unknown> };
  views: {
    open(args: { trigger_id: string; view: object }): Promise<unknown>;
    publish(args: { user_id: string; view: object }): Promise<unknown>;
  };
}

type Loose = Record<string, unknown>;
export const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});
export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

/** The channel a button was pressed in (a message's channel), if any. */
export function channelOf(body: unknown): string | undefined {
  const b = obj(body);
  return str(obj(b['channel'])['id']) ?? str(obj(b['container'])['channel_id']);
}

/** Refusals and outcomes for one person only (issue 20, interface: refusals are ephemeral). */
export async function tellPrivately(
  deps: StaffDeps,
  client: WebClientLike,
  channel: string | undefined,
  user: string,
  text: string,
): Promise<void> {
  if (!channel) return;
  try {
    await client.chat.postEphemeral({ channel, user, text });
  } catch (error) {
    deps.logger.warn({ err: error instanceof Error ? error.message : String(error) }, 'ephemeral answer not delivered');
  }
}

/** Every refused press or form is audited: who, what, when, why. */
export async function auditRefusal(
  deps: StaffDeps,
  actor: SlackActor,
  what: string,
  subject: string,
  check: Extract<StaffCheck, { ok: false }>,
): Promise<void> {
  await appendAudit(deps.ctx.db, {
    at: deps.ctx.now().toISOString(),
    actor: `slack:${actor.teamId ?? '?'}:${actor.userId}`,
    action: 'slack.staff-refused',
    subject,
    details: { what, why: check.why },
  });
}
