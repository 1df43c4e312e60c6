/**
 * The case card (issue 20 §2), pure: a top-level message in the region's staff channel that shows the
 * case as it stands and is updated in place (chat.update) on every change. Customer text is escaped
 * (issue 18 §8) and was redacted of PINs and sensitive data before it reached the view.
 */
import { escapeSlackText, truncateSlackText } from '../../../domain/slack-text.ts';
import type { SlackBlock, SlackMessage } from './message.ts';
import { slackDue } from './slack-time.ts';
import { STAFF_ACTIONS } from './staff-ids.ts';

export interface CaseCardView {
  number: string;
  state: string;
  type: string;
  severity: string | null;
  tier: string | null;
  account: string;
  product: string | null;
  version: string | null;
  system: string | null;
  region: string | null;
  /** Dues (ISO instants), shown in each reader's own time; `zone` (the staff region's) for the fallback. */
  responseDue: string | null;
  targetDue: string | null;
  zone: string;
  targetKind: string | null;
  mustCallIn: boolean;
  customerCarePhone: string | null;
  /** Redacted, not yet escaped. */
  description: string | null;
  owner: { id: number; name: string; slackUserId: string | null } | null;
  /** Who did what, oldest first, plain text (escaped here). */
  history: string[];
  /** Open pages, plain text. */
  pages: string[];
  revision: number;
}

const DESCRIPTION_MAX = 1_500;
const HISTORY_SHOWN = 8;

export const ownerLabel = (owner: CaseCardView['owner']): string =>
  owner ? (owner.slackUserId ? `<@${owner.slackUserId}>` : escapeSlackText(owner.name)) : '_nobody yet_';

const field = (label: string, value: string) => ({ type: 'mrkdwn', text: `*${label}*\n${value}` });
const plain = (value: string | null) => (value ? escapeSlackText(value) : '—');

export function caseCard(view: CaseCardView): SlackMessage {
  const id = (part: string) => `case-${view.number}-${part}-r${view.revision}`;
  const headline = [`*Case ${view.number}*`, plain(view.severity), plain(view.tier)].join(' · ');
  const blocks: SlackBlock[] = [
    {
      type: 'section',
      block_id: id('head'),
      text: { type: 'mrkdwn', text: `${headline}\nState: *${escapeSlackText(view.state)}*`, verbatim: true },
    },
    {
      type: 'section',
      block_id: id('facts'),
      fields: [
        field('Account (Sold To / End User)', plain(view.account)),
        field(
          'Product and version',
          `${plain(view.product)} ${view.version ? escapeSlackText(view.version) : ''}`.trim(),
        ),
        field('System', plain(view.system)),
        field('Owner', ownerLabel(view.owner)),
        field('First response due', slackDue(view.responseDue, view.zone)),
        field(`${view.targetKind ? capitalise(view.targetKind) : 'Target'} due`, slackDue(view.targetDue, view.zone)),
      ],
    },
  ];
  if (view.mustCallIn) {
    blocks.push({
      type: 'section',
      block_id: id('call-in'),
      text: {
        type: 'mrkdwn',
        text: `:rotating_light: *Critical: must be called in*${view.customerCarePhone ? ` (${escapeSlackText(view.customerCarePhone)})` : ''}`,
        verbatim: true,
      },
    });
  }
  if (view.description) {
    blocks.push({
      type: 'section',
      block_id: id('description'),
      text: {
        type: 'mrkdwn',
        text: truncateSlackText(escapeSlackText(view.description), DESCRIPTION_MAX),
        verbatim: true,
      },
    });
  }
  const lines = [...view.pages.map((p) => `:bell: ${p}`), ...view.history.slice(-HISTORY_SHOWN)];
  if (lines.length > 0) {
    blocks.push({
      type: 'context',
      block_id: id('history'),
      elements: [{ type: 'mrkdwn', text: lines.map(escapeSlackText).join('\n'), verbatim: true }],
    });
  }
  if (view.state !== 'closed') blocks.push({ type: 'actions', block_id: id('actions'), elements: buttons(view) });
  return {
    text: `Case ${view.number}: ${view.state}${view.owner ? `, owner ${view.owner.name}` : ', not taken yet'}`,
    blocks,
  };
}

function buttons(view: CaseCardView): SlackBlock[] {
  const value = (extra = '') => `${view.number}${extra}`;
  const button = (text: string, action_id: string, v: string, style?: 'primary' | 'danger') => ({
    type: 'button',
    text: { type: 'plain_text', text },
    action_id,
    value: v,
    ...(style ? { style } : {}),
  });
  const list = [
    // The value carries the owner the card showed: a press over a changed owner is refused (compare-and-set).
    button(view.owner ? 'Take (reassign)' : 'Take', STAFF_ACTIONS.take, value(`:${view.owner?.id ?? ''}`), 'primary'),
    button('Reply', STAFF_ACTIONS.reply, value()),
    button('Ask for information', STAFF_ACTIONS.ask, value()),
    button('Set severity', STAFF_ACTIONS.severity, value()),
  ];
  if (view.state !== 'resolved') list.push(button('Resolve', STAFF_ACTIONS.resolve, value()));
  list.push(button('Close', STAFF_ACTIONS.close, value(), 'danger'));
  return list;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "01000001:12" → the case number and the owner the card showed (null: nobody). */
export function parseTakeValue(
  value: string | undefined,
): { number: string; expectedOwner: number | null } | undefined {
  const match = /^(\d{8}):(\d*)$/.exec(value ?? '');
  if (!match) return undefined;
  return { number: match[1]!, expectedOwner: match[2] ? Number(match[2]) : null };
}
