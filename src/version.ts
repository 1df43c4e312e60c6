/**
 * Caseline's version, from package.json (read once at load). The same value is printed by
 * `caseline --version`, served by `/healthz` and written in the start log line.
 */
import { readFileSync } from 'node:fs';
import { projectPath } from './project-root.ts';

function readVersion(): string {
  const manifest = JSON.parse(readFileSync(projectPath('package.json'), 'utf8')) as { version?: unknown };
  return typeof manifest.version === 'string' ? manifest.version : '0.0.0';
}

export const CASELINE_VERSION: string = readVersion();
