/**
 * Personal data of people other than the sender (seed 001 §3.1, §3.3: contacts must purge personal and
 * sensitive data): phone numbers in running text (libphonenumber-js, lenient, so the fictional numbers
 * people paste are found too), third parties' e-mail addresses, and IBANs (ibantools checks the
 * checksum; after the word "IBAN" any IBAN-shaped string counts). A labelled form line — "Phone: …",
 * "Ship to: …", "Email: …" — is the requester's own data that a form asks for, and is left alone.
 */
import { electronicFormatIBAN, isValidIBAN } from 'ibantools';
import { type CountryCode, findNumbers } from 'libphonenumber-js/max';
import { confidentialSpans } from './confidential-marks.ts';
import { ownMailEnd, ownSignatureSpans, type Sender } from './own-signature.ts';
import { matchesOf } from './regexp-matches.ts';

export interface ContactFinding {
  kind: 'phone' | 'email' | 'iban';
  start: number;
  end: number;
}

export interface ContactDataOptions {
  /** The sender's own number: not a third party's. */
  ownPhone?: string;
  /** Addresses (or `@domain`) that are not third parties': the sender's, the directory's, the vendor's. */
  ownAddresses?: readonly string[];
  /** Numbers that are the vendor's own (Customer Care lines quoted back). */
  publicPhones?: readonly string[];
  /** Who wrote the message: their signature block (and that of their own quoted mail) is theirs to give. */
  sender?: Sender;
  /** Spans of mail routing (the header of quoted mail): only a person's own address there counts. */
  routing?: ReadonlyArray<readonly [number, number]>;
  /** Spans a form asks to fill with contact data (a courier's ship-to address). */
  exempt?: ReadonlyArray<readonly [number, number]>;
}

// A one-letter label ("T: +33 …", "e: ana@…") only before a number or an address: "P.S." and "E.g." are prose.
const FORM_LINE =
  /^[ \t>*-]*(?:work\s+|mobile\s+|cell\s+|direct\s+|office\s+|contact\s+|corporate\s+|business\s+|my\s+)?(?:phone|tel(?:ephone)?|mobile|cell|fax|e-?mail|mail|email\s+confirmation|confirm\s+email|additional\s+recipients?|recipients?|cc|ship(?:ping)?\s*-?\s*to|shipping\s+address|delivery\s+address|address|contact)\s*[.:=]|^[ \t>*-]*[tmpfe]\s*[.:=]\s*(?=[+(\d]|[\w.+-]+@)/gim;

function formLineSpans(text: string): Array<[number, number]> {
  return [...matchesOf(text, FORM_LINE)].map((m) => {
    const end = text.indexOf('\n', m.index!);
    return [m.index!, end === -1 ? text.length : end];
  });
}

const OWN_NUMBER =
  /\b(?:need\s+me|call\s+me|reach\s+me|contact\s+me|text\s+me|ring\s+me|my\s+(?:cell|mobile|phone|number|direct\s+line|desk)|me\s+(?:on|at)|call\s+us|our\s+(?:number|hotline|switchboard|office))\b[^\n]{0,24}$/i;

/**
 * Labels of numbers that are references, not someone's phone: orders, tickets, serials, SIP headers, and a
 * company's register and tax numbers in a mail footer ("HRB 123456", "USt-IdNr. DE 123 456 789", "ABN …").
 */
const REFERENCE_LABEL =
  /\b(?:PO|SO|P\.O\.|order|invoice|quote|quotation|contract|ref(?:erence)?|ticket|incident|INC|serial|S\/N|SN|account|acct|host\s*id|hostid|call-?id|cseq|build|kb|error|code|port|DN|DNs|extension|ext\.?|agent\s+id|login\s+id|employee\s+id|licen[cs]e|VAT|USt-?IdNr\.?|UID|TVA|IVA|HRB|HRA|ABN|ACN|SIRET|SIREN|KvK|CRN|EIN|(?:company|registration|reg\.?|registered)\s+(?:number|no\.?|nr\.?))\s*(?:number|no\.?|nr\.?|#|id)?\s*[:#=]?\s*(?:[A-Z]{2}\s?)?$/i;

/** A line of a signature block: names, company, addresses and numbers separated by | or alone on the line. */
function signatureLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const endIndex = text.indexOf('\n', at);
  const line = text.slice(start, endIndex === -1 ? text.length : endIndex);
  if (/\|/.test(line)) return true;
  const words = line.replace(/[+\d\s().-]+/g, ' ').trim();
  // Only the number (and a label) on its own line near the end of the message.
  return (
    words.split(/\s+/).filter(Boolean).length <= 2 &&
    text.length - at < 200 &&
    !/[.!?:,]\s*$/.test(text.slice(start, at))
  );
}

/** "first.last@", "tanaka.h@", "j_smith@": a person's mailbox by its shape (two name parts). */
const PERSONAL_MAILBOX = /^[a-z]+[._-][a-z]+\d*@/;
/** A team's or a function's mailbox, however its words are joined. */
const ROLE_MAILBOX =
  /^(?:[a-z]+[._-])?(?:it|ict|is|support|help|helpdesk|service|servicedesk|desk|care|ops|operations|noc|soc|admin|admins|team|info|contact|licen[cs]ing|sales|billing|accounts?|finance|purchasing|procurement|telephony|telecom|network|security|infra|noreply|no|reply|office|hotline|cc|contactcenter)(?:[._-][a-z]+)?@/;

const digits = (s: string) => s.replace(/\D/g, '');
const within = (start: number, end: number, spans: ReadonlyArray<readonly [number, number]>) =>
  spans.some(([s, e]) => start >= s && end <= e);
const overlaps = (start: number, end: number, spans: ReadonlyArray<readonly [number, number]>) =>
  spans.some(([s, e]) => start < e && end > s);

/**
 * The library's own `leniency: 'POSSIBLE'` (documented in its README, missing from its type definitions):
 * fictional numbers such as +44 7700 900123 are not "valid" but are still someone's number in a message.
 */
const lenient = (country: CountryCode) =>
  ({ defaultCountry: country, v2: true, leniency: 'POSSIBLE' }) as unknown as { defaultCountry: CountryCode; v2: true };

const DEFAULT_COUNTRIES: CountryCode[] = ['US', 'GB', 'FR', 'DE'];

export function findContactData(text: string, options: ContactDataOptions = {}): ContactFinding[] {
  const exempt = [...formLineSpans(text), ...ownSignatureSpans(text, options.sender), ...(options.exempt ?? [])];
  // What the writer marks as not to be passed on is sensitive even where it would be theirs to give.
  const marked = confidentialSpans(text);
  const findings: ContactFinding[] = [];
  for (const m of text.matchAll(/\b([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?)\b/g)) {
    const cued = /\biban\b[\s:#-]*$/i.test(text.slice(Math.max(0, m.index! - 12), m.index!));
    if (!cued && !isValidIBAN(electronicFormatIBAN(m[1]!) ?? '')) continue;
    findings.push({ kind: 'iban', start: m.index!, end: m.index! + m[1]!.length });
  }
  const ownPhone = options.ownPhone ? digits(options.ownPhone) : undefined;
  const publicPhones = new Set((options.publicPhones ?? []).map(digits));
  // Quoted or forwarded mail below is someone else's unless its header names the sender (own-signature.ts).
  const ownEnd = ownMailEnd(text);
  // A phone number has at least seven digits written in one run of digits and separators.
  if (/\d[\d\s().+-]{6,}\d/.test(text)) {
    for (const country of DEFAULT_COUNTRIES) {
      for (const n of findNumbers(text, lenient(country))) {
        const written = text.slice(n.startsAt, n.endsAt);
        const all = digits(written);
        if (
          all.length < 7 ||
          all.length > 15 ||
          /^\(?\d{8}\)?$/.test(written) ||
          /^\d{4}-\d{2}-\d{2}$/.test(written.trim())
        )
          continue; // case numbers are eight bare digits
        // Inside a word ("KB5031356", a MAC "0050569c1d2e") it is not a phone number.
        if (/[A-Za-z0-9]/.test(text[n.startsAt - 1] ?? '') || /[A-Za-z]/.test(text[n.endsAt] ?? '')) continue;
        const secret = overlaps(n.startsAt, n.endsAt, marked);
        // The sender's own callback number ("call me on …", "my cell …") or a signature line is theirs to give;
        // "call me on …" in a forwarded or quoted mail is its writer's number, someone else's.
        if (
          !secret &&
          n.startsAt < ownEnd &&
          (OWN_NUMBER.test(text.slice(Math.max(0, n.startsAt - 40), n.startsAt)) || signatureLine(text, n.startsAt))
        )
          continue;
        // Part of a longer run of digits (a card or account number) is not a phone number.
        if (
          /\d[ -]?$/.test(text.slice(Math.max(0, n.startsAt - 2), n.startsAt)) ||
          /^[ -]?\d/.test(text.slice(n.endsAt, n.endsAt + 2))
        )
          continue;
        // Part of a version, an address, a date or a log's time ("8.5.104.12", "10.0.0.12", "08:14:02.331"): no phone.
        if (
          /\d\.\d+\.\d/.test(written) ||
          /[\d.]/.test(text[n.startsAt - 1] ?? '') ||
          /\d:$/.test(text.slice(Math.max(0, n.startsAt - 2), n.startsAt)) ||
          /\.\d/.test(text.slice(n.endsAt, n.endsAt + 2))
        )
          continue;
        // A reference written with its label ("PO 4500012345", "Call-ID 1234567890@…", "serial 44120988"): no phone.
        if (REFERENCE_LABEL.test(text.slice(Math.max(0, n.startsAt - 24), n.startsAt))) continue;
        if (ownPhone && (all.endsWith(ownPhone.slice(-9)) || ownPhone.endsWith(all.slice(-9)))) continue;
        if (publicPhones.has(all)) continue;
        if (!secret && within(n.startsAt, n.endsAt, [...exempt, ...(options.routing ?? [])])) continue;
        if (findings.some((f) => n.startsAt < f.end && n.endsAt > f.start)) continue;
        findings.push({ kind: 'phone', start: n.startsAt, end: n.endsAt });
      }
    }
  }
  const own = (options.ownAddresses ?? []).map((a) => a.toLowerCase());
  // An address's domain ends in a name ("…@10.0.0.1" in a SIP header is a host, not a mailbox). Matched
  // from a word's start only: a long word without "@" is not retried from each of its characters.
  for (const m of text.matchAll(/(?<![\w.+-])[\w.+-]+@(?:[\w-]+\.)+[A-Za-z][\w-]*[A-Za-z]\b/g)) {
    const address = m[0].toLowerCase().replace(/\.+$/, '');
    const domain = address.slice(address.indexOf('@'));
    if (own.includes(address)) continue;
    // A colleague's own mailbox ("tanaka.h@", "jorge.medina@") is their personal data even at the sender's
    // company; a team's mailbox there ("it@", "noc@", "service.desk@") is not anyone's.
    const personal = PERSONAL_MAILBOX.test(address) && !ROLE_MAILBOX.test(address);
    if (own.includes(domain) && !personal) continue;
    const end = m.index! + m[0].length;
    if (!overlaps(m.index!, end, marked) && within(m.index!, end, exempt)) continue;
    // The header of quoted mail names who wrote it: a mailbox there is routing, a person's is still theirs.
    if (!personal && within(m.index!, end, options.routing ?? [])) continue;
    findings.push({ kind: 'email', start: m.index!, end: m.index! + address.length });
  }
  return findings;
}
