/**
 * Mail text in the charsets the mail parser leaves undecoded (red team round 9). mailparser refuses
 * UTF-7 on purpose — a web mail client showing "+ADw-script+AD4-" decoded as HTML would run it — and
 * reads it, like any charset it does not know, as UTF-8: "PIN: +ADQ-82913" then reaches the PIN search
 * as no PIN at all, and the text is stored as sent. We show customer text as text only (escaped for
 * Slack, plain in mail), so UTF-7 is decoded here, in bodies and in subjects' encoded words. A text part
 * in a charset nobody here knows is told apart: when its bytes are not valid UTF-8 it cannot be read,
 * and the message is answered without its text (parse-message.ts `unreadableBody`).
 */
import iconv from 'iconv-lite';
import libmime from 'libmime';
import { MailParser } from 'mailparser';

/** UTF-7 under the names RFC 2152 and IANA give it, compared the way iconv-lite compares names. */
export function isUtf7(charset: string): boolean {
  return /^(?:(?:cs)?unicode11)?utf7$/.test(charset.toLowerCase().replace(/[^a-z0-9]/g, ''));
}

/** A MailParser whose text parts are decoded from UTF-7 too, and which remembers the charsets it could not decode. */
export class CharsetAwareParser extends MailParser {
  /** Charsets text parts declared that neither iconv-lite nor libmime knows (their bytes read as UTF-8). */
  readonly undecoded: string[] = [];

  /** mailparser asks its decoder for one stream per text part, with the part's declared charset. */
  getDecoder(): { decodeStream(charset: string): NodeJS.ReadWriteStream } {
    return {
      decodeStream: (charset: string) => {
        if (isUtf7(charset)) return iconv.decodeStream('utf-7');
        const stream = libmime.createDecodeStream(charset || 'ascii');
        if (!stream.supported) this.undecoded.push(charset);
        return stream;
      },
    };
  }
}

const UTF7_WORD = /=\?((?:unicode-1-1-)?utf-7)(?:\*[\w-]+)?\?([qb])\?([^?\s]*)\?=/gi;

/**
 * The subject as mailparser decoded it, with RFC 2047 encoded words in UTF-7 decoded from the raw
 * header (mailparser leaves them as their undecoded bytes); any other subject is returned unchanged.
 */
export function subjectWithUtf7Words(rawSubject: string | undefined, decoded: string): string {
  if (!rawSubject || !/=\?(?:unicode-1-1-)?utf-7/i.test(rawSubject)) return decoded;
  // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
  const joined = rawSubject.replace(/\?=\s+(?==\?)/g, '?=');
  const utf7Decoded = joined.replace(UTF7_WORD, (_word, _charset, encoding: string, payload: string) =>
    iconv.decode(wordBytes(encoding, payload), 'utf-7'),
  );
  return libmime.decodeWords(utf7Decoded);
}

function wordBytes(encoding: string, payload: string): Buffer {
  if (encoding.toLowerCase() === 'b') return Buffer.from(payload, 'base64');
  const text = payload
    .replace(/_/g, ' ')
    .replace(/=([0-9a-f]{2})/gi, (_hex, digits: string) => String.fromCharCode(Number.parseInt(digits, 16)));
  return Buffer.from(text, 'latin1');
}

/** A part's bytes read as UTF-8 without being UTF-8: replacement characters or NULs. */
export function readAsWrongCharset(text: string): boolean {
  return /[\ufffd\u0000]/.test(text);
}

/** The charset name as it may be quoted back to the sender: short, letters, digits and punctuation only. */
export function charsetForDisplay(charset: string): string {
  return charset.replace(/[^\w.:+-]/g, '').slice(0, 40) || 'unnamed';
}

/**
 * A textual attachment's bytes as text (red team round 13): a license order saved by Windows Notepad as
 * "Unicode" is UTF-16 with a byte-order mark, and a part may declare its charset (UTF-7, ISO-8859-1, …).
 * Read as UTF-8 regardless, such a file was nothing the license reader or the PIN search could read. A
 * byte-order mark decides first, then the declared charset, then UTF-8; bytes that are not UTF-8 and came
 * with no charset are read as Windows-1252 (what a Windows program writes when it names none).
 */
export function decodeAttachmentText(bytes: Buffer, declared?: string): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  if (declared && isUtf7(declared)) return iconv.decode(bytes, 'utf-7');
  if (declared && !/^(?:utf-?8|us-?ascii|ascii)$/i.test(declared) && iconv.encodingExists(declared))
    return iconv.decode(bytes, declared);
  const utf8 = bytes.toString('utf8');
  return declared === undefined && utf8.includes('\ufffd') ? iconv.decode(bytes, 'windows-1252') : utf8;
}
