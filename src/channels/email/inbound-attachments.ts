/**
 * Stored attachments as the engine sees them: small textual ones (license files, CSV) are read as
 * text, small .xlsx workbooks as rows (partners send license requests as spreadsheets, DOMAIN.md §7).
 */
import { readFile } from 'node:fs/promises';
import type { InboundAttachment } from '../../services/engine/index.ts';
import { readAttachment } from '../../services/license-request/read-attachment.ts';
import type { StoredAttachment } from './attachment-sink.ts';

/** License files and request sheets are small; anything larger stays a file the engine only names. */
const MAX_TEXT_BYTES = 512 * 1024;
const TEXTUAL_NAME = /\.(dat|lic|txt|csv|log|cfg|ini|xml|json)$/i;
const WORKBOOK = /\.xlsx$|spreadsheetml\.sheet/i;
const MAX_WORKBOOK_BYTES = 2 * 1024 * 1024;

export async function toInboundAttachments(stored: StoredAttachment[]): Promise<InboundAttachment[]> {
  return Promise.all(
    stored.map(async (a) => {
      const base = { filename: a.filename, contentType: a.contentType, size: a.size, storagePath: a.storagePath };
      if ((WORKBOOK.test(a.filename) || WORKBOOK.test(a.contentType)) && a.size <= MAX_WORKBOOK_BYTES) {
        const read = await readAttachment({
          filename: a.filename,
          contentType: a.contentType,
          content: await readFile(a.storagePath),
        });
        return read.ok && read.attachment.rows ? { ...base, rows: read.attachment.rows } : base;
      }
      const textual = a.contentType.startsWith('text/') || TEXTUAL_NAME.test(a.filename);
      if (!textual || a.size > MAX_TEXT_BYTES) return base;
      return { ...base, text: await readFile(a.storagePath, 'utf8') };
    }),
  );
}
