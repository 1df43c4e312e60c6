/** Staff-side helpers: presses and form submissions by vendor staff (or impostors), and reading cards back. */
import { expect } from 'vitest';
import { sendNewPage } from '../../../../src/services/schedule/page-sender.ts';
import { findCaseByNumber } from '../../../../src/store/case-store.ts';
import { inTransaction } from '../../../../src/store/transaction.ts';
import type { RecordedCall } from './fake-slack.ts';
import { postToSlackEvents } from './signed-request.ts';
import { buttonPress, dm, type Harness } from './slack-harness.ts';
import { verifyDirectly } from './verify-directly.ts';

export const VENDOR = 'TVENDOR';

export interface Posted {
  channel: string;
  ts: string;
}

/** A press by `user` of workspace `team` (the vendor's by default) on a message the bot posted. */
export function staffPress(
  user: string,
  posted: Posted,
  action: { action_id: string; value: string },
  team = VENDOR,
): Record<string, unknown> {
  return buttonPress(user, posted, action, {
    user: { id: user, username: user.toLowerCase(), team_id: team },
    team: { id: team, domain: team.toLowerCase() },
  });
}

/** A staff form as Slack submits it. */
export function formSubmission(
  user: string,
  view: { id: string; callback_id: string; private_metadata: string },
  values: Record<string, Record<string, unknown>>,
  team = VENDOR,
): Record<string, unknown> {
  return {
    type: 'view_submission',
    team: { id: team, domain: team.toLowerCase() },
    user: { id: user, username: user.toLowerCase(), team_id: team },
    api_app_id: 'A1',
    trigger_id: `${Date.now()}.trigger`,
    view: {
      id: view.id,
      type: 'modal',
      callback_id: view.callback_id,
      private_metadata: view.private_metadata,
      state: { values: Object.fromEntries(Object.entries(values).map(([block, v]) => [block, { value: v }])) },
      hash: '1.hash',
    },
    response_urls: [],
  };
}

/** The updates of a card, oldest first. */
export function updatesOf(h: Harness, at: Posted): RecordedCall[] {
  return h.fake.calls.filter(
    (c) => c.method === 'chat.update' && c.args['ts'] === at.ts && c.args['channel'] === at.channel,
  );
}

/** Where a card (slack_cards key: `case:1`, `approval:1`, `page:1:U09MANAGER`) was posted. */
export function cardAt(h: Harness, key: string): Posted {
  const row = h.db.$client.prepare('select channel, ts from slack_cards where key = ?').get(key) as
    | { channel: string | null; ts: string | null }
    | undefined;
  if (!row?.channel || !row.ts) throw new Error(`card ${key} was not posted`);
  return { channel: row.channel, ts: row.ts };
}

/** The latest blocks of a card (its last post or update). */
export function latestCard(h: Harness, at: Posted): { text: string; blocks: Array<Record<string, unknown>> } {
  const posts = h.fake.calls.filter(
    (c) => c.method === 'chat.postMessage' && c.args['channel'] === at.channel && !c.args['thread_ts'],
  );
  const first = posts.find((c) => h.fake.answers.get(c) === at.ts);
  const last = updatesOf(h, at).at(-1) ?? first;
  return { text: String(last?.args['text']), blocks: (last?.args['blocks'] ?? []) as Array<Record<string, unknown>> };
}

export const cardButtons = (card: { blocks: Array<Record<string, unknown>> }) =>
  card.blocks
    .filter((b) => b['type'] === 'actions')
    .flatMap((b) => b['elements'] as Array<{ action_id: string; value: string; text: { text: string } }>);

export const cardText = (card: { blocks: Array<Record<string, unknown>> }) => JSON.stringify(card.blocks);

export function ephemeralTo(h: Harness, user: string): string[] {
  return h.fake.calls
    .filter((c) => c.method === 'chat.postEphemeral' && c.args['user'] === user)
    .map((c) => String(c.args['text']));
}

/** Carla (Globex, Americas) opens a High production case by DM; returns her thread's root ts. */
export async function openCarlasCase(h: Harness): Promise<string> {
  await verifyDirectly(h, 'U02CARLA', 'carla@globex.example', '615283');
  const first = dm('U02CARLA', 'Interaction Server 9.0 drops chat interactions on production, severity high');
  await h.event(first);
  await h.settle();
  const root = String(first['ts']);
  await h.event(dm('U02CARLA', 'after the network change on Friday', { thread_ts: root }));
  await h.settle();
  await h.event(dm('U02CARLA', '5 agents cannot chat', { thread_ts: root }));
  await h.settle();
  expect(h.db.$client.prepare("select state from cases where number = '01000001'").get()).toEqual({ state: 'open' });
  return root;
}

export interface OpenedView {
  id: string;
  callback_id: string;
  private_metadata: string;
  blocks: Array<Record<string, unknown>>;
}

/** Presses a button that opens a form, and returns the form (views.open comes just after the ack). */
export async function pressForForm(h: Harness, press: Record<string, unknown>): Promise<OpenedView> {
  const before = h.fake.callsOf('views.open').length;
  await h.interact(press);
  await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'views.open').length > before);
  const call = h.fake.callsOf('views.open').at(-1)!;
  const view = call.args['view'] as Omit<OpenedView, 'id'>;
  return { id: `V-${before + 1}`, ...view };
}

/** `/case …` as Slack posts a slash command (form-encoded, signed); the answer is the HTTP response. */
export function slashCase(
  h: Harness,
  user: string,
  team: string,
  text: string,
): Promise<{ response_type: string; text: string }> {
  return slashCommand(h, '/case', user, team, text);
}

/** Any slash command (`/away …`) as Slack posts it; the answer is the HTTP response. */
export async function slashCommand(
  h: Harness,
  command: string,
  user: string,
  team: string,
  text: string,
): Promise<{ response_type: string; text: string }> {
  const body = new URLSearchParams({
    token: 't',
    team_id: team,
    channel_id: `D${user.slice(1)}`,
    user_id: user,
    command,
    text,
    response_url: 'http://127.0.0.1:9/r',
    trigger_id: 'tr',
  }).toString();
  const res = await postToSlackEvents(h.eventsUrl, body, { contentType: 'application/x-www-form-urlencoded' });
  expect(res.status).toBe(200);
  return JSON.parse(res.text);
}

/** The App Home as Slack asks for it (`app_home_opened`); the published view, as JSON text. */
export async function openHome(h: Harness, user: string): Promise<string> {
  const before = h.fake.callsOf('views.publish').length;
  await h.event({ type: 'app_home_opened', user, channel: `D${user.slice(1)}`, tab: 'home' });
  await h.fake.waitFor((calls) => calls.filter((c) => c.method === 'views.publish').length > before);
  const call = h.fake.callsOf('views.publish').at(-1)!;
  expect(call.args['user_id']).toBe(user);
  return JSON.stringify(call.args['view']);
}

/** The clock pages about Case 01000001's first response at risk, as its scheduler job would; the page's id. */
export async function pageCarlasCaseAtRisk(h: Harness, dueKey = 'k'): Promise<number> {
  const caseRow = (await findCaseByNumber(h.db, '01000001'))!;
  const now = h.ctx.now();
  await inTransaction(
    h.db,
    async () =>
      await sendNewPage(
        h.ctx,
        caseRow,
        { target: 'response', level: 'at-risk', dueKey, at: now, due: new Date(caseRow.responseDue!) },
        { now, runnerSince: new Date(0), memo: new Map<string, unknown>() },
      ),
  );
  await h.settle();
  return (h.db.$client.prepare('select id from pages').get() as { id: number }).id;
}
