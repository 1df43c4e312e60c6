/**
 * A reply about a referral the bot just made (issue 21 §12; the rules send temporary files for demos,
 * further extensions of Customer Care's own files, and license files to the regional Licensing team, fees to
 * the account team): "ok, who exactly at Licensing?", "to which address?", "I did write to them, no answer",
 * "come on, can't you make an exception?". Read by the form of what is asked about the referral — where to
 * write, that the team did not answer, an exception argued, or the team named with a question — not by the
 * words of one conversation. Nothing here does I/O.
 */

export type ReferralFollowUp = 'where' | 'no-answer' | 'exception' | 'about';

/** The referral remembered on the conversation: whom the contact was sent to, and why. */
export interface Referral {
  /** Who, as said to the contact ("the regional Licensing team", "your account team"). */
  team: string;
  /** Where to write, when the rules give an address. */
  address?: string;
  /** Why Customer Care itself does not do it, as said when referring. */
  why: string;
  /** Words the contact may use for the team ("licensing", "account team"): a question naming them is about it. */
  names: readonly string[];
  at: string;
}

/** Where or to whom to write: "which address exactly?", "who at Licensing?", "how do I reach them?". */
const WHERE =
  /\b(?:which|what)\s+(?:e-?mail\s+|mail\s+)?(?:address|adress|e-?mail|mailbox|contact|person|team|department|number)\b|\bwho\s+(?:exactly\s+)?(?:at|in|from|should|do|can|is|will)\b|\bwhere\s+(?:do|should|can|must|shall)\s+(?:i|we)\s+(?:write|send|go|mail|turn)|\bto\s+whom\b|\b(?:their|the|an?)\s+(?:e-?mail|mail\s+address|address|adress|contact\s+details|phone|number)\b[^.!\n]{0,20}\?|\bhow\s+(?:do|can|should|would)\s+(?:i|we)\s+(?:reach|contact|write\s+to|get\s+(?:hold\s+of|in\s+touch\s+with))\b|\baddress\s+exactly\b|\bwrite\s+to\s+(?:them|whom|who)\b[^.!\n]{0,30}\?/i;

/** The team did not answer: "no answer", "I did write to them", "they never replied", "still waiting on them". */
const NO_ANSWER =
  /\b(?:no|not\s+an?|never\s+(?:got|had|received)\s+an?)\s+(?:answer|reply|response|feedback)\b|\b(?:did|have|has|had)\s*(?:n'?t|\s+not)\s+(?:hear\w*|got|gotten|received|answer\w*|repl\w*|respond\w*|come\s+back|get\s+back)\b|\bnobody\s+(?:answer|repl|respond|got\s+back|came\s+back|picks?\s+up)\w*|\b(?:they|them|licensing|the\s+team)\s+(?:don'?t|do\s+not|never|won'?t|did\s*n'?t|did\s+not)\s+(?:answer\w*|repl\w*|respond\w*|pick\w*\s+up|get\s+back|got\s+back|c[oa]me\s+back)|\bi\s+(?:did|already|have\s+already|had\s+already)\s+(?:write|wrote|written|mail\w*|e-?mail\w*|contact\w*|sen[dt])\b|\bnothing\s+(?:since|back|yet|so\s+far)\b|\bno\s+news\s+from\s+(?:them|licensing)\b|\bstill\s+waiting\s+(?:for|on)\s+(?:them|licensing|their|an?\s+(?:answer|reply))|\b(?:wrote|written|mailed|emailed)\s+(?:to\s+)?(?:them|licensing)\b[^.!?\n]{0,40}\b(?:days?|weeks?|nothing|silence|no\s+(?:answer|reply))\b/i;

/** An exception argued: "can't you make an exception?", "come on", "just this once", "licensing takes a week". */
const EXCEPTION =
  /\bexception\b|\bjust\s+(?:this\s+)?once\b|\bcome\s+on\b|\b(?:can'?t|cannot|could\s*n'?t|won'?t)\s+you\b|\bwhy\s+(?:can'?t|cannot|won'?t|couldn'?t)\s+you\b|\b(?:please\s+)?reconsider\b|\bone-?off\b|\b(?:licensing|they|it)\s+(?:takes?|will\s+take|needs?)\s+(?:a|one|two|three|\d+)\s+(?:week|weeks|days|business\s+days)\b|\bbend\s+the\s+rules?\b|\bno\s+way\s+(?:around|to)\b/i;

/** A question naming the team ("will Licensing send it to me?") or pointing back at it ("and them?"). */
const ASKED = /\?|\b(?:please|pls)\s+(?:tell|confirm|let)\b/i;

/** What the message asks about the referral, or undefined when it is about something else. */
export function followUpOfReferral(text: string, referral: Pick<Referral, 'names'>): ReferralFollowUp | undefined {
  if (NO_ANSWER.test(text)) return 'no-answer';
  if (WHERE.test(text)) return 'where';
  if (EXCEPTION.test(text)) return 'exception';
  const lower = text.toLowerCase();
  if (ASKED.test(text) && (referral.names.some((n) => lower.includes(n)) || /\b(?:they|them|their)\b/i.test(text)))
    return 'about';
  return undefined;
}
