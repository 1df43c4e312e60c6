/**
 * The private PIN form (DOMAIN.md §8, issue 19 §3): a modal with a PIN input, and an Email input when
 * the Slack user is not linked to a contact. Its `private_metadata` names only the conversation to
 * resume — never a PIN, an address or anything else about an account.
 */
import type { SlackBlock } from './message.ts';

export const VERIFY_CALLBACK_ID = 'caseline.verify-pin';
export const PIN_BLOCK = 'pin';
export const EMAIL_BLOCK = 'email';
export const INPUT_ACTION = 'value';

export interface VerifyModalOptions {
  askEmail: boolean;
  /** The conversation waiting for the verification (a Slack thread key), if any. */
  thread: string | null;
}

export function verifyModal(options: VerifyModalOptions) {
  const blocks: SlackBlock[] = [
    {
      type: 'section',
      text: {
        type: 'plain_text',
        text: 'Enter your Customer Care PIN. It is checked privately: it is never shown in the conversation, stored or sent anywhere.',
      },
    },
  ];
  if (options.askEmail) {
    blocks.push({
      type: 'input',
      block_id: EMAIL_BLOCK,
      label: { type: 'plain_text', text: 'Email' },
      hint: { type: 'plain_text', text: 'The address Customer Care has for you as a Designated Contact.' },
      element: { type: 'plain_text_input', action_id: INPUT_ACTION, max_length: 254 },
    });
  }
  blocks.push({
    type: 'input',
    block_id: PIN_BLOCK,
    label: { type: 'plain_text', text: 'PIN' },
    element: { type: 'plain_text_input', action_id: INPUT_ACTION, min_length: 4, max_length: 12 },
  });
  return {
    type: 'modal' as const,
    callback_id: VERIFY_CALLBACK_ID,
    title: { type: 'plain_text' as const, text: 'Verify' },
    submit: { type: 'plain_text' as const, text: 'Verify' },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    private_metadata: JSON.stringify({ t: options.thread, e: options.askEmail ? 1 : 0 }),
    blocks,
  };
}

export function readModalMetadata(raw: string | undefined): VerifyModalOptions {
  try {
    const parsed = JSON.parse(raw ?? '{}') as { t?: unknown; e?: unknown };
    const thread = typeof parsed.t === 'string' && /^slack:[A-Z0-9]+:\d+\.\d+$/.test(parsed.t) ? parsed.t : null;
    return { thread, askEmail: parsed.e !== 0 };
  } catch {
    return { thread: null, askEmail: true };
  }
}
