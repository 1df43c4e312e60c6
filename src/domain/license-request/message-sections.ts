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
  /** The signature block (from the closing line on), kept apart: it names the writer, not the request. */
  signature: SourceLine[];
  /** The header block of a quoted or forwarded message (its own subject and date). */
  header: { subject?: string; date?: string; from?: string };
}

const SEPARATOR = /^\s*(-{2,}\s*(original message|forwarded message)\s*-{2,}|begin forwarded message:?|_{10,})\s*$/i;
const HEADER_LINE = /^\s*\*?(from|sent|date|to|cc|subject|reply-to|importance)\s*:\*?/i;
const WROTE = /^\s*On\b.*\bwrote:\s*$/i;
const CLOSING =
  /^\s*(?:(?:many |best |kind |warm |warmest |with )?(?:regards|thanks|thank you|thx|cheers|br|rgds|sincerely|best)(?: a lot| in advance| again)?|cordialement|bien cordialement|merci(?: beaucoup)?|vielen dank|danke|mit freundlichen grüßen|viele grüße|beste grüße|saludos(?: cordiales)?|gracias|atentamente|un saludo|よろしくお願い(?:いた)?します。?)[,.!]?\s*$/i;

type Header = MessageSection['header'];

export function splitMessageSections(body: string): MessageSection[] {
  const raw = body.replace(/\r\n?/g, '\n').split('\n');
  const sections: { depth: number; lines: SourceLine[]; header: Header }[] = [];
  let current: SourceLine[] = [];
  let header: Header = {};
  let depth = 0;
  let skippingHeaders = false;
  const startSection = () => {
    sections.push({ depth, lines: current, header });
    depth += 1;
    current = [];
    header = {};
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
      const wrote = /^\s*>?\s*On\s+(.*?),?\s+[^,]*\bwrote:?\s*$/i.exec(
        isTwoLineWrote(raw, i) ? `${raw[i]} ${raw[i + 1]}` : text,
      );
      if (wrote) header.date = wrote[1];
      if (isTwoLineWrote(raw, i)) i += 1;
      if (!isOutlookHeaderStart(raw, i, [])) continue;
    }
    if (skippingHeaders) {
      const field = HEADER_LINE.exec(text);
      if (field) {
        const name = field[1]!.toLowerCase();
        const value = text.slice(field[0].length).replace(/^\*+/, '').trim();
        if (name === 'subject') header.subject = value;
        else if (name === 'date' || name === 'sent') header.date = value;
        else if (name === 'from') header.from = value;
        continue;
      }
      if (text.trim() === '') continue;
      skippingHeaders = false;
    }
    current.push(quoted ? { text, line: i + 1, quoted } : { text, line: i + 1 });
  }
  sections.push({ depth, lines: current, header });
  return sections.map((s) => {
    const { lines, signature } = splitSignature(s.lines.map(({ text, line }) => ({ text, line })));
    return { depth: s.depth, lines, signature, header: s.header };
  });
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

/**
 * Everything from a `-- ` delimiter or a closing line ("Best regards,") on is the signature; without
 * one, a last short paragraph that starts with a name-like line ("Pieter van Dijk" over an address) is.
 */
function splitSignature(lines: SourceLine[]): { lines: SourceLine[]; signature: SourceLine[] } {
  const end = lines.findIndex((l) => /^--\s*$/.test(l.text) || CLOSING.test(l.text));
  if (end >= 0) return { lines: lines.slice(0, end), signature: lines.slice(end + 1) };
  let last = lines.length;
  while (last > 0 && lines[last - 1]!.text.trim() === '') last -= 1;
  let start = last;
  while (start > 0 && lines[start - 1]!.text.trim() !== '') start -= 1;
  const block = lines.slice(start, last);
  const nameLike = /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,3}$/u;
  if (
    start > 0 &&
    block.length >= 1 &&
    block.length <= 4 &&
    nameLike.test(block[0]!.text.trim()) &&
    !/:/.test(block[0]!.text)
  ) {
    return { lines: lines.slice(0, start), signature: block };
  }
  return { lines, signature: [] };
}
