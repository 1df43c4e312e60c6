/**
 * Cases named in ways that ask nothing of them (issue 21 §6): a case number given for comparison, cases named
 * in a rule question or in passing, the status of a thing in a product, how escalation works, a fix that held
 * only in part.
 */

export const CASE_IN_QUESTION =
  /\b(?:do|does|did|will|would|should|must)\s+(?:i|we|you|it|they|(?:\w+[\s-]){1,2})\s*(?:always\s+|first\s+)?(?:need|require|have)\s+(?:to\s+(?:open|have|raise)\s+)?(?:a|an)\s+(?:case|ticket)\b[^?\n]{0,30}\?/i;

export const PARTLY_FIXED =
  /\b(?:on|for|in|at)\s+(?:two|three|four|some|most|half|\d+)\s+of\s+(?:the|our|them)\b|\bstill\s+(?:shows?|fails?|failing|happens|happening|occurs|see|sees|gets?|has|have|broken|there|present|not\s+\w+ing|doesn'?t|does\s+not|can'?t|cannot)\b|\bexcept\s+(?:on|for|in|at)\b/i;

/** Every case number named only to compare ("like 01000003", "same as case N", "similar to N"). */
export function onlyForComparison(text: string, numbers: readonly string[]): boolean {
  return numbers.every((n) =>
    new RegExp(
      String.raw`\b(?:(?<!\b(?:would|'d|we|i|they|you|should|also)\s+)like|similar\s+to|same\s+as|as\s+in|as\s+with|as\s+we\s+had\s+(?:in|with|on)|cf\.?|compare\s+(?:with|to))\s+(?:in\s+)?(?:case\s+|ticket\s+|#\s*)?${n}\b`,
      'i',
    ).test(text),
  );
}

/**
 * "in all cases the desktop freezes", "which cases count as critical?", "what happens to our open cases if
 * the contract lapses?": cases named in passing or in a rule question, not a list of one's cases asked for.
 */
export const NOT_A_CASE_LIST =
  /\bin\s+(?:all|some|most|many|these|those|such|both|which|what|rare|certain|several|few|other|every|our|my)\s+(?:\w+\s+)?cases\b|\b(?:which|what)\s+(?:cases|tickets)\s+(?!(?:are|do|have|has|is|we|i|still|open|of\s+(?:ours|mine))\b)\w+|\bwhat\s+happens\s+(?:to|with)\s+(?:my|our|all|the)\s+(?:open\s+)?(?:cases|tickets)\b/gi;

/** "agent status", "status code 503", "the status bar": the status of a thing in a product, not of a case. */
export const STATUS_OF_A_THING =
  /\b(?:agent|agents'?|user|presence|call|line|device|port|service|server|http|error|sip|registration|login|ready|link|trunk|queue|dn|place|interaction|job|etl|task|node|cluster|replication|sync|license|order)\s+status(?:es)?\b|\bstatus(?:es)?\s+(?:code|bar|board|dashboard|screen|field|column|message|page|light|icon|indicator|colou?r|change[sd]?)\b|\b(?:http|sip)\s+\d{3}\b/gi;

/** "how do I escalate a case?", "can I escalate if …?", "what is the escalation process?": how it works. */
export const HOW_TO_ESCALATE =
  /\b(?:how|when|where)\s+(?:do|can|could|should|would)\s+(?:i|we|you|one|customers?)\s+escalat\w*|\b(?:can|could|may)\s+(?:i|we|one|customers?)\s+escalat\w*\s+(?:if|when|whenever|in\s+case)\b|\bescalation\s+(?:process|procedure|path|matrix|rules?|policy)\b/i;
