/**
 * The directory import form (docs/directory.md), one zod schema per record kind. Input may use
 * synonyms for tiers and regions; the parsed rows carry the canonical ids (DOMAIN.md §9).
 * Messages never quote a PIN: a bad PIN is described, not shown.
 */
import { z } from 'zod';
import {
  ACCESS_LEVELS,
  normaliseName,
  parseRegion,
  parseTier,
  REGIONS,
  type RegionId,
  STAFF_ROLES,
  type StaffRole,
  TIERS,
} from '../ids.ts';

export const CONTRACT_STATUSES = ['active', 'lapsed', 'unpaid', 'cancelled'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** Letters, digits, dot, dash, underscore: safe in CSV lists (`;`, `|`, `=`) and in `soldTo/endUser` labels. */
const recordId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, 'an id is letters, digits, ".", "-" or "_" (no spaces)');
const text = z.string().trim().min(1, 'must not be empty');
const email = z.string().trim().toLowerCase().pipe(z.email('not a valid email address'));

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const isoDate = z.string().trim().refine(isCalendarDate, 'expected a real date written YYYY-MM-DD');

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const tier = z.string().transform((raw, ctx) => {
  const id = parseTier(raw);
  if (id) return id;
  ctx.addIssue({ code: 'custom', message: `unknown tier "${raw}" (expected one of ${TIERS.join(', ')})` });
  return z.NEVER;
});

const region = z.string().transform((raw, ctx): RegionId => {
  const id = parseRegion(raw);
  if (id) return id;
  ctx.addIssue({ code: 'custom', message: `unknown region "${raw}" (expected one of ${REGIONS.join(', ')})` });
  return z.NEVER;
});

const staffRole = z.string().transform((raw, ctx): StaffRole => {
  const id = normaliseName(raw);
  if ((STAFF_ROLES as readonly string[]).includes(id)) return id as StaffRole;
  ctx.addIssue({ code: 'custom', message: `unknown staff role "${raw}" (expected one of ${STAFF_ROLES.join(', ')})` });
  return z.NEVER;
});

/** Output keeps canonical order, so the same roles in another order compare equal on re-import. */
function canonicalList<T extends string>(order: readonly T[]) {
  return (values: T[]): T[] => order.filter((id) => values.includes(id));
}

export const CompanyRowSchema = z.strictObject({ id: recordId, name: text });

export const ProductRowSchema = z.strictObject({
  name: text,
  versions: z.array(text).default([]),
});

export const ContractRowSchema = z
  .strictObject({
    id: recordId,
    soldTo: recordId,
    tier,
    region,
    timeZone: z
      .string()
      .trim()
      .refine(isTimeZone, 'unknown time zone (expected an IANA name such as Europe/Paris)')
      .optional(),
    holidays: z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{2}(-[A-Z0-9]{1,3})?$/, 'expected a holiday country code such as US, GB or DE-BY')
      .optional(),
    status: z
      .string()
      .trim()
      .toLowerCase()
      .pipe(z.enum(CONTRACT_STATUSES, `expected one of ${CONTRACT_STATUSES.join(', ')}`)),
    start: isoDate,
    end: isoDate,
    pilot: z.boolean().default(false),
    products: z.array(ProductRowSchema),
  })
  .refine((contract) => contract.end >= contract.start, {
    path: ['end'],
    error: (issue) => {
      const { start, end } = issue.input as { start: string; end: string };
      return `end ${end} is before start ${start}`;
    },
    // Checked even when other fields are bad, so one run reports every problem.
    when: (payload) => {
      const { start, end } = (payload.value ?? {}) as { start?: unknown; end?: unknown };
      return (
        typeof start === 'string' &&
        typeof end === 'string' &&
        isCalendarDate(start.trim()) &&
        isCalendarDate(end.trim())
      );
    },
  });

export const PairRowSchema = z.strictObject({
  soldTo: recordId,
  endUser: recordId,
  supportOwner: recordId.optional(),
});

export const AccessRowSchema = z.strictObject({
  soldTo: recordId,
  endUser: recordId,
  level: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.enum(ACCESS_LEVELS, `expected one of ${ACCESS_LEVELS.join(', ')}`)),
  approvedBy: email.optional(),
});

export const ContactRowSchema = z.strictObject({
  email,
  name: text,
  phone: text.optional(),
  slackUserId: text.optional(),
  designated: z.boolean('expected true or false'),
  // A string, so leading zeros survive; the PIN policy is checked later (it is configuration).
  pin: z.string('a PIN is written as a quoted string of digits').trim().optional(),
  emails: z.array(email).default([]),
  access: z.array(AccessRowSchema),
});

export const StaffRowSchema = z.strictObject({
  slackUserId: text.optional(),
  email,
  name: text,
  roles: z.array(staffRole).min(1, 'a staff member has at least one role').transform(canonicalList(STAFF_ROLES)),
  regions: z.array(region).default([]).transform(canonicalList(REGIONS)),
});

export const DirectoryFileSchema = z.strictObject({
  companies: z.array(CompanyRowSchema).default([]),
  contracts: z.array(ContractRowSchema).default([]),
  pairs: z.array(PairRowSchema).default([]),
  contacts: z.array(ContactRowSchema).default([]),
  staff: z.array(StaffRowSchema).default([]),
});

export type CompanyRow = z.infer<typeof CompanyRowSchema>;
export type ContractRow = z.infer<typeof ContractRowSchema>;
export type PairRow = z.infer<typeof PairRowSchema>;
export type AccessRow = z.infer<typeof AccessRowSchema>;
export type ContactRow = z.infer<typeof ContactRowSchema>;
export type StaffRow = z.infer<typeof StaffRowSchema>;
export type DirectoryFile = z.infer<typeof DirectoryFileSchema>;
/** The import form as written (before defaults), e.g. what `directory export --json` prints. */
export type DirectoryFileInput = z.input<typeof DirectoryFileSchema>;
