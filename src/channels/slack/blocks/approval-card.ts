/**
 * The temporary-license approval card (issue 20 §3; DOMAIN.md §6), pure: the rule's decision with its
 * reasons, the original license file's summary, and Approve / Reject while pending; once decided the
 * card is stamped with the decision and the buttons are gone. A pending approval that can no longer be
 * issued (its case closed meanwhile…) says why and keeps only Reject, which closes it.
 */
import type { OriginalSummary } from '../../../domain/license-file/summary.ts';
import { readableDate } from '../../../domain/readable-time.ts';
import { escapeSlackText, truncateSlackText } from '../../../domain/slack-text.ts';
import type { SlackBlock, SlackMessage } from './message.ts';
import { slackTime } from './slack-time.ts';
import { STAFF_ACTIONS } from './staff-ids.ts';

export interface ApprovalCardView {
  reference: string;
  caseNumber: string;
  account: string;
  decision: string;
  reasons: string[];
  original: OriginalSummary | null;
  state: 'pending' | 'approved' | 'rejected';
  decidedBy: { name: string; slackUserId: string | null } | null;
  decidedAt: string | null;
  expiresOn: string | null;
  why: string | null;
  /** Pending, but no longer issuable (the case closed, the contract or the contact's access lapsed): why. */
  blocked: string | null;
  /** The zone of the fallback text of times (the case's staff region). */
  zone: string;
  revision: number;
}

const DECISIONS: Record<string, string> = {
  'issue-30-day': 'Issue a 30-day temporary license',
  'issue-7-day': 'Issue a 7-day temporary license',
  'refer-to-licensing': 'Refer to Licensing',
};

export function approvalCard(view: ApprovalCardView): SlackMessage {
  const id = (part: string) => `approval-${view.reference}-${part}-r${view.revision}`;
  const decision = DECISIONS[view.decision] ?? view.decision;
  const blocks: SlackBlock[] = [
    {
      type: 'section',
      block_id: id('head'),
      text: {
        type: 'mrkdwn',
        text: `*Temporary license ${view.reference}* for *Case ${view.caseNumber}*\n${escapeSlackText(view.account)}\nRule: *${decision}* (rules §6)`,
        verbatim: true,
      },
    },
  ];
  if (view.reasons.length > 0) {
    blocks.push({
      type: 'section',
      block_id: id('reasons'),
      text: { type: 'mrkdwn', text: truncateSlackText(escapeSlackText(view.reasons.join(' ')), 2_000), verbatim: true },
    });
  }
  blocks.push({
    type: 'section',
    block_id: id('original'),
    text: { type: 'mrkdwn', text: originalText(view.original), verbatim: true },
  });
  if (view.state === 'pending') {
    const reject = {
      type: 'button',
      text: { type: 'plain_text', text: 'Reject' },
      action_id: STAFF_ACTIONS.reject,
      value: view.reference,
      style: 'danger',
    };
    if (view.blocked) {
      blocks.push({
        type: 'context',
        block_id: id('blocked'),
        elements: [
          { type: 'mrkdwn', text: `:warning: *Cannot be approved*: ${escapeSlackText(view.blocked)}`, verbatim: true },
        ],
      });
    }
    const approve = {
      type: 'button',
      text: { type: 'plain_text', text: 'Approve' },
      action_id: STAFF_ACTIONS.approve,
      value: view.reference,
      style: 'primary',
    };
    blocks.push({ type: 'actions', block_id: id('actions'), elements: view.blocked ? [reject] : [approve, reject] });
  } else {
    blocks.push({
      type: 'context',
      block_id: id('decided'),
      elements: [{ type: 'mrkdwn', text: stamp(view), verbatim: true }],
    });
  }
  return { text: `Temporary license ${view.reference} for Case ${view.caseNumber}: ${view.state}`, blocks };
}

function originalText(original: OriginalSummary | null): string {
  if (!original) return '*Original license file*: not attached';
  const features = original.features
    .slice(0, 12)
    .map(
      (f) =>
        `• ${escapeSlackText(f.name)} ${escapeSlackText(f.version)} × ${escapeSlackText(f.count)}, ${escapeSlackText(f.expiry)}`,
    );
  const more = original.features.length > 12 ? [`• … ${original.features.length - 12} more`] : [];
  const lines = [
    '*Original license file*',
    ...features,
    ...more,
    `Host ids: ${original.hostIds.length > 0 ? escapeSlackText(original.hostIds.join(', ')) : 'none'}`,
    `Expiry: ${original.earliestExpiry ? escapeSlackText(original.earliestExpiry) : 'permanent'}`,
    original.diagnostics.length > 0
      ? `Diagnostics: ${escapeSlackText(original.diagnostics.slice(0, 5).join('; '))}`
      : 'Diagnostics: none',
  ];
  return truncateSlackText(lines.join('\n'), 2_900);
}

function stamp(view: ApprovalCardView): string {
  const who = view.decidedBy
    ? view.decidedBy.slackUserId
      ? `<@${view.decidedBy.slackUserId}>`
      : escapeSlackText(view.decidedBy.name)
    : 'staff';
  const when = view.decidedAt ? ` ${slackTime(view.decidedAt, view.zone)}` : '';
  if (view.state === 'approved') {
    return `:white_check_mark: *Approved* by ${who}${when}; the file expires on ${view.expiresOn ? readableDate(view.expiresOn) : '?'}`;
  }
  return `:no_entry: *Rejected* by ${who}${when}${view.why ? `: ${escapeSlackText(view.why)}` : ''}`;
}
