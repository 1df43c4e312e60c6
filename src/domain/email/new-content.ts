/**
 * What a mail says now, as the email channel reads it (parse-message.ts): a forward's note with the
 * forwarded message, or a reply without its quoted history ("> …", "On … wrote:", Outlook's "From: … Sent:"
 * block, "-----Original Message-----", a rule of underscores). The answer written above the history is
 * the message; the history carries nothing new (issue 21 §1).
 */
import { extractReply, findQuoteStart } from './extract-reply.ts';
import { forwardText, splitForward } from './forwarded-message.ts';
import { QUOTED_LINE } from './reply-patterns.ts';

/** True when the body still holds quoted history (a replayed or pasted mail; the channel strips it first). */
export function carriesHistory(body: string): boolean {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  return findQuoteStart(lines).start < lines.length || lines.some((line) => QUOTED_LINE.test(line));
}

/** The new content of a mail body; the body itself when nothing is left without the history. */
export function newMailContent(body: string, subject: string): string {
  const forward = splitForward(body, subject);
  const fresh = forward ? forwardText(forward) : extractReply(body).withoutQuotes;
  return fresh.trim().length > 0 ? fresh.trim() : body;
}
