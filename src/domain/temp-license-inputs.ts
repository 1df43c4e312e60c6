/**
 * The words a temporary-license request is described with (DOMAIN.md §6, seed 000), and the synonyms
 * input may use for them. Output always uses the canonical ids.
 */
import { normaliseName } from './ids.ts';

export const TEMP_LICENSE_REASONS = [
  'emergency-extension',
  'emergency-rehost',
  'modify-temporary',
  'extend-temporary',
  'critical-production-licensing',
  'demo',
  'testing',
] as const;
export type TempLicenseReason = (typeof TEMP_LICENSE_REASONS)[number];

/** Who issued the customer's current license file. Customer Care only ever issues temporary files. */
export const LICENSE_ISSUERS = ['licensing', 'customer-care'] as const;
export type LicenseIssuer = (typeof LICENSE_ISSUERS)[number];

/** What the decision could not be made without; each is asked for in the reply. */
export type MissingInput = 'original-license-file' | 'readable-original-license-file' | 'original-issuer';

const REASON_SYNONYMS: Record<string, TempLicenseReason> = {
  'emergency-extension': 'emergency-extension',
  extension: 'emergency-extension',
  extend: 'emergency-extension',
  'emergency-extend': 'emergency-extension',
  'emergency-rehost': 'emergency-rehost',
  'emergency-rehosting': 'emergency-rehost',
  rehost: 'emergency-rehost',
  rehosting: 'emergency-rehost',
  'modify-temporary': 'modify-temporary',
  modify: 'modify-temporary',
  modification: 'modify-temporary',
  'modify-temp': 'modify-temporary',
  'extend-temporary': 'extend-temporary',
  'extend-temp': 'extend-temporary',
  'temporary-extension': 'extend-temporary',
  'critical-production-licensing': 'critical-production-licensing',
  critical: 'critical-production-licensing',
  'critical-production': 'critical-production-licensing',
  'production-down': 'critical-production-licensing',
  'server-lost': 'critical-production-licensing',
  corrupted: 'critical-production-licensing',
  demo: 'demo',
  demos: 'demo',
  testing: 'testing',
  test: 'testing',
  tests: 'testing',
  lab: 'testing',
};

const ISSUER_SYNONYMS: Record<string, LicenseIssuer> = {
  licensing: 'licensing',
  'licensing-team': 'licensing',
  'regional-licensing': 'licensing',
  'license-management': 'licensing',
  'customer-care': 'customer-care',
  cc: 'customer-care',
  care: 'customer-care',
  support: 'customer-care',
};

export const parseTempLicenseReason = (raw: string): TempLicenseReason | undefined =>
  REASON_SYNONYMS[normaliseName(raw)];

export const parseLicenseIssuer = (raw: string): LicenseIssuer | undefined => ISSUER_SYNONYMS[normaliseName(raw)];
