// Two connections write the database file while `start` runs (the bot, and an admin command such as
// `caseline directory import`). A deferred transaction that read before the other connection committed
// cannot write afterwards (SQLITE_BUSY at once, busy_timeout not consulted), so openDatabase makes every
// transaction BEGIN IMMEDIATE: the lock is taken up front, and the other writer is the one that waits.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, schema } from '../../../src/store/database.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function twoConnections() {
  const dir = mkdtempSync(join(tmpdir(), 'caseline-tx-'));
  dirs.push(dir);
  const path = join(dir, 'caseline.db');
  const db = openDatabase(path);
  db.insert(schema.mailboxCheckpoints).values({ mailbox: 'INBOX', uidValidity: 1, lastUid: 10 }).run();
  const other = new Database(path);
  other.pragma('busy_timeout = 0');
  return { db, other };
}

const bumpOther = (other: Database.Database) =>
  other.prepare("UPDATE mailbox_checkpoints SET last_uid = last_uid + 100 WHERE mailbox = 'INBOX'").run();

describe('openDatabase transactions take the write lock at BEGIN', () => {
  it('a read-then-write transaction (drizzle) completes while another connection tries to write in between', () => {
    const { db, other } = twoConnections();
    let otherError: unknown = null;
    db.transaction((tx) => {
      const row = tx
        .select()
        .from(schema.mailboxCheckpoints)
        .where(eq(schema.mailboxCheckpoints.mailbox, 'INBOX'))
        .get();
      try {
        bumpOther(other);
      } catch (error) {
        otherError = error;
      }
      tx.update(schema.mailboxCheckpoints)
        .set({ lastUid: (row?.lastUid ?? 0) + 1 })
        .where(eq(schema.mailboxCheckpoints.mailbox, 'INBOX'))
        .run();
    });
    expect((otherError as { code?: string } | null)?.code).toBe('SQLITE_BUSY');
    expect(db.select().from(schema.mailboxCheckpoints).get()?.lastUid).toBe(11);
    other.close();
    db.$client.close();
  });

  it('so does a better-sqlite3 transaction called directly, and nested ones still become savepoints', () => {
    const { db, other } = twoConnections();
    const read = db.$client.prepare("SELECT last_uid AS n FROM mailbox_checkpoints WHERE mailbox = 'INBOX'");
    const write = db.$client.prepare("UPDATE mailbox_checkpoints SET last_uid = ? WHERE mailbox = 'INBOX'");
    const inner = db.$client.transaction(() => {
      write.run(99);
      throw new Error('inner fails');
    });
    db.$client.transaction(() => {
      const { n } = read.get() as { n: number };
      expect(() => bumpOther(other)).toThrow(/busy|locked/i);
      write.run(n + 1);
      expect(() => inner()).toThrow('inner fails');
    })();
    expect((read.get() as { n: number }).n).toBe(11);
    other.close();
    db.$client.close();
  });

  it('a plain deferred transaction on a raw connection fails in that case, which is why this exists', () => {
    const { db, other } = twoConnections();
    const raw = new Database(db.$client.name);
    raw.pragma('busy_timeout = 0');
    const read = raw.prepare("SELECT last_uid AS n FROM mailbox_checkpoints WHERE mailbox = 'INBOX'");
    const write = raw.prepare("UPDATE mailbox_checkpoints SET last_uid = ? WHERE mailbox = 'INBOX'");
    const deferred = raw.transaction(() => {
      const { n } = read.get() as { n: number };
      bumpOther(other);
      write.run(n + 1);
    });
    expect(() => deferred()).toThrow(/busy|locked/i);
    raw.close();
    other.close();
    db.$client.close();
  });
});
