/**
 * `caseline license-file FILE`: what a FlexLM license file holds (DOMAIN.md §6, §9; seed 002).
 * Exit 0 whenever the file could be read — problems inside it are diagnostics in the report;
 * exit 2 when it cannot be read at all.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { type LicenseFileReport, parseLicenseFile } from '../../domain/license-file/index.ts';
import { UsageError } from '../errors.ts';
import { printJson, printLine } from '../output.ts';

export function registerLicenseFileCommand(program: Command): void {
  program
    .command('license-file')
    .description('Read a FlexLM / FlexNet license file: servers, features, expiry, problems')
    .argument('<file>', 'the license file (.lic, .dat)')
    .option('--json', 'print the report as JSON')
    .action((file: string, options: { json?: boolean }) => {
      const report = parseLicenseFile(readLicenseFile(file));
      if (options.json) printJson(report);
      else printSummary(file, report);
    });
}

/** Reads a license file as text; shared with `caseline temp-license --original`. */
export function readLicenseFile(file: string): string {
  try {
    return readFileSync(file).toString('utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new UsageError(`cannot read license file ${file} (${code})`);
  }
}

function printSummary(file: string, report: LicenseFileReport): void {
  printLine(`${file}: ${report.temporary ? `temporary, earliest expiry ${report.earliestExpiry}` : 'permanent'}`);
  printLine(`servers: ${report.serverConfiguration}`);
  for (const server of report.servers) {
    printLine(`  ${server.hostName} ${server.hostId ?? '(no host id)'}${server.port ? ` port ${server.port}` : ''}`);
  }
  printLine(`features: ${report.features.length}`);
  for (const feature of report.features) {
    const expiry = feature.permanent ? 'permanent' : (feature.expiry ?? 'unreadable expiry');
    const host = feature.hostId ? ` host ${feature.hostId}` : '';
    printLine(`  ${feature.name} ${feature.version} ${expiry} count ${feature.count}${host} (line ${feature.line})`);
  }
  for (const diagnostic of report.diagnostics) {
    printLine(`line ${diagnostic.line}: ${diagnostic.severity}: ${diagnostic.message}`);
  }
}
