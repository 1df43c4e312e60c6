/**
 * The OutboxStore port on the outbox table, for every row that goes by email (customer replies, staff
 * notifications, Licensing routes). A row gets its signed Message-ID when it is first claimed, stored
 * in the same transaction that marks it `sending`, so every retry — and a re-send after a crash — uses
 * the same id and a receiving client folds the rare duplicate.
 */
import { basename } from 'node:path';
import { and, asc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { OutboundMail, OutboxStore } from '../channels/email/ports.ts';
import { caseTag } from '../domain/cases/case-number.ts';
import { makeMessageId } from '../domain/email/message-id.ts';
import { type Db, schema } from './database.ts';
import { prepared } from './prepared.ts';
import { inTransaction } from './transaction.ts';

export interface MailOutboxStoreOptions {
  /** MAIL_FROM: the sender of every mail, and the domain of our Message-IDs. */
  from: string;
  messageIdSecret: string;
}

export interface MailOutboxStore extends OutboxStore {
  /** Rows left in `sending` by a crash go back to pending (they keep their Message-ID); returns how many. */
  recoverInFlight(): Promise<number>;
}

const NO_CASE = '00000000';
const { outbox, cases, attachments, openOutboxRow } = schema;

export function createMailOutboxStore(db: Db, options: MailOutboxStoreOptions): MailOutboxStore {
  const domain = options.from.split('@').pop() ?? 'caseline.invalid';

  const claim = async (nowIso: string, limit: number): Promise<OutboundMail[]> =>
    await inTransaction(db, async () => {
      const rows = await dueRows(db).all({ nowIso, limit });
      const claimed: OutboundMail[] = [];
      for (const { row, caseNumber } of rows) {
        const messageId =
          row.messageId ??
          makeMessageId({
            caseNumber: caseNumber ?? NO_CASE,
            outboxId: String(row.id),
            secret: options.messageIdSecret,
            domain,
          });
        await markSending(db).run({ id: row.id, messageId });
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

  return {
    claimDue: async (now, limit) => await claim(now.toISOString(), limit),
    markSent: async (id, info) => {
      await markSentQuery(db).run({ id: Number(id), sentAt: info.sentAt.toISOString() });
    },
    markFailed: async (id, error, nextAttemptAt) => {
      await db
        .update(outbox)
        .set({
          state: nextAttemptAt ? 'pending' : 'failed',
          attempts: sql`${outbox.attempts} + 1`,
          lastError: error.slice(0, 500),
          ...(nextAttemptAt ? { nextAttemptAt: nextAttemptAt.toISOString() } : {}),
        })
        .where(eq(outbox.id, Number(id)));
    },
    recoverInFlight: async () =>
      (
        await db
          .update(outbox)
          .set({ state: 'pending' })
          .where(and(openOutboxRow, eq(outbox.channel, 'email'), eq(outbox.state, 'sending')))
          .returning({ id: outbox.id })
      ).length,
  };
}

// Claiming and marking sent run for every outbound mail: prepared once per database.
const dueRows = (db: Db) =>
  prepared(db, 'mail-outbox-due', () =>
    db
      .select({ row: outbox, caseNumber: cases.number })
      .from(outbox)
      .leftJoin(cases, eq(outbox.caseId, cases.id))
      .where(
        and(
          openOutboxRow,
          eq(outbox.channel, 'email'),
          eq(outbox.state, 'pending'),
          lte(outbox.nextAttemptAt, sql.placeholder('nowIso')),
        ),
      )
      .orderBy(asc(outbox.nextAttemptAt), asc(outbox.id))
      .limit(sql.placeholder('limit')),
  );

const markSending = (db: Db) =>
  prepared(db, 'mail-outbox-sending', () =>
    db
      .update(outbox)
      .set({ state: 'sending', messageId: sql.placeholder('messageId') } as never)
      .where(eq(outbox.id, sql.placeholder('id'))),
  );

const markSentQuery = (db: Db) =>
  prepared(db, 'mail-outbox-sent', () =>
    db
      .update(outbox)
      .set({
        state: 'sent',
        sentAt: sql.placeholder('sentAt'),
        attempts: sql`${outbox.attempts} + 1`,
        lastError: null,
      } as never)
      .where(eq(outbox.id, sql.placeholder('id'))),
  );

/** Every mail about a case carries its tag, so even a client that drops In-Reply-To threads it back. */
export function subjectOf(subject: string | null, caseNumber: string | null, inReplyTo: string | null): string {
  let result = subject?.trim() || 'Customer Care';
  if (caseNumber && !result.includes(caseTag(caseNumber))) result = `${caseTag(caseNumber)} ${result}`;
  if (inReplyTo && !/^re:/i.test(result)) result = `Re: ${result}`;
  return result;
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
  const known = await db.select().from(attachments).where(inArray(attachments.storagePath, paths));
  const names = new Map(known.map((a) => [a.storagePath, a.filename]));
  return paths.map((path) => ({ path, filename: names.get(path) ?? basename(path) }));
}
