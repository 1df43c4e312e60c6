import type { Command } from 'commander';
import { registerLicenseFileCommand } from './license-file.ts';
import { registerSlaCommand } from './sla.ts';
import { registerTempLicenseCommand } from './temp-license.ts';

/** Each command lives in its own file and adds itself here. */
export function registerCommands(program: Command): void {
  void program;
  registerSlaCommand(program);
  registerLicenseFileCommand(program);
  registerTempLicenseCommand(program);
}
