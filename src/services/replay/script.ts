/** The replay script format (README "Replay"): a fixed clock, a directory, and steps. */
import { z } from 'zod';
import { STAFF_ACTIONS } from '../engine/staff-actions.ts';

const at = z.string().optional();

export const ReplayStepSchema = z.union([
  z.strictObject({
    at,
    message: z.strictObject({
      channel: z.enum(['slack', 'email', 'console']),
      from: z.string().min(1),
      text: z.string(),
      subject: z.string().optional(),
      auth: z.enum(['pass', 'fail', 'none']).optional(),
      inReplyTo: z.string().optional(),
      thread: z.string().optional(),
      messageId: z.string().optional(),
      attachments: z
        .array(z.strictObject({ filename: z.string().min(1), content: z.string(), contentType: z.string().optional() }))
        .optional(),
    }),
  }),
  z.strictObject({ at, pin: z.strictObject({ from: z.string().min(1), email: z.string().min(1), pin: z.string() }) }),
  z.strictObject({
    at,
    staff: z.strictObject({
      from: z.string().min(1),
      action: z.enum(STAFF_ACTIONS),
      target: z.string().default('last'),
      text: z.string().optional(),
      severity: z.string().optional(),
      attachment: z.strictObject({ filename: z.string().min(1), content: z.string() }).optional(),
    }),
  }),
  z.strictObject({ advance: z.string() }),
  /** The bot is down for this long (nothing runs), then starts again and catches up (issue 22). */
  z.strictObject({ outage: z.string() }),
  /** Closes and reopens the database and the engine, as a process restart would. */
  z.strictObject({ at, restart: z.literal(true) }),
]);
export type ReplayStep = z.infer<typeof ReplayStepSchema>;

export const ReplayScriptSchema = z.strictObject({
  now: z.iso.datetime({ offset: true }),
  directory: z.union([z.string().min(1), z.record(z.string(), z.unknown())]),
  steps: z.array(ReplayStepSchema),
});
export type ReplayScript = z.infer<typeof ReplayScriptSchema>;

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** "+30s", "2m", "4h", "1h30m", "1d" → milliseconds; undefined when malformed. */
export function parseDuration(raw: string): number | undefined {
  const text = raw.trim().replace(/^\+/, '');
  const parts = [...text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h|d)/g)];
  if (parts.length === 0 || parts.map((p) => p[0]).join('') !== text) return undefined;
  return parts.reduce((sum, p) => sum + Number(p[1]) * UNIT_MS[p[2]!]!, 0);
}

/** A step's `at`: relative to the previous step ("+30s") or an ISO instant. */
export function resolveAt(raw: string | undefined, previous: Date): Date | undefined {
  if (raw === undefined) return previous;
  const relative = parseDuration(raw);
  if (relative !== undefined) return new Date(previous.getTime() + relative);
  const absolute = new Date(raw);
  return Number.isNaN(absolute.getTime()) ? undefined : absolute;
}
