/**
 * Two requests about the service itself, read by what they are about rather than by the phrases seen
 * (issue 21 §6, §9): help — a question or a plea about the bot: what it can do, how to use it, what to
 * write to it, a guide to it — and a list of one's cases — cases (or "anything") asked for as a list, or in
 * a state that is not finished yet ("still open", "pending", "not yet closed", "in progress").
 */

/** The bot, however named: "you", "u", "this thing", "this robot", "the assistant", "this mailbox". */
const BOT = String.raw`(?:you|u|ya|caseline|(?:this|the)\s+(?:slack\s+)?(?:bot|robot|assistant|thing|channel|service|address|mailbox|tool|chat|app|system|ai)|it|this)`;

/** What a bot can do for someone: do, handle, help with, offer, understand, give. */
const DOES = String.raw`(?:do|handle|help(?:\s+(?:me|us))?(?:\s+with)?|offer|understand|give|provide|support|accept|manage|process)s?`;

/** The parts of a plea for help about the bot, each a form rather than a wording. */
const ABOUT_THE_BOT: RegExp[] = [
  // What it can do: "what can u actually do", "what things can you do", "what are you able to help with".
  new RegExp(
    String.raw`\bwhat\s+(?:else\s+|things?\s+|stuff\s+|kinds?\s+of\s+(?:things|stuff)\s+)?(?:can|could|do|does|will|would)\s+${BOT}\s+(?:actually\s+|really\s+|exactly\s+|even\s+)?${DOES}\b`,
    'i',
  ),
  new RegExp(String.raw`\bwhat\s+(?:are|is)\s+${BOT}\s+(?:able|meant|there|good)\s+(?:to\s+|for\b)`, 'i'),
  new RegExp(String.raw`\bwhat\s+(?:is|'s)\s+${BOT}\s+for\b|\bwhat\s+${BOT}\s+(?:is|'s)\s+(?:for|about)\b`, 'i'),
  // What it takes: "which requests this service handles", "which words it understands", "what service this channel give".
  new RegExp(
    String.raw`\b(?:what|which)\s+(?:\w+\s+)?(?:requests?|services?|functions?|features?|words?|commands?|orders?|things|kinds?\s+of\s+\w+|sorts?\s+of\s+\w+|types?\s+of\s+\w+)\s+(?:does\s+|do\s+|can\s+|will\s+)?${BOT}\s+(?:\w+\s+)?${DOES}\b`,
    'i',
  ),
  new RegExp(String.raw`\b(?:functions?|features?|capabilit\w+|purpose|commands?)\s+of\s+${BOT}(?!\w)`, 'i'),
  // How to use it: "how does this thing work", "how am I supposed to talk to you", "how do I use this".
  new RegExp(String.raw`\bhow\s+(?:does\s+|do\s+)?${BOT}\s+works?\b`, 'i'),
  new RegExp(
    String.raw`\bhow\s+(?:am|are|do|should|can|must|could)\s+(?:i|we)\s+(?:supposed\s+to\s+|meant\s+to\s+|expected\s+to\s+)?(?:use|talk\s+to|write\s+to|speak\s+to|address|work\s+with|interact\s+with|communicate\s+with|ask)\s+${BOT}(?!\w)`,
    'i',
  ),
  // What to write to it: "what do I type to get started", "what i can write here".
  // …to it, not for something: "what do we need to send you for a temporary license?" asks about a request.
  /\bwhat\s+(?:(?:do|should|must|can|could)\s+)?(?:i|we)\s+(?:can\s+|should\s+|must\s+|have\s+to\s+|need\s+to\s+)?(?:type|write|say|send|enter|put)\s*(?:here|in\s+(?:here|this|it)|to\s+(?:you|u|this|it)|first|now|exactly)?\s*(?:$|[?.!,;]|to\s+(?:get|start|begin|open|make))/im,
  /\b(?:keywords?|commands?)\s+or\s+(?:normal|full|plain|whole|free)\s+(?:sentences?|text|language|words)\b/i,
  /\bhow\s+(?:a|my|our|the)\s+(?:message|mail|request)s?\s+(?:should|must|has\s+to|have\s+to)\s+be\s+(?:formatted|written|worded|structured)\b/i,
  /\bprocedure\b[^.?!\n]{0,40}\b(?:writing|talking|using|write|talk|use)\s+(?:to\s+)?(?:this|the|you)\b/i,
  // A guide to it: "is there a guide for this assistant", "instructions?", "a manual somewhere".
  new RegExp(
    String.raw`\b(?:guide|manual|instructions?|user\s+guide|tutorial|cheat\s*sheet|how-?to|documentation|help\s+page)\s+(?:for|to|of|on|about)\s+${BOT}(?!\w)`,
    'i',
  ),
  /^\W*(?:any\s+)?(?:instructions?|commands?|manual|guide)\s*\?+\s*$/im,
  /\bwhat\s+(?:are\s+(?:the|your)\s+)?commands\b/i,
];

/** A sentence that asks about the bot itself: what it does, how it is used, what to write to it. */
export function asksAboutTheBot(text: string): boolean {
  return ABOUT_THE_BOT.some((re) => re.test(text));
}

/** A case, or several, however called. */
const CASES = String.raw`(?:cases|tickets|incidents|requests|issues|ones)`;
/** Not finished yet: open, pending, in progress, unresolved, not yet closed, waiting on, still running. */
const UNFINISHED = String.raw`(?:open|pending|in\s+progress|unresolved|unsolved|outstanding|active|ongoing|not\s+(?:yet\s+)?(?:closed|resolved|solved|finished|done|fixed)|waiting\s+(?:on|for)|continu\w*\s+(?:open|pending)|remain\w*\s+(?:open|unresolved|pending)|still\s+(?:running|there|going))`;

/** The forms of a request for the list of one's cases. */
const CASE_LIST: RegExp[] = [
  // A list asked for: "a list of every case Globex has open", "an overview of all Globex tickets", "listing of every case".
  /\b(?:list(?:ing)?|overview|summary|rundown|run-down|report|table|breakdown)\s+(?:of\s+)?(?:(?:all|every|each|the|our|my|their)\s+)?(?:[\w'-]+\s+){0,2}?(?:case|ticket|incident)s?\b/i,
  // Cases to be seen: "I want to see the cases of our company", "show all our tickets".
  /\b(?:see|show|view|check|send|give|get)\s+(?:me\s+|us\s+)?(?:all\s+|every\s+)?(?:the\s+|our\s+|my\s+)?(?:\w+\s+)?(?:cases|tickets|incidents)\s+(?:of|for|from|under)\s+(?:our|my|the|\w+)\b/i,
  // Cases, or "anything", not finished: "which cases are we still waiting on", "anything still pending on
  // our side", "which ones continue open", "which of our incidents remain unresolved".
  new RegExp(
    String.raw`\b(?:${CASES}|anything|everything)\b[^.?!\n]{0,50}?\b(?:still\s+|yet\s+|currently\s+|now\s+)?${UNFINISHED}\b`,
    'i',
  ),
  new RegExp(
    String.raw`\bwhat\s+(?:do|have)\s+(?:we|i)\s+(?:\w+\s+)?(?:have\s+|got\s+)?(?:still\s+)?${UNFINISHED}\b`,
    'i',
  ),
  // "do we have any open cases", "r there cases not closed yet".
  /\b(?:any|are\s+there|r\s+there)\s+(?:\w+\s+)?(?:cases|tickets)\b(?!\s+(?:where|when|in\s+which|that|which|like|of\s+this))/i,
];

/** The text without the words of a state not finished ("not closed yet"), which tell no problem. */
export function withoutUnfinished(text: string): string {
  return text.replace(new RegExp(String.raw`\b${UNFINISHED}\b`, 'gi'), ' ');
}

/** The message asks for a list of the contact's cases (read only where no case or product is named). */
export function asksForCaseList(text: string): boolean {
  return CASE_LIST.some((re) => re.test(text));
}
