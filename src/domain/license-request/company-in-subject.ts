/**
 * The company a mail's subject names (`License order - Pinecrest Utilities`, `new AF Greystone Veterinary`), read
 * back at a lower confidence than the body's: a subject is short and may name a project or the partner.
 */
import { findCompany } from './company-mentions.ts';
import { clean, NAME, type NameMention } from './company-name-grammar.ts';
import { isCompanyLike } from './lexicon.ts';
import type { ProseUnit } from './prose-units.ts';
import { companyInSubjectList } from './subject-fields.ts';

const SUBJECT_PREFIX =
  /^\s*(?:(?:re|fw|fwd|aw|wg|tr|rv|sv|vs)\s*:\s*|\[[^\]]{1,20}\]\s*|(?:urgent|important|asap)\s*[:!-]?\s*)+/i;
/**
 * The company a subject names with a cue (`License order - Pinecrest Utilities`, `Engage licence request
 * for X`). A bare segment (`Pinecrest | SIP Server licenses`) may as well name a project, a site or the
 * partner, so it is not taken: a question costs less than a wrong company sent to Licensing.
 */
export function findCompanyInSubject(subject: string): NameMention | undefined {
  const text = subject.replace(SUBJECT_PREFIX, '').trim();
  if (text === '') return undefined;
  const cued = findCompany([{ text, line: 0, row: false, paragraph: 0 } as ProseUnit]);
  if (cued) return { ...cued, confidence: Math.min(cued.confidence, 0.6) };
  // "Kestrel Airways: Engage licenses", "[Kestrel Airways] order kit": a name before what the mail asks, read
  // back; "Project Phoenix - Engage licenses" names a project, and the writer's own company is no customer.
  const leading = SUBJECT_LEADS.exec(text);
  const name = (leading && clean(leading[1]!)) || undefined;
  if (name && isCompanyLike(name)) return { name, line: 0, confidence: 0.55 };
  // "new AF Greystone Veterinary", "temp licence Pellow Haulage (urgent)": what is asked, then for whom (round 11).
  const trailing = SUBJECT_TRAILS.exec(text);
  const after = (trailing && clean(trailing[1]!)) || undefined;
  if (after && isCompanyLike(after)) return { name: after, line: 0, confidence: 0.55 };
  // "Engage lic | Acme Health | SIP Server 8.5 x 120 | …": the subject's list of fields names the customer.
  const listed = companyInSubjectList(text);
  return listed ? { name: listed, line: 0, confidence: 0.55 } : undefined;
}
/**
 * `Clínica del Valle - upgrade activation file`, `Banco Rio Sul / reallocation AFR`, `X / GARN 0143906 - migration
 * file`: after the name and a separator, the kind of file asked for (round 14).
 */
const ASKED_KIND =
  '(?:new|upgrade[ds]?|migration|migrated|reallocation|rehost|re-?host(?:ed)?|DR|standby|temp(?:orary)?|renewal|add-?on|updated?|replacement|production|prod|lab|test|PureConnect|CIC)';
const SUBJECT_LEADS = new RegExp(
  String.raw`^\[?(?!(?:Project|Programme|Program|Phase|Pilot|Site|Migration|Upgrade|Renewal|New|Urgent|Request)\b)${NAME}\]?\s*(?:[:–—|-]?\s*(?:(?:Genesys|Engage|new|production|prod|additional)\s+)*(?:licen[cs]es?|licen[cs]e\s+(?:order|request)|order\s+kit|order)\b|(?:\s*[:|]|\s+[–—/]|\s+--?)\s*(?:${ASKED_KIND}\s+){0,3}(?:activation\s+files?|AFR?|licen[cs]e\s+files?|files?|keys?|GARN)\b)`,
  'u',
);

/**
 * A subject that names what is asked, then the customer, and nothing after but a note: `new AF Greystone
 * Veterinary`, `Upgrade activation file: Saltmarsh Credit Union`, `PureConnect license Holloway Group - upgrade`.
 */
const SUBJECT_TRAILS = new RegExp(
  String.raw`(?:^|\s)(?:activation\s+files?|licen[cs]e(?:\s+files?)?|lic|AFR?|files?|keys?|order(?:\s+kit)?)(?:\s+(?:request|order))?\s*(?:\bfor\b|[-–—:|])?\s+${NAME}\s*(?:[-–—|(/,]|$)`,
  'u',
);
