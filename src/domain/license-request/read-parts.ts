/**
 * The parts of a mail the readers read, in priority order (mergeCollected): the newest message, its
 * attachments, older quoted or forwarded messages; then, for the PureConnect requester, the From header,
 * the signature and the subject. Attachments are read to a bounded number of rows (a spreadsheet of
 * thousands of rows is not a license request; what was left unread is said in a note).
 */
import * as chrono from 'chrono-node';
import type { Collected, PartContext } from './collector.ts';
import { LEGAL_FORM } from './company-name-grammar.ts';
import { inlineSignature } from './inline-signature.ts';
import type { MessageSection, SourceLine } from './message-sections.ts';
import { splitPersonName } from './person-names.ts';
import { proseUnits } from './prose-units.ts';
import { readPureConnectPart } from './pureconnect-reader.ts';
import { readRequesterMentions } from './requester-prose.ts';
import type { DecodedAttachment, LicenseRequestInput, PureConnectRecord } from './schema.ts';
import { matchesDomain, readSignature } from './signature.ts';

/** Rows of one attachment that are read; a license request fits in far fewer (issue 25 "Bad input"). */
export const MAX_ATTACHMENT_ROWS = 200;
/** Each older message in a chain counts for a little less than the one replying to it. */
export const OLDER_MESSAGE_WEIGHT = 0.9;

export interface Part {
  lines: SourceLine[];
  context: PartContext;
}

export interface AttachmentPart {
  name: string;
  lines: SourceLine[];
  note?: string;
}

/** Rows become tab-separated lines, so a spreadsheet reads like a table pasted into the body. */
export function attachmentPart(attachment: DecodedAttachment): AttachmentPart {
  const rows = attachment.rows ?? (attachment.kind === 'csv' ? splitCsv(attachment.text ?? '') : undefined);
  const all: unknown[] = rows ?? (attachment.text ?? '').split(/\r?\n/);
  const text = (row: unknown) =>
    Array.isArray(row)
      ? row
          .map((c) =>
            String(c)
              .replace(/[\t\r\n]+/g, ' ')
              .trim(),
          )
          .join('\t')
      : String(row);
  const lines = all
    .slice(0, MAX_ATTACHMENT_ROWS)
    .map((row, i) => ({ text: text(row).replace(/\t+$/, ''), line: i + 1 }));
  const unread = all.slice(MAX_ATTACHMENT_ROWS).some((row) => text(row).trim() !== '');
  if (!unread) return { name: attachment.name, lines };
  const note = `${attachment.name} has ${all.length.toLocaleString('en-US')} rows; only the first ${MAX_ATTACHMENT_ROWS} were read for the request (a person at Licensing has the whole file).`;
  return { name: attachment.name, lines, note };
}

/** A minimal CSV reader for attachments handed over as text (the services layer normally gives rows). */
function splitCsv(text: string): string[][] {
  const first = text.split('\n', 1)[0] ?? '';
  const delimiter = first.includes(';') && !first.includes(',') ? ';' : ',';
  return text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells: string[] = [];
      let cell = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const ch = line[i]!;
        if (ch === '"' && quoted && line[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else if (ch === '"') quoted = !quoted;
        else if (ch === delimiter && !quoted) {
          cells.push(cell);
          cell = '';
        } else cell += ch;
      }
      cells.push(cell);
      return cells;
    });
}

/** A quoted message's own date (`Sent: Monday, March 4, 2019 9:12 AM`, `On Tue, 7 May 2024 at 16:20 …`), parsed when asked. */
function sectionDate(section: MessageSection, fallback: Date | undefined): () => Date | undefined {
  let parsed: Date | undefined | null = null;
  return () => {
    if (parsed !== null) return parsed;
    const written = section.header.date;
    const reference = { instant: fallback ?? new Date(0), timezone: 'UTC' };
    parsed = written ? (chrono.en.parseDate(written.replace(/\bat\b/g, ' '), reference) ?? fallback) : fallback;
    return parsed;
  };
}

export function bodyParts(
  sections: MessageSection[],
  attachments: AttachmentPart[],
  source: string,
  date: Date | undefined,
  dates: Pick<PartContext, 'language' | 'offset' | 'dayFirst'>,
): Part[] {
  return [
    ...sections.slice(0, 1).map((s) => ({ lines: s.lines, context: { source, weight: 1, date, ...dates } })),
    ...attachments.map((a) => ({ lines: a.lines, context: { source: a.name, weight: 1, date, ...dates } })),
    ...sections.slice(1).map((s) => ({
      lines: s.lines,
      context: { source, weight: OLDER_MESSAGE_WEIGHT ** s.depth, date: sectionDate(s, date), ...dates },
    })),
  ];
}

/** A shared mailbox, not a person: `"Order Desk Brenner IT" <orders@…>`, `Licensing Team`, `noreply@…`. */
const ROLE_NAME =
  /\b(?:desk|team|licen[cs]ing|support|orders?|sales|info|admin|office|service|helpdesk|department|no-?reply|mailbox)\b/i;
const ROLE_ADDRESS =
  /^(?:orders?|info|support|sales|admin|licen[cs]ing|helpdesk|servicedesk|noreply|no-reply|office|contact|team)@/i;
const stripPrefixes = (subject: string) => subject.replace(/^\s*((re|fw|fwd|aw|wg|tr|rv|sv|vs)\s*:\s*)+/i, '').trim();

/**
 * The requester as the headers and signatures give them, read after every body part: the From header
 * (0.6; a shared mailbox names no one), then the newest signature that names someone (0.55) — with the
 * employer and work phone it gives, and the address a quoted header gives the same person — then the
 * subject (the mail's own, or the forwarded request's) for the PureConnect subject.
 */
export function requesterParts(input: LicenseRequestInput, sections: MessageSection[]): Collected<PureConnectRecord>[] {
  const from = readPureConnectPart([], { source: 'from', weight: 1 });
  const address = input.from?.address?.toLowerCase();
  const role = (address && ROLE_ADDRESS.test(address)) || ROLE_NAME.test(input.from?.name ?? '');
  const name = role ? undefined : splitPersonName(input.from?.name ?? '', address);
  if (name) {
    from.set('firstName', name.firstName, 0, 0.6, 'header');
    from.set('lastName', name.lastName, 0, 0.6, 'header');
  }
  const signature = readPureConnectPart([], { source: 'body', weight: 1 });
  for (const section of sections) {
    // A quoted message from another company (the customer the partner forwards) names its writer, not the requester.
    if (writtenElsewhere(section, address)) continue;
    const signed = section.signature.length > 0 ? section.signature : inlineSignature(section.lines);
    const read = readSignature(signed, address);
    if (!read) continue;
    const person = read.name ? splitPersonName(read.name, read.email ?? address) : undefined;
    if (person && !signature.has('firstName')) {
      signature.set('firstName', person.firstName, read.line, 0.55, 'signature');
      signature.set('lastName', person.lastName, read.line, 0.55, 'signature');
    }
    if (read.email && !signature.has('corporateEmail'))
      signature.set('corporateEmail', read.email, read.line, 0.55, 'signature');
    if (read.phone && !signature.has('workPhone')) signature.set('workPhone', read.phone, read.line, 0.55, 'signature');
    if (read.company && !signature.has('employer'))
      signature.set('employer', read.company, read.line, 0.6, 'signature');
  }
  // A shared mailbox's address is whom to answer only when no one signs with an address of their own (round 16 §6).
  if (address && !(role && signature.has('corporateEmail')))
    from.set('corporateEmail', address, 0, role ? 0.5 : 0.6, 'header');
  quotedAddressOf(sections, signature);
  accentedAsSigned(from, signature);
  // "Hughes, Patricia (Wattle Voice Pty Ltd)": a display name that names the company when no signature does.
  const displayed = signature.has('employer') ? undefined : displayNameCompany(input);
  if (displayed) signature.set('employer', displayed, 0, 0.55, 'header');
  const own = input.subject ? stripPrefixes(input.subject) : '';
  // "URGENT AFR | Merlion Bank | GARN 0188810": the subject may state facts the body does not repeat.
  const subject = readPureConnectPart([{ text: own, line: 0 }], { source: 'subject', weight: 0.8 }, false);
  const forwarded = sections.slice(1).find((s) => s.header.subject)?.header.subject;
  const text = own || (forwarded ? stripPrefixes(forwarded) : '');
  if (text) subject.set('subject', text, 0, own ? 0.5 : 0.45, 'header');
  return [from, signature, subject];
}

/** "Emilie Gagnon" in the From header, "Émilie Gagnon" signed: the header dropped the accents, the name keeps them. */
function accentedAsSigned(from: Collected<PureConnectRecord>, signature: Collected<PureConnectRecord>): void {
  const bare = (text: string) =>
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/ø/g, 'o')
      .replace(/Ø/g, 'O');
  for (const key of ['firstName', 'lastName'] as const) {
    const [header, signed] = [from.fields[key], signature.fields[key]];
    if (header && signed && header !== signed && bare(signed) === header) from.set(key, signed, 0, 0.6, 'header');
  }
}

/** A quoted header from the person the signature names (`From: Tiago Mendes <tiago.mendes@…>`) gives their address. */
function quotedAddressOf(sections: MessageSection[], signature: Collected<PureConnectRecord>): void {
  const { firstName, lastName } = signature.fields;
  if (signature.has('corporateEmail') || !firstName || !lastName) return;
  for (const section of sections) {
    const header = /^\s*"?([^"<]*?)"?\s*<([^>]+@[^>]+)>/.exec(section.header.from ?? '');
    if (!header) continue;
    const said = header[1]!.toLowerCase();
    if (said.includes(firstName.toLowerCase()) && said.includes(lastName.toLowerCase())) {
      signature.set('corporateEmail', header[2]!.trim().toLowerCase(), 0, 0.5, 'header');
      return;
    }
  }
}

/** The writer's company: said in the newest message ("we are Evergreen CX Partners") or signed under it. */
export function writerCompany(sections: MessageSection[], input: LicenseRequestInput): string | undefined {
  const newest = sections[0];
  if (!newest) return undefined;
  const said = readRequesterMentions(proseUnits(newest.lines)).employer;
  return said ?? readSignature(newest.signature, input.from?.address)?.company ?? displayNameCompany(input);
}

/**
 * `"Kestrel Foods Pty Ltd - IT Operations" <it-ops@…>`: a shared mailbox's display name gives the company,
 * known by its legal form, when no signature does (issue 25 round 7).
 */
function displayNameCompany(input: LicenseRequestInput): string | undefined {
  const name = input.from?.name ?? '';
  // "Hughes, Patricia (Wattle Voice Pty Ltd)": the company in brackets after the person (round 11).
  const bracketed = /\(([^()]{3,60})\)\s*$/.exec(name)?.[1]?.trim();
  if (bracketed && (new RegExp(`${LEGAL_FORM}$`, 'u').test(bracketed) || matchesDomain(bracketed, input.from?.address)))
    return bracketed;
  const company = new RegExp(String.raw`^\s*(.+?,?\s+${LEGAL_FORM})(?![\p{L}])`, 'u').exec(name);
  return company?.[1]?.trim();
}

const domainOf = (address: string | undefined) => /@([\w.-]+)/.exec(address ?? '')?.[1]?.toLowerCase();

/** A quoted or forwarded message whose header names a writer at another domain than the sender's. */
function writtenElsewhere(section: MessageSection, sender: string | undefined): boolean {
  const writer = domainOf(section.header.from);
  const own = domainOf(sender);
  return section.depth > 0 && writer !== undefined && own !== undefined && writer !== own;
}

/**
 * The company that signs an older message of the chain from another domain than the sender's: the partner
 * forwards what its customer wrote ("Lisa Moreno / Brandywine Insurance Group" under a forward from
 * brandywine-ins.example), so that company is the customer the request is for.
 */
export function forwardedCustomer(sections: MessageSection[], input: LicenseRequestInput): string | undefined {
  // Without the mail's own From, the forwarded message was written to the one who forwards it ("To: Ruth …").
  const sender = domainOf(input.from?.address) ?? domainOf(sections[1]?.header.to);
  // Without any address of the forwarder, its signature says who it is: another company signs the customer's message.
  const forwarder = sender ? undefined : readSignature(sections[0]?.signature ?? [], undefined)?.company;
  for (const section of sections.slice(1)) {
    const writer = domainOf(section.header.from);
    const company = readSignature(section.signature, undefined)?.company;
    if (!company) continue;
    if (sender ? writer !== undefined && writer !== sender : forwarder && !sameCompany(forwarder, company))
      return company;
  }
  return undefined;
}

const foldName = (name: string) => name.toLowerCase().replace(/[^\p{L}\d]/gu, '');
const sameCompany = (a: string, b: string) =>
  foldName(a).startsWith(foldName(b)) || foldName(b).startsWith(foldName(a));

/**
 * "keep Alicia copied", "please cc Alicia", "send the file to Alicia as well", "Alicia should get it too (copied)":
 * someone named by first name only (round 11 widened the forms).
 */
const FIRST_NAME = String.raw`(\p{Lu}[\p{L}'’-]+)`;
const COPY_BY_NAME = new RegExp(
  [
    String.raw`\b(?:keep|have)\s+${FIRST_NAME}\s+(?:copied|cc['’]?d|in\s+(?:the\s+)?(?:loop|cc|copy))\b`,
    String.raw`\b(?:cc|copy(?:\s+in)?)\s+${FIRST_NAME}\s+(?:on|in|too|as\s+well)\b`,
    String.raw`\b(?:send|forward|email|mail)\s+(?:the\s+(?:activation\s+)?file\s+|it\s+|them\s+)?(?:also\s+)?to\s+${FIRST_NAME}\s+(?:as\s+well|too|also)\b`,
    String.raw`\b${FIRST_NAME}\s+should\s+(?:also\s+)?(?:get|receive|have)\s+(?:it|the\s+file|a\s+copy)\b`,
    String.raw`\bto\s+${FIRST_NAME}\s+as\s+well\s*\((?:copied|cc['’]?d|in\s+copy)\)`,
  ].join('|'),
  'u',
);
/** "Please send the file to both of us": the one who forwards (the sender) and the one whose request it forwards. */
const BOTH_OF_US = /\b(?:both\s+of\s+us|us\s+both|the\s+two\s+of\s+us)\b/i;

/**
 * A recipient named by first name in the newest message, whose address a quoted header gives
 * (`From: Alicia Reyes <areyes@…>` below "keep Alicia copied").
 */
export function recipientsByName(sections: MessageSection[]): string[] {
  const newest =
    sections[0]?.lines
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/g, ' ') ?? '';
  const match = COPY_BY_NAME.exec(newest);
  const name = match?.slice(1).find(Boolean)?.toLowerCase();
  const both = BOTH_OF_US.test(newest);
  if (!name && !both) return [];
  for (const section of sections.slice(1)) {
    const header = /^\s*"?([^"<]*?)"?\s*<([^>]+@[^>]+)>/.exec(section.header.from ?? '');
    if (!header) continue;
    if (both || header[1]!.toLowerCase().split(/\s+/)[0] === name) return [header[2]!.trim().toLowerCase()];
  }
  return [];
}
