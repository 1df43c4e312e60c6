/**
 * The approval card (issue 20 §3; DOMAIN.md §6): Approve asks for the temporary license file in a form
 * (`file_input`), which is downloaded with the bot token and checked — a license file, the original's
 * feature set, expiring 30 or 7 days from today (domain/temp-license-file-check.ts) — before the
 * engine's approve action sends it to the customer; Reject asks for the reason. Only analysts or
 * managers approve (ROLES_FOR); the card is stamped by the change itself (its revision moved).
 */
import { readFile } from 'node:fs/promises';
import { parseLicenseFile } from '../../../domain/license-file/index.ts';
import type { OriginalSummary } from '../../../domain/license-file/summary.ts';
import { checkTemporaryLicenseFile } from '../../../domain/temp-license-file-check.ts';
import { expiryDate } from '../../../services/engine/approval-decision.ts';
import { performStaffAction, ROLES_FOR } from '../../../services/engine/staff-actions.ts';
import { appendAudit } from '../../../store/audit-log.ts';
import { getCaseById } from '../../../store/case-store.ts';
import { type ApprovalRow, findApprovalByReference, findStaffMember } from '../../../store/channel-records.ts';
import { touchCard } from '../../../store/slack-card-store.ts';
import { STAFF_ACTIONS, STAFF_VIEWS } from '../blocks/staff-ids.ts';
import { approveModal, FILE_BLOCK, readStaffMeta, rejectModal, TEXT_BLOCK } from '../blocks/staff-modals.ts';
import { downloadSlackFiles } from '../download-files.ts';
import { latestThreadFile } from './approval-thread-files.ts';
import { alreadySubmitted, errorsIn, type FormAnswer, formValue, recordSubmission } from './case-forms.ts';
import {
  auditRefusal,
  channelOf,
  obj,
  type StaffDeps,
  str,
  tellPrivately,
  type WebClientLike,
} from './staff-context.ts';
import { actorOf, checkStaff } from './staff-identity.ts';

/** Slack waits 3 s for a form's answer: the download gets most of it. */
const DOWNLOAD_MS = 2_000;

async function approvalByReference(deps: StaffDeps, reference: string): Promise<ApprovalRow | undefined> {
  return await findApprovalByReference(deps.ctx.db, reference);
}

async function decidedAlready(deps: StaffDeps, approval: ApprovalRow): Promise<string | undefined> {
  if (approval.state === 'pending') return undefined;
  const by = (await findStaffMember(deps.ctx.db, approval.decidedBy))?.name;
  return `${approval.reference} was already ${approval.state}${by ? ` by ${by}` : ''}: nothing was changed.`;
}

export async function pressApprovalButton(deps: StaffDeps, body: unknown, client: WebClientLike): Promise<void> {
  const action = obj((obj(body)['actions'] as unknown[] | undefined)?.[0]);
  const approve = str(action['action_id']) === STAFF_ACTIONS.approve;
  const reference = str(action['value']) ?? '';
  const actor = actorOf(body);
  const channel = channelOf(body);
  if (!actor) return;
  const check = await checkStaff(deps.ctx.db, deps.settings.teamId, actor, ROLES_FOR[approve ? 'approve' : 'reject']);
  if (!check.ok) {
    await auditRefusal(deps, actor, approve ? 'approve' : 'reject', reference, check);
    await tellPrivately(deps, client, channel, actor.userId, check.message);
    return;
  }
  const approval = await approvalByReference(deps, reference);
  if (!approval) {
    await tellPrivately(deps, client, channel, actor.userId, `There is no approval ${reference}.`);
    return;
  }
  const done = await decidedAlready(deps, approval);
  if (done) {
    await touchCard(deps.ctx.db, `approval:${approval.id}`);
    deps.wake();
    await tellPrivately(deps, client, channel, actor.userId, done);
    return;
  }
  const triggerId = str(obj(body)['trigger_id']);
  if (!triggerId) return;
  const meta = { ref: reference, channel: channel ?? null };
  const days =
    (approval.details as { expiresInDays?: number }).expiresInDays ?? deps.ctx.policy.tempLicense.emergencyDays;
  await client.views.open({ trigger_id: triggerId, view: approve ? approveModal(meta, days) : rejectModal(meta) });
}

export async function submitApprovalForm(deps: StaffDeps, body: unknown): Promise<FormAnswer> {
  const view = obj(obj(body)['view']);
  const approve = str(view['callback_id']) === STAFF_VIEWS.approve;
  const block = approve ? FILE_BLOCK : TEXT_BLOCK;
  const meta = readStaffMeta(str(view['private_metadata']));
  const actor = actorOf(body);
  if (!meta || !actor) return errorsIn(block, 'This form is not one of ours any more; open it again from the card.');
  const check = await checkStaff(deps.ctx.db, deps.settings.teamId, actor, ROLES_FOR[approve ? 'approve' : 'reject']);
  if (!check.ok) {
    await auditRefusal(deps, actor, approve ? 'approve' : 'reject', meta.ref, check);
    return errorsIn(block, check.message);
  }
  if (await alreadySubmitted(deps, body))
    return errorsIn(block, 'This form was already submitted; nothing was sent twice.');
  const approval = await approvalByReference(deps, meta.ref);
  const caseRow = approval?.caseId ? await getCaseById(deps.ctx.db, approval.caseId) : undefined;
  if (!approval || !caseRow) return errorsIn(block, `There is no approval ${meta.ref}.`);
  const done = await decidedAlready(deps, approval);
  if (done) return errorsIn(block, done);
  const audit = async (action: string, details: Record<string, unknown>) =>
    await appendAudit(deps.ctx.db, {
      at: deps.ctx.now().toISOString(),
      actor: `staff:${check.member.email}`,
      action,
      subject: approval.reference,
      details,
    });

  if (!approve) {
    const reason = str(formValue(body, TEXT_BLOCK)?.['value'])?.trim();
    if (!reason) return errorsIn(TEXT_BLOCK, 'Say why: the customer is told.');
    return await decide(deps, body, {
      from: check.member.email,
      action: 'reject',
      target: caseRow.number,
      text: reason,
    });
  }

  const file = obj((formValue(body, FILE_BLOCK)?.['files'] as unknown[] | undefined)?.[0]);
  const url = str(file['url_private_download']) ?? str(file['url_private']);
  const inThread = url ? undefined : await latestThreadFile(deps.ctx, approval.id);
  if (!url && !inThread)
    return errorsIn(FILE_BLOCK, 'Attach the temporary license file (or post it in the card’s thread first).');
  let stored: { filename: string; storagePath: string } | undefined = inThread;
  if (url) {
    const fetched = await downloadSlackFiles(
      [
        {
          id: str(file['id']) ?? 'file',
          name: str(file['name']) ?? 'license.dat',
          mimetype: str(file['mimetype']) ?? 'text/plain',
          size: Number(file['size'] ?? 0),
          url,
        },
      ],
      {
        token: deps.settings.botToken,
        apiUrl: deps.settings.apiUrl,
        directory: deps.settings.attachmentDir,
        maxBytes: deps.settings.maxAttachmentBytes,
        timeoutMs: DOWNLOAD_MS,
      },
    );
    stored = fetched.stored[0];
    if (!stored) {
      const why =
        fetched.failed[0]?.reason ?? (fetched.oversized[0] ? 'the file is too large' : 'it could not be downloaded');
      await audit('approval.file-refused', { why });
      return errorsIn(FILE_BLOCK, `The file could not be read (${why}). Attach it again.`);
    }
  }
  if (!stored) return errorsIn(FILE_BLOCK, 'Attach the temporary license file.');
  const details = approval.details as { expiresInDays?: number; original?: OriginalSummary };
  const days = details.expiresInDays ?? deps.ctx.policy.tempLicense.emergencyDays;
  const at = deps.ctx.now();
  const expected = expiryDate(at, days, caseRow.timeZone ?? 'UTC');
  const text = (await readFile(stored.storagePath)).toString('utf8');
  const verdict = checkTemporaryLicenseFile({
    file: parseLicenseFile(text),
    original: details.original ?? null,
    expectedExpiry: expected,
    days,
  });
  if (!verdict.ok) {
    await audit('approval.file-refused', { file: stored.filename, problems: verdict.problems });
    return errorsIn(FILE_BLOCK, `Not sent — ${verdict.problems.join('; ')}.`);
  }
  return await decide(deps, body, {
    from: check.member.email,
    action: 'approve',
    target: caseRow.number,
    attachment: { filename: stored.filename, storagePath: stored.storagePath },
  });
}

async function decide(
  deps: StaffDeps,
  body: unknown,
  input: {
    from: string;
    action: 'approve' | 'reject';
    target: string;
    text?: string;
    attachment?: { filename: string; storagePath: string };
  },
): Promise<FormAnswer> {
  if (await alreadySubmitted(deps, body))
    return errorsIn(input.action === 'approve' ? FILE_BLOCK : TEXT_BLOCK, 'This form was already submitted.');
  const result = await performStaffAction(deps.ctx, { ...input, at: deps.ctx.now() });
  if (!result.ok) return errorsIn(input.action === 'approve' ? FILE_BLOCK : TEXT_BLOCK, result.error);
  await recordSubmission(deps, body, `form:${input.action}`);
  deps.wake();
  return undefined;
}

export { tellPrivately };
