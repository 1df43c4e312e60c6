/** Channel identities proven by PIN (DOMAIN.md §8), valid for the policy's link time. */
import { and, eq, sql } from 'drizzle-orm';
import { type Db, schema } from './database.ts';
import { prepared } from './prepared.ts';

async function verificationOf(db: Db, channel: string, senderKey: string) {
  return await prepared(db, 'verification-by-sender', () =>
    db
      .select()
      .from(schema.verifications)
      .where(
        and(
          eq(schema.verifications.channel, sql.placeholder('channel')),
          eq(schema.verifications.senderKey, sql.placeholder('senderKey')),
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
    .insert(schema.verifications)
    .values(value)
    .onConflictDoUpdate({
      target: [schema.verifications.channel, schema.verifications.senderKey],
      set: { contactId: value.contactId, verifiedAt: value.verifiedAt, expiresAt: value.expiresAt },
    });
}

/** The contact a channel identity was last proven to be by PIN, expired or not (who a Slack user is). */
export async function provenContactOf(db: Db, channel: string, senderKey: string): Promise<number | undefined> {
  return (await verificationOf(db, channel, senderKey))?.contactId;
}
