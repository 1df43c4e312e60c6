/**
 * The sender's own signature (the understanding corpus's settled convention): their name, role, company,
 * phones, address and e-mail under their own mail — or under their own earlier mail quoted below — are how
 * Customer Care reaches them, not sensitive data. The block is found by its form (a closing, a "--", or the
 * sender's name as the directory knows it, then a few short lines to the end of that mail), so a number
 * written in the body above it, a P.S. under it, or someone else's quoted mail stays what it is.
 */
import { findQuoteStart, findSignatureStart } from './email/extract-reply.ts';

export interface Sender {
  /** The name the directory knows ("Ana Ruiz"); its first word is how most people sign. */
  name?: string;
  email?: string;
}

/** Spans [start, end) of `text` that are the sender's own signature blocks. */
export function ownSignatureSpans(text: string, sender: Sender = {}): Array<[number, number]> {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let at = 0;
  for (const line of lines) {
    offsets.push(at);
    at += line.length + 1;
  }
  const offset = (i: number) => (i < lines.length ? offsets[i]! : text.length);
  const names = namesOf(sender);
  const spans: Array<[number, number]> = [];
  // Each mail of the chain: the sender's own on top, then each quoted one whose header names the sender.
  let from = 0;
  let own = true;
  // Each line unquoted once, each mail looked for from where the last ended: read again from every quote, a
  // chain of many short quoted mails took time growing with its square (red team round 15).
  const bare = lines.map(unquoted);
  while (from < lines.length) {
    const { start: end, span } = findQuoteStart(bare, from);
    if (own) {
      const signature = from + findSignatureStart(bare.slice(from, end), names);
      if (signature < end) spans.push([offset(signature), offset(end)]);
    }
    if (end >= bare.length) break;
    let headerEnd = end + 1;
    while (headerEnd < Math.min(bare.length, end + 6) && bare[headerEnd]!.trim() !== '') headerEnd++;
    own = namesSender(bare.slice(end, headerEnd).join(' '), sender);
    from = end + Math.max(span, 1);
  }
  return spans;
}

function unquoted(line: string): string {
  return line.replace(/^(?:\s*>)+ ?/u, '');
}

function namesOf(sender: Sender): string[] {
  const full = sender.name?.trim();
  if (!full) return [];
  const first = full.split(/\s+/u)[0]!;
  return first === full ? [full] : [full, first];
}

/** A quote's header ("On …, Ana Ruiz <ana@acme.example> wrote:", "From: Ana Ruiz") naming the sender. */
function namesSender(header: string, sender: Sender): boolean {
  const lower = header.toLowerCase();
  if (sender.email && lower.includes(sender.email.toLowerCase())) return true;
  return sender.name !== undefined && sender.name.includes(' ') && lower.includes(sender.name.toLowerCase());
}

/** Where the sender's own text ends: the start of the quoted or forwarded history (the text's length without). */
export function ownMailEnd(text: string): number {
  const lines = text.split('\n');
  const { start } = findQuoteStart(lines);
  return lines.slice(0, start).reduce((n, l) => n + l.length + 1, 0);
}
