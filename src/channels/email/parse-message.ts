import { unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { AddressObject, HeaderValue } from 'mailparser';
import { leadingReplyPrefixes } from '../../domain/email/auto-acknowledgement.ts';
import { type DeliveryReport, parseDeliveryReport } from '../../domain/email/delivery-report.ts';
import { extractReplyFromHtml, htmlToPlainText } from '../../domain/email/extract-html-reply.ts';
import { extractReply } from '../../domain/email/extract-reply.ts';
import { forwardText, splitForward } from '../../domain/email/forwarded-message.ts';
import { addressIn } from '../../domain/email/inbound-classification.ts';
import { type OversizedAttachment, type SinkResult, type StoredAttachment, sinkAttachment } from './attachment-sink.ts';
import { CharsetAwareParser, charsetForDisplay, readAsWrongCharset, subjectWithUtf7Words } from './body-charsets.ts';
import { HeaderBlockScanner } from './header-block-scan.ts';

export interface MailAddress {
  address: string;
  name: string;
}

export interface ParsedMessage {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: MailAddress | null;
  /**
   * How many addresses the From header(s) name: more than one (two From headers, or two addresses in one)
   * leaves which one a receiving server's DMARC check was about unknown (sender-authentication.ts).
   */
  fromAddresses: number;
  to: MailAddress[];
  subject: string;
  date: Date | null;
  /** Lower-cased header name → every raw value (unfolded, not decoded), in message order. */
  headers: Record<string, string[]>;
  /**
   * The new content: HTML converted when there is no text part, then quoted history and signatures
   * removed; a forward keeps what it forwards (forwarded-message.ts).
   */
  text: string;
  /** The whole body as sent, quoted and forwarded history included (HTML quotes as "> " lines). */
  fullText: string;
  attachments: StoredAttachment[];
  oversized: OversizedAttachment[];
  /** Set for multipart/report delivery reports and mail from a mailer daemon. */
  deliveryReport: DeliveryReport | null;
  /** The METHOD of a calendar part (iMIP: "REQUEST" for an invitation, "REPLY" for an acceptance), upper-case. */
  calendarMethod: string | null;
  /**
   * Why the body cannot be read, as told to the sender (a charset nobody here decodes, a text sent only as
   * TNEF); then `text` and `fullText` are empty: what could not be read is neither understood nor stored.
   */
  unreadableBody: string | null;
  /**
   * Why the mail is set aside whole (quarantined, its raw source kept) though its sender is answered: a
   * mail of more parts than the parser opens, of which only the header block was read.
   */
  setAside: string | null;
}

/**
 * The parser's guards against a hostile mail, by the error each raises, and what the sender is told and the
 * inbound row says. It opens at most 1,000 MIME nodes of one mail (a mail of endless tiny parts), and reads
 * at most 1 MB of one node's header block; past either it stops. The top header block was read by then —
 * or, for a header block too big, its few lines an answer needs are read as the mail streams past
 * (header-block-scan.ts).
 */
const PARSER_LIMITS: Record<string, { told: string; setAside: string }> = {
  'Max allowed child nodes exceeded': {
    told: 'it has more than 1,000 MIME parts (attachments, body parts and attached mails), more than I open in one mail — put the files in one archive, or spread them over several mails',
    setAside: 'more than 1,000 MIME parts',
  },
  'Max header size for a MIME node exceeded': {
    told: 'a header in it (the lines your mail program writes above the text or above an attachment) is larger than 1 MB, more than I read of one mail — please send it again as a new message',
    setAside: 'a header block larger than 1 MB',
  },
};

export interface ParseMessageOptions {
  storageDir: string;
  maxAttachmentBytes: number;
}

/** Bounce reports are small and come first; this much raw text is kept for reading them. */
const RAW_PREFIX_BYTES = 1024 * 1024;

export async function parseMessage(input: Readable | Buffer, options: ParseMessageOptions): Promise<ParsedMessage> {
  const source = Buffer.isBuffer(input) ? Readable.from([input]) : input;
  const parser = new CharsetAwareParser({ skipHtmlToText: true, skipTextToHtml: true, skipImageLinks: true });
  const prefix: Buffer[] = [];
  let prefixLength = 0;
  const headerScan = new HeaderBlockScanner();
  source.on('data', (chunk: Buffer) => {
    headerScan.push(chunk);
    if (prefixLength >= RAW_PREFIX_BYTES) return;
    const piece = chunk.subarray(0, RAW_PREFIX_BYTES - prefixLength);
    prefix.push(piece);
    prefixLength += piece.length;
  });

  const headers: Record<string, string[]> = {};
  let structured = new Map<string, HeaderValue>();
  let text = '';
  let html = '';
  const sinks: Array<Promise<SinkResult>> = [];
  const contents: Readable[] = [];
  const parts: Array<{ filename: string; contentType: string }> = [];
  let unnamed = 0;
  let calendarMethod: string | null = null;

  parser.on('headerLines', (lines: Array<{ key: string; line: string }>) => {
    for (const { key, line } of lines) {
      const value = line
        .slice(line.indexOf(':') + 1)
        .replace(/\r?\n[ \t]+/g, ' ')
        .trim();
      const name = key.toLowerCase();
      headers[name] = [...(headers[name] ?? []), value];
    }
  });
  parser.on('headers', (map: Map<string, HeaderValue>) => {
    structured = map;
  });
  parser.on('data', (data) => {
    if (data.type === 'text') {
      text = data.text ?? '';
      html = typeof data.html === 'string' ? data.html : '';
      return;
    }
    unnamed++;
    if (data.contentType === 'text/calendar') calendarMethod ??= methodOf(data.headers?.get('content-type'));
    const filename = data.filename ?? `unnamed-${unnamed}${UNNAMED_EXTENSIONS[data.contentType] ?? ''}`;
    const charset = charsetOf(data.headers?.get('content-type'));
    const meta = { filename, contentType: data.contentType, ...(charset ? { charset } : {}) };
    parts.push(meta);
    const sink = sinkAttachment(data.content, meta, options.storageDir, options.maxAttachmentBytes);
    contents.push(data.content);
    sinks.push(sink);
    sink.then(
      () => data.release?.(),
      () => data.release?.(),
    );
  });

  let settled: SinkResult[];
  try {
    await new Promise<void>((resolve, reject) => {
      parser.once('end', resolve);
      parser.once('error', reject);
      source.once('error', reject);
      source.pipe(parser);
    });
    settled = await Promise.all(sinks);
  } catch (error) {
    // The parser is given up on: an error it still raises must not go unheard and end the process.
    parser.on('error', () => undefined);
    await discardAttachments(contents, sinks, error);
    // A guard of the parser's stopped it: nothing of the body is read, but the sender is known from the
    // header block and told why (the mail itself is set aside whole, rounds 11 and 12).
    const limit = error instanceof Error ? PARSER_LIMITS[error.message] : undefined;
    if (limit) {
      const facts = headers['from'] ? headerFacts(headers, structured) : await scannedHeaderFacts(source, headerScan);
      if (facts?.from) {
        return {
          ...facts,
          text: '',
          fullText: '',
          attachments: [],
          oversized: [],
          deliveryReport: null,
          calendarMethod: null,
          unreadableBody: limit.told,
          setAside: `unparseable: ${limit.setAside} (${(error as Error).message})`,
        };
      }
    }
    throw error;
  }

  const fullText = text || (html ? htmlToPlainText(html, { keepQuotes: true }) : '');
  const facts = headerFacts(headers, structured);
  const { subject, inReplyTo } = facts;
  const unreadableBody = whyUnreadable(fullText, text + html, parser.undecoded, parts);
  const forward = splitForward(fullText, subject);
  const newContent = forward
    ? forwardText(forward)
    : text
      ? extractReply(text).text
      : html
        ? extractReplyFromHtml(html).text
        : '';
  // A new mail written all in its subject ("URGENT: SIP Server 9.0 down", nothing below) says it there.
  const writtenInSubject =
    newContent === '' && fullText.trim() === '' && sinks.length === 0 && inReplyTo === null && !isReplySubject(subject);
  return {
    ...facts,
    text: unreadableBody !== null ? '' : writtenInSubject ? subject.trim() : newContent,
    fullText: unreadableBody !== null ? '' : fullText,
    attachments: settled.flatMap((r) => ('stored' in r ? [r.stored] : [])),
    oversized: settled.flatMap((r) => ('oversized' in r ? [r.oversized] : [])),
    deliveryReport: isBounceCandidate(headers)
      ? parseDeliveryReport(Buffer.concat(prefix).toString('latin1'), headers)
      : null,
    calendarMethod,
    unreadableBody,
    setAside: null,
  };
}

/**
 * The header facts of a mail whose header block the parser would not read: the rest of the mail is read
 * past (the scanner keeps only the lines an answer needs), and those lines alone are parsed as a mail of
 * their own. Undefined when the stream itself broke: then the mail is fetched again.
 */
async function scannedHeaderFacts(source: Readable, scan: HeaderBlockScanner): Promise<HeaderFacts | undefined> {
  source.resume();
  try {
    await finished(source);
  } catch {
    return undefined;
  }
  const { messageId, inReplyTo, references, from, fromAddresses, to, subject, date, headers } = await parseMessage(
    scan.headerBlock(),
    { storageDir: '', maxAttachmentBytes: 0 },
  );
  return { messageId, inReplyTo, references, from, fromAddresses, to, subject, date, headers };
}

type HeaderFacts = Pick<
  ParsedMessage,
  'messageId' | 'inReplyTo' | 'references' | 'from' | 'fromAddresses' | 'to' | 'subject' | 'date' | 'headers'
>;

/** What a mail's header block says: read for every mail, and alone for one whose body is not read. */
function headerFacts(headers: Record<string, string[]>, structured: Map<string, HeaderValue>): HeaderFacts {
  return {
    messageId: singleId(structured.get('message-id')),
    inReplyTo: singleId(structured.get('in-reply-to')),
    references: idList(structured.get('references')),
    from: firstAddress(structured.get('from')),
    // The parser reads the first From header only: each further one names at least one more address.
    fromAddresses: addresses(structured.get('from')).length + Math.max(0, (headers['from']?.length ?? 0) - 1),
    to: addresses(structured.get('to')),
    subject: subjectWithUtf7Words(
      headers['subject']?.[0],
      typeof structured.get('subject') === 'string' ? (structured.get('subject') as string) : '',
    ),
    date: dateOf(structured.get('date')),
    headers,
  };
}

/**
 * A body we cannot read (red team round 9): a text part in a charset no decoder here knows whose bytes are
 * not UTF-8 either, or a mail whose only content is Outlook's TNEF (`winmail.dat`, which we do not decode:
 * no maintained decoder of its compressed RTF is at hand). The sender is asked for plain text instead of
 * the text being read as something it is not.
 */
function whyUnreadable(
  fullText: string,
  decoded: string,
  undecoded: string[],
  parts: Array<{ filename: string; contentType: string }>,
): string | null {
  const charset = undecoded[0];
  if (charset !== undefined && readAsWrongCharset(decoded)) {
    return `it is written in a character set I cannot decode (${charsetForDisplay(charset)})`;
  }
  if (fullText.trim() === '' && parts.some(isTnef)) {
    return 'its text came only as "winmail.dat", Outlook’s rich-text format (TNEF), which I cannot open';
  }
  return null;
}

export function isTnef(part: { filename: string; contentType: string }): boolean {
  return /^application\/(?:vnd\.)?ms-tnef$/i.test(part.contentType) || /^winmail\.dat$/i.test(part.filename);
}

/** A part without a file name is named by its type, so a reply that lists it says what it is. */
const UNNAMED_EXTENSIONS: Record<string, string> = { 'message/rfc822': '.eml', 'text/calendar': '.ics' };

/** `text/calendar; method=REPLY` → "REPLY" (mailparser gives the structured header as { value, params }). */
function methodOf(contentType: HeaderValue | undefined): string | null {
  return paramOf(contentType, 'method')?.toUpperCase() ?? null;
}

/** The charset a part's Content-Type declares, for reading an attached text file (inbound-attachments.ts). */
function charsetOf(contentType: HeaderValue | undefined): string | null {
  return paramOf(contentType, 'charset')?.slice(0, 40) ?? null;
}

function paramOf(contentType: HeaderValue | undefined, name: string): string | null {
  const params = (contentType as { params?: Record<string, string> } | undefined)?.params;
  return params?.[name]?.trim() || null;
}

/**
 * A message that fails halfway (a broken download, a parser error) leaves no files: the
 * parts still streaming are ended with the error, which deletes their partial files, and the parts
 * already stored are deleted. Nothing refers to them, and the message will be fetched again or
 * quarantined whole.
 */
async function discardAttachments(contents: Readable[], sinks: Array<Promise<SinkResult>>, error: unknown) {
  for (const content of contents) if (!content.readableEnded) content.destroy(error as Error);
  const results = await Promise.allSettled(sinks);
  await Promise.all(
    results.map((result) =>
      result.status === 'fulfilled' && 'stored' in result.value
        ? unlink(result.value.stored.storagePath).catch(() => undefined)
        : undefined,
    ),
  );
}

function isReplySubject(subject: string): boolean {
  return leadingReplyPrefixes(subject) > 0 || /\[\s*case\s+\d{8}\s*\]/i.test(subject);
}

function isBounceCandidate(headers: Record<string, string[]>): boolean {
  const contentType = headers['content-type']?.[0]?.toLowerCase() ?? '';
  if (/^multipart\/report/.test(contentType)) return true;
  const local = addressIn(headers['from']?.[0] ?? '').split('@')[0] ?? '';
  return ['mailer-daemon', 'postmaster', 'mail-daemon'].includes(local) || 'x-failed-recipients' in headers;
}

function singleId(value: HeaderValue | undefined): string | null {
  const ids = idList(value);
  return ids[0] ?? null;
}

/** mailparser gives string | string[]; ids without "<…>" are normalised so comparisons work. */
function idList(value: HeaderValue | undefined): string[] {
  const raw = Array.isArray(value) ? value.join(' ') : typeof value === 'string' ? value : '';
  const bracketed = raw.match(/<[^<>\s]+>/g);
  if (bracketed) return bracketed;
  return raw
    .split(/\s+/)
    .filter((id) => /^[^<>\s]+@[^<>\s]+$/.test(id))
    .map((id) => `<${id}>`);
}

function addresses(value: HeaderValue | undefined): MailAddress[] {
  const objects = (Array.isArray(value) ? value : value ? [value] : []) as AddressObject[];
  const out: MailAddress[] = [];
  const walk = (entries: AddressObject['value']) => {
    for (const entry of entries) {
      if (entry.group) walk(entry.group);
      else if (entry.address) out.push({ address: entry.address.toLowerCase(), name: entry.name ?? '' });
    }
  };
  for (const object of objects) if (object && Array.isArray(object.value)) walk(object.value);
  return out;
}

function firstAddress(value: HeaderValue | undefined): MailAddress | null {
  return addresses(value)[0] ?? null;
}

function dateOf(value: HeaderValue | undefined): Date | null {
  return value instanceof Date && !Number.isNaN(value.getTime()) ? value : null;
}
