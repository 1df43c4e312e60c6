/**
 * Policy data: every vendor value the rules use (DOMAIN.md §2, §3, §6, §8). Ships as a default
 * (defaults.ts) and can be overridden per deployment by a JSON or YAML file (POLICY_FILE).
 */
import { z } from 'zod';
import { REGIONS, SEVERITIES, STAFF_ROLES, TIERS } from '../ids.ts';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM (24-hour)');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** A target duration: wall-clock (minutes, hours) or counted on the business calendar. */
export const DurationSchema = z.object({
  amount: z.number().positive(),
  unit: z.enum(['minutes', 'hours', 'business-hours', 'business-days']),
});
export type Duration = z.infer<typeof DurationSchema>;

export const SeverityPolicySchema = z.object({
  name: z.string().min(1),
  allowedOnTest: z.boolean(),
  processed: z.enum(['7x24', 'business-hours']),
  mustCallIn: z.boolean(),
  criteria: z.string().min(1),
  hotFix: z.object({
    commitment: z.enum(['on-request', 'exception-only', 'none']),
    fixIn: z.enum(['next-maintenance-release', 'future-maintenance-release', 'no-commitment']),
    text: z.string().min(1),
  }),
});
export type SeverityPolicy = z.infer<typeof SeverityPolicySchema>;

export const TargetRowSchema = z.object({
  response: DurationSchema,
  target: z.object({
    kind: z.enum(['restoration', 'resolution']),
    duration: DurationSchema,
    /** Share of cases the target is committed for; null where the documents give none. */
    commitmentPercent: z.number().min(1).max(100).nullable(),
  }),
});
export type TargetRow = z.infer<typeof TargetRowSchema>;

const severityRecord = <T extends z.ZodType>(value: T) =>
  z.object(Object.fromEntries(SEVERITIES.map((s) => [s, value])) as Record<(typeof SEVERITIES)[number], T>);

export const TargetTableSchema = severityRecord(TargetRowSchema);
export type TargetTable = z.infer<typeof TargetTableSchema>;

export const TierPolicySchema = z.object({
  name: z.string().min(1),
  targetTable: z.string().min(1),
});

export const RegionPolicySchema = z.object({
  name: z.string().min(1),
  timeZone: z.string().min(1),
  holidayCountry: z.string().regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'expected an ISO country code such as US or GB'),
  businessHours: z.object({
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1),
    open: hhmm,
    close: hhmm,
  }),
  extraClosures: z.array(isoDate).default([]),
  customerCarePhone: z.string().min(5),
  licensingEmail: z.email(),
  /** Issue 20: this region's case and approval cards go to this Slack channel instead of SLACK_STAFF_CHANNEL. */
  slackStaffChannel: z
    .string()
    .regex(/^[CG][A-Z0-9]+$/, 'expected a Slack channel id such as C0123ABCD')
    .optional(),
});
export type RegionPolicy = z.infer<typeof RegionPolicySchema>;

export const PinPolicySchema = z.object({
  minLength: z.number().int().min(4),
  maxLength: z.number().int().max(32),
  maxFailedAttempts: z.number().int().min(1),
  lockoutMinutes: z.number().positive(),
  slackLinkHours: z.number().positive(),
});
export type PinPolicy = z.infer<typeof PinPolicySchema>;

/** A product the bot recognises in what customers write, with the other ways they write it (issue 21 §8). */
export const CatalogProductSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(2)).default([]),
});

/** The rungs an escalation page climbs (issue 22): the case's analyst and region managers, then the head of Customer Care. */
export const LADDER_LEVELS = ['manager', 'head'] as const;
export type LadderLevel = (typeof LADDER_LEVELS)[number];

const ladderLevel = z.string().superRefine((value, ctx) => {
  if (!(LADDER_LEVELS as readonly string[]).includes(value)) {
    ctx.addIssue({
      code: 'custom',
      message: `unknown escalation level "${value}" (expected one of ${LADDER_LEVELS.join(', ')})`,
    });
  }
}) as unknown as z.ZodType<LadderLevel>;

const positiveMinutes = z.number().refine((n) => Number.isFinite(n) && n > 0, 'must be more than 0 minutes');
const positiveDays = z.number().refine((n) => Number.isFinite(n) && n > 0, 'must be more than 0 days');

export const LadderRungSchema = z.strictObject({
  level: ladderLevel,
  /** An unacknowledged page is sent again this often… */
  repeatEveryMinutes: positiveMinutes,
  /** …this many times at this rung, then goes one rung up (or stays unacknowledged at the top). */
  repeats: z.number().int().min(0, 'must be 0 or more'),
});
export type LadderRung = z.infer<typeof LadderRungSchema>;

export const EscalationPolicySchema = z.object({
  atRiskPercent: z.number().min(1).max(99),
  breachedPercent: z.number().min(100),
  ladder: z.array(LadderRungSchema).min(1, 'the escalation ladder needs at least one level'),
  /** Who is paged when a case's region has no manager (or a rung has nobody): a staff role. */
  fallbackRole: z.enum(STAFF_ROLES),
});
export type EscalationPolicy = z.infer<typeof EscalationPolicySchema>;

/** Seed 001 §3.3: the contact must answer in a time that fits the case; the clock reminds and, per policy, resolves. */
export const WaitingOnCustomerPolicySchema = z.object({
  reminderAfterBusinessDays: positiveDays,
  /** null: never resolve a case for want of an answer. */
  resolveAfterBusinessDays: positiveDays.nullable(),
});

export const PolicySchema = z
  .object({
    severities: severityRecord(SeverityPolicySchema),
    targetTables: z.record(z.string(), TargetTableSchema),
    tiers: z.object(
      Object.fromEntries(TIERS.map((t) => [t, TierPolicySchema])) as Record<
        (typeof TIERS)[number],
        typeof TierPolicySchema
      >,
    ),
    regions: z.object(
      Object.fromEntries(REGIONS.map((r) => [r, RegionPolicySchema])) as Record<
        (typeof REGIONS)[number],
        typeof RegionPolicySchema
      >,
    ),
    pin: PinPolicySchema,
    escalation: EscalationPolicySchema,
    waitingOnCustomer: WaitingOnCustomerPolicySchema,
    tempLicense: z.object({
      emergencyDays: z.number().int().positive(),
      modificationDays: z.number().int().positive(),
      /** Reminders before a temporary file Customer Care issued expires, in days before (seed 000). */
      reminderDaysBefore: z.array(z.number().int().positive('must be more than 0 days')),
      /** Local time of day the expiry reminders are sent, in the case's time zone. */
      reminderTime: hhmm,
      /** Business days Customer Care has to follow up with License Management (seed 000, critical issue). */
      followUpBusinessDays: positiveDays,
    }),
    managementAttentionEmail: z.email(),
    supportPortalName: z.string().min(1),
    /** Products by canonical name with their aliases; contract products not listed are matched by name. */
    products: z.array(CatalogProductSchema).default([]),
  })
  .superRefine((policy, ctx) => {
    for (const [tier, tierPolicy] of Object.entries(policy.tiers)) {
      if (!policy.targetTables[tierPolicy.targetTable]) {
        ctx.addIssue({
          code: 'custom',
          path: ['tiers', tier, 'targetTable'],
          message: `no target table named "${tierPolicy.targetTable}"`,
        });
      }
    }
    if (policy.pin.minLength > policy.pin.maxLength) {
      ctx.addIssue({ code: 'custom', path: ['pin', 'minLength'], message: 'minLength is above maxLength' });
    }
    const waiting = policy.waitingOnCustomer;
    if (
      waiting.resolveAfterBusinessDays !== null &&
      waiting.resolveAfterBusinessDays <= waiting.reminderAfterBusinessDays
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['waitingOnCustomer', 'resolveAfterBusinessDays'],
        message: 'must be after reminderAfterBusinessDays (the reminder is the notice)',
      });
    }
    for (const [region, r] of Object.entries(policy.regions)) {
      if (r.businessHours.open >= r.businessHours.close) {
        ctx.addIssue({
          code: 'custom',
          path: ['regions', region, 'businessHours', 'close'],
          message: 'close must be after open',
        });
      }
    }
  });
export type Policy = z.infer<typeof PolicySchema>;
