/**
 * Is this a plausible answer to the question asked (issue 21 §2)? "yes" is not the circumstances, a
 * severity-change request is not an operating system, a question is not a description. An implausible
 * answer is not taken: the message is understood on its own and the question asked again, better.
 */
import { CANCEL, CASE_STATUS, isNonsense, MANAGEMENT, SEVERITY_CHANGE } from './cues.ts';
import { RHETORICAL, withoutLeadIn } from './question-form.ts';
import { isQuestion } from './questions.ts';
import { severityAnswer } from './severity.ts';

/** Words that answer nothing on their own. */
const EMPTY =
  /^(?:y|yes|yeah|yep|yup|no|nope|nah|ok|okay|k|sure|fine|thanks?|thank\s+you|thx|ty|great|good|cool|perfect|right|correct|done|noted|agreed|understood|got\s+it|will\s+do|hi|hello|hey|\?+|\.+|!+|lol|hmm+|ah|oh|idk|n\/a|na|-+|\s)*$/i;
/** "I don't know", "not sure", "no idea": an honest answer to the circumstances or the version. */
export const DONT_KNOW =
  /^(?:i\s+)?(?:don'?t|do\s+not|dont)\s+know\b|^(?:not\s+sure|no\s+idea|unknown|unclear|no\s+clue|can'?t\s+say|hard\s+to\s+say|n\/?k)\b/i;

function otherRequest(text: string): boolean {
  return (
    SEVERITY_CHANGE.test(text) ||
    MANAGEMENT.test(text) ||
    CANCEL.test(text.trim()) ||
    /\bstatus\b/i.test(text) ||
    CASE_STATUS.test(text)
  );
}

const wordCount = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/** A free-text answer (description, circumstances, impact, reason): something said, not a yes or a request. */
export function plausibleFreeText(text: string, minWords = 2): boolean {
  const t = text.trim();
  if (EMPTY.test(t) || isNonsense(t)) return false;
  // "how would I know what changed? nobody tells me anything": a question asked for effect answers nothing.
  if (RHETORICAL.test(withoutLeadIn(t))) return false;
  if (otherRequest(t)) return false;
  if (severityAnswer(t) && wordCount(t) <= 3) return false;
  if (isQuestion(t) && /\?\s*$/.test(t) && !/\b(?:after|since|when|because)\b/i.test(t)) return false;
  return wordCount(t) >= minWords || /\d/.test(t);
}

/** An answer to "What is the business impact?": who or what is affected, or how much — not "it is High now". */
export function plausibleImpact(text: string): boolean {
  if (!plausibleFreeText(text, 2)) return false;
  return IMPACT_WORDS.test(text) || /\d/.test(text);
}

const IMPACT_WORDS =
  /\b(?:agents?|users?|customers?|clients?|callers?|staff|employees?|people|persons?|teams?|testers?|developers?|supervisors?|operators?|sites?|stores?|branches?|offices?|countries|departments?|revenue|money|sales|orders?|business|impact\w*|affect\w*|block\w*|down|outage|calls?|chats?|emails?|nobody|no\s+one|everyone|everybody|all|none|nothing|minor|major|minimal|severe|significant|serious|cannot|can'?t|unable|delay\w*|lost|los[et]\w*|sla|penalt\w*|project|go-?live|deadline|migration|reports?|production|work|operations?)\b/i;

export function plausibleCircumstances(text: string): boolean {
  if (DONT_KNOW.test(text.trim())) return true;
  if (/^(?:production|prod|test|lab|staging|uat|qa)\b[.!]?$/i.test(text.trim())) return false;
  return plausibleFreeText(text, 2);
}

export function plausibleOs(text: string): boolean {
  const t = text.trim();
  if (EMPTY.test(t) || otherRequest(t) || isQuestion(t)) return false;
  if (/\b(?:severity|priority|case|cancel|manager)\b/i.test(t)) return false;
  return (
    /\b(?:windows|win|linux|rhel|red\s*hat|centos|ubuntu|debian|suse|sles|solaris|aix|unix|oracle|rocky|alma|mac|server\s+\d{4}|hp-?ux)\b/i.test(
      t,
    ) ||
    (wordCount(t) <= 4 && /\d/.test(t))
  );
}

export function plausibleShipTo(text: string): boolean {
  const t = text.trim();
  return !EMPTY.test(t) && !otherRequest(t) && wordCount(t) >= 3 && /\d/.test(t);
}

export function plausibleLanguage(text: string): boolean {
  const t = text.trim();
  return !EMPTY.test(t.replace(/^no\b/i, '')) && !otherRequest(t) && wordCount(t) <= 6;
}
