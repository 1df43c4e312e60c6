/**
 * Mail forwarded as an attachment: a small message/rfc822 part is read back from storage and parsed,
 * so what it says is understood like an inline forward (forwarded-message.ts). Its own attachments stay
 * inside the stored .eml; a part that cannot be read is only an attachment, as before.
 */
import { readFile } from 'node:fs/promises';
import { simpleParser } from 'mailparser';
import { htmlToPlainText } from '../../domain/email/extract-html-reply.ts';
import { extractReply } from '../../domain/email/extract-reply.ts';
import type { AttachedMessage } from '../../domain/email/forwarded-message.ts';
import type { StoredAttachment } from './attachment-sink.ts';

/** A forwarded mail worth reading is a few kilobytes of text; a bigger one is left as a file. */
const MAX_ATTACHED_MESSAGE_BYTES = 512 * 1024;
/** A mail forwarding a whole folder is not read message by message. */
const MAX_ATTACHED_MESSAGES = 5;

export async function readAttachedMessages(stored: StoredAttachment[]): Promise<AttachedMessage[]> {
  const candidates = stored
    .filter((a) => a.contentType.toLowerCase() === 'message/rfc822' && a.size <= MAX_ATTACHED_MESSAGE_BYTES)
    .slice(0, MAX_ATTACHED_MESSAGES);
  const read = await Promise.all(candidates.map((a) => readAttachedMessage(a.storagePath)));
  return read.filter((m): m is AttachedMessage => m !== null);
}

async function readAttachedMessage(path: string): Promise<AttachedMessage | null> {
  try {
    const parsed = await simpleParser(await readFile(path), {
      skipHtmlToText: true,
      skipTextToHtml: true,
      skipImageLinks: true,
    });
    const html = typeof parsed.html === 'string' ? parsed.html : '';
    const fullText = parsed.text || (html ? htmlToPlainText(html, { keepQuotes: true }) : '');
    if (fullText.trim() === '') return null;
    return {
      from: parsed.from?.text ?? '',
      date: parsed.date?.toUTCString() ?? '',
      subject: parsed.subject ?? '',
      text: extractReply(fullText).text,
      fullText,
    };
  } catch {
    return null;
  }
}
