/**
 * The directory holding Caseline's package.json, found by walking up from this module. The data files
 * (prompts/, db/migrations/, src/demo/) are read from there, so the paths hold both when the sources run
 * through tsx and when the bundle in dist/ runs (`npm start`), where this code lives one level down.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findProjectRoot(start: string): string {
  for (let dir = dirname(start); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'prompts'))) return dir;
    if (dirname(dir) === dir) throw new Error(`Caseline's package.json not found above ${start}`);
  }
}

export const PROJECT_ROOT = findProjectRoot(fileURLToPath(import.meta.url));

export function projectPath(...segments: string[]): string {
  return join(PROJECT_ROOT, ...segments);
}
