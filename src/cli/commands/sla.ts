/**
 * `caseline sla`: the response and restoration/resolution dues of a case (DOMAIN.md §2, §3, §8).
 * Instants print in UTC (toISOString); an input instant without an offset is read in the calendar's zone.
 */
import type { Command } from 'commander';
import { DateTime } from 'luxon';
import { loadConfig } from '../../config.ts';
import {
  parseRegion,
  parseSeverity,
  parseSystem,
  parseTier,
  REGIONS,
  SEVERITIES,
  type SeverityId,
  SYSTEMS,
  type SystemId,
  TIERS,
  type TierId,
} from '../../domain/ids.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import {
  type BusinessCalendar,
  calendarFor,
  computeSla,
  isKnownHolidayCountry,
  isKnownTimeZone,
  type Pause,
} from '../../domain/sla/index.ts';
import { loadPolicy } from '../../store/policy-file.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

interface SlaOptions {
  tier: string;
  severity: string;
  start: string;
  system?: string;
  region?: string;
  tz?: string;
  holidays?: string;
  pause: string[];
  json?: boolean;
}

export function registerSlaCommand(program: Command): void {
  program
    .command('sla')
    .description('Compute the response and restoration/resolution dues of a case')
    .requiredOption('--tier <tier>', `care tier (${TIERS.join(', ')}; short forms accepted)`)
    .requiredOption('--severity <severity>', `severity (${SEVERITIES.join(', ')}; short forms accepted)`)
    .requiredOption('--start <instant>', 'clock start, ISO 8601 (no offset = the calendar time zone)')
    .option('--system <system>', `${SYSTEMS.join(' | ')} (default production)`)
    .option('--region <region>', `${REGIONS.join(' | ')} (default americas)`)
    .option('--tz <zone>', "contract time zone (IANA, e.g. Europe/Paris); overrides the region's, needs --holidays")
    .option('--holidays <country>', 'contract holiday country (ISO code, e.g. FR or US-NY)')
    .option('--pause <from/to>', 'waiting-on-customer interval, ISO/ISO (repeatable)', collect, [])
    .option('--json', 'print JSON')
    .action((options: SlaOptions) => runSla(options));
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function runSla(options: SlaOptions): void {
  const tier = parseOrFail(parseTier, options.tier, 'tier', TIERS);
  const severity = parseOrFail(parseSeverity, options.severity, 'severity', SEVERITIES);
  const system = options.system ? parseOrFail(parseSystem, options.system, 'system', SYSTEMS) : 'production';
  const region = options.region ? parseOrFail(parseRegion, options.region, 'region', REGIONS) : 'americas';
  const policy = policyFromEnvironment();
  const calendar = calendarFor(policy, region, contractOverrides(options));
  const clockStart = parseInstant(options.start, calendar, '--start');
  const pauses = options.pause.map((raw) => parsePause(raw, calendar));

  const outcome = computeSla({ policy, tier, severity, system, clockStart, calendar, pauses });
  if (!outcome.ok) throw new UsageError(outcome.message);
  const result = {
    processed: outcome.processed,
    responseDue: outcome.responseDue.toISOString(),
    targetKind: outcome.targetKind,
    targetDue: outcome.targetDue.toISOString(),
    commitmentPercent: outcome.commitmentPercent,
    mustCallIn: outcome.mustCallIn,
    hotFix: outcome.hotFix,
  };
  if (options.json) {
    printJson(result);
    return;
  }
  printSummary({ policy, tier, severity, system, calendar, outcome });
}

function parseOrFail<T extends string>(
  parse: (raw: string) => T | undefined,
  raw: string,
  what: string,
  known: readonly T[],
): T {
  const value = parse(raw);
  if (!value) throw new UsageError(`unknown ${what} "${raw}" (expected one of: ${known.join(', ')})`);
  return value;
}

function contractOverrides(options: SlaOptions): { timeZone?: string; holidayCountry?: string } {
  if (options.tz && !options.holidays) throw new UsageError('--tz needs --holidays (the country whose holidays apply)');
  const overrides: { timeZone?: string; holidayCountry?: string } = {};
  if (options.tz) {
    if (!isKnownTimeZone(options.tz)) throw new UsageError(`unknown time zone "${options.tz}" (expected an IANA zone)`);
    overrides.timeZone = options.tz;
  }
  if (options.holidays) {
    const country = options.holidays.trim().toUpperCase();
    if (!isKnownHolidayCountry(country)) {
      throw new UsageError(`unknown holiday country "${options.holidays}" (expected an ISO code such as US or GB-SCT)`);
    }
    overrides.holidayCountry = country;
  }
  return overrides;
}

/** POLICY_FILE (read through config.ts) overrides the defaults; a broken file is a failure, not bad usage. */
function policyFromEnvironment(): Policy {
  try {
    return loadPolicy(loadConfig().POLICY_FILE);
  } catch (error) {
    throw new CommandFailed((error as Error).message);
  }
}

function parseInstant(raw: string, calendar: BusinessCalendar, what: string): Date {
  const parsed = DateTime.fromISO(raw.trim(), { zone: calendar.timeZone });
  if (!parsed.isValid) throw new UsageError(`${what}: "${raw}" is not an ISO 8601 instant (e.g. 2026-11-25T09:30:00Z)`);
  return parsed.toJSDate();
}

function parsePause(raw: string, calendar: BusinessCalendar): Pause {
  const parts = raw.split('/');
  if (parts.length !== 2) throw new UsageError(`--pause: "${raw}" is not FROM/TO (two ISO 8601 instants)`);
  const from = parseInstant(parts[0] as string, calendar, '--pause');
  const to = parseInstant(parts[1] as string, calendar, '--pause');
  if (to.getTime() <= from.getTime()) throw new UsageError(`--pause: "${raw}" must end after it starts`);
  return { from, to };
}

interface SummaryInput {
  policy: Policy;
  tier: TierId;
  severity: SeverityId;
  system: SystemId;
  calendar: BusinessCalendar;
  outcome: Extract<ReturnType<typeof computeSla>, { ok: true }>;
}

function printSummary({ policy, tier, severity, system, calendar, outcome }: SummaryInput): void {
  const local = (at: Date) =>
    DateTime.fromJSDate(at, { zone: calendar.timeZone }).toFormat("ccc d LLL yyyy HH:mm ZZZZ '('z')'");
  const target = outcome.targetKind === 'restoration' ? 'Restoration' : 'Resolution';
  const commitment = outcome.commitmentPercent === null ? '' : ` (committed in ${outcome.commitmentPercent}% of cases)`;
  printLine(`${policy.tiers[tier].name} · ${policy.severities[severity].name} · ${system} system`);
  printLine(`Processed:      ${outcome.processed === '7x24' ? '7x24 (wall clock)' : 'business hours'}`);
  printLine(`Response due:   ${outcome.responseDue.toISOString()}  ${local(outcome.responseDue)}`);
  printLine(
    `${`${target} due:`.padEnd(16)}${outcome.targetDue.toISOString()}  ${local(outcome.targetDue)}${commitment}`,
  );
  if (outcome.mustCallIn) printLine('Call in:        yes — critical issues must be reported by telephone');
  printLine(`Hot fix:        ${outcome.hotFix.text}`);
}
