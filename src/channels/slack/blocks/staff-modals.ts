/**
 * The staff side's forms (issue 20 §2–§3), pure. `private_metadata` names only the case or approval and
 * where the card is (never anything secret); every submission is checked again on the server.
 */
import { STAFF_VIEWS } from './staff-ids.ts';

export const TEXT_BLOCK = 'text';
export const SEVERITY_BLOCK = 'severity';
export const FILE_BLOCK = 'file';
export const INPUT = 'value';

export interface StaffModalMeta {
  /** A case number, or an approval reference (AP-000001). */
  ref: string;
  /** Where the button was pressed (for a later ephemeral answer). */
  channel: string | null;
}

const title = (text: string) => ({ type: 'plain_text' as const, text: text.slice(0, 24) });

function modal(callbackId: string, heading: string, submit: string, meta: StaffModalMeta, blocks: unknown[]) {
  return {
    type: 'modal' as const,
    callback_id: callbackId,
    title: title(heading),
    submit: { type: 'plain_text' as const, text: submit },
    close: { type: 'plain_text' as const, text: 'Cancel' },
    private_metadata: JSON.stringify(meta),
    blocks,
  };
}

const textInput = (label: string, hint: string, optional = false) => ({
  type: 'input',
  block_id: TEXT_BLOCK,
  label: { type: 'plain_text', text: label },
  optional,
  hint: { type: 'plain_text', text: hint },
  element: { type: 'plain_text_input', action_id: INPUT, multiline: true, max_length: 3_000 },
});

export function replyModal(meta: StaffModalMeta, waitOnCustomer: boolean) {
  return waitOnCustomer
    ? modal(STAFF_VIEWS.ask, `Ask: Case ${meta.ref}`, 'Send and wait', meta, [
        textInput(
          'What do you need from the customer?',
          'Sent to the customer on the channel they last used; the SLA clock pauses until they answer.',
        ),
      ])
    : modal(STAFF_VIEWS.reply, `Reply: Case ${meta.ref}`, 'Send', meta, [
        textInput('Reply to the customer', 'Sent to the customer on the channel they last used for this case.'),
      ]);
}

export function severityModal(
  meta: StaffModalMeta,
  options: Array<{ value: string; label: string }>,
  current: string | null,
) {
  const choices = options.map((o) => ({ text: { type: 'plain_text', text: o.label }, value: o.value }));
  const initial = choices.find((c) => c.value === current);
  return modal(STAFF_VIEWS.severity, `Severity: Case ${meta.ref}`, 'Set severity', meta, [
    {
      type: 'input',
      block_id: SEVERITY_BLOCK,
      label: { type: 'plain_text', text: 'Severity' },
      element: {
        type: 'static_select',
        action_id: INPUT,
        options: choices,
        ...(initial ? { initial_option: initial } : {}),
      },
    },
    textInput('Why (optional)', 'Kept on the case timeline.', true),
  ]);
}

export function approveModal(meta: StaffModalMeta, days: number) {
  return modal(STAFF_VIEWS.approve, `Approve ${meta.ref}`, 'Approve and send', meta, [
    {
      type: 'section',
      text: {
        type: 'mrkdwn',
        text: `Attach the temporary license file (or leave this empty to use the file last posted in the card’s thread): it must have the same features as the original and expire ${days} days from today. It is checked before it goes to the customer.`,
      },
    },
    {
      type: 'input',
      block_id: FILE_BLOCK,
      optional: true,
      label: { type: 'plain_text', text: 'Temporary license file' },
      element: { type: 'file_input', action_id: INPUT, max_files: 1, filetypes: ['dat', 'lic', 'txt'] },
    },
  ]);
}

export function rejectModal(meta: StaffModalMeta) {
  return modal(STAFF_VIEWS.reject, `Reject ${meta.ref}`, 'Reject', meta, [
    textInput('Reason', 'Told to the customer, with the regional Licensing address.'),
  ]);
}

export function readStaffMeta(raw: string | undefined): StaffModalMeta | undefined {
  try {
    const parsed = JSON.parse(raw ?? '') as Partial<StaffModalMeta>;
    if (typeof parsed.ref !== 'string' || !/^(\d{8}|AP-\d{6,})$/.test(parsed.ref)) return undefined;
    return { ref: parsed.ref, channel: typeof parsed.channel === 'string' ? parsed.channel : null };
  } catch {
    return undefined;
  }
}
