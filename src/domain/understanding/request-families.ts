/**
 * Word families for the requests made about a case (issue 21 §3, §6, §10, round 9): instead of one phrase
 * per wording seen, the verbs, nouns and turns a request is made of — any change verb with any level, any
 * way of asking how far a case is, any way of saying that another, unrelated problem follows. Combined with
 * the older patterns in cues.ts; compiled once here.
 */

/** The level words, as a customer asks for one. */
const LEVEL = String.raw`(?:(?:critical[\s–—-]*)?(?:production|prod)[\s-]*down|critical|crit|high|medium|low|sev(?:erity)?\s*[1-4]|p[1-4])`;
/** The case a change is asked for: "it", "this one", "the ticket", "case N". */
const THE_CASE = String.raw`(?:it|this(?:\s+one|\s+case|\s+ticket)?|that(?:\s+one)?|the\s+(?:case|ticket)|our\s+(?:case|ticket)|case\s+#?\d{8}|#?\d{8})`;
/** What follows a level word when it names something else: "the low priority queue", "high CPU load". */
export const NOT_A_LEVEL = String.raw`(?!\s+(?:priority\s+|prio\s+)?(?:queues?|skills?|groups?|cpu|load|volumes?|traffic|memory|latency|numbers?|values?|levels?|threshold|watermark|availability)\b)`;
/** The nouns a level is the value of. */
export const LEVEL_NOUN = '(?:severity|priority|urgency|importance|criticality|sev|prio)';
/** Participles a case is moved with: "handled as", "reclassified as", "elevated to", "bumped up to". */
export const MOVED =
  '(?:handled|treated|considered|classified|re-?classified|re-?categori[sz]ed|categori[sz]ed|prioriti[sz]ed|processed|worked|rated|flagged|marked|tagged|upgraded|elevated|escalated|raised|lowered|increased|reduced|decreased|downgraded|moved|bumped|set|put|changed|switched|adjusted|updated)';

/**
 * A case asked to move to another level, in the family's words (read only about a named case or in its
 * thread): "can we go to High on this one?", "it needs to be handled as High", "could N be reclassified as
 * High?", "severity should now be Critical", "Low is enough from now on", "this isn't a Low anymore",
 * "we need Medium, not Low".
 */
export const SEVERITY_CHANGE_FAMILY = new RegExp(
  [
    String.raw`\b(?:go|get|move|switch|jump|step|climb)\s+(?:up\s+|down\s+|back\s+)?(?:to|into)\s+(?:a\s+)?${LEVEL}\b${NOT_A_LEVEL}`,
    // "Please put 01000417 at Low", "set this one to High", "drop the case down to Medium".
    String.raw`\b(?:put|set|move|bring|drop|lower|raise|bump)\s+${THE_CASE}\s+(?:down\s+|up\s+|back\s+)?(?:at|to|on)\s+(?:a\s+)?${LEVEL}\b${NOT_A_LEVEL}`,
    String.raw`\b(?:be|get)\s+(?:now\s+|please\s+|urgently\s+|immediately\s+|then\s+)?${MOVED}\s+(?:up\s+|down\s+)?(?:as|at|to|into)\s+(?:a\s+)?${LEVEL}\b${NOT_A_LEVEL}`,
    String.raw`\b${LEVEL_NOUN}\b[^.?!\n]{0,30}\b(?:should|must|needs?\s+to|has\s+to|ought\s+to|can|could|would\s+have\s+to)\s+(?:now\s+|really\s+|please\s+|then\s+|rather\s+)?be\s+(?:a\s+)?${LEVEL}\b`,
    String.raw`\b${LEVEL}\s+(?:is|would\s+be|will\s+be|should\s+be)\s+(?:\w+\s+)?(?:fine|enough|sufficient|ok|okay|adequate|appropriate|right|correct|plenty)\b`,
    String.raw`\b(?:isn'?t|is\s+not|no\s+longer|not)\s+(?:really\s+)?(?:a\s+)?${LEVEL}\s+(?:any\s*more|now|for\s+us|issue\s+any\s*more)\b`,
    String.raw`\b${LEVEL}\s*,?\s+(?:and\s+)?not\s+(?:a\s+)?${LEVEL}\b`,
    // "not a low priority item for us", "no longer a P3 issue".
    String.raw`\b(?:isn'?t|is\s+not|no\s+longer|not)\s+(?:really\s+)?(?:a\s+)?${LEVEL}(?:[\s-]+${LEVEL_NOUN})?\s+(?:item|issue|case|ticket|problem|one|thing|matter)\s+(?:any\s*more|now|for\s+us)\b`,
    // "make 01000002 higher", "bring it down a notch", "this one can go down a notch", "push it up a level".
    String.raw`\b(?:make|set|put|move|bring|take|get|push|kick|turn)\s+${THE_CASE}\s+(?:(?:a|one)\s+(?:notch|level|step|bit|grade)\s+)?(?:higher|lower|up|down|more\s+urgent|less\s+urgent)\b`,
    String.raw`\b(?:go|come|move|step|drop|climb)\s+(?:up|down)\s+(?:a|one)\s+(?:notch|level|step|grade|severity|priority)\b`,
    // A bare change verb about the case: "Raise it.", "raising this - crit now", "downgrade pls".
    String.raw`\b(?:raise|raising|lower|lowering|bump|bumping)\s+${THE_CASE}\s*(?:pls|please|plz|now|asap|again)?\s*(?:[-–—,.:;!]|$)`,
    String.raw`\b(?:downgrade|upgrade|raise|lower|bump|reduce|increase)\s+(?:it\s+|this\s+)?(?:pls|please|plz|asap)\b`,
    // A move between two levels, whatever verb carries it: "from low to medium", "critical → high", "-> low".
    String.raw`\bfrom\s+${LEVEL}\s+(?:down\s+|up\s+)?(?:to|into)\s+(?:a\s+)?${LEVEL}\b${NOT_A_LEVEL}`,
    String.raw`(?:->|→|=>)\s*${LEVEL}\s*(?:please|pls|plz|thanks?|[.!])*\s*(?:$|\n)`,
    // "we would like the severity of N to be reconsidered", "please review the priority".
    String.raw`\b${LEVEL_NOUN}\b[^.?!\n]{0,40}\b(?:reconsidered|reviewed|revisited|re-?evaluated|re-?assessed|adjusted|corrected)\b|\b(?:reconsider|revisit|re-?evaluate|re-?assess|adjust|correct)\s+(?:the\s+|its\s+|our\s+)?${LEVEL_NOUN}\b`,
    // "it must be High", "this has to be a P1" (in a case's thread or about a named case).
    String.raw`\b(?:it|this|that|this\s+one|the\s+(?:case|ticket))\s+(?:should|must|needs?\s+to|has\s+to|ought\s+to)\s+(?:really\s+|definitely\s+)?be\s+(?:a\s+)?${LEVEL}\b`,
    // "only 1 site affected now -> medium".
    String.raw`(?:->|→|=>)\s*(?:sev(?:erity)?\s*|prio(?:rity)?\s*)?${LEVEL}\s*[.!]*\s*$`,
    // Non-native order: "can you the priority of the case N please on critical raise?".
    String.raw`\b${LEVEL_NOUN}\b[^.?!\n]{0,60}\b(?:on|to|at|in)\s+${LEVEL}\s+(?:\w+\s+)?(?:raise|lower|change|set|put|increase|decrease|upgrade|downgrade|bring|move)\b`,
    // "upgrade 01000004 to production down".
    String.raw`\b(?:raise|increase|upgrade|bump|escalate|move|set|put|change|lower|downgrade|reduce)\s+${THE_CASE}\s+(?:up\s+|down\s+)?to\s+(?:a\s+)?${LEVEL}\b`,
  ].join('|'),
  'i',
);

/** Past deeds of others, not a request: "your colleague set the severity to High yesterday". */
export const SEVERITY_SET_BY_OTHERS = new RegExp(
  String.raw`(?<!\b(?:can|could|would|will|please|pls|kindly)\s+)\b(?:you|your\s+(?:colleague|analyst|engineer|team|support)|the\s+(?:analyst|engineer|vendor|support\s+team)|they|he|she|someone|somebody)\s+(?:already\s+|kindly\s+)?(?:set|raised|lowered|changed|moved|put|bumped|downgraded|upgraded|increased|reduced|reclassified)\s+(?:it|this|the\s+(?:case|ticket)|its\s+${LEVEL_NOUN}|the\s+${LEVEL_NOUN}|case\s+#?\d{8})(?:\s+${LEVEL_NOUN})?\s+(?:up\s+|down\s+)?to\s+(?:a\s+)?${LEVEL}\b`,
  'gi',
);

/**
 * How far a case is, asked in the family's words: "anything new?", "any ETA?", "how far along are you with
 * N?", "did anyone get a chance to look at the logs?", "haven't heard back on N", "when can we expect an
 * answer on this?", "where do things stand", "just following up on N".
 */
export const STATUS_FAMILY = new RegExp(
  [
    String.raw`\banything\s+(?:new|yet|to\s+report)\b`,
    String.raw`\bany\s+(?:eta|timeline|time\s*frame|estimate|word|luck|movement|developments?|traction|findings|results?|outcome)\b`,
    String.raw`\b(?:eta|estimated\s+time)\s+(?:for|on)\s+(?:a\s+|the\s+)?(?:fix|solution|resolution|answer|patch|workaround|this|it)\b`,
    String.raw`\bwhen\s+(?:can|could|will|should|may|might)\s+(?:we|i)\s+(?:expect|get|see|have|hope\s+for|count\s+on)\s+(?:an?\s+|the\s+|some\s+|your\s+|any\s+)?(?:answer|update|fix|feedback|reply|response|solution|news|resolution|workaround|patch|result|analysis|progress)\b[^?.!\n]{0,20}\b(?:on|for|about|regarding|to)\s+(?:this|it|that|the\s+(?:case|ticket|issue|problem)|(?:case\s+|ticket\s+)?#?\d{8})\b`,
    String.raw`\b(?:did|has|have)\s+(?:any(?:one|body)|some(?:one|body)|you|your\s+(?:team|engineers?|analysts?|colleagues?))\s+(?:had\s+|get\s+|got\s+|found\s+)?(?:a\s+|the\s+)?(?:chance|time|opportunity|moment)\s+to\s+(?:look|check|review|analy[sz]e|go\s+(?:through|over))\b`,
    String.raw`\b(?:did|has|have)\s+(?:any(?:one|body)|some(?:one|body)|you)\s+(?:already\s+|yet\s+)?(?:looked|checked|reviewed|analy[sz]ed|gone\s+(?:through|over))\s+(?:at\s+|into\s+)?(?:it|this|that|the|our|my|case|\d{8})\b`,
    String.raw`\b(?:haven'?t|have\s+not|hasn'?t|has\s+not|not|never)\s+(?:yet\s+)?heard\s+(?:back|anything|a\s+word|from\s+(?:you|anyone|anybody))`,
    String.raw`\bhow\s+far\s+(?:along\s+)?(?:are|is)\b`,
    String.raw`\bhow\s+(?:is|are)\s+(?:it|this|things|the\s+(?:case|analysis|investigation|ticket|fix)|(?:case\s+)?#?\d{8})\s+(?:going|progressing|coming\s+along|looking)\b`,
    String.raw`\bwhere\s+(?:do|does)\s+(?:we|things|it|this|the\s+(?:case|ticket|analysis)|(?:case\s+)?#?\d{8})\s+stand\b`,
    String.raw`\b(?:following|checking)\s+up\s+on\b|\bchecking\s+in\s+on\b|\bchasing\s+(?:this|it|up|the\s+case|case|\d{8})\b`,
    String.raw`\bstill\s+no\s+(?:answer|reply|response|word|news|update|feedback|progress)\b`,
    String.raw`\b(?:what'?s|wats|whats|what\s+is)\s+up\s+(?:w|with|w\/)(?:\s|$)`,
    String.raw`\bstill\s+being\s+(?:looked\s+at|worked\s+on|handled|investigated|analy[sz]ed|followed)\b`,
    String.raw`\bwhere\s+are\s+we\s*(?:at\s*|now\s*)?\?`,
    String.raw`\b(?:fall(?:en|s)?|fell|slipp(?:ed|ing))\s+through\s+the\s+cracks\b|\b(?:forgot|forgotten)\s+(?:about\s+)?(?:us|this|it|our\s+(?:case|ticket))\b`,
  ].join('|'),
  'i',
);

/** Someone senior, however titled. */
const SENIOR = String.raw`(?:manager|mgr|manger|management|supervisor|boss|superior|director|vp|vice\s+president|head\s+of\s+\w+|team\s*lead(?:er)?|leadership|duty\s+manager|escalation\s+manager)s?\b`;

/**
 * Someone senior asked for, in the family's words: "someone above the analyst", "a higher-up", "the head
 * of support", "your team lead" (the older patterns in cues.ts know managers and supervisors).
 */
export const MANAGEMENT_FAMILY = new RegExp(
  [
    String.raw`\b(?:someone|somebody|a\s+person|anyone|anybody)\s+(?:above|higher(?:\s+up)?|more\s+senior|with\s+(?:more\s+)?(?:authority|seniority|clout))\b`,
    String.raw`\bhigher[\s-]ups?\b`,
    String.raw`\b(?:get|want|need|involve|request|ask(?:ing)?\s+for|bring\s+in|escalate\s+(?:this\s+|it\s+)?to|speak\s+(?:to|with)|talk\s+(?:to|with)|ping|call|loop\s+in|cc|alert|notify|inform|contact|tell|ask)\s+(?:me\s+|us\s+)?(?:your|the|a|an|some)\s+(?:\w+\s+)?${SENIOR}`,
    String.raw`\b(?:who\s+is|who'?s|name\s+of)\s+(?:your|the)\s+(?:\w+\s+)?${SENIOR}`,
    String.raw`\battention\s+of\s+(?:your|the)\s+(?:\w+\s+){0,2}${SENIOR}`,
    String.raw`\b(?:get|want|need|put)\s+(?:a|an|the|your|some)\s+(?:mgr|manager|supervisor|boss)\s+(?:on|onto|to\s+look\s+at)\b`,
    String.raw`\b(?:some(?:one|body)|a\s+person)\s+(?:who\s+can|able\s+to|with\s+the\s+(?:power|authority)\s+to)\s+(?:make\s+(?:a\s+|the\s+)?decisions?|decide|take\s+decisions?)\b`,
  ].join('|'),
  'i',
);

/** "who can I talk to about how slowly N is moving?": a person asked for about a case (read only on one). */
export const WHO_TO_TALK_TO =
  /\bwho\s+(?:else\s+)?(?:can|could|should|do|may|shall)\s+(?:i|we)\s+(?:talk|speak|complain|turn|write|go|escalate)\s+(?:to|with)\b/i;

/**
 * Escalation as a product feature, not a request for management: "escalation of calls to supervisors
 * fails", "the chat escalation rule", "auto-escalation of e-mails".
 */
export const ESCALATION_FEATURE =
  /\bescalations?\s+of\s+(?:the\s+|our\s+|all\s+|some\s+|incoming\s+|inbound\s+)?(?:calls?|chats?|interactions?|e-?mails?|alarms?|alerts?|work\s*items?|contacts?|tasks?)\b|\bescalat(?:e|es|ed|ing)\s+(?:the\s+|our\s+|all\s+|incoming\s+|inbound\s+)?(?:calls|chats|interactions|e-?mails|alarms|alerts|work\s*items|contacts|tasks)\b|\b(?:call|chat|e-?mail|auto(?:matic)?|alarm|alert|skill|queue|routing|supervisor)[\s-]+escalations?\b/gi;

/**
 * Another, unrelated problem announced in strong words, before the problem itself: "Unrelated, but …",
 * "a separate matter: …", "on a side note, …", "while I have you, …", "another thing: …", "now something new:",
 * "close N and open a new one: …".
 */
export const STRONG_NEW_CUE =
  /\b(?:unrelated(?:ly)?|separately|(?:a\s+|one\s+)?(?:different|separate|other|new|second)\s+(?:topic|matter|subject|thing|point|story)|something\s+(?:else|different|new)|(?:open|create|raise|log|start)\s+(?:a\s+)?(?:new|separate|second|another)\s+one|on\s+a\s+(?:different|separate|side|other)\s+note|side\s+note|while\s+i\s+have\s+you|another\s+(?:thing|topic|matter|point))\b/i;

/**
 * Said for information only (issue 21 §6): "nothing to do with you", "no action needed", "for our records",
 * "not your problem": nothing for a case, nothing for staff.
 */
export const INFORMATION_ONLY =
  /\b(?:no\s+(?:further\s+)?action\s+(?:is\s+)?(?:needed|required|necessary)(?:\s+(?:from|on)\s+your\s+side)?|nothing\s+to\s+do\s+with\s+(?:you|your\s+(?:product|software|side|system))|not\s+(?:your|a\s+vendor)\s+(?:problem|issue|fault)|for\s+(?:our|your)\s+records|no\s+(?:case|ticket)\s+(?:is\s+)?(?:needed|required|necessary)|nothing\s+(?:(?:is\s+)?(?:needed|required)|for\s+you\s+to\s+do|to\s+do\s+(?:for|on)\s+your\s+(?:side|end))|no\s+need\s+to\s+(?:reply|answer|respond|act|do\s+anything)|just\s+saying\s+thanks)\b/i;

/** Log lines pasted into a message ("[2026-11-23 07:01:55] INFO download.manager: …"): read as evidence, never as a request. */
export const LOG_LINE = /^\s*\[?\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?[^\n]*$/gm;

/**
 * A sentence that asks (ends with a question mark). Matched only from a sentence's start (the lookbehind):
 * the same matches, in linear time where the bare pattern retried from every character of a long line
 * without "?" (a 300,000-character subject took minutes, red team round 9).
 */
export const QUESTION_SENTENCE = /(?<![^.?!\n])[^.?!\n]*\?/g;

/** A download told as done ("downloaded the hotfix yesterday", "after downloading the prompts"): no request. */
export const DOWNLOAD_TOLD = /\b(?:downloaded|(?:after|since|when|while|before|by)\s+downloading)\b/gi;

/**
 * A download of what is not software: invoices, reports, logs, recordings, prompts, "them from our share";
 * or the download page itself as the subject ("the download page doesn't let me buy them").
 */
export const DOWNLOAD_OF_NON_SOFTWARE =
  /\bdownload\w*\s+(?:of\s+)?(?:the\s+|our\s+|their\s+|your\s+|all\s+|new\s+|latest\s+)*(?:[\w-]+\s+)?(?:invoices?|bills?|receipts?|statements?|quotes?|contracts?|certificates?|reports?|logs?|traces?|recordings?|prompts?|attachments?|exports?|csv|screenshots?|transcripts?|dumps?|pcaps?|captures?|announcements?|greetings?|audio\s+files?)\b|\bdownload\w*\s+(?:them|these|those)\s+from\b|\b(?:reports?|recordings?|logs?|exports?)\s+download\w*\b|\b(?:the|our|your)\s+download\s+(?:page|portal|site|area|section|cent(?:er|re)|server|link|speed)\s+(?:doesn'?t|does\s+not|won'?t|will\s+not|is|was|keeps|fails|failed|shows|times|throws|gives)\b/i;

/**
 * Software asked for with a product named, in the family's words: a setup, the bits, a build, a kit, a copy,
 * shared, sent, given, or asked where to get.
 */
export const SOFTWARE_ASKED =
  /\b(?:share|send|give|provide|need|want|get|grab|fetch|point\s+(?:me|us)\s+to|looking\s+for)\s+(?:me\s+|us\s+)?(?:the\s+|a\s+|an\s+|some\s+)?(?:\S+\s+){0,4}?(?:setup|set-up|bits|build|kit|copy|image|installer|package|binaries|media|software|distribution)\b|\bwhere\s+(?:can|do|could|should|would)\s+(?:i|we)\s+(?:get|find|obtain|grab|fetch|download)\b(?!\s+(?:\S+\s+){0,3}?(?:announcements?|notes|documentation|docs|guides?|manuals?|articles?|info(?:rmation)?|polic(?:y|ies)|dates?|schedules?|matrix|lists?|details|numbers?|contacts?|invoices?)\b)/i;

/**
 * A message written to someone else (issue 21 §6): "sorry, wrong channel", "wrong chat", "that was meant for
 * my colleague", "not for you, sorry".
 */
export const MISDIRECTED =
  /\bwrong\s+(?:channel|chat|window|thread|person|group|conversation|tab|room|bot|place|address|recipient|mailbox|slack|dm|inbox)\b|\b(?:meant|was|intended|supposed\s+to\s+go)\s+(?:for|to)\s+(?:my|a|an|someone|somebody|another|the\s+other|our)\b|\bnot\s+(?:meant\s+)?for\s+you\b/i;
