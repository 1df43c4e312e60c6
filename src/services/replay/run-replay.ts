/**
 * Runs a scripted conversation against a fresh database with a fixed clock and returns the transcript
 * and the resulting records. The same engine entry points as the live channels are used.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { caseNumberFromSubject, makeMessageId } from '../../domain/email/message-id.ts';
import { redactPins } from '../../domain/pin-text.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import type { ReplyAction } from '../../domain/reply-actions.ts';
import type { MessageReader } from '../../domain/understanding/port.ts';
import { type Db, openDatabase } from '../../store/database.ts';
import { tablesOf } from '../../store/dialect.ts';
import { setMessageId } from '../../store/outbox-store.ts';
import {
  createEngineContext,
  type EngineContext,
  handleInbound,
  handlePinForm,
  type InboundMessage,
  type Outbound,
  performStaffAction,
} from '../engine/index.ts';
import { resolveThread } from '../mail-threading/resolve-thread.ts';
import { createClockScheduler } from '../schedule/index.ts';
import {
  approvalRecords,
  auditRecords,
  caseNumbersById,
  caseRecords,
  escalationRecords,
  licenseRequestRecords,
  pageRecords,
  taskRecords,
} from './records.ts';
import { parseDuration, type ReplayScript, type ReplayStep, resolveAt } from './script.ts';

export interface TranscriptEntry {
  at: string;
  direction: 'in' | 'out';
  channel: string;
  from?: string;
  to?: string;
  text: string;
  /** The case a reply is about, when it is about one. */
  case?: string;
  /** What a reply asks the customer for (slot names, issue 21), so "no question asked twice" can be checked. */
  asks?: string[];
  /** The slots of `asks` asked again because the answer given was missing or not plausible. */
  reasked?: string[];
  /** Buttons the reply offers (Slack shows them; the text says how to answer in words). */
  actions?: ReplyAction[];
}

export class ReplayError extends Error {}

const MESSAGE_ID_SECRET = 'replay-message-id-secret';
const MESSAGE_ID_DOMAIN = 'caseline.invalid';

export async function runReplay(
  script: ReplayScript,
  options: { policy: Policy; loadDirectory: (db: Db) => Promise<void>; image?: Buffer; reader?: MessageReader },
) {
  const usesRestart = script.steps.some((s) => 'restart' in s || 'outage' in s);
  const dir = usesRestart ? mkdtempSync(join(tmpdir(), 'caseline-replay-')) : undefined;
  const path = dir ? join(dir, 'replay.db') : ':memory:';
  let clock = new Date(script.now);
  if (dir && options.image) writeFileSync(path, options.image);
  let db = options.image && !dir ? openDatabase(path, { image: options.image }) : openDatabase(path);
  let runner = 0;
  const open = () => {
    const ctx = createEngineContext({
      db,
      policy: options.policy,
      now: () => clock,
      ...(options.reader ? { reader: options.reader } : {}),
    });
    runner += 1;
    return { ctx, scheduler: createClockScheduler(ctx, { holder: `replay-${runner}` }) };
  };
  try {
    if (!options.image) await options.loadDirectory(db);
    let { ctx, scheduler } = open();
    const transcript: TranscriptEntry[] = [];
    const out = async (replies: Outbound[]) => {
      await assignMessageIds(ctx);
      for (const r of replies)
        transcript.push({
          at: clock.toISOString(),
          direction: 'out',
          channel: r.channel,
          to: r.recipient,
          text: r.text,
          ...(r.caseNumber ? { case: r.caseNumber } : {}),
          ...(r.asks && r.asks.length > 0 ? { asks: r.asks } : {}),
          ...(r.reasked && r.reasked.length > 0 ? { reasked: r.reasked } : {}),
          ...(r.actions.length > 0 ? { actions: r.actions } : {}),
        });
    };
    /** Time passes with the bot running: every due runs at its own instant, through the live scheduler. */
    const runUntil = async (until: Date) => {
      for (let guard = 0; guard < 100_000; guard++) {
        const next = await scheduler.nextDue();
        if (!next || next.getTime() > until.getTime()) break;
        clock = new Date(Math.max(next.getTime(), clock.getTime()));
        const tick = await scheduler.tick(clock);
        await out(tick.outbound);
        if (tick.ran === 0 && tick.failed === 0) break;
      }
      clock = until;
      await out((await scheduler.tick(clock)).outbound);
    };
    for (const [index, step] of script.steps.entries()) {
      if ('advance' in step) {
        const ms = parseDuration(step.advance);
        if (ms === undefined) throw new ReplayError(`step ${index + 1}: cannot read advance "${step.advance}"`);
        await runUntil(new Date(clock.getTime() + ms));
        continue;
      }
      if ('outage' in step) {
        // The bot is down (no graceful stop: its lease simply expires); time passes, then it starts again.
        const ms = parseDuration(step.outage);
        if (ms === undefined) throw new ReplayError(`step ${index + 1}: cannot read outage "${step.outage}"`);
        db.$client.close();
        clock = new Date(clock.getTime() + ms);
        db = openDatabase(path);
        ({ ctx, scheduler } = open());
        await out((await scheduler.tick(clock)).outbound);
        continue;
      }
      const next = resolveAt(step.at, clock);
      if (!next) throw new ReplayError(`step ${index + 1}: cannot read at "${step.at}"`);
      await runUntil(next);
      if ('restart' in step) {
        await scheduler.release();
        db.$client.close();
        db = openDatabase(path);
        ({ ctx, scheduler } = open());
        continue;
      }
      await runStep(ctx, step, index, clock, transcript, out);
    }
    return {
      transcript,
      cases: await caseRecords(db),
      licenseRequests: await licenseRequestRecords(db),
      approvals: await approvalRecords(db),
      escalations: await escalationRecords(db),
      pages: await pageRecords(db),
      tasks: await taskRecords(db),
      audit: await auditRecords(db),
    };
  } finally {
    db.$client.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }
}

async function runStep(
  ctx: EngineContext,
  step: Exclude<ReplayStep, { advance: string } | { outage: string } | { restart: true }>,
  index: number,
  clock: Date,
  transcript: TranscriptEntry[],
  out: (replies: Outbound[]) => void,
): Promise<void> {
  const at = clock.toISOString();
  if ('message' in step) {
    const m = step.message;
    // A PIN typed in a message is discarded by the engine; the transcript must not keep it either.
    transcript.push({ at, direction: 'in', channel: m.channel, from: m.from, text: redactPins(m.text) });
    out((await handleInbound(ctx, await toInbound(ctx, m, index, clock))).replies);
    return;
  }
  if ('pin' in step) {
    // The PIN itself never reaches the transcript.
    transcript.push({
      at,
      direction: 'in',
      channel: 'slack',
      from: step.pin.from,
      text: '[PIN entered in the private verification form]',
    });
    const result = await handlePinForm(ctx, {
      channel: 'slack',
      sender: { kind: 'slack', userId: step.pin.from },
      email: step.pin.email,
      pin: step.pin.pin,
      at: clock,
    });
    out(result.replies);
    return;
  }
  const s = step.staff;
  transcript.push({
    at,
    direction: 'in',
    channel: 'staff',
    from: s.from,
    text: `${s.action} ${s.target}${s.severity ? ` ${s.severity}` : ''}${s.text ? `: ${s.text}` : ''}`,
  });
  const result = await performStaffAction(ctx, {
    from: s.from,
    action: s.action,
    target: s.target,
    ...(s.text ? { text: s.text } : {}),
    ...(s.severity ? { severity: s.severity } : {}),
    ...(s.attachment
      ? { attachment: { filename: s.attachment.filename, storagePath: `replay:${s.attachment.filename}` } }
      : {}),
    at: clock,
  });
  if (!result.ok)
    transcript.push({ at, direction: 'out', channel: 'staff', to: s.from, text: `refused: ${result.error}` });
  else {
    if (result.note) transcript.push({ at, direction: 'out', channel: 'staff', to: s.from, text: result.note });
    out(result.replies);
  }
}

type ReplayMessage = Extract<ReplayStep, { message: unknown }>['message'];

async function toInbound(ctx: EngineContext, m: ReplayMessage, index: number, clock: Date): Promise<InboundMessage> {
  const sender =
    m.channel === 'slack'
      ? ({ kind: 'slack', userId: m.from } as const)
      : m.channel === 'email'
        ? ({ kind: 'email', address: m.from, auth: m.auth ?? 'pass' } as const)
        : ({ kind: 'console', email: m.from } as const);
  let threadKey = m.thread ?? `${m.channel}:${m.from.toLowerCase()}`;
  let caseNumber: string | undefined;
  if (m.channel === 'email' && !m.thread) {
    // Threaded as the mail channel threads a mail (signed In-Reply-To, then the subject's case tag with
    // the sender's own dialogue about that case), so a scripted reply without In-Reply-To goes on with
    // the question it answers, as a real one does.
    const thread = await resolveThread(
      ctx.db,
      {
        messageKey: m.messageId ?? `replay-${index}`,
        inReplyTo: m.inReplyTo?.trim() ?? null,
        references: [],
        subject: m.subject ?? '',
        sender: m.from,
      },
      MESSAGE_ID_SECRET,
    );
    threadKey = thread.threadKey;
    caseNumber = (m.subject ? caseNumberFromSubject(m.subject) : null) ?? undefined;
  }
  return {
    channel: m.channel,
    sender,
    threadKey,
    ...(caseNumber ? { caseNumber } : {}),
    ...(m.subject ? { subject: m.subject } : {}),
    text: m.text,
    attachments: (m.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType ?? 'text/plain',
      size: Buffer.byteLength(a.content),
      text: a.content,
    })),
    receivedAt: clock,
  };
}

/** Email replies get signed Message-IDs, so a scripted reply can thread with In-Reply-To. */
async function assignMessageIds(ctx: EngineContext): Promise<void> {
  const { outbox } = tablesOf(ctx.db);
  const rows = await ctx.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.channel, 'email'), isNull(outbox.messageId)))
    .orderBy(asc(outbox.id));
  const cases = await caseNumbersById(ctx.db);
  for (const row of rows) {
    const caseNumber = row.caseId ? (cases.get(row.caseId) ?? '00000000') : '00000000';
    await setMessageId(
      ctx.db,
      row.id,
      makeMessageId({ caseNumber, outboxId: String(row.id), secret: MESSAGE_ID_SECRET, domain: MESSAGE_ID_DOMAIN }),
    );
  }
}
