/**
 * What one message says, as the understanding layer reads it (issue 21): every request it makes, scored,
 * and every fact it carries, each with its value, a confidence and where in the text it was read. The
 * shape is a zod schema so that any reader — these rules, or a model behind the same port — must
 * produce the same thing, checked the same way.
 */
import { z } from 'zod';
import { SEVERITIES, SYSTEMS } from '../ids.ts';

export const INTENTS = [
  'open-case',
  'add-to-case',
  'case-status',
  'my-cases',
  'severity-change',
  'management-attention',
  'close-case',
  'download',
  'controlled-software',
  'release-type',
  'license-request',
  'temp-license',
  'pin',
  'question',
  'help',
  'cancel',
  'answer',
  'not-understood',
] as const;
export type Intent = (typeof INTENTS)[number];

/** Policy questions answered from the rules (DOMAIN.md §3, §5, §6, §8), not with a case. */
export const QUESTION_TOPICS = [
  'sla-targets',
  'hot-fix-policy',
  'release-type',
  'business-hours',
  'download-how',
  'controlled-release-how',
  'temp-license-policy',
  'severity-definitions',
  'maintenance-fees',
  'eol',
] as const;
export type QuestionTopic = (typeof QUESTION_TOPICS)[number];

export const SENSITIVE_KINDS = ['phone', 'card', 'email', 'iban', 'password', 'national-id'] as const;

/** The understanding vocabulary of temporary-license reasons (the handler maps them to DOMAIN.md §6). */
export const TEMP_REASONS = [
  'emergency-extension',
  'rehost',
  'modify-temporary',
  'critical-licensing',
  'demo',
  'testing',
  'extend-own-temporary',
] as const;
export type TempReason = (typeof TEMP_REASONS)[number];

const span = z.tuple([z.number().int().min(0), z.number().int().min(0)]);

/** How a value was found: a labelled line ("Severity: Low"), the prose, or as the answer to our question. */
export const SlotSourceSchema = z.enum(['label', 'text', 'answer']);
export type SlotSource = z.infer<typeof SlotSourceSchema>;

const slot = <T extends z.ZodType>(value: T) =>
  z.object({ value, confidence: z.number().min(0).max(1), span: span.optional(), source: SlotSourceSchema });

export const SlotsSchema = z.object({
  caseNumbers: slot(z.array(z.string().regex(/^\d{8}$/)).min(1)).optional(),
  product: slot(z.string().min(1)).optional(),
  version: slot(z.string().regex(/^\d+(?:\.\d+)+$/)).optional(),
  severity: slot(z.enum(SEVERITIES)).optional(),
  system: slot(z.enum(SYSTEMS)).optional(),
  description: slot(z.string().min(1)).optional(),
  circumstances: slot(z.string().min(1)).optional(),
  businessImpact: slot(z.string().min(1)).optional(),
  os: slot(z.string().min(1)).optional(),
  release: slot(z.string().min(1)).optional(),
  language: slot(z.string().min(1)).optional(),
  deliveryMethod: slot(z.enum(['ftp', 'courier'])).optional(),
  shipTo: slot(z.string().min(1)).optional(),
  reason: slot(z.string().min(1)).optional(),
  questions: slot(z.array(z.enum(QUESTION_TOPICS)).min(1)).optional(),
  releaseVersions: slot(z.array(z.object({ from: z.string(), to: z.string() })).min(1)).optional(),
  tempLicenseReason: slot(z.enum(TEMP_REASONS)).optional(),
  sensitiveData: slot(z.array(z.enum(SENSITIVE_KINDS)).min(1)).optional(),
  /** Names of license-request fields the message seems to carry (DOMAIN.md §7): a hint for routing. */
  licenseFields: slot(z.array(z.string()).min(1)).optional(),
});
export type Slots = z.infer<typeof SlotsSchema>;
export type SlotName = keyof Slots;
export type SlotValue<K extends SlotName> = NonNullable<Slots[K]>['value'];

export const SLOT_NAMES = Object.keys(SlotsSchema.shape) as SlotName[];

/** A product named in the message, with the version written next to it. */
export const ProductMentionSchema = z.object({
  name: z.string(),
  version: z.string().optional(),
  span,
  /** 1 for the name or an alias; less for a loosely written one (a near miss, offered as a choice). */
  confidence: z.number().min(0).max(1),
});
export type ProductMention = z.infer<typeof ProductMentionSchema>;

export const ReadingSchema = z.object({
  /** Every request the message makes, the main one first. */
  intents: z.array(z.object({ intent: z.enum(INTENTS), confidence: z.number().min(0).max(1) })).min(1),
  slots: SlotsSchema,
  products: z.array(ProductMentionSchema),
  /** Separate problems in one message (one issue per case, DOMAIN.md §4); one element for a single issue. */
  issues: z.array(z.object({ text: z.string(), span })),
  /** The slot values the message explicitly rejects ("make it Medium, not High"). */
  rejected: z.object({ severity: z.array(z.enum(SEVERITIES)) }),
  /** The message says it raises another, different problem ("by the way, something else: …"). */
  announcesNewIssue: z.boolean(),
  /**
   * The problem as an answer to other questions describes it ("agents get one-way audio, it's production,
   * Medium"): not a new description, but what a vague one ("SIP Server has a problem") lacks.
   */
  detail: z.string().optional(),
  /**
   * In a case's thread, what the contact did ("we upgraded the database on Wednesday"): no circumstance of
   * its own, but it completes one that only said when the problem began (issue 21 §1).
   */
  deeds: z.string().optional(),
  /**
   * When the problem began, said without what led to it ("since Tuesday", "since 9am"): not the
   * circumstances (what changed or happened before), but kept for the dialogue to use (issue 21 §1).
   */
  began: z.string().optional(),
  /**
   * The main intent is a guess of the statistical fallback (issue 21), taken where the rules understood
   * nothing or read only a default: the engine confirms it with the contact before acting on it. `rules`:
   * the rules' own intents, given back where a guess is not asked about.
   */
  guess: z
    .object({
      by: z.literal('statistical'),
      probability: z.number().min(0).max(1),
      rules: z.array(z.object({ intent: z.enum(INTENTS), confidence: z.number().min(0).max(1) })).optional(),
    })
    .optional(),
});
export type Reading = z.infer<typeof ReadingSchema>;

export function mainIntent(reading: Reading): Intent {
  return reading.intents[0]!.intent;
}

export function hasIntent(reading: Reading, intent: Intent, minConfidence = 0.5): boolean {
  return reading.intents.some((i) => i.intent === intent && i.confidence >= minConfidence);
}
