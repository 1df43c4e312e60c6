/**
 * What the admin commands share: the configured database (opened, migrated, always closed), the
 * policy, and the actor recorded in the audit log.
 */
import { userInfo } from 'node:os';
import { loadConfig } from '../config.ts';
import type { Policy } from '../domain/policy/schema.ts';
import { type Db, openDatabase } from '../store/database.ts';
import { loadPolicy } from '../store/policy-file.ts';
import { requireSqliteStore } from './require-sqlite.ts';

export interface AdminContext {
  db: Db;
  policy: Policy;
  actor: string;
}

/** `cli:<login name>`: who ran the command, for the audit log. */
export function cliActor(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export async function withAdminDatabase<T>(work: (context: AdminContext) => Promise<T> | T): Promise<T> {
  const config = loadConfig();
  requireSqliteStore(config, 'run this command');
  const policy = loadPolicy(config.POLICY_FILE);
  const db = openDatabase(config.CASELINE_DB);
  try {
    return await work({ db, policy, actor: cliActor() });
  } finally {
    db.$client.close();
  }
}
