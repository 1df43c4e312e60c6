import type { Command } from 'commander';
import { registerAuditCommand } from './audit.ts';
import { registerBackupCommands } from './backup.ts';
import { registerContactCommand } from './contact.ts';
import { registerDemoCommand } from './demo.ts';
import { registerDirectoryCommand } from './directory.ts';
import { registerDoctorCommand } from './doctor.ts';
import { registerIngestCommand } from './ingest.ts';
import { registerLicenseFileCommand } from './license-file.ts';
import { registerMigrateCommand } from './migrate.ts';
import { registerPageCommands } from './page.ts';
import { registerParseLicenseRequestCommand } from './parse-license-request.ts';
import { registerReplayCommand } from './replay.ts';
import { registerReportCommand } from './report.ts';
import { registerSlaCommand } from './sla.ts';
import { registerSlackCommand } from './slack.ts';
import { registerStaffCommand } from './staff.ts';
import { registerStartCommand } from './start.ts';
import { registerTempLicenseCommand } from './temp-license.ts';

/** Each command lives in its own file and adds itself here. */
export function registerCommands(program: Command): void {
  registerStartCommand(program);
  registerDirectoryCommand(program);
  registerContactCommand(program);
  registerStaffCommand(program);
  registerAuditCommand(program);
  registerDemoCommand(program);
  registerSlaCommand(program);
  registerLicenseFileCommand(program);
  registerTempLicenseCommand(program);
  registerParseLicenseRequestCommand(program);
  registerReplayCommand(program);
  registerReportCommand(program);
  registerIngestCommand(program);
  registerMigrateCommand(program);
  registerBackupCommands(program);
  registerDoctorCommand(program);
  registerPageCommands(program);
  registerSlackCommand(program);
}
