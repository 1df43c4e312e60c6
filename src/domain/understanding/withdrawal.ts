/**
 * A request withdrawn in a message of its own (issue 21 §6): "Please cancel this request, it was our scheduler
 * that was disabled. Sorry for the noise.", "Hello, please disregard, the customer found a typo. No case
 * necessary.", "Kindly ignore the above report, our vendor restarted the wrong service." The short cancels
 * ("cancel", "never mind, stop") are read by CANCEL; these are longer because people say why they withdraw.
 *
 * What makes a message a withdrawal is its form, not its length: a clause that opens with a verb of
 * withdrawing aimed at the request itself ("cancel this", "disregard my previous mail", "drop this one",
 * "disregard please") or a statement that no case is needed, and nothing else asked or reported — no
 * product, version or case named, no question. "disregard the warning in the log I sent", "ignore my
 * previous mail about logs, here are the right ones" and "we cannot just ignore it" are not withdrawals.
 */

import { asksSomething } from './asking-or-telling.ts';

/** Words that may stand before the verb at a clause's start: "please", "kindly", "sorry,", "you can", "we'd like to". */
const LEAD_IN = String.raw`(?:(?:please|pls|plz|kindly|just|ok(?:ay)?|so|actually|sorry|oops|apologies|hi|hello|then|(?:you|u)\s+(?:can|may|could)|feel\s+free\s+to|(?:i|we)(?:\s+would\s+like|'d\s+like|\s+want|\s+wish)\s+to)[,!.]?\s+){0,3}`;

/** Verbs that withdraw what was sent: "cancel", "withdraw", "disregard", "forget", "drop", "call off". */
const WITHDRAW_VERB = String.raw`(?:cancel|withdraw|retract|disregard|ignore|forget(?:\s+about)?|drop|scrap|call\s+off|kill|stop)`;

/**
 * What is withdrawn: the request itself, said as a pronoun or as the message that carried it — "this",
 * "my last mail", "the above report", "this one", "the request". Nothing (a clause end after the verb)
 * counts too: "please disregard, …", "disregard please".
 */
const REQUEST_OBJECT = String.raw`(?:(?:(?:this|that|it|my|our|the|these|those)\s+)?(?:(?:previous|last|earlier|above|below|first|whole|original)\s+)?(?:request|case|ticket|report|mail|e-?mail|message|note|draft|one|issue|problem)s?|this|that|it|all\s+(?:of\s+)?(?:this|that|it)|everything)`;

/** After what is withdrawn, the clause ends: punctuation, a line end, or a word of politeness. */
const CLAUSE_END = String.raw`(?=\s*(?:[,.;:!—–-]|\n|$|please\b|pls\b|thanks?\b|thank\s+you\b|sorry\b|as\b|because\b|since\b|we\b|i\b|and\s+(?:don'?t|do\s+not)\b))`;

/** When the withdrawn request was sent: "my request from this morning", "the mail I sent yesterday". */
const WHEN_SENT = String.raw`(?:\s+(?:(?:i|we)\s+sent\s+|sent\s+)?(?:from\s+|of\s+)?(?:this\s+(?:morning|afternoon)|yesterday|today|earlier(?:\s+today)?|last\s+(?:night|week)|(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day))`;

const WITHDRAWING_CLAUSE = new RegExp(
  String.raw`(?:^|[,.;:!?—–\n]\s*|\s-\s+)${LEAD_IN}${WITHDRAW_VERB}(?:\s+${REQUEST_OBJECT}${WHEN_SENT}?)?(?:\s+(?:please|pls))?${CLAUSE_END}`,
  'i',
);

/** "no case necessary", "no need for a ticket", "the case is not needed any more", "no ticket required". */
const NO_CASE_NEEDED =
  /\bno\s+(?:case|ticket)s?\s+(?:is\s+|are\s+)?(?:needed|necessary|required)\b|\bno\s+need\s+(?:for|of)\s+(?:a|the|any|this)\s+(?:case|ticket)\b|\b(?:case|ticket)\s+(?:is\s+)?(?:not|no\s+longer)\s+(?:needed|necessary|required)\b|\b(?:don'?t|do\s+not|no\s+need\s+to)\s+(?:open|create|raise|log|file)\s+(?:a|the|any|that|this|it|anything)\b/i;

/** "actually don't bother, we sorted it", "no need any more", "we don't need it anymore": the want withdrawn. */
const WANT_WITHDRAWN =
  /\b(?:don'?t|do\s+not|no\s+need\s+to)\s+bother\b|\bno\s+(?:longer\s+)?need(?:ed)?\s+any\s*more\b|\b(?:we|i)\s+(?:don'?t|do\s+not)\s+need\s+(?:it|this|that|one|a\s+case|a\s+ticket)\s+any\s*more\b/i;

/** "I opened this by mistake", "sent it in error": the request itself was a mistake. */
const SENT_BY_MISTAKE =
  /(?:opened|sent|created|raised|filed|logged|submitted)\s+(?:this|it|that)(?:\s+(?:one|request|case|ticket|message|mail))?\s+(?:by\s+(?:mistake|accident)|in\s+error|accidentally)\b/i;

export interface WithdrawalEvidence {
  /** A product, a version or a case number is named: the message is about something, not withdrawing. */
  namesSomething: boolean;
}

/** True when the message withdraws the request it follows and does nothing else. */
export function withdrawsTheRequest(text: string, evidence: WithdrawalEvidence): boolean {
  if (evidence.namesSomething || asksSomething(text)) return false;
  return (
    WITHDRAWING_CLAUSE.test(text) ||
    NO_CASE_NEEDED.test(text) ||
    SENT_BY_MISTAKE.test(text) ||
    WANT_WITHDRAWN.test(text)
  );
}
