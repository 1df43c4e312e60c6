/**
 * Requests about a case that the writer says are not made (red team round 11): "please never make case N
 * critical", "we will not need to raise the severity", "don't close it yet", "Ben asked whether we should
 * close it; I said no". The cues for a severity change or a closing find their verb in such a clause and
 * would act on it: a Critical level raised (a phone call asked, managers paged) or a closing passed on that
 * the writer refused. The clause — from the negation to the end of its sentence or clause — is taken out
 * of what those cues read; everything else in the message is read as before.
 *
 * A negation reaches the verb only across the words that sit between a negation and its verb ("not need
 * to", "don't want you to", "never ever"), so "if it is not fixed by Friday raise it" keeps its request,
 * and a question that asks by a negation ("why don't you close it?", "can't you raise it?") is no refusal.
 */
const NEGATION = String.raw`(?:do\s+not|does\s+not|don['’]?t|doesn['’]?t|dont|never|need\s+not|needn['’]?t|not|no\s+need\s+to|no\s+longer|shouldn['’]?t|should\s+not|mustn['’]?t|must\s+not)`;
/** "Ben asked whether we should close it": someone's deliberation reported, not a request to us. */
const DELIBERATION = String.raw`(?:asked|asks|wondered|wonders|wondering|discussed|debated)\s+(?:\p{L}+\s+){0,2}?(?:whether|if)\s+(?:we|i)\s+(?:should|could|would|need\s+to|ought\s+to|want\s+to)`;
const BETWEEN = String.raw`(?:need|needs|want|wants|have|has|to|you|please|ever|yet|going|plan|planning|intend|ask|asking|us|we|i|be|being|get|it|this|should|could|would|will)`;
const ACTION = String.raw`(?:clos(?:e|ed|ing)|shut|raise[sd]?|raising|increas\w*|lower\w*|decreas\w*|chang\w*|upgrad\w*|downgrad\w*|bump\w*|set|setting|put|putting|escalat\w*|reduc\w*|mov(?:e|ed|ing)|reclassif\w*|mak(?:e|ing)|mark\w*)`;
const REFUSED = new RegExp(
  String.raw`(?:(?<![\p{L}'’])(?<!\bwhy\s)(?<!\b(?:can|could|will|would|won['’]?t|can['’]?t|couldn['’]?t|wouldn['’]?t)\s+(?:you|we)\s)${NEGATION}|(?<![\p{L}])${DELIBERATION})(?:\s+${BETWEEN}){0,4}\s+${ACTION}(?![\p{L}])[^.;,!?\n]*`,
  'giu',
);

/** The text without the clauses that refuse or only weigh an action on a case. */
export function withoutRefusedRequests(text: string): string {
  return text.replace(REFUSED, ' ');
}

/**
 * A close put off or made to hang on something still to come: "keep it open until Friday, then we can close
 * it", "if tonight's run is clean you can close it", "when will you close this case?". Now that a contact's
 * close closes the case at once, these are no close: the clause is taken out of what the close cue reads.
 * A close left to the analyst's wish ("if you agree you can close it") is a close.
 */
const CLOSE_LATER =
  /\b(?:keep|leave)\s+(?:it|this(?:\s+one|\s+case)?|the\s+(?:case|ticket)|case\s+#?\d{8}|#?\d{8})\s+open\b[^.;!?\n]*|\b(?:once|if|as\s+soon\s+as|until|unless)\s+(?!(?:you|it)\s+(?:want|like|wish|prefer|agree)|(?:that|it)['’]?s\s+(?:ok|fine|alright)|ok\b)[^.;!?\n]{0,80}?\bclos(?:e|ed|ing)\b[^.;!?\n]*|\bwhen\s+(?:will|would|do|can|are|is)\s+(?:you|they|we|it|the\s+case|this)\b[^.;!?\n]{0,40}?\bclos\w*[^.;!?\n]*/giu;

/**
 * The same with the condition or the time after the verb (red team round 13): "please close the case after we
 * confirm the fix on Friday", "close case N when done", "close it next week", "close it tomorrow". A courtesy
 * is no condition ("when you can", "if possible", "after all"), nor a day that may be past ("fixed it on
 * Monday"), nor a deadline that closing now meets ("by Friday").
 */
const DAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const COURTESY = String.raw`(?:(?:you|it)\s+(?:want|like|wish|prefer|agree|can|could|get\s+a\s+chance|have\s+(?:a\s+(?:moment|minute)|time))|you\s+(?:please|don['’]?t\s+mind)|possible|needed|necessary|all|(?:that|it)(?:['’]?s|\s+is)\s+(?:ok|okay|fine|alright))\b`;
const CLOSE_THEN_LATER = new RegExp(
  String.raw`\bclos(?:e|ing)\b[^.;,!?\n]{0,40}?(?:\b(?:once|after|when|as\s+soon\s+as|if|until|unless)\b(?!\s+${COURTESY})|\b(?:next|this)\s+(?:${DAY}|week|month)\b|\b(?:tomorrow|tonight|later)\b)[^.;!?\n]*`,
  'giu',
);

/** The text without the clauses that refuse, weigh or put off an action on a case. */
export function withoutLaterCloses(text: string): string {
  return withoutRefusedRequests(text).replace(CLOSE_LATER, ' ').replace(CLOSE_THEN_LATER, ' ');
}

/**
 * A close refused or put off: "don't close it yet", "please keep 01000001 open for now", "not ready to close
 * it". Said beside another request ("…; what's the status?") it is news for the analyst, answered on its own.
 */
export function putsOffClose(text: string): boolean {
  const refused = [...text.matchAll(REFUSED)].some((m) => /\b(?:clos|shut)/iu.test(m[0]));
  const later = [...text.matchAll(CLOSE_LATER), ...text.matchAll(CLOSE_THEN_LATER)].some(
    (m) => !/^\s*when\b/iu.test(m[0]),
  );
  return refused || later || /\bnot\s+(?:yet\s+)?ready\s+(?:to|for)\s+(?:be\s+)?clos/iu.test(text);
}
