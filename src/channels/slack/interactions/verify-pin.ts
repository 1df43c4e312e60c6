/**
 * The Verify button and the PIN form behind it (DOMAIN.md §8, issue 19 §3).
 * - The button opens the modal straight away: `views.open` must use the trigger within 3 seconds, so
 *   nothing is looked up first — the button itself says whether to ask for the email.
 * - The submission is checked by the engine's PIN form (handlePinForm). A wrong PIN, a wrong address or
 *   a lock is answered in the form (`response_action: "errors"`); success closes the form and the
 *   waiting request goes on in its thread. The PIN goes into no Web API call, log line or record.
 */
import { pinFromFormEntry } from '../../../domain/pin-text.ts';
import { type EngineContext, handlePinForm, senderKeyOf } from '../../../services/engine/index.ts';
import { findConversation } from '../../../store/conversation-store.ts';
import { markOutbox } from '../../../store/outbox-store.ts';
import { findContactBySlackUserId } from '../../../store/slack-contact.ts';
import { findSlackEvent, recordSlackEvent } from '../../../store/slack-event-store.ts';
import { parseSlackThreadKey } from '../../../store/slack-thread-store.ts';
import { inTransaction } from '../../../store/transaction.ts';
import { parseVerifyButtonValue } from '../blocks/message.ts';
import { EMAIL_BLOCK, INPUT_ACTION, PIN_BLOCK, readModalMetadata, verifyModal } from '../blocks/verify-modal.ts';
import { conversationOfThread } from '../resolve-thread.ts';

export interface ViewsClient {
  views: { open(args: { trigger_id: string; view: ReturnType<typeof verifyModal> }): Promise<unknown> };
}

type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/** After ack(): the form, at once. Returns why it could not be opened, if it could not. */
export async function openVerifyForm(body: unknown, buttonValue: string | undefined, client: ViewsClient) {
  const triggerId = str(obj(body)['trigger_id']);
  if (!triggerId) return 'no trigger_id';
  await client.views.open({ trigger_id: triggerId, view: verifyModal(parseVerifyButtonValue(buttonValue)) });
  return null;
}

export type FormAnswer =
  | undefined
  | { response_action: 'errors'; errors: Record<string, string> }
  | { response_action: 'update'; view: ReturnType<typeof verifyModal> };

const MAX_ERROR_CHARS = 300;

export async function submitPinForm(ctx: EngineContext, body: unknown): Promise<FormAnswer> {
  const payload = obj(body);
  const user = obj(payload['user']);
  const userId = str(user['id']);
  const teamId = str(user['team_id']) ?? str(obj(payload['team'])['id']);
  const view = obj(payload['view']);
  const viewId = str(view['id']) ?? 'unknown';
  if (!userId) return { response_action: 'errors', errors: { [PIN_BLOCK]: 'Slack did not say who you are.' } };
  const meta = readModalMetadata(str(view['private_metadata']) ?? undefined);
  const values = obj(obj(view['state'])['values']);
  const field = (block: string) => str(obj(obj(values[block])[INPUT_ACTION])['value']);
  // Grouped, or typed in another script's digits on a phone keyboard: read as its ASCII digits.
  const pin = pinFromFormEntry(field(PIN_BLOCK) ?? '');
  if (!/^\d{4,12}$/.test(pin)) return errors(PIN_BLOCK, 'Enter your PIN: 4 to 12 digits.');

  let email = field(EMAIL_BLOCK)?.trim();
  if (email === undefined && (meta.askEmail || !(values[EMAIL_BLOCK] === undefined))) {
    return errors(EMAIL_BLOCK, 'Enter the email address Customer Care has for you.');
  }
  if (email === undefined) {
    const linked = await findContactBySlackUserId(ctx.db, userId);
    // The directory changed since the button was posted: ask for the address after all.
    if (!linked) return { response_action: 'update', view: verifyModal({ askEmail: true, thread: meta.thread }) };
    email = linked.email;
  } else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return errors(EMAIL_BLOCK, 'That does not look like an email address.');
  }

  const submissionKey = `view:${viewId}`;
  // A form submitted again after it verified (a double click, a resent request) changes nothing.
  if (await findSlackEvent(ctx.db, submissionKey)) return undefined;
  const sender = { kind: 'slack' as const, userId, ...(teamId ? { teamId } : {}) };
  const at = ctx.now();
  return await inTransaction(ctx.db, async () => {
    const result = await handlePinForm(ctx, {
      channel: 'slack',
      sender,
      email: email!,
      pin,
      at,
      ...(await threadOf(ctx, meta.thread, senderKeyOf(sender))),
    });
    if (result.verified) {
      await recordSlackEvent(ctx.db, {
        eventId: submissionKey,
        kind: 'pin-form',
        channel: null,
        messageTs: null,
        state: 'processed',
        reason: 'verified',
        summary: {},
        receivedAt: at.toISOString(),
        retryNum: null,
      });
      return undefined;
    }
    // The form's own answer only: a notice to the contact's registered address about the attempt (issue 18)
    // goes there, not into the form of whoever submitted it.
    const answers = result.replies.filter(
      (r) => r.audience === 'customer' && r.channel === 'slack' && r.recipient === userId,
    );
    const conversation = answers[0]?.threadKey
      ? await findConversation(ctx.db, 'slack', answers[0].threadKey)
      : undefined;
    // An offer that needs an answer in the conversation (an Admin case for an empty PIN) is left there.
    if ((conversation?.dialogue as { kind?: string } | undefined)?.kind === 'offer-admin-case') return undefined;
    // The answer is shown in the form: its rows are delivered there, not posted in the conversation.
    for (const row of answers) await markOutbox(ctx.db, row.id, 'sent', at.toISOString());
    const text = answers.map((r) => r.text).join(' ') || 'That email address and PIN do not match our records.';
    return errors(PIN_BLOCK, text.slice(0, MAX_ERROR_CHARS));
  });
}

/**
 * The conversation to resume: the form's thread, if it is this sender's — a button can be pressed by
 * anyone who sees it, and a stranger's form must not go on with someone else's request.
 */
async function threadOf(ctx: EngineContext, thread: string | null, senderKey: string): Promise<{ threadKey?: string }> {
  const parts = parseSlackThreadKey(thread);
  if (!parts) return {};
  const key = await conversationOfThread(ctx.db, parts.channel, parts.ts);
  const conversation = await findConversation(ctx.db, 'slack', key);
  return conversation?.senderKey === senderKey ? { threadKey: key } : {};
}

function errors(block: string, message: string): FormAnswer {
  return { response_action: 'errors', errors: { [block]: message } };
}
