import type { Command } from 'commander';
import { registerSlaCommand } from './sla.ts';

/** Each command lives in its own file and adds itself here. */
export function registerCommands(program: Command): void {
  void program;
  registerSlaCommand(program);
}
