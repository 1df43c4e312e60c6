/** The mailbox checkpoint (UIDVALIDITY + last UID handled) in mailbox_checkpoints, so a restart resumes after it. */
import { eq } from 'drizzle-orm';
import type { CheckpointStore } from '../channels/email/ports.ts';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';

export function createMailCheckpointStore(db: Db): CheckpointStore {
  const table = tablesOf(db).mailboxCheckpoints;
  return {
    get: async (mailbox) => {
      const row = (await db.select().from(table).where(eq(table.mailbox, mailbox)))[0];
      return row ? { uidValidity: row.uidValidity, lastUid: row.lastUid } : null;
    },
    set: async (mailbox, value) => {
      await db
        .insert(table)
        .values({ mailbox, ...value })
        .onConflictDoUpdate({ target: table.mailbox, set: { uidValidity: value.uidValidity, lastUid: value.lastUid } });
    },
  };
}
