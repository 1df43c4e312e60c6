/**
 * License request records (DOMAIN.md §7, field names from §9). A record is what we could read from a
 * partner's mail: every field is optional here, because a request arrives incomplete more often than
 * not; which fields are *required* is a separate decision table (requirements.ts).
 * Values are always canonical: host ids normalised, versions two-digit, dates YYYY-MM-DD.
 */
import { z } from 'zod';

export const LICENSE_REQUEST_KINDS = ['engage', 'pureconnect'] as const;
export type LicenseRequestKind = (typeof LICENSE_REQUEST_KINDS)[number];

export const SERVER_CONFIGURATIONS = ['single', 'three-redundant', 'multiple-independent'] as const;
export const PURPOSES = ['demo', 'evaluation', 'testing', 'production', 'development'] as const;
export const DEPLOYMENT_MODES = ['separate', 'blended'] as const;
export const REQUEST_TYPES = ['question', 'activation-file'] as const;
export const CATEGORIES = ['vendor', 'third-party', 'pay-per-use-hosted'] as const;
export const IMPLEMENTATION_TYPES = [
  'add-on',
  'migration',
  'new-deployment',
  'reallocation',
  'temporary',
  'upgrade',
  'evaluation',
] as const;
export const DEPLOYMENT_TYPES = ['production', 'lab', 'test', 'dr-cold-standby', 'dr-hot-standby'] as const;

/**
 * DOMAIN.md §9: a MAC is 12 lowercase hex digits (FlexLM's form); a UNIX hostid 8 lowercase hex digits;
 * other host ids keep their type (`DISK_SERIAL_NUM=1a2b3c4d`, `ANY`, `DEMO`).
 */
export const HostIdSchema = z
  .string()
  .regex(
    /^([0-9a-f]{12}|[0-9a-f]{8}|ANY|DEMO|DISK_SERIAL_NUM=[0-9a-f]{8}|[A-Z_]+=\S+)$/,
    'expected a MAC (12 lowercase hex digits), a hostid (8 hex digits) or a typed host id',
  );
const twoDigitVersion = z.string().regex(/^\d+\.\d+$/, 'expected the first two digits of the version, e.g. 8.5');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

export const SellableItemSchema = z.object({
  name: z.string().min(1),
  version: twoDigitVersion.optional(),
  quantity: z.number().int().nonnegative().optional(),
});
export type SellableItem = z.infer<typeof SellableItemSchema>;

export const ApplicationSchema = z.object({ name: z.string().min(1), version: twoDigitVersion.optional() });
export type Application = z.infer<typeof ApplicationSchema>;

export const LicenseServerSchema = z.object({
  hostName: z.string().min(1).optional(),
  hostId: HostIdSchema.optional(),
  os: z.string().min(1).optional(),
  osVersion: z.string().min(1).optional(),
  port: z.number().int().min(1).max(65535).optional(),
});
export type LicenseServer = z.infer<typeof LicenseServerSchema>;

export const MediaLayerSchema = z.object({
  switchType: z.string().min(1).optional(),
  switchVersion: z.string().min(1).optional(),
  agentSeatDns: z.number().int().nonnegative().optional(),
  technicalDns: z.number().int().nonnegative().optional(),
});
export type MediaLayer = z.infer<typeof MediaLayerSchema>;

/** The Engage license order kit (seed 002, "Information for License Order Kit"). */
export const EngageRecordSchema = z.object({
  companyName: z.string().min(1).optional(),
  sellableItems: z.array(SellableItemSchema).optional(),
  applications: z.array(ApplicationSchema).optional(),
  technicalLicenseTypes: z.array(z.string().min(1)).optional(),
  licenseServers: z.array(LicenseServerSchema).optional(),
  serverConfiguration: z.enum(SERVER_CONFIGURATIONS).optional(),
  purpose: z.enum(PURPOSES).optional(),
  deploymentMode: z.enum(DEPLOYMENT_MODES).optional(),
  mediaLayer: MediaLayerSchema.optional(),
});
export type EngageRecord = z.infer<typeof EngageRecordSchema>;

export const PartNumberLineSchema = z.object({
  partNumber: z.string().regex(/^SW-\d{3}-\d+\.\d+-[A-Z0-9]+$/, 'expected a part number like SW-001-4.0-AL02'),
  quantity: z.number().int().positive().optional(),
});
export type PartNumberLine = z.infer<typeof PartNumberLineSchema>;

/** The PureConnect activation file request (seed 003, "Request a License File"). */
export const PureConnectRecordSchema = z.object({
  firstName: z.string().min(1).optional(),
  lastName: z.string().min(1).optional(),
  corporateEmail: z.email().optional(),
  additionalRecipients: z.array(z.email()).optional(),
  workPhone: z.string().min(1).optional(),
  employer: z.string().min(1).optional(),
  endUserAccount: z.string().min(1).optional(),
  soldToAccount: z.string().min(1).optional(),
  garn: z.string().min(1).optional(),
  requestType: z.enum(REQUEST_TYPES).optional(),
  category: z.enum(CATEGORIES).optional(),
  implementationType: z.enum(IMPLEMENTATION_TYPES).optional(),
  subject: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  urgent: z.boolean().optional(),
  dateNeeded: isoDate.optional(),
  dateReasoning: z.string().min(1).optional(),
  primaryHostId: HostIdSchema.optional(),
  backupHostId: HostIdSchema.optional(),
  deploymentType: z.enum(DEPLOYMENT_TYPES).optional(),
  orderNumber: z.string().min(1).optional(),
  thirdPartyType: z.string().min(1).optional(),
  partNumbers: z.array(PartNumberLineSchema).optional(),
});
export type PureConnectRecord = z.infer<typeof PureConnectRecordSchema>;

/** How a value was read: a labelled line, a table cell, a sentence, a header, the signature, an answer. */
export const READ_VIA = ['label', 'table', 'prose', 'header', 'signature', 'answer', 'confirmed'] as const;
export type ReadVia = (typeof READ_VIA)[number];

/**
 * Where a field's value was read: `source` is the body, the subject or sender header, or an attachment by
 * name; `line` the 1-based line there; `via` the layout it was read from; `confidence` how sure the
 * reader is (below CONFIRM_BELOW the partner is asked to confirm it, confirmations.ts).
 */
export const ProvenanceSchema = z.object({
  source: z.string().min(1),
  line: z.number().int().nonnegative(),
  confidence: z.number().min(0).max(1),
  via: z.enum(READ_VIA).optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

export const InvalidFieldSchema = z.object({ field: z.string(), value: z.string(), problem: z.string() });
export type InvalidField = z.infer<typeof InvalidFieldSchema>;

export const QuestionSchema = z.object({ field: z.string(), question: z.string(), example: z.string() });
export type Question = z.infer<typeof QuestionSchema>;

/** A value read with low confidence, put back to the partner ("I read … as … — correct?"). */
export const ConfirmationSchema = z.object({ field: z.string(), value: z.string(), question: z.string() });
export type Confirmation = z.infer<typeof ConfirmationSchema>;

/**
 * Languages the reader recognises a request in (issue 25 §3, and Portuguese, Italian and Dutch as partners
 * in Brazil, Portugal, Italy and the Benelux write them); anything else reads as English.
 */
export const REQUEST_LANGUAGES = ['en', 'fr', 'de', 'es', 'ja', 'pt', 'it', 'nl'] as const;
export type RequestLanguage = (typeof REQUEST_LANGUAGES)[number];

/**
 * How the request is to be handled, whatever its kind: urgency and the date needed in words (the
 * PureConnect form has fields for them, the Engage kit does not), the language, and whether a person
 * must complete the record (a request not in English is routed as read, not questioned).
 */
export const HandlingSchema = z.object({
  urgent: z.boolean().optional(),
  dateNeeded: isoDate.optional(),
  dateReasoning: z.string().min(1).optional(),
  language: z.enum(REQUEST_LANGUAGES),
  needsPerson: z.boolean(),
  /** Said to the partner and to Licensing: a spreadsheet read only in part, and the like. */
  notes: z.array(z.string()),
});
export type Handling = z.infer<typeof HandlingSchema>;

const extractionBase = {
  provenance: z.record(z.string(), ProvenanceSchema),
  missing: z.array(z.string()),
  invalid: z.array(InvalidFieldSchema),
  questions: z.array(QuestionSchema),
  confirmations: z.array(ConfirmationSchema),
  handling: HandlingSchema,
};

/**
 * What the extractor returns: `unknown` when a license request names neither product family,
 * `not-a-request` when the mail only looks like one (a newsletter quoting a license file, a problem
 * report naming a host id): no record, no question.
 */
export const LicenseRequestExtractionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('engage'), fields: EngageRecordSchema, ...extractionBase }),
  z.object({ kind: z.literal('pureconnect'), fields: PureConnectRecordSchema, ...extractionBase }),
  z.object({ kind: z.literal('unknown'), fields: z.object({}), ...extractionBase }),
  z.object({ kind: z.literal('not-a-request'), fields: z.object({}), ...extractionBase }),
]);
export type LicenseRequestExtraction = z.infer<typeof LicenseRequestExtractionSchema>;

/** An attachment already decoded by the services layer (read-attachment.ts). */
export interface DecodedAttachment {
  name: string;
  kind: 'text' | 'csv' | 'rows';
  text?: string;
  rows?: string[][];
}

/** The extractor's input: the mail body plus optional headers and decoded attachments. */
export interface LicenseRequestInput {
  body: string;
  subject?: string;
  /** The mail's date: "by Friday" is read against it. Without it, dates in words are left unread. */
  date?: Date;
  /** The sender's UTC offset in minutes, from the Date header: "by Friday" is the sender's Friday. */
  dateOffset?: number;
  from?: { name?: string; address?: string };
  attachments?: DecodedAttachment[];
}
