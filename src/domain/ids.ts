/**
 * Canonical names (DOMAIN.md §9). Every JSON the tools print uses these ids; input may use the
 * synonyms below (case-insensitive, spaces/underscores/dashes alike).
 */
export const SEVERITIES = ['critical-production-down', 'critical', 'high', 'medium', 'low'] as const;
export type SeverityId = (typeof SEVERITIES)[number];

export const TIERS = [
  'business-care',
  'pure-success',
  'business-care-plus',
  'premium-care',
  'pure-success-enhanced',
] as const;
export type TierId = (typeof TIERS)[number];

export const REGIONS = ['americas', 'emea', 'apac', 'japan'] as const;
export type RegionId = (typeof REGIONS)[number];

export const SYSTEMS = ['production', 'test'] as const;
export type SystemId = (typeof SYSTEMS)[number];

export const CASE_TYPES = ['support', 'admin', 'license'] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** `withdrawn`: cancelled while collecting, before its clock started or staff were told — no case any more. */
export const CASE_STATES = [
  'collecting',
  'open',
  'waiting-on-customer',
  'restored',
  'resolved',
  'closed',
  'withdrawn',
] as const;
export type CaseState = (typeof CASE_STATES)[number];

export const ACCESS_LEVELS = ['read-write', 'read-only'] as const;
export type AccessLevel = (typeof ACCESS_LEVELS)[number];

/** `head`: the head of Customer Care, the top of the escalation ladder (issue 22; our addition to DOMAIN.md §9). */
export const STAFF_ROLES = ['analyst', 'manager', 'licensing', 'admin', 'head'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const TEMP_LICENSE_DECISIONS = ['issue-30-day', 'issue-7-day', 'refer-to-licensing'] as const;
export type TempLicenseDecision = (typeof TEMP_LICENSE_DECISIONS)[number];

/** Lower-case, and treat spaces, underscores, en/em dashes and slashes as a single dash. */
export function normaliseName(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_–—/]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

const SEVERITY_SYNONYMS: Record<string, SeverityId> = {
  'critical-production-down': 'critical-production-down',
  'critical-down': 'critical-production-down',
  'production-down': 'critical-production-down',
  'prod-down': 'critical-production-down',
  'critical-prod-down': 'critical-production-down',
  sev0: 'critical-production-down',
  critical: 'critical',
  crit: 'critical',
  sev1: 'critical',
  high: 'high',
  sev2: 'high',
  medium: 'medium',
  med: 'medium',
  sev3: 'medium',
  low: 'low',
  sev4: 'low',
};

const TIER_SYNONYMS: Record<string, TierId> = {
  'business-care': 'business-care',
  business: 'business-care',
  'pure-success': 'pure-success',
  'business-care-plus': 'business-care-plus',
  'business-plus': 'business-care-plus',
  'business-care+': 'business-care-plus',
  'premium-care': 'premium-care',
  premium: 'premium-care',
  'pure-success-enhanced': 'pure-success-enhanced',
  'pure-success-enhanced-response-and-restoration': 'pure-success-enhanced',
  'pure-success-enhanced-response': 'pure-success-enhanced',
  enhanced: 'pure-success-enhanced',
};

const REGION_SYNONYMS: Record<string, RegionId> = {
  americas: 'americas',
  america: 'americas',
  amer: 'americas',
  na: 'americas',
  latam: 'americas',
  emea: 'emea',
  europe: 'emea',
  apac: 'apac',
  'asia-pacific': 'apac',
  asia: 'apac',
  japan: 'japan',
  jp: 'japan',
  jpn: 'japan',
};

const SYSTEM_SYNONYMS: Record<string, SystemId> = {
  production: 'production',
  prod: 'production',
  live: 'production',
  test: 'test',
  lab: 'test',
  'test-lab': 'test',
  testlab: 'test',
  testing: 'test',
};

function lookup<T>(table: Record<string, T>, raw: string): T | undefined {
  return table[normaliseName(raw)];
}

export const parseSeverity = (raw: string): SeverityId | undefined => lookup(SEVERITY_SYNONYMS, raw);
export const parseTier = (raw: string): TierId | undefined => lookup(TIER_SYNONYMS, raw);
export const parseRegion = (raw: string): RegionId | undefined => lookup(REGION_SYNONYMS, raw);
export const parseSystem = (raw: string): SystemId | undefined => lookup(SYSTEM_SYNONYMS, raw);
