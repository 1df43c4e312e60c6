/**
 * What a mail forwards. A forwarded message is part of what its sender asks about (a partner passing on
 * a customer's license order, a customer passing on an error report), unlike the quoted history of a
 * reply, which extractReply removes. So the new content of a forward is the sender's note followed by
 * the forwarded message's own content (its header block, quoted history and signature removed).
 *
 * A forward is recognised where a reply's quote would start: at a forward separator (Gmail, Thunderbird,
 * Apple Mail and their translations), or — when the subject says it is a forward (Fwd:, FW:, WG:, …) —
 * at Outlook's "-----Original Message-----" or From:/Sent: block, which Outlook writes for both.
 * A forward found inside a reply's quoted history is history, not a forward by this sender.
 */
import { redactPins } from '../pin-text.ts';
import { extractReply, findQuoteStart } from './extract-reply.ts';
import {
  FORWARD_SEPARATOR,
  FORWARD_SUBJECT,
  HEADER_BLOCK_FIELD,
  HEADER_BLOCK_FROM,
  ORIGINAL_MESSAGE_SEPARATOR,
  QUOTED_LINE,
  RULE_LINE,
} from './reply-patterns.ts';

export interface ForwardedMail {
  /** The sender's own words above the forwarded message (signature removed); may be empty. */
  note: string;
  /** The forwarded message's content. A PIN in it is someone else's to give: its digits are removed. */
  forwarded: string;
}

/** The note and the forwarded content of a forward; null when the body forwards nothing. */
export function splitForward(body: string, subject: string): ForwardedMail | null {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const { start } = findQuoteStart(lines);
  // Apple Mail's "Begin forwarded message:" is no quote start of its own: the header block below it
  // is, or nothing is when the forwarded message is quoted line by line.
  const apple = lines.slice(0, start).findIndex((line) => FORWARD_SEPARATOR.test(line));
  const separator =
    apple >= 0
      ? { line: apple, contentFrom: apple + 1 }
      : start < lines.length
        ? forwardSeparatorAt(lines, start, FORWARD_SUBJECT.test(subject))
        : null;
  if (separator === null) return null;
  const forwarded = extractReply(withoutHeaderBlock(unquoted(lines.slice(separator.contentFrom)))).text;
  if (forwarded === '') return null;
  return {
    note: extractReply(lines.slice(0, separator.line).join('\n')).text,
    forwarded: redactPins(forwarded),
  };
}

/** The note and the forwarded message as one text, in the order the sender wrote them. */
export function forwardText(mail: ForwardedMail): string {
  return [mail.note, `Forwarded message:\n${mail.forwarded}`].filter((part) => part !== '').join('\n\n');
}

/** The separator line of a forward whose quote would start at `start`, and where its message begins. */
function forwardSeparatorAt(
  lines: string[],
  start: number,
  forwardSubject: boolean,
): { line: number; contentFrom: number } | null {
  const line = lines[start]!;
  if (FORWARD_SEPARATOR.test(line)) return { line: start, contentFrom: start + 1 };
  if (!forwardSubject) return null;
  const above = previousNonBlank(lines, start);
  if (ORIGINAL_MESSAGE_SEPARATOR.test(line)) return { line: start, contentFrom: start + 1 };
  // Outlook's header block, often under a rule of underscores: the rule belongs to the separator.
  if (HEADER_BLOCK_FROM.test(line)) {
    const rule = above !== null && RULE_LINE.test(lines[above]!.trim()) ? above : start;
    return { line: rule, contentFrom: start };
  }
  return null;
}

function previousNonBlank(lines: string[], index: number): number | null {
  for (let i = index - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return i;
  return null;
}

/** A client that quotes the whole forwarded message ("> " on every line, Apple Mail's HTML): one level off. */
function unquoted(lines: string[]): string[] {
  const content = lines.filter((l) => l.trim() !== '');
  if (content.length === 0 || !content.every((l) => QUOTED_LINE.test(l))) return lines;
  return lines.map((l) => l.replace(/^\s*> ?/, ''));
}

/** Drops the forwarded message's From:/Date:/Subject:/To: lines (and their folded continuations). */
function withoutHeaderBlock(lines: string[]): string {
  let i = 0;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  let inBlock = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (HEADER_BLOCK_FROM.test(line) || HEADER_BLOCK_FIELD.test(line) || /^\s*\*?reply-to\s*:/i.test(line)) {
      inBlock = true;
    } else if (inBlock && /^[ \t]+\S/.test(line)) {
      // a folded header value
    } else {
      break;
    }
  }
  return lines.slice(i).join('\n');
}

/** A message forwarded as an attachment (message/rfc822), as the channel read it. */
export interface AttachedMessage {
  from: string;
  date: string;
  subject: string;
  /** Its new content (quoted history and signature removed). */
  text: string;
  /** Its whole body. */
  fullText: string;
}

/**
 * Messages forwarded as attachments (Outlook's "Forward as attachment") are read as inline forwards
 * are: their content joins the note in the text, and the whole chain gets them as forwarded sections.
 */
export function withAttachedMessages(
  body: { text: string; fullText: string },
  attached: AttachedMessage[],
): { text: string; fullText: string } {
  let text = body.text;
  const sections = [body.fullText];
  for (const message of attached) {
    if (message.text !== '') text = forwardText({ note: text, forwarded: redactPins(message.text) });
    sections.push(
      [
        '---------- Forwarded message ---------',
        `From: ${message.from}`,
        `Date: ${message.date}`,
        `Subject: ${message.subject}`,
        '',
        message.fullText,
      ].join('\n'),
    );
  }
  return { text, fullText: sections.filter((s) => s !== '').join('\n\n') };
}
