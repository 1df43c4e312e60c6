/**
 * A request pasted as text with its own header lines on top (`Subject: …` / `From: Name <address>` / `Sent: …`,
 * in any order, before the first blank line): the pasted `From:` names the writer as a mail's From header
 * would (issue 25 round 16 §1). Only the block at the very top counts — a `From:` further down opens a quoted
 * message, whose writer is not the requester.
 */
import type { LicenseRequestInput } from './schema.ts';

const HEADER = /^\s*\*?(from|sent|date|to|cc|subject|reply-to|importance)\s*:\*?\s*(.*)$/i;
/** `"Okonkwo, Chidi" <c.okonkwo@…>`, `Tom Becker [mailto:tbecker@…]`, `Ann Lee (ann.lee@…)`, a bare address. */
const SENDER = /^\s*"?([^"<[(]*?)"?\s*[<[(](?:mailto:)?([^\s<>[\]()@]+@[\w.-]+\.\w+)[>\])]\s*$/i;
const BARE = /^\s*<?([^\s<>@]+@[\w.-]+\.\w+)>?\s*$/;

export function withPastedSender(input: LicenseRequestInput): LicenseRequestInput {
  if (input.from) return input;
  const from = pastedSender(input.body);
  return from ? { ...input, from } : input;
}

function pastedSender(body: string): LicenseRequestInput['from'] | undefined {
  const lines = body.replace(/^\uFEFF/, '').split(/\r?\n/, 12);
  for (const line of lines) {
    if (line.trim() === '') return undefined;
    const header = HEADER.exec(line);
    if (!header) return undefined;
    if (header[1]!.toLowerCase() !== 'from') continue;
    const named = SENDER.exec(header[2]!);
    if (named) return { ...(named[1]!.trim() ? { name: named[1]!.trim() } : {}), address: named[2]!.toLowerCase() };
    const bare = BARE.exec(header[2]!);
    return bare ? { address: bare[1]!.toLowerCase() } : undefined;
  }
  return undefined;
}
