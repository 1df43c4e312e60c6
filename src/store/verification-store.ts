/** Channel identities proven by PIN (DOMAIN.md §8), valid for the policy's link time. */
import { and, eq, sql } from 'drizzle-orm';
import type { Db } from './database.ts';
import { tablesOf } from './dialect.ts';
import { prepared } from './prepared.ts';
import { copyRow, readOncePerUnit } from './unit-batch.ts';
import { memoKeys } from './unit-memo-keys.ts';

async function verificationOf(db: Db, channel: string, senderKey: string) {
  return readOncePerUnit(
    db,
    memoKeys.verification(channel, senderKey),
    () => readVerificationOf(db, channel, senderKey),
    copyRow,
  );
}

async function readVerificationOf(db: Db, channel: string, senderKey: string) {
  return await prepared(db, 'verification-by-sender', () =>
    db
      .select()
      .from(tablesOf(db).verifications)
      .where(
        and(
          eq(tablesOf(db).verifications.channel, sql.placeholder('channel')),
          eq(tablesOf(db).verifications.senderKey, sql.placeholder('senderKey')),
        ),
      ),
  ).get({ channel, senderKey });
}

export async function activeVerification(db: Db, channel: string, senderKey: string, now: string) {
  const row = await verificationOf(db, channel, senderKey);
  return row && row.expiresAt > now ? row : undefined;
}

export async function recordVerification(
  db: Db,
  value: { channel: string; senderKey: string; contactId: number; verifiedAt: string; expiresAt: string },
): Promise<void> {
  await db
    .insert(tablesOf(db).verifications)
    .values(value)
    .onConflictDoUpdate({
      target: [tablesOf(db).verifications.channel, tablesOf(db).verifications.senderKey],
      set: { contactId: value.contactId, verifiedAt: value.verifiedAt, expiresAt: value.expiresAt },
    });
}

/** The contact a channel identity was last proven to be by PIN, expired or not (who a Slack user is). */
export async function provenContactOf(db: Db, channel: string, senderKey: string): Promise<number | undefined> {
  return (await verificationOf(db, channel, senderKey))?.contactId;
}
