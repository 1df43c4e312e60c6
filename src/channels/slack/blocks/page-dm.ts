/**
 * An escalation page as a DM to a paged manager (issue 20 §4), pure: the page's text as the clock wrote
 * it and an Acknowledge button while open; acknowledged or closed, the DM says so and the button goes.
 */
import { slackSafe, truncateSlackText } from '../../../domain/slack-text.ts';
import { toMrkdwn } from '../mrkdwn.ts';
import type { SlackBlock, SlackMessage } from './message.ts';
import { slackTime } from './slack-time.ts';
import { STAFF_ACTIONS } from './staff-ids.ts';

export interface PageDmView {
  pageId: number;
  reference: string;
  caseNumber: string;
  /** The page's text (values already escaped by the clock). */
  body: string;
  state: 'open' | 'acknowledged' | 'cancelled';
  acknowledgedBy: { name: string; slackUserId: string | null } | null;
  acknowledgedAt: string | null;
  closedReason: string | null;
  /** The zone of the fallback text of times (the case's staff region). */
  zone: string;
  revision: number;
}

export function pageDm(view: PageDmView): SlackMessage {
  const id = (part: string) => `page-${view.pageId}-${part}-r${view.revision}`;
  const blocks: SlackBlock[] = [
    {
      type: 'section',
      block_id: id('body'),
      text: { type: 'mrkdwn', text: truncateSlackText(toMrkdwn(view.body), 2_900), verbatim: true },
    },
  ];
  if (view.state === 'open') {
    blocks.push({
      type: 'actions',
      block_id: id('actions'),
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Acknowledge' },
          action_id: STAFF_ACTIONS.acknowledge,
          value: String(view.pageId),
          style: 'primary',
        },
      ],
    });
  } else {
    const who = view.acknowledgedBy
      ? view.acknowledgedBy.slackUserId
        ? `<@${view.acknowledgedBy.slackUserId}>`
        : slackSafe(view.acknowledgedBy.name)
      : 'staff';
    const line =
      view.state === 'acknowledged'
        ? `:white_check_mark: Acknowledged by ${who}${view.acknowledgedAt ? ` ${slackTime(view.acknowledgedAt, view.zone)}` : ''}: no more repeats.`
        : `Closed: ${slackSafe(view.closedReason ?? 'no longer needed')}.`;
    blocks.push({ type: 'context', block_id: id('state'), elements: [{ type: 'mrkdwn', text: line, verbatim: true }] });
  }
  return { text: `Page ${view.reference} about Case ${view.caseNumber}: ${view.state}`, blocks };
}
