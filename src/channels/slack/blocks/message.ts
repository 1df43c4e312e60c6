/**
 * A reply as a Slack message, pure: the text as mrkdwn sections (customer text escaped, mrkdwn.ts), the
 * reply's actions as Block Kit buttons, and an escaped plain `text` for notifications and old clients.
 */
import type { ReplyAction } from '../../../domain/reply-actions.ts';
import { safeCutIndex, slackSafe, truncateSlackText } from '../../../domain/slack-text.ts';
import { toMrkdwn } from '../mrkdwn.ts';

export const ACTION_IDS = {
  verify: 'caseline.verify',
  /** A prefix: one action id per option (ids must differ within a block). */
  chooseCase: 'caseline.choose-case',
} as const;

/** Slack: a section's text holds 3,000 characters; a message 50 blocks. */
const SECTION_MAX = 3_000;
const MAX_SECTIONS = 45;
const FALLBACK_MAX = 3_000;

export interface SlackBlock {
  type: string;
  [key: string]: unknown;
}

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
}

/** What the verify button carries back: which conversation to resume, whether to ask for the email. */
export interface VerifyButtonValue {
  /** The Slack thread the button was posted in (`slack:<channel>:<ts>`), or null in a plain DM. */
  thread: string | null;
  askEmail: boolean;
}

export function renderMessage(text: string, actions: ReplyAction[], verify?: VerifyButtonValue): SlackMessage {
  const blocks: SlackBlock[] = sectionsOf(toMrkdwn(text)).map((chunk) => ({
    type: 'section',
    text: { type: 'mrkdwn', text: chunk, verbatim: true },
  }));
  for (const action of actions) blocks.push(actionBlock(action, verify));
  return { text: truncateSlackText(slackSafe(text), FALLBACK_MAX), blocks };
}

function actionBlock(action: ReplyAction, verify: VerifyButtonValue | undefined): SlackBlock {
  switch (action.kind) {
    case 'verify':
      return {
        type: 'actions',
        block_id: 'verify',
        elements: [
          {
            type: 'button',
            action_id: ACTION_IDS.verify,
            style: 'primary',
            text: { type: 'plain_text', text: 'Verify' },
            value: JSON.stringify({ t: verify?.thread ?? null, e: verify?.askEmail ? 1 : 0 }),
          },
        ],
      };
    case 'choose-case':
      return {
        type: 'actions',
        block_id: 'choose-case',
        elements: action.options.slice(0, 25).map((option, index) => ({
          type: 'button',
          action_id: `${ACTION_IDS.chooseCase}.${index}`,
          text: { type: 'plain_text', text: truncateSlackText(option.label, 75) },
          value: option.value,
        })),
      };
  }
}

export function parseVerifyButtonValue(value: string | undefined): VerifyButtonValue {
  try {
    const parsed = JSON.parse(value ?? '{}') as { t?: unknown; e?: unknown };
    const thread = typeof parsed.t === 'string' && /^slack:[A-Z0-9]+:\d+\.\d+$/.test(parsed.t) ? parsed.t : null;
    return { thread, askEmail: parsed.e !== 0 };
  } catch {
    return { thread: null, askEmail: true };
  }
}

/** Sections of at most SECTION_MAX characters, split at line ends where possible. */
function sectionsOf(mrkdwn: string): string[] {
  const chunks: string[] = [];
  let rest = mrkdwn.trim() || ' ';
  while (rest.length > SECTION_MAX) {
    if (chunks.length === MAX_SECTIONS - 1) {
      chunks.push(truncateSlackText(rest, SECTION_MAX));
      return chunks;
    }
    const lineEnd = rest.lastIndexOf('\n', SECTION_MAX);
    const cut = lineEnd > SECTION_MAX / 2 ? lineEnd : safeCutIndex(rest, SECTION_MAX) || SECTION_MAX;
    chunks.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  chunks.push(rest);
  return chunks;
}
