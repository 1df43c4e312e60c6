/**
 * The text a message says now (issue 21): quoted history dropped, a forwarded message kept after its note, a
 * new mail's subject put before its body.
 */
import { extractReply } from '../email/extract-reply.ts';
import { forwardText, splitForward } from '../email/forwarded-message.ts';
import { normalise } from './text.ts';

/**
 * Quoted history ("> …", "On … wrote:") is not what the contact says now. The subject of a new mail is part
 * of what it says ("Critical - Production Down: SIP Server 9.0"); a reply's subject is the thread's old one.
 */
export function currentText(raw: string, subject: string | undefined): string {
  // A forward is what its sender asks about, not history: its note and the message it forwards, as the mail
  // channel passes it on (forwarded-message.ts) — a forward pasted or replayed whole reads the same.
  const forward = splitForward(raw, subject ?? '');
  const reply = forward ? forwardText(forward) : extractReply(raw).withoutQuotes;
  const body = reply.trim().length > 0 ? reply : raw;
  const fresh =
    subject &&
    // "[GLX-44812] RE: [Case N] …": a ticket system's tags before the reply marker.
    !/^\s*(?:\[[^\]\n]{1,40}\]\s*)*(?:re|aw|sv|fw|fwd|wg|tr|antw)\s*:/i.test(subject) &&
    !/^\s*(?:automatic\s+reply|auto(?:matic)?[\s-]reply|out\s+of\s+(?:the\s+)?office)/i.test(subject)
      ? subject.replace(/\[case\s+\d{8}\]/gi, '').trim()
      : '';
  return normalise(fresh && !body.includes(fresh) ? `${fresh}\n\n${body}` : body);
}

/** How much of the text read is the new mail's subject, put before its body by currentText. */
export function subjectLength(read: string, raw: string): number {
  const at = read.indexOf('\n\n');
  return at > 0 && !normalise(raw).startsWith(read.slice(0, at)) ? at : 0;
}

/** The subject announces the body's problem; it is never an issue apart from the body. */
export function joinSubject<T extends { text: string; start: number; end: number }>(
  issues: T[],
  subjectEnd: number,
): T[] {
  if (subjectEnd === 0 || issues.length < 2 || issues[0]!.end > subjectEnd + 2 + 40) return issues;
  const [a, b, ...rest] = issues as [T, T, ...T[]];
  const joined = { ...b, text: `${a.text}\n\n${b.text}`, start: a.start };
  return rest.length === 0 ? [{ ...joined }] : [joined, ...rest];
}
