/**
 * What the admin commands share: the configured database (opened, migrated, always closed), the
 * policy, and the actor recorded in the audit log.
 */
import { userInfo } from 'node:os';
import { loadConfig } from '../config.ts';
import type { Policy } from '../domain/policy/schema.ts';
import type { Db } from '../store/database.ts';
import { openStore } from '../store/open-store.ts';
import { loadPolicy } from '../store/policy-file.ts';

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
  const policy = loadPolicy(config.POLICY_FILE);
  // The configured store: the SQLite file, or PostgreSQL with DATABASE_URL (store/open-store.ts).
  const store = await openStore(config, { max: 2 });
  try {
    return await work({ db: store.db, policy, actor: cliActor() });
  } finally {
    await store.close();
  }
}
