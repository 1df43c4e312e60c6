/**
 * The App Home tab and `/case` answers (issue 20 §5, §6), pure. Customers see their own open cases with
 * the state and the next due; staff see their regions' queue, each case with a button that opens it.
 * Before verification a customer sees nothing about any account (issue 19, interface).
 */
import { escapeSlackText } from '../../../domain/slack-text.ts';
import type { CaseDetails, CaseSummary } from '../../../services/cases/case-view.ts';
import type { SlackBlock } from './message.ts';
import { STAFF_ACTIONS } from './staff-ids.ts';

export interface QueueView {
  regions: string[];
  unassigned: CaseSummary[];
  atRisk: CaseSummary[];
  breached: CaseSummary[];
  waiting: CaseSummary[];
}

const SHOWN = 10;
const header = (text: string): SlackBlock => ({ type: 'header', text: { type: 'plain_text', text } });
const line = (c: CaseSummary) =>
  `*Case ${c.number}* · ${escapeSlackText(c.state)} · ${escapeSlackText(c.severity ?? 'no severity')} · ${escapeSlackText(c.account)}`;

export function customerHome(cases: Array<CaseSummary & { nextDue: string }> | null): {
  type: 'home';
  blocks: SlackBlock[];
} {
  if (cases === null) {
    return {
      type: 'home',
      blocks: [
        header('Customer Care'),
        {
          type: 'section',
          text: {
            type: 'mrkdwn',
            text: 'Write to me in *Messages* to open or follow a case. Your cases appear here once you have verified with your PIN.',
          },
        },
      ],
    };
  }
  const blocks: SlackBlock[] = [header('Your open cases')];
  if (cases.length === 0) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: 'You have no open cases.' } });
  for (const c of cases.slice(0, 40)) {
    blocks.push({
      type: 'section',
      text: { type: 'mrkdwn', text: `${line(c)}\nNext: ${escapeSlackText(c.nextDue)}`, verbatim: true },
    });
  }
  return { type: 'home', blocks };
}

export function staffHome(queue: QueueView): { type: 'home'; blocks: SlackBlock[] } {
  const blocks: SlackBlock[] = [
    header('Customer Care queue'),
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `Regions: ${escapeSlackText(queue.regions.join(', ') || 'all')}` }],
    },
  ];
  const section = (title: string, cases: CaseSummary[]) => {
    blocks.push(header(`${title} (${cases.length})`));
    if (cases.length === 0) blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: 'None.' }] });
    for (const c of cases.slice(0, SHOWN)) {
      blocks.push({
        type: 'section',
        text: { type: 'mrkdwn', text: line(c), verbatim: true },
        accessory: {
          type: 'button',
          text: { type: 'plain_text', text: 'Open' },
          action_id: STAFF_ACTIONS.showCase,
          value: c.number,
        },
      });
    }
  };
  section('Unassigned', queue.unassigned);
  section('At risk', queue.atRisk);
  section('Breached', queue.breached);
  section('Waiting on customer', queue.waiting);
  return { type: 'home', blocks: blocks.slice(0, 100) };
}

/** One case as text for `/case N` and the Open button (escaped). */
export function caseAnswer(c: CaseDetails): string {
  const lines = [
    `*Case ${c.number}* — ${escapeSlackText(c.state)}`,
    `${escapeSlackText(c.account)} · ${escapeSlackText(c.product ?? '-')} ${escapeSlackText(c.version ?? '')}`.trim(),
    `Severity ${escapeSlackText(c.severity ?? '-')} · ${escapeSlackText(c.tier ?? '-')}${c.owner ? ` · owner ${escapeSlackText(c.owner)}` : ''}`,
    `First response due: ${escapeSlackText(c.dues.response)}`,
    `${escapeSlackText(c.targetKind ?? 'Target')} due: ${escapeSlackText(c.dues.target)}`,
  ];
  for (const p of c.pages?.filter((p) => p.state === 'open') ?? []) lines.push(`:bell: ${p.id} ${p.target} ${p.level}`);
  for (const e of c.events?.slice(-5) ?? [])
    lines.push(`${e.at.slice(0, 16).replace('T', ' ')} ${escapeSlackText(e.text ?? e.kind)}`);
  return lines.join('\n');
}

/** A list of cases; a `note` (mrkdwn of ours: the next due, how it stands) follows each line. */
export function caseListAnswer(title: string, cases: Array<CaseSummary & { note?: string }>): string {
  if (cases.length === 0) return `${title}: none.`;
  const shown = cases.slice(0, 20).map((c) => (c.note ? `${line(c)} · ${c.note}` : line(c)));
  return [`${title}:`, ...shown, ...(cases.length > 20 ? [`… and ${cases.length - 20} more`] : [])].join('\n');
}

/** The Open button of the App Home: the case in a read-only form. */
export function caseModal(c: CaseDetails) {
  return {
    type: 'modal' as const,
    title: { type: 'plain_text' as const, text: `Case ${c.number}` },
    close: { type: 'plain_text' as const, text: 'Close' },
    blocks: [{ type: 'section', text: { type: 'mrkdwn', text: caseAnswer(c).slice(0, 2_900), verbatim: true } }],
  };
}
