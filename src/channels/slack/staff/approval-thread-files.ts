/**
 * A temporary license file posted in an approval card's thread (issue 20 §3: "a file_input in the form,
 * or a file posted in the card's thread"). Staff of the vendor's workspace only; the file is downloaded
 * with the bot token (size limit as for mail) and kept for the approval (slack_events, kind
 * `approval-file`). Nothing is sent: the Approve form then uses it when no file is attached there, and
 * checks it like any other (approval-actions.ts).
 */
import type { EngineContext } from '../../../services/engine/index.ts';
import { appendAudit } from '../../../store/audit-log.ts';
import { approvalFileSummaries } from '../../../store/channel-records.ts';
import { findStaffBySlackId } from '../../../store/directory-reader.ts';
import { slackCardAt } from '../../../store/slack-card-store.ts';
import { recordSlackEvent } from '../../../store/slack-event-store.ts';
import { downloadSlackFiles } from '../download-files.ts';
import type { SlackMessageIn } from '../read-event.ts';
import type { SlackSettings } from '../slack-settings.ts';

export interface ThreadFile {
  approvalId: number;
  filename: string;
  storagePath: string;
}

/** True when the message was in an approval card's thread (taken, or refused); false: not ours. */
export async function takeApprovalThreadFile(
  ctx: EngineContext,
  settings: SlackSettings,
  message: SlackMessageIn,
  logger: { info(d: object, m: string): void },
): Promise<boolean> {
  if (!message.threadTs) return false;
  const card = await slackCardAt(ctx.db, message.channel, message.threadTs);
  if (card?.kind !== 'approval') return false;
  const member =
    settings.teamId && message.teamId === settings.teamId
      ? await findStaffBySlackId(ctx.db, message.userId)
      : undefined;
  const receivedAt = ctx.now().toISOString();
  const base = { channel: message.channel, messageTs: message.ts, receivedAt, retryNum: null };
  if (!member || message.files.length === 0) {
    await recordSlackEvent(ctx.db, {
      ...base,
      eventId: message.eventId,
      kind: 'ignored',
      state: 'ignored',
      reason: member ? 'approval thread: no file' : 'approval thread: not staff',
      summary: {},
    });
    return true;
  }
  const first = await recordSlackEvent(ctx.db, {
    ...base,
    eventId: message.eventId,
    kind: 'approval-file-received',
    state: 'received',
    reason: null,
    summary: {},
  });
  if (first === null) return true;
  void downloadSlackFiles(message.files.slice(0, 1), {
    token: settings.botToken,
    apiUrl: settings.apiUrl,
    directory: settings.attachmentDir,
    maxBytes: settings.maxAttachmentBytes,
  })
    .then(async (fetched) => {
      const stored = fetched.stored[0];
      const at = ctx.now().toISOString();
      if (!stored) {
        await appendAudit(ctx.db, {
          at,
          actor: `staff:${member.email}`,
          action: 'approval.file-refused',
          subject: `approval ${card.refId}`,
          details: { why: fetched.failed[0]?.reason ?? 'too large' },
        });
        return;
      }
      const file: ThreadFile = { approvalId: card.refId, filename: stored.filename, storagePath: stored.storagePath };
      await recordSlackEvent(ctx.db, {
        eventId: `approval-file:${message.eventId}`,
        kind: 'approval-file',
        channel: message.channel,
        messageTs: null,
        state: 'processed',
        reason: null,
        summary: { ...file, by: member.email },
        receivedAt: at,
        retryNum: null,
      });
      await appendAudit(ctx.db, {
        at,
        actor: `staff:${member.email}`,
        action: 'approval.thread-file',
        subject: `approval ${card.refId}`,
        details: { file: stored.filename },
      });
    })
    .catch((error: unknown) =>
      logger.info({ err: error instanceof Error ? error.message : String(error) }, 'approval file not taken'),
    );
  return true;
}

/** The latest file staff posted in the approval's thread, if any. */
export async function latestThreadFile(ctx: EngineContext, approvalId: number): Promise<ThreadFile | undefined> {
  const files = (await approvalFileSummaries(ctx.db)) as unknown as ThreadFile[];
  return files.find((file) => file.approvalId === approvalId);
}
