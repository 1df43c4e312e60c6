/**
 * The default policy: the values of DOMAIN.md, taken from the seed documents.
 * Severities, criteria, targets and hot-fix rules: seed 001 (Support Guide, Addendum A).
 * Licensing addresses: seed 000 (Requesting Temporary License Files). Business hours: DOMAIN.md §8.
 * Phone numbers: the seeds give no regional Customer Care numbers; the defaults are the consultation
 * lines of seed 002 and a deployment must override them (README, "Policy").
 */
import type { Policy, TargetTable } from './schema.ts';

const minutes = (amount: number) => ({ amount, unit: 'minutes' as const });
const hours = (amount: number) => ({ amount, unit: 'hours' as const });
const businessHours = (amount: number) => ({ amount, unit: 'business-hours' as const });
const businessDays = (amount: number) => ({ amount, unit: 'business-days' as const });

function targetTable(criticalResponseMinutes: number, percent: number, fast: boolean): TargetTable {
  return {
    'critical-production-down': {
      response: minutes(criticalResponseMinutes),
      target: { kind: 'restoration', duration: hours(4), commitmentPercent: null },
    },
    critical: {
      response: minutes(criticalResponseMinutes),
      target: { kind: 'resolution', duration: hours(24), commitmentPercent: percent },
    },
    high: {
      response: businessHours(fast ? 2 : 4),
      target: { kind: 'resolution', duration: businessDays(2), commitmentPercent: percent },
    },
    medium: {
      response: fast ? businessHours(4) : businessDays(1),
      target: { kind: 'resolution', duration: businessDays(5), commitmentPercent: percent },
    },
    low: {
      response: businessDays(1),
      target: { kind: 'resolution', duration: businessDays(10), commitmentPercent: percent },
    },
  };
}

const weekdays = { days: [1, 2, 3, 4, 5], open: '08:00', close: '18:00' };

export const DEFAULT_POLICY: Policy = {
  severities: {
    'critical-production-down': {
      name: 'Critical – Production Down',
      allowedOnTest: false,
      processed: '7x24',
      mustCallIn: true,
      criteria: 'The live production environment is down, causing a critical impact to business operations.',
      // Seed 001 leaves this column empty for Production Down; it is a Critical level, so the Critical rule applies.
      hotFix: {
        commitment: 'on-request',
        fixIn: 'next-maintenance-release',
        text: 'A Hot Fix on specific request, otherwise the fix comes in the next maintenance release. A Hot Fix is not fully QA-tested and must later be replaced by the maintenance release.',
      },
    },
    critical: {
      name: 'Critical',
      allowedOnTest: false,
      processed: '7x24',
      mustCallIn: true,
      criteria:
        'Critical degradation of the production or preproduction environment or of a major business application, causing a critical impact to business operations.',
      hotFix: {
        commitment: 'on-request',
        fixIn: 'next-maintenance-release',
        text: 'A Hot Fix on specific request, otherwise the fix comes in the next maintenance release. A Hot Fix is not fully QA-tested and must later be replaced by the maintenance release.',
      },
    },
    high: {
      name: 'High',
      allowedOnTest: true,
      processed: 'business-hours',
      mustCallIn: false,
      criteria:
        'Not down, but a severe impact or degradation to business operations or development activities (degraded service quality, intermittent disruption, blocked integration work, delayed final or acceptance testing).',
      hotFix: {
        commitment: 'exception-only',
        fixIn: 'next-maintenance-release',
        text: 'No Hot Fix commitment; an exception needs Customer Care Management, a solid justification and a business case. The fix comes in the next maintenance release.',
      },
    },
    medium: {
      name: 'Medium',
      allowedOnTest: true,
      processed: 'business-hours',
      mustCallIn: false,
      criteria:
        'Business operations are noticeably impaired but can continue (some degradation of service quality, impaired network functionality, occasional disruption).',
      hotFix: {
        commitment: 'none',
        fixIn: 'future-maintenance-release',
        text: 'No Hot Fix; the fix comes in a future maintenance release.',
      },
    },
    low: {
      name: 'Low',
      allowedOnTest: true,
      processed: 'business-hours',
      mustCallIn: false,
      criteria:
        'Minimal impact on business operations, or a request for information or help with product capabilities, installation or configuration.',
      hotFix: { commitment: 'none', fixIn: 'no-commitment', text: 'No Hot Fix, and no commitment to fix.' },
    },
  },
  targetTables: {
    standard: targetTable(60, 80, false),
    enhanced: targetTable(30, 90, true),
  },
  tiers: {
    'business-care': { name: 'Business Care', targetTable: 'standard' },
    'pure-success': { name: 'Pure Success', targetTable: 'standard' },
    'business-care-plus': { name: 'Business Care Plus', targetTable: 'enhanced' },
    'premium-care': { name: 'Premium Care', targetTable: 'enhanced' },
    'pure-success-enhanced': { name: 'Pure Success Enhanced Response and Restoration', targetTable: 'enhanced' },
  },
  regions: {
    americas: {
      name: 'Americas',
      timeZone: 'America/New_York',
      holidayCountry: 'US',
      businessHours: weekdays,
      extraClosures: [],
      customerCarePhone: '+1 650 466 1100',
      licensingEmail: 'license@genesys.com',
    },
    emea: {
      name: 'EMEA',
      timeZone: 'Europe/London',
      holidayCountry: 'GB',
      businessHours: weekdays,
      extraClosures: [],
      customerCarePhone: '+44 1189 74 7000',
      licensingEmail: 'emea.licensing@genesys.com',
    },
    apac: {
      name: 'APAC',
      timeZone: 'Asia/Singapore',
      holidayCountry: 'SG',
      businessHours: weekdays,
      extraClosures: [],
      customerCarePhone: '+1 650 466 1100',
      licensingEmail: 'license@genesys.com',
    },
    japan: {
      name: 'Japan',
      timeZone: 'Asia/Tokyo',
      holidayCountry: 'JP',
      businessHours: weekdays,
      extraClosures: [],
      customerCarePhone: '+1 650 466 1100',
      licensingEmail: 'japanorder@genesys.com',
    },
  },
  pin: { minLength: 6, maxLength: 10, maxFailedAttempts: 5, lockoutMinutes: 15, slackLinkHours: 12 },
  // DOMAIN.md §8 thresholds; the ladder, repeats and fallback are ours (issue 22, README "Decisions").
  escalation: {
    atRiskPercent: 75,
    breachedPercent: 100,
    ladder: [
      { level: 'manager', repeatEveryMinutes: 30, repeats: 2 },
      { level: 'head', repeatEveryMinutes: 60, repeats: 2 },
    ],
    fallbackRole: 'head',
  },
  waitingOnCustomer: { reminderAfterBusinessDays: 3, resolveAfterBusinessDays: 10 },
  tempLicense: {
    emergencyDays: 30,
    modificationDays: 7,
    reminderDaysBefore: [7, 1],
    reminderTime: '09:00',
    followUpBusinessDays: 2,
  },
  managementAttentionEmail: 'CCManagementAttention@genesys.com',
  supportPortalName: 'My Support',
  // Canonical names (tests/fixtures/understanding/README.md) and how customers write them (issue 21 §8).
  products: [
    { name: 'SIP Server', aliases: ['SIPServer', 'SIP Srv'] },
    { name: 'Genesys Info Mart', aliases: ['Info Mart', 'InfoMart', 'GIM', 'Genesys InfoMart'] },
    { name: 'Interaction Server', aliases: ['IXN Server', 'IXN', 'Interaction Srv'] },
    { name: 'Workforce Management', aliases: ['WFM', 'Workforce Mgmt', 'Workforce Manager'] },
    { name: 'Workspace Desktop Edition', aliases: ['WDE', 'Workspace Desktop', 'Interaction Workspace', 'IWS'] },
    { name: 'Genesys Administrator', aliases: ['Genesys Admin', 'GA'] },
    {
      name: 'PureConnect CIC',
      aliases: ['CIC', 'PureConnect', 'Pure Connect', 'Customer Interaction Center', 'Interaction Center'],
    },
    { name: 'Genesys Voice Platform', aliases: ['GVP', 'Voice Platform'] },
    { name: 'Orchestration Server', aliases: ['ORS', 'Orchestration'] },
    { name: 'Universal Routing Server', aliases: ['URS', 'Universal Routing', 'Routing Server'] },
    { name: 'Stat Server', aliases: ['StatServer', 'Statistics Server'] },
    { name: 'Outbound Contact Server', aliases: ['OCS', 'Outbound Contact'] },
    { name: 'Configuration Server', aliases: ['Config Server', 'ConfigServer', 'confserv'] },
    {
      name: 'Genesys Administrator Extension',
      aliases: [
        'GAX',
        'Administrator Extension',
        'Administrator Ext',
        'Genesys Administrator Ext',
        'Genesys Admin Extension',
      ],
    },
    { name: 'Interaction Recording', aliases: ['GIR', 'Genesys Interaction Recording'] },
  ],
};
