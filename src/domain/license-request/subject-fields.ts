/**
 * A request written in its subject as a list of fields split by `|` ("Engage lic | Acme Health | SIP Server
 * 8.5 x 120 | acme-lic01 | 0050569A11F2 | Win2019 | prod") over a body that only points to it ("see
 * subject", or a line or two): the subject's parts are read as the body's first line, a list of values
 * (issue 25 round 10 §2). A subject of a few words, or one over a body that says the request itself, adds nothing
 * — unless the body points to it ("the box named in the subject"): then the subject is its first line (round 12).
 */
import { isCompanyLike } from './lexicon.ts';

const SEPARATOR = /\s+\|\s+/;
/** Fewer parts than this are a subject's usual "Customer | what is asked". */
const MIN_PARTS = 4;
/** "see subject", "the box named in the subject", "as given in the subject line" (round 12). */
const POINTS_TO_SUBJECT =
  /\b(?:see|per|as\s+per|in|details\s+in|info\s+in|all\s+in|named|given|listed|mentioned|stated|shown|written)\s+(?:in\s+)?(?:the\s+)?subject(?:\s+line)?\b/i;
/** A body of more words than this says the request itself (its own paragraph is the description). */
const FEW_WORDS = 30;
const PASTED_SUBJECT = /^\s*Subject:\s*(.+)\n/i;
export const REPLY_PREFIX = /^(?:(?:re|fw|fwd|aw|wg|tr|sv)\s*:\s*)+/i;
/** A part that says what the mail is (`Engage lic`, `License request`), not a value. */
const WHAT_IT_IS = /\b(?:licen[cs]\w*|lic|order(?:\s+kit)?|request|engage|genesys|AFR)\b/i;
/** A part that holds a value the reader takes elsewhere: a number, a host name, an item, an OS, a purpose. */
const OTHER_VALUE =
  /\d|[a-z]+-[a-z0-9-]+|\b(?:server|solution|windows|win|linux|rhel|solaris|aix|prod\w*|test\w*|lab|demo|dev\w*|single|redundant)\b/i;

export function subjectFieldList(subject: string | undefined): string[] | undefined {
  const parts = (subject ?? '')
    .replace(REPLY_PREFIX, '')
    .split(SEPARATOR)
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length >= MIN_PARTS ? parts : undefined;
}

/** The body with the subject's field list as its first line, when the body leaves the request to the subject. */
export function withSubjectFields(subject: string | undefined, body: string): string {
  // A pasted request (no headers) may carry its subject as its first line.
  const pasted = subject ? undefined : PASTED_SUBJECT.exec(body);
  const said = subject ?? pasted?.[1];
  const parts = subjectFieldList(said);
  // "SIP Server 9.0 x 75 - new licence file for our lab server lablic01" over "can you cut us a file for the box
  // named in the subject?": a written subject the body points to is read as the body's first line. (A short
  // `|` list, "URGENT AFR | Tamar Water | GARN …", is read from the subject itself and read back.)
  if (!parts && said && !pasted && !SEPARATOR.test(said) && POINTS_TO_SUBJECT.test(body))
    return `${said.replace(REPLY_PREFIX, '')}\n\n${body}`;
  if (!parts) return body;
  const own = pasted ? body.slice(pasted[0].length) : body;
  const words = own.split(/\s+/).filter(Boolean).length;
  if (words > FEW_WORDS || (!POINTS_TO_SUBJECT.test(own) && own.split('\n').filter((l) => l.trim()).length > 2)) {
    return body;
  }
  const list = `${parts.join(', ')}\n\n`;
  return pasted ? `${pasted[0]}${list}${own}` : `${list}${own}`;
}

/** The mail's subject, or the `Subject:` line a pasted request starts with. */
export function subjectOf(subject: string | undefined, body: string): string | undefined {
  return subject ?? PASTED_SUBJECT.exec(body)?.[1];
}

/** The company in a subject's field list: the first part that is neither what the mail is nor another value. */
export function companyInSubjectList(subject: string): string | undefined {
  return subjectFieldList(subject)?.find((p) => !WHAT_IT_IS.test(p) && !OTHER_VALUE.test(p) && isCompanyLike(p));
}
