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
  header: { subject?: string; date?: string; from?: string; to?: string };
}

/** `-----Original Message-----` as mail programs write it in the partners' languages too. */
const SEPARATOR =
  /^\s*(-{2,}\s*(original message|forwarded message|urspr(?:ü|ue)ngliche nachricht|weitergeleitete nachricht|message d'origine|message transf[ée]r[ée]|mensaje original|mensaje reenviado|mensagem original|mensagem encaminhada|messaggio originale|messaggio inoltrato|oorspronkelijk bericht|doorgestuurd bericht|originalmeddelande|vidarebefordrat meddelande)\s*-{2,}|begin forwarded message:?|_{10,})\s*$/i;
/** A quoted message's header line; Outlook writes the names in the writer's language (`Von:`, `Gesendet:`, `Betreff:`). */
const HEADER_LINE =
  /^\s*\*?(from|sent|date|to|cc|subject|reply-to|importance|von|gesendet|an|betreff|datum|de|envoy[ée]|[àa]|objet|enviado|para|asunto|assunto|fecha|data|oggetto|inviato|da|a|van|verzonden|aan|onderwerp)\s*:\*?/i;
const HEADER_NAME: Record<string, string> = {
  von: 'from',
  de: 'from',
  da: 'from',
  van: 'from',
  gesendet: 'sent',
  envoyé: 'sent',
  envoye: 'sent',
  enviado: 'sent',
  inviato: 'sent',
  verzonden: 'sent',
  datum: 'date',
  fecha: 'date',
  data: 'date',
  an: 'to',
  à: 'to',
  a: 'to',
  para: 'to',
  aan: 'to',
  betreff: 'subject',
  objet: 'subject',
  asunto: 'subject',
  assunto: 'subject',
  oggetto: 'subject',
  onderwerp: 'subject',
};
const WROTE = /^\s*On\b.*\bwrote:\s*$/i;
/** The line a signature starts after: a closing, in the languages partners write in. */
const CLOSING = new RegExp(
  // "Ystävällisin terveisin / Best regards": a closing in a language we have no word list for, then one we know.
  String.raw`^\s*(?:[\p{L}][\p{L}\s]{1,40}?\s*[/|]\s*)?(?:` +
    [
      String.raw`(?:yours\s+(?:faithfully|sincerely|truly)|respectfully(?:\s+yours)?)|(?:(?:many|best|kind|kindest|warm|warmest|with|thanks|thank\s+you|and|&|very)\s+)*(?:regards|rgds|brgds|thanks|thank\s+you|thx|tks|ty|cheers|ta|sincerely|best|br|kr|greetings|wishes)(?:\s+(?:a\s+lot|in\s+advance|again|so\s+much|&\s+regards|and\s+regards))?`,
      String.raw`(?:bien\s+)?cordialement|bien\s+à\s+vous|merci(?:\s+beaucoup|\s+d'avance)?|salutations`,
      String.raw`vielen\s+dank|danke(?:\s+schön)?|mit\s+freundlichen\s+gr(?:ü|ue)(?:ß|ss)en|(?:freundliche|viele|beste|liebe|schöne|herzliche)\s+gr(?:ü|ue)(?:ß|ss)e|gru(?:ß|ss)`,
      String.raw`(?:muchas\s+)?gracias|saludos(?:\s+cordiales)?|un\s+saludo|atentamente|cordiales\s+saludos`,
      String.raw`obrigad[oa]|abs|abraços?|att\.?|atenciosamente|cumprimentos`,
      String.raw`grazie(?:\s+mille)?|cordiali\s+saluti|distinti\s+saluti|saluti`,
      String.raw`met\s+vriendelijke\s+groet(?:en)?|groeten|(?:(?:med\s+)?vänlig(?:a)?\s+)?hälsning(?:ar)?|mvh|pozdrawiam`,
      String.raw`(?:tusen\s+)?takk|tack|kiitos|dziękuję|ng[aā]\s+mihi|kia\s+ora|mahalo|terima\s+kasih|salam`,
      'よろしくお願い(?:いた)?します。?|以上(?:です|、よろしくお願いいたします)?。?',
    ].join('|') +
    // "Met vriendelijke groet / Kind regards,": two closings, one in each language.
    String.raw`)(?:\s*[/|]\s*[\p{L}][\p{L}\s]{1,40}?)?[\s,.!~]*$`,
  'iu',
);

type Header = MessageSection['header'];

/** A greeting on its own line ("Hello,", "Hallo,"), never a closing. */
const GREETING_WORD =
  /^\s*(?:hi|hello|hey|dear|hallo|bonjour|hola|ciao|hej|hei|hoi|olá|ola|salut|morning|greetings)\b/i;

const CLOSING_AND_MORE =
  /^\s*(?:[Tt]hanks|THANKS|[Tt]hank\s+you|[Cc]heers|[Rr]egards|[Mm]any\s+thanks|[Bb]est)(?:\s+[a-z'’]+){1,2}\s*[,!.]?\s*$/;

const SIGNED_ON_THE_LINE =
  /^\s*(?:--|—|(?:(?:best|kind|warm|many)\s+)?(?:regards|thanks|cheers|best))\s*[,:]?\s+(?=[\p{Lu}][\p{Ll}]+\s+[\p{Lu}][\p{Ll}'’-]+(?:\s*[,(|]|\s*$))/iu;

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
    // A line of underscores before a signature (no From:/Sent: under it) separates no message.
    const signatureRule = /^\s*_{10,}\s*$/.test(text) && !headerFollows(raw, i);
    if (signatureRule) continue;
    if (SEPARATOR.test(text) || WROTE.test(text) || isTwoLineWrote(raw, i) || outlookHeader) {
      startSection();
      const wrote = /^\s*>?\s*On\s+(.*?),?\s+([^,]*)\bwrote:?\s*$/i.exec(
        isTwoLineWrote(raw, i) ? `${raw[i]} ${raw[i + 1]}` : text,
      );
      if (wrote) {
        header.date = wrote[1];
        header.from = wrote[2]!.trim();
      }
      if (isTwoLineWrote(raw, i)) i += 1;
      if (!isOutlookHeaderStart(raw, i, [])) continue;
    }
    if (skippingHeaders) {
      const field = HEADER_LINE.exec(text);
      if (field) {
        const written = field[1]!.toLowerCase();
        const name = HEADER_NAME[written] ?? written;
        const value = text.slice(field[0].length).replace(/^\*+/, '').trim();
        if (name === 'subject') header.subject = value;
        else if (name === 'date' || name === 'sent') header.date = value;
        else if (name === 'from') header.from = value;
        else if (name === 'to') header.to = value;
        continue;
      }
      if (text.trim() === '') continue;
      skippingHeaders = false;
    }
    current.push(quoted ? { text, line: i + 1, quoted } : { text, line: i + 1 });
  }
  sections.push({ depth, lines: current, header });
  return sections.map((s) => {
    const { lines, signature } = splitSignature(s.lines);
    return { depth: s.depth, lines, signature, header: s.header };
  });
}

/** A header line (`From:`, `Sent:`, …) within the next four non-empty lines. */
function headerFollows(raw: string[], i: number): boolean {
  return raw
    .slice(i + 1)
    .filter((l) => l.trim() !== '')
    .slice(0, 4)
    .some((l) => HEADER_LINE.test(l.replace(/^(\s*>)+\s?/, '')));
}

function isTwoLineWrote(raw: string[], i: number): boolean {
  const next = raw[i + 1];
  return (
    /^\s*(?:>\s*)?On\b/.test(raw[i]!) &&
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

/** A sentence on its own line: a capital, words, a full stop (`Call me if anything is missing.`). */
const LAST_SENTENCE = /^\s*\p{Lu}[^.!?]{8,120}[.!]\s*$/u;

/** A line of a signature that reaches its writer: a mail address, or a labelled phone number. */
const CONTACT_LINE =
  /(?<![\w.+-])[\w.+-]+@[\w-]+\.[\w.-]+|\b(?:office|tel|phone|mobile|mob|direct|ddi|did|main|cell|t|m|p|o|d)\b\s{0,16}[:.]?\s{0,16}\+?\(?\d[\d\s().-]{6,40}\d/i;

/**
 * Everything from a `-- ` delimiter or a closing line ("Best regards,") on is the signature; without
 * one, a last short paragraph that starts with a name-like line ("Pieter van Dijk" over an address) is.
 */
function splitSignature(lines: SourceLine[]): { lines: SourceLine[]; signature: SourceLine[] } {
  // "Kia ora,", "Salam,", "Cheers," as the message's first words greet: a closing has something above it.
  // A pasted request's own header lines (`Subject: …`) come before its first words (round 16).
  const first = lines.findIndex((l) => l.text.trim() !== '' && !HEADER_LINE.test(l.text));
  const end = lines.findIndex((l, i) => /^--\s*$/.test(l.text) || (i > first && CLOSING.test(l.text)));
  if (end >= 0) return { lines: lines.slice(0, end), signature: lines.slice(end + 1) };
  // "-- Ann Lee, Fabrikam Partners", "Regards, Ann Lee (Fabrikam)": the signature starts on the closing's line.
  const inline = lines.findIndex((l) => SIGNED_ON_THE_LINE.test(l.text));
  if (inline >= 0) {
    const rest = lines[inline]!.text.replace(SIGNED_ON_THE_LINE, '').replace(/\s*\(([^)]+)\)\s*$/, ', $1');
    return {
      lines: lines.slice(0, inline),
      signature: [{ ...lines[inline]!, text: rest }, ...lines.slice(inline + 1)],
    };
  }
  let last = lines.length;
  // A rule under the signature (an HTML <hr> before a forwarded message) ends nothing of it.
  const blank = (text: string) => text.trim() === '' || /^\s*(?:[-_=*]\s*){8,}$/.test(text);
  while (last > 0 && blank(lines[last - 1]!.text)) last -= 1;
  let start = last;
  while (start > 0 && lines[start - 1]!.text.trim() !== '') start -= 1;
  const nameLike = /^[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){1,3}$/u;
  // "Diolch,", "Takk!" over a name: a closing in a language we have no word list for is one word on its line.
  // Not the mail's first line, nor a greeting: "Hello," over "Acct - Fenwick Opticians" opens the request.
  // "Thanks heaps,", "Cheers mate,", "Thanks a bunch!": a closing word and a few small words on its line (round 12).
  const closing = lines[start]?.text ?? '';
  const oneWord = start > 0 && (/^\s*[\p{L}]{2,15}\s*[,!]\s*$/u.test(closing) || CLOSING_AND_MORE.test(closing));
  if (oneWord && !GREETING_WORD.test(lines[start]!.text) && nameLike.test(lines[start + 1]?.text.trim() ?? ''))
    return { lines: lines.slice(0, start), signature: lines.slice(start + 1, last) };
  // "Call me if anything is missing." over "Carlos Mendez" and his company and phone: a last sentence of the
  // message, then the signature without a closing word (round 16 §6).
  const signedUnder =
    start > 0 &&
    last - start >= 3 &&
    LAST_SENTENCE.test(lines[start]!.text) &&
    nameLike.test(lines[start + 1]!.text.trim()) &&
    lines.slice(start + 2, last).some((l) => CONTACT_LINE.test(l.text));
  if (signedUnder) return { lines: lines.slice(0, start + 1), signature: lines.slice(start + 1, last) };
  const block = lines.slice(start, last);
  // "Sam Ortega | Pinnacle Voice LLC | sortega@… | 480-555-0133": a signature on one line; "KIM Min-jun / Senior
  // Engineer": a name and a title (round 16 §6).
  const head = (block[0]?.text.split(/\s+[|·•/]\s+/)[0] ?? '').trim();
  // A table's last rows are no signature: a header row of words ("Host<tab>Host ID<tab>OS") looks like a name.
  // An HTML signature laid out as a table ("Lauren Mitchell      Office: +1 (412) …") is a signature in columns.
  const columns = block[0]?.text.split(/\t|\s{3,}/) ?? [];
  const signatureInColumns =
    columns.length >= 2 &&
    nameLike.test(columns[0]!.trim()) &&
    block.some((l) => /@|\b(?:office|tel|phone|mobile|direct|t|m|p)\b\s*[:.]?\s*\+?\(?\d/i.test(l.text));
  const tabular =
    // A host id in the block (four pairs at least: `+82-51-555-0120` is a phone, round 16 §6).
    block.some((l) => /(?<![0-9A-Fa-f])(?:[0-9A-Fa-f]{2}[-:]){3,}[0-9A-Fa-f]{2}/.test(l.text)) ||
    (!signatureInColumns && block.some((l) => /\t|\S {3,}\S/.test(l.text)));
  // "Single server.", "Production only.": a last short sentence of the request is no name.
  const sentence = /(?<!\p{Ll})\p{Ll}{3,}[.!]$|\b(?:server|licen[cs]e|seats?|production|setup|please|thanks?)\b/iu.test(
    head,
  );
  if (
    start > 0 &&
    block.length >= 1 &&
    // A longer block (name, title, company, address, phone) is a signature when it carries a way to reach its writer.
    (block.length <= 4 || (block.length <= 7 && block.some((l) => CONTACT_LINE.test(l.text)))) &&
    (signatureInColumns || (nameLike.test(head) && !/:/.test(head))) &&
    !tabular &&
    !sentence
  ) {
    return { lines: lines.slice(0, start), signature: block };
  }
  return { lines, signature: [] };
}

/** The vendor's own messages quoted in a reply (Licensing's questions, our order kit): they state nothing of the request. */
const VENDOR_SENDER = /\blicen[cs]ing\b|\bcaseline\b|\bcustomer\s+care\b|licen[cs]ing[\w.-]*@|@genesys/i;

export function writtenByVendor(section: MessageSection): boolean {
  return section.depth > 0 && VENDOR_SENDER.test(section.header.from ?? '');
}

/**
 * The sections that speak for the partner: a vendor message quoted with `>` keeps only the lines typed
 * between its quoted lines (answers written inline), one forwarded whole keeps nothing.
 */
export function withoutVendorText(sections: MessageSection[]): MessageSection[] {
  return sections.flatMap((section) => {
    if (!writtenByVendor(section)) return [section];
    const answers = section.lines.filter((l) => !l.quoted);
    return section.lines.some((l) => l.quoted) && answers.some((l) => l.text.trim() !== '')
      ? [{ ...section, lines: answers }]
      : [];
  });
}
