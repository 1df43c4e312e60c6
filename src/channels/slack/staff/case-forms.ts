/**
 * The case card's forms submitted (issue 20 §2): Reply, Ask for information, Set severity. The presser
 * is checked again from the submission; a form submitted twice acts once (its view id is taken in
 * once, slack_events); what the engine refuses is answered in the form (`response_action: errors`).
 */
import { parseSeverity } from '../../../domain/ids.ts';
import { performStaffAction, ROLES_FOR, type StaffActionName } from '../../../services/engine/staff-actions.ts';
import { findSlackEvent, recordSlackEvent } from '../../../store/slack-event-store.ts';
import { STAFF_VIEWS } from '../blocks/staff-ids.ts';
import { INPUT, readStaffMeta, SEVERITY_BLOCK, TEXT_BLOCK } from '../blocks/staff-modals.ts';
import { auditRefusal, obj, type StaffDeps, str } from './staff-context.ts';
import { actorOf, checkStaff } from './staff-identity.ts';

export type FormAnswer = { response_action: 'errors'; errors: Record<string, string> } | undefined;

export const errorsIn = (block: string, message: string): FormAnswer => ({
  response_action: 'errors',
  errors: { [block]: message.slice(0, 300) },
});

/** Values of a submitted view: `state.values[block][action]`. */
export function formValue(body: unknown, block: string): Record<string, unknown> {
  return obj(obj(obj(obj(obj(body)['view'])['state'])['values'])[block])[INPUT] as Record<string, unknown>;
}

const viewKey = (body: unknown) => `view:${str(obj(obj(body)['view'])['id']) ?? 'unknown'}`;

/**
 * A form acts once: its view id is recorded when it acted (slack_events), and a second submission of
 * the same form is answered instead. Check, act and record run without a pause in between (no await),
 * so two submissions arriving together cannot both act.
 */
export async function alreadySubmitted(deps: StaffDeps, body: unknown): Promise<boolean> {
  return (await findSlackEvent(deps.ctx.db, viewKey(body))) !== undefined;
}

export async function recordSubmission(deps: StaffDeps, body: unknown, kind: string): Promise<boolean> {
  return (
    (await recordSlackEvent(deps.ctx.db, {
      eventId: viewKey(body),
      kind,
      channel: null,
      messageTs: null,
      state: 'processed',
      reason: null,
      summary: {},
      receivedAt: deps.ctx.now().toISOString(),
      retryNum: null,
    })) !== null
  );
}

export async function submitCaseForm(deps: StaffDeps, body: unknown): Promise<FormAnswer> {
  const view = obj(obj(body)['view']);
  const callbackId = str(view['callback_id']);
  const meta = readStaffMeta(str(view['private_metadata']));
  const actor = actorOf(body);
  const action: StaffActionName = callbackId === STAFF_VIEWS.severity ? 'set-severity' : 'reply';
  const firstBlock = action === 'set-severity' ? SEVERITY_BLOCK : TEXT_BLOCK;
  if (!meta || !actor)
    return errorsIn(firstBlock, 'This form is not one of ours any more; open it again from the card.');
  const check = await checkStaff(deps.ctx.db, deps.settings.teamId, actor, ROLES_FOR[action]);
  if (!check.ok) {
    await auditRefusal(deps, actor, action, meta.ref, check);
    return errorsIn(firstBlock, check.message);
  }
  const text = str(formValue(body, TEXT_BLOCK)?.['value'])?.trim();
  const severity = str(obj(formValue(body, SEVERITY_BLOCK)?.['selected_option'])['value']);
  if (action === 'reply' && !text) return errorsIn(TEXT_BLOCK, 'Write the text to send.');
  if (action === 'set-severity' && !(severity && parseSeverity(severity)))
    return errorsIn(SEVERITY_BLOCK, 'Choose a severity.');
  if (await alreadySubmitted(deps, body))
    return errorsIn(firstBlock, 'This form was already submitted; nothing was sent twice.');
  const result = await performStaffAction(deps.ctx, {
    from: check.member.email,
    action,
    target: meta.ref,
    at: deps.ctx.now(),
    ...(text ? { text } : {}),
    ...(severity ? { severity } : {}),
    ...(action === 'reply' ? { waitOnCustomer: callbackId === STAFF_VIEWS.ask } : {}),
  });
  if (!result.ok) return errorsIn(firstBlock, result.error);
  await recordSubmission(deps, body, `form:${callbackId}`);
  deps.wake();
  return undefined;
}
