/**
 * `caseline temp-license`: may Customer Care issue a temporary license file? (DOMAIN.md §6, seed 000)
 * The rule itself is decideTempLicense; this file only turns options into its input.
 */
import type { Command } from 'commander';
import { loadConfig } from '../../config.ts';
import { parseRegion, REGIONS } from '../../domain/ids.ts';
import { parseLicenseFile } from '../../domain/license-file/index.ts';
import type { Policy } from '../../domain/policy/schema.ts';
import { decideTempLicense, type OriginalLicenseFile } from '../../domain/temp-license.ts';
import {
  LICENSE_ISSUERS,
  parseLicenseIssuer,
  parseTempLicenseReason,
  TEMP_LICENSE_REASONS,
} from '../../domain/temp-license-inputs.ts';
import { loadPolicy } from '../../store/policy-file.ts';
import { CommandFailed, UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';
import { readLicenseFile } from './license-file.ts';

interface TempLicenseOptions {
  reason: string;
  outsideHours?: boolean;
  original?: string;
  issuedBy?: string;
  region?: string;
  now?: string;
  json?: boolean;
}

export function registerTempLicenseCommand(program: Command): void {
  program
    .command('temp-license')
    .description('Decide whether Customer Care may issue a temporary license file')
    .requiredOption(
      '--reason <reason>',
      `${TEMP_LICENSE_REASONS.join(' | ')} (short forms: rehost, extension, modify, critical, demo, test)`,
    )
    .option('--outside-hours', "the request comes outside the region's business hours")
    .option('--original <file>', "the customer's original license file")
    .option('--issued-by <issuer>', `who issued the original: ${LICENSE_ISSUERS.join(' | ')}`)
    .option('--region <region>', `${REGIONS.join(' | ')} (default americas)`)
    .option('--now <instant>', 'decide as of this ISO 8601 instant (default: now)')
    .option('--json', 'print JSON')
    .action((options: TempLicenseOptions) => runTempLicense(options));
}

function runTempLicense(options: TempLicenseOptions): void {
  const reason = parseTempLicenseReason(options.reason);
  if (!reason) {
    throw new UsageError(`unknown reason "${options.reason}"; accepted reasons: ${TEMP_LICENSE_REASONS.join(', ')}`);
  }
  const region = options.region ? parseRegion(options.region) : 'americas';
  if (!region) throw new UsageError(`unknown region "${options.region}"; accepted regions: ${REGIONS.join(', ')}`);
  const issuedBy = options.issuedBy ? parseLicenseIssuer(options.issuedBy) : undefined;
  if (options.issuedBy && !issuedBy) {
    throw new UsageError(`unknown issuer "${options.issuedBy}"; accepted: ${LICENSE_ISSUERS.join(', ')}`);
  }
  const now = options.now ? new Date(options.now) : new Date();
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now: "${options.now}" is not an ISO 8601 instant`);

  const original: OriginalLicenseFile | undefined = options.original
    ? { attached: true, report: parseLicenseFile(readLicenseFile(options.original)), issuedBy }
    : issuedBy
      ? { attached: false, issuedBy }
      : undefined;
  const outcome = decideTempLicense({
    reason,
    outsideBusinessHours: options.outsideHours === true,
    original,
    region,
    policy: policyFromEnvironment(),
    now,
  });

  if (options.json) {
    printJson({ reason, region, ...outcome });
    return;
  }
  printLine(`decision: ${outcome.decision}`);
  for (const sentence of outcome.reasons) printLine(`  ${sentence}`);
  if (outcome.missingInputs.length > 0) printLine(`missing: ${outcome.missingInputs.join(', ')}`);
  printLine(`licensing: ${outcome.licensingEmail}`);
}

function policyFromEnvironment(): Policy {
  try {
    return loadPolicy(loadConfig().POLICY_FILE);
  } catch (error) {
    throw new CommandFailed((error as Error).message);
  }
}
