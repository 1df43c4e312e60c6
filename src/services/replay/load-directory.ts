/** The directory a replay starts from: the demo, a directory file, or an inline directory object. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { formatProblem } from '../../domain/directory/problems.ts';
import type { PinPolicy } from '../../domain/policy/schema.ts';
import type { Db } from '../../store/database.ts';
import { importDirectory } from '../import-directory.ts';
import { seedDemoDirectory } from '../seed-demo-directory.ts';
import { ReplayError } from './run-replay.ts';

export function directoryLoader(
  directory: string | Record<string, unknown>,
  scriptPath: string | undefined,
  pinPolicy: PinPolicy,
) {
  return async (db: Db): Promise<void> => {
    const actor = 'replay';
    const now = new Date(0);
    const result =
      directory === 'demo'
        ? await seedDemoDirectory(db, { pinPolicy, actor, now })
        : typeof directory === 'string'
          ? await importDirectory(db, {
              pinPolicy,
              actor,
              now,
              sources: [
                {
                  name: directory,
                  text: readFileSync(resolve(scriptPath ? dirname(scriptPath) : '.', directory), 'utf8'),
                },
              ],
            })
          : await importDirectory(db, {
              pinPolicy,
              actor,
              now,
              sources: [{ name: 'script.directory', text: JSON.stringify(directory) }],
            });
    if (!result.ok) {
      throw new ReplayError(`the directory has problems: ${result.problems.map(formatProblem).join('; ')}`);
    }
  };
}
