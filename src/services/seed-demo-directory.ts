/** `demo seed`: loads the demo directory through the same import path as any file (idempotent). */
import { readFileSync } from 'node:fs';
import type { PinPolicy } from '../domain/policy/schema.ts';
import { projectPath } from '../project-root.ts';
import type { Db } from '../store/database.ts';
import { type ImportDirectoryResult, importDirectory } from './import-directory.ts';

export const DEMO_DIRECTORY_FILE = projectPath('src', 'demo', 'demo-directory.json');

export function seedDemoDirectory(
  db: Db,
  input: { pinPolicy: PinPolicy; actor: string; now?: Date },
): Promise<ImportDirectoryResult> {
  const text = readFileSync(DEMO_DIRECTORY_FILE, 'utf8');
  return importDirectory(db, { ...input, sources: [{ name: 'demo-directory.json', text }] });
}
