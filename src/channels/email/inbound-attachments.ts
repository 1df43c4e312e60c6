/**
 * Stored attachments as the engine sees them: small textual ones (license files, CSV) are read as
 * text, small .xlsx workbooks as rows (partners send license requests as spreadsheets, DOMAIN.md §7).
 */
import { readFile } from 'node:fs/promises';
import type { InboundAttachment } from '../../services/engine/index.ts';
import { isCsv, MAX_TEXT_ATTACHMENT_BYTES, readAttachment } from '../../services/license-request/read-attachment.ts';
import type { StoredAttachment } from './attachment-sink.ts';
import { decodeAttachmentText } from './body-charsets.ts';
import { isTnef } from './parse-message.ts';

const TEXTUAL_NAME = /\.(dat|lic|txt|csv|log|cfg|ini|xml|json)$/i;
const WORKBOOK = /\.xlsx$|spreadsheetml\.sheet/i;
const MAX_WORKBOOK_BYTES = 2 * 1024 * 1024;

/**
 * `identified`: the sender is a Designated Contact whose mail passed authentication. Only their
 * attachments are opened (issue 18 §4): a stranger's are stored and named, never read. They are read
 * one after another, so one message never holds two workbooks' worth of parsing at once.
 */
export async function toInboundAttachments(
  stored: StoredAttachment[],
  identified = true,
): Promise<InboundAttachment[]> {
  const out: InboundAttachment[] = [];
  for (const a of stored) {
    const base = { filename: a.filename, contentType: a.contentType, size: a.size, storagePath: a.storagePath };
    if (!identified) {
      out.push(base);
      continue;
    }
    if (WORKBOOK.test(a.filename) || WORKBOOK.test(a.contentType)) {
      if (a.size > MAX_WORKBOOK_BYTES) {
        out.push({
          ...base,
          unreadable: `${megabytes(a.size)} is more than the ${megabytes(MAX_WORKBOOK_BYTES)} a spreadsheet may have`,
        });
        continue;
      }
      const read = await readAttachment({
        filename: a.filename,
        contentType: a.contentType,
        content: await readFile(a.storagePath),
      });
      if (read.ok && read.attachment.rows) out.push({ ...base, rows: read.attachment.rows });
      else if (!read.ok && read.tooLarge) out.push({ ...base, unreadable: read.note.slice(a.filename.length + 2) });
      else out.push(base);
      continue;
    }
    // winmail.dat is named like a license file but is Outlook's binary TNEF: never read as text.
    const textual = (a.contentType.startsWith('text/') || TEXTUAL_NAME.test(a.filename)) && !isTnef(a);
    if (!textual || a.size > MAX_TEXT_ATTACHMENT_BYTES) {
      out.push(base);
      continue;
    }
    // A CSV export is split into rows as `caseline parse-license-request` splits it (quoted cells, `;` or tabs).
    const read = isCsv(a)
      ? await readAttachment({
          filename: a.filename,
          contentType: a.contentType,
          content: await readFile(a.storagePath),
        })
      : undefined;
    if (read?.ok && read.attachment.rows)
      out.push({ ...base, text: read.attachment.text ?? '', rows: read.attachment.rows });
    else out.push({ ...base, text: decodeAttachmentText(await readFile(a.storagePath), a.charset) });
  }
  return out;
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}
