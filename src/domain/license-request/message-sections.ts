/**
 * Splits a mail body into its messages, newest first: partners reply on top of and forward whole chains,
 * and the newest message is the one that counts (issue 5). Separators we recognise:
 * `-----Original Message-----`, `---------- Forwarded message ---------`, `Begin forwarded message:`,
 * `On <date>, <name> wrote:` (also broken over two lines), an Outlook `From:/Sent:/To:/Subject:` block, and
 * `>`-quoted lines. The header lines of a quoted or forwarded message are dropped (their `Subject:` is
 * not the request's subject), and so is each message's signature.
 */
export interface SourceLine {
  text: string;
  /** 1-based line number in the original text, for provenance. */
  line: number;
  quoted?: boolean;
}

export interface MessageSection {
  /** 0 = the newest message. */
  depth: number;
  lines: SourceLine[];
}

const SEPARATOR = /^\s*(-{2,}\s*(original message|forwarded message)\s*-{2,}|begin forwarded message:?|_{10,})\s*$/i;
const HEADER_LINE = /^\s*\*?(from|sent|date|to|cc|subject|reply-to|importance)\s*:\*?/i;
const WROTE = /^\s*On\b.*\bwrote:\s*$/i;
const CLOSING =
  /^\s*(many |best |kind |warm |warmest )?(regards|thanks|thank you|thx|cheers|br|sincerely|best)[,.!]?\s*$/i;

export function splitMessageSections(body: string): MessageSection[] {
  const raw = body.replace(/\r\n?/g, '\n').split('\n');
  const sections: MessageSection[] = [];
  let current: SourceLine[] = [];
  let depth = 0;
  let skippingHeaders = false;
  const startSection = () => {
    sections.push({ depth, lines: current });
    depth += 1;
    current = [];
    skippingHeaders = true;
  };
  for (let i = 0; i < raw.length; i++) {
    const original = raw[i]!;
    const quoted = /^\s*>/.test(original);
    const text = original.replace(/^(\s*>)+\s?/, '');
    if (quoted && depth === sections.length && current.length > 0 && !current.some((l) => l.quoted)) {
      startSection();
    }
    const outlookHeader = !(skippingHeaders && current.length === 0) && isOutlookHeaderStart(raw, i, current);
    if (SEPARATOR.test(text) || WROTE.test(text) || isTwoLineWrote(raw, i) || outlookHeader) {
      startSection();
      if (isTwoLineWrote(raw, i)) i += 1;
      if (!isOutlookHeaderStart(raw, i, [])) continue;
    }
    if (skippingHeaders) {
      if (HEADER_LINE.test(text) || text.trim() === '') continue;
      skippingHeaders = false;
    }
    current.push(quoted ? { text, line: i + 1, quoted } : { text, line: i + 1 });
  }
  sections.push({ depth, lines: current });
  return sections.map((s) => ({
    depth: s.depth,
    lines: stripSignature(s.lines.map(({ text, line }) => ({ text, line }))),
  }));
}

function isTwoLineWrote(raw: string[], i: number): boolean {
  const next = raw[i + 1];
  return (
    /^\s*>?\s*On\b/.test(raw[i]!) &&
    next !== undefined &&
    /^\s*>?\s*[^:]*\bwrote:\s*$/.test(next) &&
    !WROTE.test(raw[i]!)
  );
}

/** An Outlook reply header block not at the top: `From:` followed within three lines by `Sent:`/`Date:`. */
function isOutlookHeaderStart(raw: string[], i: number, current: SourceLine[]): boolean {
  if (!/^\s*\*?from\s*:/i.test(raw[i]!)) return false;
  if (current.length === 0 && i === 0) return false;
  return raw.slice(i + 1, i + 4).some((l) => /^\s*\*?(sent|date)\s*:/i.test(l));
}

/** Drops everything from a `-- ` delimiter or a closing line ("Best regards,") on: the signature. */
function stripSignature(lines: SourceLine[]): SourceLine[] {
  const end = lines.findIndex((l) => /^--\s*$/.test(l.text) || CLOSING.test(l.text));
  return end < 0 ? lines : lines.slice(0, end);
}
