/** Scenario tests run through the replay runner on the demo directory (seeded once, then copied). */
import { DEFAULT_POLICY } from '../../src/domain/policy/defaults.ts';
import { createEngineContext, type EngineContext } from '../../src/services/engine/index.ts';
import type { StaffActionName } from '../../src/services/engine/staff-actions.ts';
import { runReplay } from '../../src/services/replay/run-replay.ts';
import { ReplayScriptSchema, type ReplayStep } from '../../src/services/replay/script.ts';
import { seedDemoDirectory } from '../../src/services/seed-demo-directory.ts';
import { type Db, openDatabase } from '../../src/store/database.ts';

let image: Buffer | undefined;

export async function demoImage(): Promise<Buffer> {
  if (!image) {
    const db = openDatabase(':memory:');
    const result = await seedDemoDirectory(db, { pinPolicy: DEFAULT_POLICY.pin, actor: 'test', now: new Date(0) });
    if (!result.ok) throw new Error('demo directory does not import');
    image = db.$client.serialize();
    db.$client.close();
  }
  return image;
}

export type ReplayResult = Awaited<ReturnType<typeof runReplay>>;

/** Monday 23 November 2026, 09:00 in New York (15:00 in Paris): inside business hours in both. */
export const MONDAY_MORNING = '2026-11-23T09:00:00-05:00';

export async function replay(steps: unknown[], now = MONDAY_MORNING): Promise<ReplayResult> {
  const script = ReplayScriptSchema.parse({ now, directory: 'demo', steps });
  return runReplay(script, { policy: DEFAULT_POLICY, loadDirectory: async () => {}, image: await demoImage() });
}

export const slack = (from: string, text: string, at = '+1m'): ReplayStep => ({
  at,
  message: { channel: 'slack', from, text },
});
/** A Slack message in a thread (the thread a case lives in once the bot has answered in it). */
export const slackInThread = (from: string, thread: string, text: string, at = '+1m'): ReplayStep => ({
  at,
  message: { channel: 'slack', from, thread, text },
});
export const pin = (from: string, email: string, value: string, at = '+30s'): ReplayStep => ({
  at,
  pin: { from, email, pin: value },
});
export const email = (from: string, text: string, extra: Record<string, unknown> = {}, at = '+1m'): ReplayStep => ({
  at,
  message: { channel: 'email', from, text, subject: 'Support request', ...extra },
});
export const staff = (
  from: string,
  action: StaffActionName,
  extra: Record<string, unknown> = {},
  at = '+1m',
): ReplayStep => ({
  at,
  staff: { from, action, target: 'last', ...extra },
});

/** Ana (Acme, Premium Care, EMEA, Europe/Paris) verified in Slack. */
export const ANA_VERIFIED: ReplayStep[] = [
  slack('U01ANA', 'hello', '+0s'),
  pin('U01ANA', 'ana@acme.example', '482913'),
];

/** Texts sent to one recipient, in order. */
export function toRecipient(result: ReplayResult, recipient: string): string[] {
  return result.transcript.filter((t) => t.direction === 'out' && t.to === recipient).map((t) => t.text);
}

export function lastTo(result: ReplayResult, recipient: string): string {
  const texts = toRecipient(result, recipient);
  return texts[texts.length - 1] ?? '';
}

export function everythingStored(result: ReplayResult): string {
  return JSON.stringify(result);
}

/** Inbound texts are the script's own input; everything else in the result is what the bot did. */
export function everythingButInput(result: ReplayResult): string {
  return JSON.stringify({ ...result, transcript: result.transcript.filter((t) => t.direction === 'out') });
}

/** The engine itself on a fresh in-memory copy of the demo directory, for what a script cannot show. */
export async function demoEngine(now: Date): Promise<{ db: Db; ctx: EngineContext }> {
  const db = openDatabase(':memory:', { image: await demoImage() });
  return { db, ctx: createEngineContext({ db, policy: DEFAULT_POLICY, now: () => now }) };
}

/** Every row of every table, as one string: for "this value is stored nowhere". */
export function everyRow(db: Db): string {
  const tables = db.$client.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{
    name: string;
  }>;
  return JSON.stringify(tables.map((t) => db.$client.prepare(`SELECT * FROM "${t.name}"`).all()));
}

/** The verified-Slack preamble for any contact with a PIN. */
export const verified = (slackUser: string, emailAddress: string, value: string, at = '+0s'): ReplayStep[] => [
  slack(slackUser, 'hello', at),
  pin(slackUser, emailAddress, value),
];

export const CARLA_VERIFIED = verified('U02CARLA', 'carla@globex.example', '615283');
export const ERIN_VERIFIED = verified('U03ERIN', 'erin@northwind.example', '857302');

/** The recipients of staff notifications (the console staff channel of the replay). */
export function staffTexts(result: ReplayResult, recipient: string): string[] {
  return toRecipient(result, recipient);
}
