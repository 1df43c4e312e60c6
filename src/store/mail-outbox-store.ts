/**
 * The OutboxStore port on the outbox table, for every row that goes by email (customer replies, staff
 * notifications, Licensing routes). A row gets its signed Message-ID when it is first claimed, stored
 * in the same transaction that marks it `sending`, so every retry — and a re-send after a crash — uses
 * the same id and a receiving client folds the rare duplicate.
 */
import { basename } from 'node:path';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { OutboundMail, OutboxStore } from '../channels/email/ports.ts';
import { caseTag } from '../domain/cases/case-number.ts';
import { withoutReplyPrefixes } from '../domain/email/auto-acknowledgement.ts';
import { makeMessageId } from '../domain/email/message-id.ts';
import type { Db } from './database.ts';
import { dialectOf, tablesOf } from './dialect.ts';
import { CLAIM_MS, claimOutboxRows, heldBy, newClaim } from './outbox-claims.ts';
import { inTransaction } from './transaction.ts';

export interface MailOutboxStoreOptions {
  /** MAIL_FROM: the sender of every mail, and the domain of our Message-IDs. */
  from: string;
  messageIdSecret: string;
}

export interface MailOutboxStore extends OutboxStore {
  /**
   * At start, rows left in `sending` by a crash go back to pending (they keep their Message-ID); returns
   * how many. On SQLite every such row (the running lock says no other process sends); on PostgreSQL,
   * where peers may be sending right now, none: a dead sender's rows come due again when its claim
   * runs out (outbox-claims.ts).
   */
  recoverInFlight(): Promise<number>;
}

const NO_CASE = '00000000';
/** Time a mail needs at most to be sent once started (SMTP's own timeouts are longer; see smtp-transport.ts). */
const CLAIM_MARGIN_MS = 30_000;

export function createMailOutboxStore(db: Db, options: MailOutboxStoreOptions): MailOutboxStore {
  const domain = options.from.split('@').pop() ?? 'caseline.invalid';
  const { outbox } = tablesOf(db);
  // The claim each row this store took is held under (finishing it is conditioned on it).
  const claims = new Map<string, { token: string; until: number }>();

  const claim = async (now: Date, limit: number): Promise<OutboundMail[]> =>
    await inTransaction(db, async () => {
      const token = newClaim();
      const rows = await claimOutboxRows(db, { channel: 'email', now, limit, claim: token, order: 'due' });
      if (rows.length === 0) return [];
      const numbers = await caseNumbers(
        db,
        rows.map((r) => r.caseId),
      );
      // A row gets its Message-ID at its first claim, all of this claim's in one statement.
      const fresh = new Map<number, string>();
      for (const row of rows) {
        if (row.messageId) continue;
        const caseNumber = (row.caseId ? numbers.get(row.caseId) : undefined) ?? NO_CASE;
        const secret = options.messageIdSecret;
        fresh.set(row.id, makeMessageId({ caseNumber, outboxId: String(row.id), secret, domain }));
      }
      await setMessageIds(db, fresh, token);
      const claimed: OutboundMail[] = [];
      for (const row of rows) {
        const messageId = row.messageId ?? fresh.get(row.id)!;
        const caseNumber = row.caseId ? (numbers.get(row.caseId) ?? null) : null;
        claims.set(String(row.id), { token, until: now.getTime() + CLAIM_MS });
        claimed.push({
          id: String(row.id),
          from: options.from,
          to: [row.recipient],
          subject: subjectOf(row.subject, caseNumber, row.inReplyTo),
          text: row.text,
          html: htmlOf(row.text),
          messageId,
          ...(row.inReplyTo ? { inReplyTo: row.inReplyTo } : {}),
          ...(row.references.length > 0 ? { references: row.references } : {}),
          ...(row.attachments.length > 0 ? { attachments: await attachmentFiles(db, row.attachments) } : {}),
          attempts: row.attempts,
          audience: row.audience,
        });
      }
      return claimed;
    });

  /** The claim `id` was taken under, forgotten as the row is finished. */
  const release = (id: string): string => {
    const token = claims.get(id)?.token ?? '';
    claims.delete(id);
    return token;
  };

  return {
    claimDue: async (now, limit) => await claim(now, limit),
    // A mail is not started in the claim's last stretch (a slow SMTP server took the batch's time): it
    // stays claimed until the claim runs out, then any sender takes it, so it is never sent by two.
    stillHeld: (id, now) => now.getTime() < (claims.get(id)?.until ?? 0) - CLAIM_MARGIN_MS,
    markSent: async (id, info) => {
      await db
        .update(outbox)
        .set({
          state: 'sent',
          sentAt: info.sentAt.toISOString(),
          attempts: sql`${outbox.attempts} + 1`,
          lastError: null,
          claimedBy: null,
        })
        .where(heldBy(db, Number(id), release(id)));
    },
    markFailed: async (id, error, nextAttemptAt) => {
      await db
        .update(outbox)
        .set({
          state: nextAttemptAt ? 'pending' : 'failed',
          attempts: sql`${outbox.attempts} + 1`,
          lastError: error.slice(0, 500),
          claimedBy: null,
          ...(nextAttemptAt ? { nextAttemptAt: nextAttemptAt.toISOString() } : {}),
        })
        .where(heldBy(db, Number(id), release(id)));
    },
    recoverInFlight: async () => {
      if (dialectOf(db) === 'postgres') return 0;
      const { openOutboxRow } = tablesOf(db);
      return (
        await db
          .update(outbox)
          // Due at once again: while a row is sending its next_attempt_at is the claim's end.
          .set({ state: 'pending', claimedBy: null, nextAttemptAt: outbox.createdAt })
          .where(and(openOutboxRow, eq(outbox.channel, 'email'), eq(outbox.state, 'sending')))
          .returning({ id: outbox.id })
      ).length;
    },
  };
}

async function setMessageIds(db: Db, ids: Map<number, string>, claim: string): Promise<void> {
  if (ids.size === 0) return;
  const { outbox } = tablesOf(db);
  const cases = [...ids].map(([id, messageId]) => sql`WHEN ${id} THEN ${messageId}`);
  await db
    .update(outbox)
    .set({ messageId: sql`CASE ${outbox.id} ${sql.join(cases, sql` `)} END` })
    .where(and(inArray(outbox.id, [...ids.keys()]), eq(outbox.state, 'sending'), eq(outbox.claimedBy, claim)));
}

/** The case numbers of the claimed rows (subject tags, new Message-IDs), in one query. */
async function caseNumbers(db: Db, ids: Array<number | null>): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => id !== null))];
  if (wanted.length === 0) return new Map();
  const { cases } = tablesOf(db);
  const rows = await db.select({ id: cases.id, number: cases.number }).from(cases).where(inArray(cases.id, wanted));
  return new Map(rows.map((r) => [r.id, r.number]));
}

/** Every mail about a case carries its tag, so even a client that drops In-Reply-To threads it back. */
export function subjectOf(subject: string | null, caseNumber: string | null, inReplyTo: string | null): string {
  let result = subject?.trim() || 'Customer Care';
  // "Re: [Case N] calls", not "Re: [Case N] RE: calls": a reply's marks are put back once each.
  if (inReplyTo) result = withoutLeadingMarks(result, caseNumber ? caseTag(caseNumber) : null) || 'Customer Care';
  if (caseNumber && !result.includes(caseTag(caseNumber))) result = `${caseTag(caseNumber)} ${result}`;
  if (inReplyTo && !/^re:/i.test(result)) result = `Re: ${result}`;
  return result;
}

/** "[Case N] Re: AW: calls" → "calls": the reply prefixes and the case's own tag that open a subject. */
function withoutLeadingMarks(subject: string, tag: string | null): string {
  let rest = subject;
  for (let before = ''; before !== rest; ) {
    before = rest;
    rest = withoutReplyPrefixes(rest).trimStart();
    if (tag && rest.startsWith(tag)) rest = rest.slice(tag.length).trimStart();
  }
  return rest.trim();
}

/** The HTML part from the same text: escaped, blank lines become paragraphs, single newlines <br>. */
export function htmlOf(text: string): string {
  const escapeHtml = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>\n')}</p>`);
  return `<!doctype html>\n<html><body>\n${paragraphs.join('\n')}\n</body></html>\n`;
}

/** Stored attachments by path, named as they arrived (the stored file name is random). */
async function attachmentFiles(db: Db, paths: string[]): Promise<Array<{ filename: string; path: string }>> {
  const names = await attachmentNames(db, paths);
  return paths.map((path) => ({ path, filename: names.get(path) ?? basename(path) }));
}

/** The names stored files arrived under, by path (mail and Slack send files under these). */
export async function attachmentNames(db: Db, paths: string[]): Promise<Map<string, string>> {
  const { attachments } = tablesOf(db);
  const known = await db
    .select({ path: attachments.storagePath, filename: attachments.filename })
    .from(attachments)
    .where(inArray(attachments.storagePath, paths));
  return new Map(known.map((a) => [a.path, a.filename]));
}
