/**
 * Who is who when the mail does not label it (seed 003: "Sold to Account: Partner or direct customer
 * account that received the Genesys invoice"; "Employer: Name of your employer"), decided after every part
 * is read, and always at a confidence that has the value read back to the partner (confirmations.ts):
 * | the mail                                                                  | reading                                   |
 * |---------------------------------------------------------------------------|-------------------------------------------|
 * | an employer in a sentence ("We at Gold Coast ICT") and a fuller one in the signature ("Gold Coast ICT Ltd") | the signature's         |
 * | a partner writes for a customer it names, and names no Sold To              | Sold To = the partner (it is invoiced)    |
 * | the licenses are for the writer's own use ("our own lab", "our demo server") | End User (Engage: the company) = the writer's company; so is the Sold To |
 * | the partner forwards a message its customer signed (another domain)         | End User (Engage: the company) = the customer's company |
 * | an Engage body names no company, the subject does (`License order - X`)     | the company = the subject's name          |
 * | the signer's company is the sender's domain, the mail speaks of "our" system or what "we" did to it, and names no customer, reseller or "they" (PureConnect) | End User = the writer's company; the Sold To is asked |
 */
import { escapeRegExp } from '../regexp-matches.ts';
import type { Collected, MergedFields } from './collector.ts';
import { LEGAL_FORM, type NameMention } from './company-name-grammar.ts';
import type { EngageRecord, Provenance, PureConnectRecord } from './schema.ts';
import { matchesDomain } from './signature.ts';

/**
 * The licenses are for the writer's own use: "our own", "in-house", "our lab", and — from a customer writing
 * for itself — "our new contact center", "our agents", "our production servers".
 */
const OWN_USE =
  /\b(?:our\s+own|ourselves|in-?house|internal(?:ly)?|for\s+us\b|our\s+(?:(?:sales\s+|partner\s+|internal\s+)?(?:lab|demo|sandbox|training))|our\s+(?:new\s+|existing\s+|current\s+)?(?:contact\s+cent(?:er|re)|call\s+cent(?:er|re)|agents|production(?:\s+(?:servers?|system|environment|site))?|servers?|data\s*cent(?:er|re))|our\s+(?:test|lab|dev|dr|training|uat)\s+(?:system|server|box|environment)|our\s+(?:[\w-]+\s+){0,2}(?:environment|cut-?over|go-?live|roll-?out)|our\s+(?:partner|reseller)\s+(?:contact\s+)?[\p{Lu}]|(?:need|want|order(?:ed)?|renew)\s+our\s+(?:[\w-]+\s+){0,2}licen[cs]es?(?!\s+(?:request|order|team|desk|partner)))\b/iu;
const FOR_A_CUSTOMER = /\b(?:our|the|their)\s+(?:[a-z]+\s+)?(?:end\s+)?(?:customer|client)s?\b|\bon\s+behalf\s+of\b/i;
const INFERRED = 0.55;
const WE_ARE_THE_END_USER =
  /\b(?:we\s+are|we're|we’re|I\s+(?:am|work)\s+(?:at|for|with))\s+(?:the|an?)\s+end[\s-]+(?:user|customer)\b(?!\s+(?:of|for)\b)/i;

/** The writer is the customer that runs the system, not a partner using its own lab or demo. */
const CUSTOMER_ITSELF =
  /\b(?:we\s+(?:run|use|operate|host|manage)\s+(?:PureConnect|CIC|it|the\s+system)\s+ourselves|(?:we|I)(?:\s+at\s+[^,.]{2,60}?)?\s+(?:have\s+)?(?:just\s+)?(?:bought|purchased)\b[^.]*\bfor\s+our\s+(?:own\s+)?(?:production|prod|live)\b)/i;

/**
 * "I'm not sure yet whether the order goes direct or through a distributor", "to evaluate before deciding on a
 * purchase": who is invoiced is not settled, so the Sold To is asked, not taken to be the writer (round 11).
 */
const SOLD_TO_OPEN =
  /\b(?:not\s+(?:yet\s+)?(?:sure|decided|known|confirmed|clear)|unsure|undecided|tb[cd]|don'?t\s+(?:yet\s+)?know)\b[^.]{0,60}\b(?:order|sold[\s-]?to|distributor|reseller|direct|invoic\w*|purchas\w*|bought)\b|\bbefore\s+(?:deciding\s+on\s+|making\s+|committing\s+to\s+)?(?:a|any|the)\s+purchase\b|\b(?:not|haven'?t|have\s+not|hasn'?t)\s+(?:yet\s+)?(?:bought|purchased|ordered)\b|\bno\s+(?:order|purchase)\s+(?:yet|has\s+been\s+placed)\b/i;

const inferred = (line: number): Provenance => ({ source: 'body', line, confidence: INFERRED, via: 'prose' });

/** "our own contact centre", "in-house": said so, the writer's own use stands beside a bare "the customer" (round 16 §9). */
const PLAINLY_OWN = /\b(?:our\s+own|ourselves|in-?house)\b/i;
const THEIR_CUSTOMER = /\b(?:our|their)\s+(?:[a-z]+\s+)?(?:end\s+)?(?:customer|client)s?\b|\bon\s+behalf\s+of\b/i;

/**
 * "we run a hosted PureConnect platform for our own clients (pay per use)", "our multi-tenant cloud service": a
 * provider licenses the platform it runs itself; its clients use a service, they hold no licence (round 17).
 */
const HOSTS_ITS_OWN =
  /\b(?:we|I)\s+(?:run|operate|host|own|provide|offer|manage)\s+(?:a|an|our|the)\s+(?:own\s+)?(?:[\w-]+\s+){0,2}?(?:hosted|cloud|multi-?tenant|pay[\s-]+per[\s-]+use)\b|\bour\s+(?:own\s+)?(?:hosted|cloud|multi-?tenant)\s+(?:[\w-]+\s+){0,2}?(?:platform|service|system|environment|offering)\b/i;

/**
 * The licenses are for the writer's own use, and no customer is named; a writer that says its own ("for our own
 * contact centre") and speaks of "the customer" only as itself is using them too.
 */
export function forOwnUse(text: string): boolean {
  if (HOSTS_ITS_OWN.test(text)) return true;
  if (!OWN_USE.test(text)) return false;
  return !FOR_A_CUSTOMER.test(text) || (PLAINLY_OWN.test(text) && !THEIR_CUSTOMER.test(text));
}

export function settlePureConnectOrganisation(
  merged: MergedFields<PureConnectRecord>,
  signature: Collected<PureConnectRecord> | undefined,
  text: string,
  customer?: string,
  subject?: NameMention,
  sender?: string,
): void {
  const { fields, provenance } = merged;
  if (!fields.endUserAccount && customer && customer !== fields.employer && customer !== fields.soldToAccount) {
    fields.endUserAccount = customer;
    provenance['endUserAccount'] = inferred(0);
  }
  // "new AF Greystone Veterinary": the subject names the End User the body does not; the partner's own name is none.
  const partner = [fields.employer, fields.soldToAccount].filter((n): n is string => n !== undefined);
  if (!fields.endUserAccount && subject && !partner.some((n) => sameCompany(n, subject.name))) {
    fields.endUserAccount = subject.name;
    provenance['endUserAccount'] = { source: 'subject', line: 0, confidence: subject.confidence, via: 'header' };
  }
  const signed = signature?.fields.employer;
  if (signed && fields.employer && provenance['employer']?.via === 'prose' && startsLike(signed, fields.employer)) {
    fields.employer = signed;
    provenance['employer'] = signature.provenance['employer']!;
  }
  // "Sold to: Kookaburra Contact Solutions Pty Ltd" signed "… | Kookaburra Contact Solutions": the signature
  // clips the name the mail states in full (round 13).
  const fuller = [fields.soldToAccount, fields.endUserAccount].find(
    (n) => n && fields.employer && withLegalForm(fields.employer).test(n),
  );
  if (fuller && provenance['employer']?.via !== 'label') fields.employer = fuller;
  const employer = fields.employer;
  if (!employer) return;
  const signedBy = provenance['employer']?.via === 'signature';
  // "Lab licence for Quay CX" signed "Quay CX Ltd": the same company, named in full.
  for (const key of ['endUserAccount', 'soldToAccount'] as const) {
    const named = fields[key];
    // Only a name the mail does not state as the account (a subject, an inference): "Sold to account is X" stays.
    const weak = (provenance[key]?.confidence ?? 1) < 0.7;
    if (named && weak && startsLike(employer, named)) fields[key] = employer;
    // "Sold to: Kauri Connect (us)" signed "Kauri Connect Limited": the account written without the legal form
    // the writer's company signs with is that company, named in full (round 16 §2).
    if (named && withLegalForm(named).test(employer)) fields[key] = employer;
    // "we (Summitline) are the Sold To" signed "Summitline Communications": the writer's company, named in full.
    else if (key === 'soldToAccount' && named && signedBy && wordsBegin(employer, named)) fields[key] = employer;
  }
  const line = provenance['employer']?.line ?? 0;
  // "We are the end user. … through our reseller, X": the writer's company is the End User, whatever prose guessed.
  if (WE_ARE_THE_END_USER.test(text) && (provenance['endUserAccount']?.via ?? 'prose') === 'prose') {
    fields.endUserAccount = employer;
    provenance['endUserAccount'] = inferred(line);
  }
  // "We are Riverbend Community Bank. …" signed by someone of Riverbend Community Bank: a customer writing for itself.
  const weAre = new RegExp(String.raw`\bwe\s+are\s+${escapeRegExp(employer)}`, 'i');
  if (!fields.endUserAccount && weAre.test(text) && !FOR_A_CUSTOMER.test(text)) {
    fields.endUserAccount = employer;
    provenance['endUserAccount'] = inferred(line);
  }
  if (!fields.endUserAccount && forOwnUse(text)) {
    fields.endUserAccount = employer;
    provenance['endUserAccount'] = inferred(line);
  }
  const writesForItself = !fields.endUserAccount && writesAboutItsOwnSystem(employer, sender, text);
  if (writesForItself) {
    fields.endUserAccount = employer;
    provenance['endUserAccount'] = inferred(line);
  }
  // The partner who writes for its customer is the Sold To; an End User writing for itself bought through
  // someone it has not named, so the Sold To is asked (issue 25 round 7).
  const customerItself =
    writesForItself || (sameCompany(fields.endUserAccount ?? '', employer) && CUSTOMER_ITSELF.test(text));
  // Two Sold Tos in the mail are asked about (a contradiction), not settled by who writes.
  const soldToAsked = merged.invalid.some((i) => i.field === 'soldToAccount');
  if (!fields.soldToAccount && !soldToAsked && fields.endUserAccount && !customerItself && !SOLD_TO_OPEN.test(text)) {
    fields.soldToAccount = employer;
    provenance['soldToAccount'] = inferred(line);
  }
}

/**
 * An Engage order for the writer's own demo, lab, environment or cut-over names the writer's company; so does one
 * whose license server sits in the writer's own domain (`bud-lic-01.danubedialog.example` signed "Danube Dialog
 * Kft."): the box is theirs; so does one sent from the domain of the company that signs it, naming no customer,
 * partner or "they" (issue 25 round 14). Read at the inferred confidence, so it is read back.
 */
export function settleEngageCompany(
  merged: MergedFields<EngageRecord>,
  writer: string | undefined,
  text: string,
  customer?: string,
  subject?: NameMention,
  sender?: string,
): void {
  if (!merged.fields.companyName && customer && customer !== writer) {
    merged.fields.companyName = customer;
    merged.provenance['companyName'] = inferred(0);
    return;
  }
  // "License order - Pinecrest Utilities": the subject names the company the body does not.
  if (!merged.fields.companyName && subject && !(writer && sameCompany(subject.name, writer))) {
    merged.fields.companyName = subject.name;
    merged.provenance['companyName'] = { source: 'subject', line: 0, confidence: subject.confidence, via: 'header' };
    return;
  }
  // Two company names in the mail are asked about (a contradiction), not settled by the signature.
  if (merged.fields.companyName || !writer || merged.invalid.some((i) => i.field === 'companyName')) return;
  const servers = merged.fields.licenseServers ?? [];
  const ownBox = servers.some((server) => inDomainOf(writer, server.hostName));
  // "Can you do the licence for the single server below", from and signed by harbourside-energy.example's
  // Harbourside Energy plc, speaking of no one else: a company ordering for itself.
  const onlyItself = matchesDomain(writer, sender) && !SPEAKS_FOR_ANOTHER.test(text);
  if (!forOwnUse(text) && !ownBox && !onlyItself) return;
  merged.fields.companyName = writer;
  merged.provenance['companyName'] = inferred(0);
}

/** `pl-acc-lic.polderlink.example` and "Polderlink Distributie B.V.": a fully qualified host in the company's domain. */
function inDomainOf(company: string, hostName: string | undefined): boolean {
  const domain = hostName?.split('.').slice(1).join('.');
  return domain?.includes('.') === true && matchesDomain(company, `host@${domain}`);
}

/**
 * A partner speaks of whom it writes for; a customer of its own system needs none of these words. "They" counts as
 * someone who buys, runs or needs something ("so they can evaluate", "they bought"), not as changes that "go" or
 * "reach" production (round 16 §9).
 */
const SPEAKS_FOR_ANOTHER =
  /\b(?:customers?|clients?|end[\s-]+users?|reseller|distributor|partner|on\s+behalf\s+of|their)\b|\bthey(?:['’](?:re|ve|ll|d)|\s+(?:are|were|have|had|need|want|bought|buy|run|use|will|would|plan|own|operate|can|could|already|also|just))\b/i;

/** The writer acts on or owns the system: "our UAT cycle", "our CIC server", "we stood up / moved / upgraded …". */
const OWNS_IT =
  /\bour\s+(?!(?:customers?|clients?|partners?|resellers?|distributors?|end)\b)[\w-]+|\bwe(?:'ve|\s+have|\s+had)?\s+(?:just\s+)?(?:stood\s+up|set\s+up|built|installed|deployed|provisioned|moved|migrated|upgraded|replaced|rebuilt|run|use|operate|host)\b/i;

/**
 * "We stood up a new PureConnect test server for our UAT cycle", signed by someone of Northstar Bank from
 * northstarbank.example, naming no other company and no customer: a customer writing about its own system is
 * the End User, read back at the inferred confidence (issue 25 round 12 §7). A partner that only asks ("we need
 * an activation file for the new server") and names no one is asked whom it is for.
 */
function writesAboutItsOwnSystem(company: string, sender: string | undefined, text: string): boolean {
  return matchesDomain(company, sender) && !SPEAKS_FOR_ANOTHER.test(text) && OWNS_IT.test(text);
}

/** "Fabrikam" and "Fabrikam Solutions Ltd": one company written short and in full. */
function sameCompany(a: string, b: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  return fold(a).startsWith(fold(b)) || fold(b).startsWith(fold(a));
}

function startsLike(full: string, short: string): boolean {
  const fold = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]/gu, '');
  return fold(full).startsWith(fold(short)) && fold(full) !== fold(short);
}

/**
 * "Summitline Communications" begins with the whole word "Summitline" (not "Summit"), and goes on in capitalised
 * words — not a department written after the company ("朝日電子株式会社 ソリューション技術部").
 */
const wordsBegin = (full: string, short: string) =>
  full.toLowerCase().startsWith(`${short.toLowerCase()} `) &&
  /^(?:[\p{Lu}][\p{L}&.'’-]*\s*){1,3}$/u.test(full.slice(short.length + 1));

/** "Redgum Voice" and "Redgum Voice Pty. Ltd.": the name, then only its legal form. */
const withLegalForm = (name: string) => new RegExp(String.raw`^${escapeRegExp(name)},?\s+${LEGAL_FORM}$`, 'iu');
