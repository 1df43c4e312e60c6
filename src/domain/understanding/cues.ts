/**
 * The wordings of each request (issue 21 §6, §9, §10): one pattern per intent, broad enough for the ways
 * people write ("need a case pls", "opening a case: …", "I want a manager to look at case N", "sorry,
 * cancel that"), narrow enough that "after the Windows update" is not a case update.
 */

import { PROBLEM } from './description.ts';
import { MANAGEMENT_FAMILY, SEVERITY_CHANGE_FAMILY, STATUS_FAMILY, STRONG_NEW_CUE } from './request-families.ts';

/**
 * After "scratch that", "forget this", "ignore that": what ends the cancel. "scratch that MAC, wrong NIC" points
 * at one value to correct, not at the request: a pronoun followed by a noun is a determiner.
 */
const WHOLE_THING = String.raw`(?!\s+(?!(?:please|pls|plz|then|now|thanks|thank|thx|ok|okay|sorry|request|case|ticket|draft|one|message|mail|e-?mail|last|previous|too|as|for|and|but|i|we|it|all|lol|haha)\b)[a-z])`;

/**
 * "cancel", "sorry, cancel that", "never mind, stop", "Please cancel my last request, I opened it by mistake."
 * Whole words only: "ETL aborts since the patch" and "calls cancelled at random" are reports.
 */
export const CANCEL = new RegExp(
  String.raw`^(?:[\w',!. ]{0,30}?)\b(?:(?:cancel(?!\w*\s+(?:button|calls?|orders?|option|flag))|abort|never\s*mind|nevermind|nvm|forget\s+(?:it|that|about\s+it|this)${WHOLE_THING}|scratch\s+that${WHOLE_THING}|ignore\s+(?:that|this|it|my\s+(?:last|previous))${WHOLE_THING}|disregard\s+(?:that|this|my)${WHOLE_THING}|(?:stop|drop|withdraw)\s+(?:this|the|that|my|our)\s+(?:request|case|ticket|order)|(?:we|i)\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:continue|proceed|go\s+(?:on|ahead)))\b|stop\s*(?:please|pls|now|here|it)?\s*[.!]*$|(?:don'?t|dont|do\s+not|no\s+need\s+to)\s+(?:open|create|raise|log|file|submit|register)\s+(?:a|the|that|this|it|anything|any(?:\s+(?:case|ticket))?|one)\b)`,
  'i',
);

/**
 * Asking what the bot does: "help", "/help", "menu", "options?", "what can you do", "how does this work",
 * "what can I ask you here?", "how can you help me?", "what are my options" — the whole message (its
 * greeting and sign-off aside), so "help with SIP Server 9.0" stays a report.
 */
export const HELP = new RegExp(
  String.raw`^\s*(?:(?:hi|hello|hey|dear|ok|so|um+|please|first\s+time\s+(?:here|using\s+(?:this|you|the\s+bot|caseline))|(?:(?:i'?m|i\s+am|we'?re|we\s+are)\s+)?new\s+(?:here|to\s+(?:this|caseline)))(?:\s+(?:there|team|all|folks|support|customer\s+care|caseline|bot))?[,!.\s–—-]+)*\/?(?:${[
    String.raw`help(?:\s+(?:me|us|please|pls))?`,
    String.raw`(?:i|we)\s+need\s+(?:some\s+)?help`,
    String.raw`(?:show\s+(?:me\s+)?(?:the\s+)?)?(?:menu|commands|options|usage)`,
    String.raw`(?:what\s+are|which\s+are|list)\s+(?:my|the|your|all)?\s*(?:options|commands|choices)(?:\s+here)?`,
    String.raw`what\s+(?:(?:can|could|should|may|must|do)\s+(?:you|i|we)|(?:am|are)\s+(?:i|we)\s+(?:supposed|meant|expected)\s+to|(?:do|should)\s+(?:i|we)\s+(?:need|have)\s+to)\s+(?:do|ask|say|type|write|request|send|enter)(?:\s+(?:you|here|with\s+(?:you|this(?:\s+(?:bot|service|channel|chat|tool))?)|for\s+(?:me|us)))*`,
    String.raw`what\s+(?:can|could)\s+(?:you|this\s+bot|the\s+bot|caseline)\s+(?:help\s+(?:me|us)\s+)?(?:do|with)(?:\s+for\s+(?:me|us))?`,
    String.raw`what\s+(?:do|does)\s+(?:you|this\s+bot|the\s+bot|this\s+thing|caseline)\s+do`,
    String.raw`what\s+(?:is|are)\s+(?:this|you)`,
    String.raw`how\s+(?:can|could|do)\s+you\s+help(?:\s+(?:me|us))?`,
    String.raw`(?:is\s+there\s+)?(?:a\s+)?list\s+of\s+(?:the\s+)?(?:commands|options|things\s+(?:i|we|you)\s+can\s+(?:ask|do))`,
    String.raw`what\s+(?:commands|options|services|requests)\s+(?:are\s+there|do\s+you\s+(?:have|support|offer|accept)|are\s+available|can\s+(?:i|we)\s+use)`,
    String.raw`what\s+(?:do|can)\s+you\s+(?:offer|support|handle)`,
    String.raw`(?:can\s+you\s+)?(?:tell|show)\s+(?:me|us)\s+what\s+(?:you|i|we)\s+can\s+(?:do|ask)`,
    String.raw`how\s+do\s+(?:i|we)\s+(?:start|begin|get\s+started)|getting\s+started`,
    String.raw`how\s+(?:does|do)\s+(?:this|the|you|it)(?:\s+(?:bot|service|assistant|thing|channel|chat))?\s+work`,
    String.raw`how\s+(?:to|do\s+i|do\s+we|can\s+i|can\s+we|should\s+i)\s+use\s+(?:this|the|you)(?:\s+(?:bot|service|assistant|channel|chat))?`,
    String.raw`hi|hello|hey|hiya|good\s+(?:morning|afternoon|evening)|start`,
  ].join('|')})(?:\s+(?:there|team|bot|caseline|here|exactly|then|please|pls|customer\s+care|support))*\s*[?!.]*\s*$`,
  'i',
);

/**
 * A question about using the bot, inside a longer message ("hi! first time using this - what can you do?",
 * "what kind of requests can I send to this mailbox?", "how do I close a case myself?"): help when the
 * message names no product, version, case or problem.
 */
export const HELP_QUESTION =
  /\b(?:what\s+(?:else\s+)?(?:can|could)\s+(?:you|i|we|this\s+bot|the\s+bot)\s+(?:do|ask|send|request)\b|what\s+(?:kind|kinds|type|types|sort)\s+of\s+(?:requests?|things|questions|messages)\b|(?:what|which)\s+(?:requests?|commands?|options)\s+(?:can|could|may|do|does|are|is)\b|how\s+(?:does|do)\s+(?:this|it|the\s+bot|this\s+bot|this\s+(?:service|channel|mailbox))\s+work\b|what\s+(?:do|does)\s+(?:you|this\s+bot)\s+do\b|explain\b[^.?!\n]{0,20}\bwhat\s+(?:i|we|you)\s+can\s+(?:do|ask)\b|how\s+(?:do|can|should)\s+(?:i|we)\s+(?:use\s+(?:this|you|the\s+bot)|close|open|update|raise|escalate|cancel|check\s+(?:on\s+)?)\s*(?:a|my|our|the)?\s*(?:case|ticket)s?\b(?:\s+(?:myself|ourselves|here|with\s+you))?\s*\?)/i;

export const PIN =
  /\b(?:forgot|forget|forgotten|lost|reset|empty|blank|missing|don'?t\s+(?:have|know)|do\s+not\s+(?:have|know)|where\s+(?:is|do\s+i\s+find|can\s+i\s+find)|never\s+(?:got|received|been\s+(?:given|sent|issued)|given|sent|issued)|change)\b[^.?!\n]{0,25}\bpin\b|\bpin\b[^.?!\n]{0,30}\b(?:empty|blank|forgot|lost|missing|reset|not\s+(?:work|accept)\w*|doesn'?t\s+work|locked|wrong)\b|\b(?:tell|send|give|email|mail)\s+(?:me\s+)?(?:my|the)\s+pin\b|\benter\s+(?:my|the)\s+pin\b|\bmy\s+pin\b[^.!\n]*\?/i;

export const TEMP_LICENSE =
  /\blicen[cs]e\s+(?:file\s+|key\s+)?(?:\w+\s+){0,2}(?:runs?\s+out|ran\s+out|is\s+running\s+out|will\s+expire|lapse[sd]?|ends?\s+(?:on|tomorrow|today|tonight|this|next|in)\b)|\btemp(?:orary)?\s+(?:licen[cs]e\s+)?keys?\b|\b(?:emergency\s+)?extension\s+(?:of|for)\s+(?:our|the|my|their)\s+(?:[\w.-]+\s+){0,4}licen[cs]e(?:\s+file)?\b|\bextend\w*\s+(?:our|the|my|their)\s+(?:[\w.-]+\s+){0,4}licen[cs]e(?:\s+file)?\b|\btemp(?:orary)?\s+licen[cs]e|\btemp(?:orary)?\s+(?:[\w.-]+\s+){1,3}licen[cs]e\b|\b\d+[\s-]days?\s+(?:temp\w*\s+)?(?:licen[cs]e\s+)?(?:file|key)\b|\b(?:short|short[\s-]term|interim|time[\s-]limited|limited[\s-]time)\s+(?:licen[cs]e|key)\b|\bfile\s+(?:that\s+)?(?:you|customer\s+care)\s+(?:sent|issued|gave)\b|\blicen[cs]e\b[^.?!\n]{0,60}\b(?:a|an|the)\s+(?:\d+[\s-]day\s+)?temp(?:orary)?\s+one\b|\btemp(?:orary)?\s+(?:licen[cs]e\s+)?file|licen[cs]e\s+(?:file\s+)?(?:has\s+)?(?:expired|expiring|expires|extension|corrupt\w*)|licen[cs]e\s+server(?:'s)?\s+(?:disk\s+|hardware\s+|host\s+|vm\s+|machine\s+)?(?:is\s+|has\s+|was\s+)?(?:down|lost|crashed|died|dead|gone|failed)|\bemergency\s+(?:licen[cs]e\s+)?(?:key|file)\b|\b(?:moving|migrating|replacing|swapping|rehosting)\s+(?:the\s+|our\s+)?licen[cs]e\s+server\b[^.?!\n]{0,80}\b(?:host\s*id|mac)\b|\b(?:deleted|lost|destroyed|wiped)\s+(?:the\s+|our\s+)?(?:flex\s*lm|licen[cs]e)\s+(?:vm|server|host|machine)\b|\brehost\w*|\bextend\s+(?:that|the|this|our)\s+(?:temp\w*\s+)?(?:file|licen[cs]e)|\b(?:lost|corrupt\w*)\s+(?:our\s+|the\s+)?licen[cs]e\s+(?:file|server)|\b(?:give|issue|send|make|provide)\s+(?:us\s+|me\s+)?a\s+temp(?:orary)?\b(?!\s+(?:workaround|fix|solution|patch|build)\b)|\b(?:give|issue|send|make|provide)\s+(?:us\s+|me\s+)?temp(?:orary)?\s+(?:one|file|licen[cs]e|key)\b|\b(?:\d+|one|two|three|four|seven|ten|fourteen|thirty|sixty)[\s-](?:days?|weeks?|months?)\s+(?:temp\w*\s+)?licen[cs]es?\b|\blicen[cs]es?\s+(?:file\s+|key\s+)?(?:of|for)\s+(?:\d+|one|two|three|four|seven|ten|fourteen|thirty|sixty|a\s+few|a\s+couple\s+of)\s+(?:days?|weeks?|months?)\b|\b(?:file|key)\s+(?:that\s+)?(?:you|your\s+\w+|customer\s+care|cc)(?:\s+(?:guys|folks|people|team))?\s+(?:sent|send|issued|issue|gave|give|made|make|provided|created)\b|\b(?:put|move|install|transfer|load)\s+(?:the\s+|our\s+)?permanent\s+licen[cs]e(?:\s+file)?\s+(?:on|to|onto)\b|licen[cs]e\s+(?:host|machine|vm|box)\s+(?:is\s+|has\s+|was\s+)?(?:down|lost|crashed|died|dead|gone|failed|burn(?:ed|t)\s+out)/i;

/**
 * A release delivered rather than downloaded is a controlled order (issue 21 §6): media sent ("the media kit …
 * sent by courier", "ship us the WDE DVD", "send the gim solaris cd by courier"), a build put on an FTP for the
 * contact ("put the URS special build on your FTP", "ftp is fine"), or a restricted build. "where do I download
 * it?", "the DVD drive is dead" and "our FTP upload of logs fails" order nothing.
 */
const DELIVERED_RELEASE = String.raw`\b(?:send|ship|courier|post|mail|deliver|put|place)\b(?:[^.?!\n]|\.(?=\d)){0,60}?\b(?:by|via|with|on|to)\s+(?:courier|fedex|ups|dhl|(?:regular\s+)?post|s?ftp|your\s+s?ftp)\b|\b(?:media\s+kit|cds?|dvds?|discs?)\b(?:[^.?!\n]|\.(?=\d)){0,80}?\b(?:courier|ship(?:ped)?|(?:sen[dt]|deliver(?:ed)?)\s+(?:by|via|to)\s+(?!(?:me|us)\s+(?:a\s+)?(?:link|url))|fedex|ups|dhl|by\s+post)|\b(?:ship|send|courier|post)\s+(?:us|me)\s+(?:[^.?!\n]|\.(?=\d)){0,40}?\b(?:cd|dvd|media\s+kit|disc)\b|\bs?ftp\s+is\s+(?:fine|ok|okay|good|preferred)\b|\brestricted\s+(?:[\w.-]+\s+){0,3}(?:build|release|version)\b`;

/**
 * "We have to move our license server tonight … can you issue a temporary license? Original attached": the
 * contact's own license situation, which makes a question about a temporary license a request for one —
 * or an End User's, told by its partner ("Initech's license server died overnight").
 */
export const OWN_LICENSE_SITUATION =
  /\b(?:we|our|us|their|(?!(?:what|it|that|there|here|who|how|where|when|let)'s)[a-z]+'s)(?![\w'])(?:[^.?!\n]|\.(?=\d)){0,80}\b(?:license\s+server|host\s*id|licen[cs]e\s+file|hardware|(?:new|another|other|standby|backup|spare)\s+(?:vm|host|machine|server|box)|expir\w*|runs?\s+out)\b|\b(?:attached|enclosed|tonight|asap|urgent\w*)\b/i;

export const LICENSE_REQUEST =
  /\b(?:need|request(?:ing)?|order(?:ing)?|want|buy(?:ing)?|purchas\w*|add(?:ing)?)\s+(?:\d+\s+)?(?:additional|more|new|extra)\s+(?:[\w.-]+\s+){0,3}(?:seats|ports|channels|named\s+users|concurrent\s+users)\b|\b\d+\s+(?:more|additional|extra)\s+(?:[\w.-]+\s+){0,3}(?:seats|licen[cs]es|ports|channels)\b|\blicen[cs]e\s+(?:request|order)|\bactivation\s+file|\bAFR\b|\border\s+kit\b|\bGARN\b|\bsellable\s+item|\b(?:need|request(?:ing)?|order(?:ing)?|want)\s+(?:\d+\s+)?(?:additional|more|new|extra|permanent|production)\s+(?:[\w-]+\s+){0,3}licen[cs]es?\b|\blicen[cs]e\s+keys?\s+for\b|\bnew\s+licen[cs]e\s+file\b|\b(?:need|send|prepare|issue|provide|request|want|order)\w*\s+(?:us\s+|me\s+)?(?:a\s+|the\s+|an\s+)?(?:new\s+|permanent\s+|additional\s+|production\s+)?lic(?:en|n|ne)[cs]e(?:\s+file)?s?\b(?!\s+server\s+(?:is\s+)?(?:down|lost|crash))|\blicen[cs]e\s+(?:for|file\s+for)\s+(?:\d+|the\s+new|our\s+new|\w+\s+new)|\bactivation\s+file\b/i;

/**
 * A release delivered rather than downloaded, two ways, kept as a union at the round-16 merge: a verb of
 * sending with its carrier (`DELIVERED_RELEASE`, fix-und-a), or a release item with its carrier after it
 * (`RELEASE_ITEM` … `SHIPPED`, fix-und-b) — "the GIM 8.5 CD by courier", "the localized WDE build, via FTP";
 * not logs sent over FTP nor an FTP server named.
 */
const SHIPPED = String.raw`(?:by|via|over|per|through)\s+(?:(?:a|the)\s+)?(?:courier|s?ftp|post|mail\s+post|fedex|dhl|ups)\b|\bs?ftp\s+(?:is\s+(?:fine|ok|okay|good)|please|pls|delivery)\b|\bcourier\b|\bphysical\s+media\b`;
const RELEASE_ITEM = String.raw`\b(?:build|release|cd|dvd|iso|media|kit|installer|package|language\s+pack|lp|locali[sz](?:ed|ation))\b`;
export const CONTROLLED_WORDS =
  /\bcontrol+ed\b(?!\s+by)|\bshipping\s+control|\border\s+(?:the\s+|a\s+)?(?:software|release|cd|dvd|media|build)\b|\b(?:on|as\s+a?)\s+(?:cd|dvd)\b/i;
/** A controlled order named as such, or a release to be delivered (an answer "FTP is fine" orders nothing new). */
export const CONTROLLED = new RegExp(
  String.raw`${CONTROLLED_WORDS.source}|${DELIVERED_RELEASE}|\bmedia\s+kit\b|\brestricted\s+(?:[\w.-]+\s+){0,3}?(?:build|release|version|cd|dvd|media)\b|${RELEASE_ITEM}[^.?!\n]{0,100}?(?:${SHIPPED})`,
  'i',
);

/**
 * Asking for software: "download", installers, install files, packages, CD/ISO images, "a link to …",
 * "how do I get the WDE software" — not a license ("license file" is Licensing's).
 */
export const DOWNLOAD =
  /\bdownload\w*|\binstall(?:ation)?\s+(?:package|files?|media|kit|bits|binar\w+)|\biso\b|\b(?:cd|dvd)(?:\s+image|\s*\/\s*dvd)?\b|\binstaller\b|\bsetup\s+files?\b|\bbinar(?:y|ies)\b|\b(?:linux|windows|solaris|aix|rpm|msi|zip|tar)\s+(?:package|build|installer|version)\b|\b(?:send|give|share|provide)\s+(?:me\s+|us\s+)?(?:a\s+|the\s+)?(?:link|url)\b|\bwhere\s+(?:can|do|could)\s+(?:i|we)\s+(?:get|find|obtain)\s+(?:the\s+)?(?:\S+\s+){0,4}?(?:software|installer|release|package|binaries|build|media|image|files?)\b|\bhow\s+(?:do|can|could)\s+(?:i|we)\s+(?:get|obtain)\s+(?:the\s+)?(?:\S+\s+){0,3}?(?:software|installer|release|package|binaries|build|media)\b|\b(?:send|need|want)\s+(?:me\s+|us\s+)?(?:the\s+)?(?:\S+\s+){0,4}?(?:package|installer|binaries|media)\b/i;

const MANAGEMENT_WORDS =
  /\b(?:get|want|need|involve|request|ask(?:ing)?\s+for|bring\s+in|escalate\s+(?:this\s+|it\s+|case\s+#?\d{8}\s+|\d{8}\s+)?to|go\s+to|speak\s+to|talk\s+to)\b[^.?!\n]{0,40}\b(?:a\s+|the\s+|your\s+)?(?:customer\s+care\s+)?(?:manager|manger|management|supervisor)s?\b|\b(?:manager|management)\s+(?:on\s+(?:this|the\s+case|case)|to\s+(?:look|review|call|check))|\b(?:can|could|would|may)\s+(?:a|your|the)\s+(?:manager|supervisor)\b|\bnot\s+(?:happy|satisfied)\s+with\s+how\b|\bunhappy\s+with\s+(?:the\s+|how\s+)?(?:handling|progress|service|support|case)|\b(?:want|wish|like|need)\s+to\s+(?:complain|file\s+a\s+complaint|make\s+a\s+complaint)\b|\bformal\s+complaint\b|\b(?:someone|somebody)\s+(?:more\s+)?senior\b|\b(?:a\s+|the\s+)?(?:responsible\s+person|person\s+in\s+charge|someone\s+(?:responsible|in\s+charge)|somebody\s+(?:responsible|in\s+charge))\b|\b(?:someone|somebody|anyone|anybody|a\s+person)\s+(?:from|in|of|on)\s+(?:the\s+|your\s+)?(?:management|managers?|leadership|senior\s+(?:team|staff|management))\b|\bsenior\s+(?:engineer|analyst|person|staff|support|people)\b|\bmanager\s+(?:please\s+)?review\b|\bwho\s+is\s+the\s+manager\b|\bmanage(?:ment|r)\s+attention|\bescalat(?:e|es|ed|ing|ion)?\b(?!\s+(?:(?:this(?:\s+case|\s+one|\s+ticket)?|it|case\s+#?\d{8}|#?\d{8}|the\s+(?:case|ticket)|our\s+(?:case|ticket))\s+)?to\s+(?:a\s+)?(?:critical|high|medium|low|sev|p\d|production\s+down))|\b(?:manager|supervisor)s?\s+(?:please\s+)?(?:to\s+)?(?:reviews?|looks?\s+(?:at|into)|checks?|takes?\s+a\s+look)\b|\b(?:speak|talk)\s+(?:to|with)\s+(?:a\s+|your\s+|the\s+)?(?:manager|supervisor|someone\s+senior)|\b(?:want|need|like)\s+(?:a\s+|your\s+|the\s+)?(?:manager|supervisor|management)\s+(?:to\s+)?(?:look|review|check|involved|attention|engaged)|\bmanager\s+(?:to\s+)?(?:look|review|get\s+involved)|\binvolve\s+(?:a\s+|your\s+)?(?:manager|management)|\bcomplain\w*\s+(?:about|regarding)\s+(?:the\s+)?(?:handling|progress|service|case)|\bnot\s+(?:happy|satisfied)\s+with\s+(?:the\s+)?(?:progress|handling|service|response)/i;

/** Someone senior asked for: the older wordings and the family's (request-families.ts). */
export const MANAGEMENT = new RegExp(`${MANAGEMENT_WORDS.source}|${MANAGEMENT_FAMILY.source}`, 'i');

const LEVEL_WORD = String.raw`(?:(?:critical[\s–—-]*)?(?:production|prod)[\s-]*down|critical|high|med(?:ium|um|im)|low|sev(?:erity)?\s*[1-4]|p[1-4])`;
const THE_CASE = String.raw`(?:it|this(?:\s+one|\s+case|\s+ticket)?|that(?:\s+one)?|the\s+(?:case|ticket|issue)|our\s+(?:case|ticket)|case\s+#?\d{8}|#?\d{8})`;
/**
 * More ways to ask for another level (issue 21 §3, §10): "New severity: Critical", "bump 01000002 up",
 * "treat case N as High", "N is now critical for us", "a higher priority on N", "can this be High instead
 * of Medium?", "the severity needs to go up", "we'd like case N to be Critical", "N - medium please".
 */
const SEVERITY_CHANGE_MORE = [
  String.raw`(?:^|\n)\s*(?:new|requested|updated|changed)\s+(?:severity|priority|sev|prio)\s*:`,
  String.raw`\b\d{8}\s*(?:->|→|=>)\s*(?:sev(?:erity)?|prio(?:rity)?)?\s*${LEVEL_WORD}\b`,
  String.raw`\b(?:put|set|move|bring|change)\s+${THE_CASE}\s+back\s+to\s+${LEVEL_WORD}\b`,
  String.raw`\b${LEVEL_WORD}\s+(?:will|would)\s+be\s+(?:fine|ok|okay|enough|sufficient)\b|\b${LEVEL_WORD}\s+(?:will|would|should)\s+do\b|\b${LEVEL_WORD}\s+is\s+(?:fine|enough|sufficient)\s+(?:now|for\s+(?:this|it|the)\b)`,
  String.raw`\b(?:raise|increase|lower|decrease|change|upgrade|downgrade|bump|set|escalate|reduce)\b[^.?!\n,]{0,40}\bs[ei]v[a-z]{2,7}\b[^.?!\n,]{0,30}\bto\s+${LEVEL_WORD}\b`,
  String.raw`\b(?:bump|raise|push|move|kick|lower|drop|increase|decrease|upgrade|downgrade)\s+${THE_CASE}\s+(?:up|down)\b`,
  String.raw`\b(?:treat|handle|consider|classify|reclassify|process|work\s+on|prioriti[sz]e)\s+${THE_CASE}\s+(?:as|at)\s+(?:a\s+)?${LEVEL_WORD}\b`,
  // A case named by its number: "it is High now" in a thread is a correction among others, read there.
  String.raw`\b(?:case\s+)?#?\d{8}\s+(?:is|has\s+become|became|becomes)\s+(?:now\s+)?(?:a\s+)?(?:critical|high)\s+(?:one\s+)?(?:for\s+us|now)\b|\b(?:case\s+)?#?\d{8}\s+is\s+now\s+(?:a\s+)?${LEVEL_WORD}\b`,
  String.raw`\b(?:higher|lower|increased|reduced|bigger|top)\s+(?:severity|priority|sev|prio)\b`,
  String.raw`\b(?:severity|priority|sev|prio)\b[^.?!\n]{0,30}\b(?:go\s+(?:up|down)|be\s+(?:raised|lowered|increased|reduced|changed|upgraded|downgraded|adjusted|bumped))\b`,
  String.raw`\b(?:like|want|need|ask\s+for)\s+${THE_CASE}\s+to\s+be\s+(?:a\s+)?${LEVEL_WORD}\b`,
  String.raw`\b(?:can|could|may|should)\s+${THE_CASE}\s+(?:please\s+)?(?:be|go)\s+(?:to\s+)?(?:a\s+)?${LEVEL_WORD}\b`,
  String.raw`\b${LEVEL_WORD}\s+(?:instead\s+of|rather\s+than)\s+${LEVEL_WORD}\b`,
  String.raw`(?:^|\n)\s*(?:case\s+)?#?\d{8}\s*[-–—:,]\s*(?:please\s+|pls\s+)?${LEVEL_WORD}\s*(?:please|pls|now|instead)?\s*(?:[.,!;]|$)`,
  // In a case's thread: "we need this escalated to P1", "this should be critical now", "this is now a P2 for
  // us", "please treat as high", "please lower it, we have a workaround".
  String.raw`\b(?:take|bring|put|move|set)\s+${THE_CASE}\s+(?:down|up|back)\s+to\s+(?:a\s+)?${LEVEL_WORD}\b|\b${LEVEL_WORD}\s+is\s+(?:fine|enough|sufficient|ok|okay)\s*(?:[.!]|$)|\b(?:put|set|make)\s+the\s+(?:priority|severity)\s+(?:more\s+)?(?:lower|low|higher|high|down|up)\b`,
  String.raw`\b(?:raise|increase|lower|decrease|change|upgrade|downgrade|bump|move|put|set)\s+${THE_CASE}\s+from\s+${LEVEL_WORD}\s+(?:to|in|into)\s+${LEVEL_WORD}\b|\b(?:put|set|move|change)\s+${THE_CASE}\s+(?:in|into|on)\s+(?:a\s+)?${LEVEL_WORD}\b`,
  String.raw`\b(?:shouldn'?t|should\s+not|must\s+not)\s+be\s+(?:\w+\s+)?(?:at|on|in)\s+(?:a\s+)?${LEVEL_WORD}\b|\bwhy\s+is\s+${THE_CASE}\s+(?:only|just|still)\s+(?:at\s+)?(?:a\s+)?${LEVEL_WORD}\b`,
  String.raw`\b(?:can|could|may|should)\s+${THE_CASE}\s+(?:please\s+)?go\s+(?:up|down)\s+to\s+(?:a\s+)?${LEVEL_WORD}\b|\b(?:raise|lower|change|adjust|upgrade|downgrade)\s+(?:it|this|the\s+(?:case|severity|priority))\s+accordingly\b`,
  String.raw`\b(?:need|want|like)\s+${THE_CASE}\s+(?:escalated|raised|lowered|moved|set|bumped|upgraded|downgraded)\s+to\s+(?:a\s+)?${LEVEL_WORD}\b`,
  String.raw`\b(?:this|it|that)\s+(?:should|must|needs?\s+to)\s+be\s+(?:a\s+)?${LEVEL_WORD}\s+(?:now|then|instead|from\s+now\s+on)\b`,
  String.raw`\b(?:this|it|that)\s+is\s+now\s+(?:a\s+)?(?:sev(?:erity)?\s*[1-4]|p[1-4])\b`,
  String.raw`\b(?:please\s+|pls\s+|kindly\s+)(?:treat|handle|classify|take)\s+(?:it\s+)?as\s+(?:a\s+)?${LEVEL_WORD}\b`,
  String.raw`\b(?:please|pls|kindly|can\s+you|could\s+you)\s+(?:lower|raise|bump|reduce)\s+(?:it|this(?:\s+one|\s+case|\s+ticket)?|the\s+(?:case|ticket))\s*(?:[,.;!]|$|\s+(?:now|again|please|pls|as|since|because)\b)`,
].join('|');

/** A severity change of a case: "raise case N to Critical", "please lower the priority", "make it Medium". */
export const SEVERITY_CHANGE_WORDS =
  /\b(?:raise|increase|lower|decrease|change|upgrade|downgrade|bump|set|put|escalate|reduce|move|reclassify|make)\b[^.?!\n,]{0,40}\b(?:severity|priority|sev|prio|urgency|importance|criticality)\b|\b(?:need|want)\s+(?:it|this(?:\s+one)?|case\s+#?\d{8}|\d{8})\s+(?:as\s+|at\s+|to\s+be\s+)?(?:critical|high|medium|low)\b|\b(?:raise|increase|lower|decrease|change|upgrade|downgrade|bump|escalate|reduce|move|reclassify|set|put|mark)\s+(?:case\s+)?(?:#\s*)?(?:\d{8}\s+|it\s+|this\s+(?:case\s+|one\s+)?|the\s+case\s+|our\s+case\s+)?(?:up\s+|down\s+)?to\s+(?:a\s+)?(?:critical|high|medium|low|sev|p\d)|\b(?:severity|priority)\b[^.?!\n]{0,25}\b(?:to|as|should\s+be)\s+(?:critical|high|medium|low)\b|\bmake\s+(?:it|this(?:\s+one|\s+case)?|that(?:\s+one)?|case\s+#?\d{8}|\d{8})\s+(?:a\s+)?(?:critical|high|medium|low)\b|\b\d{8}\s*(?:->|→|=>)\s*(?:critical|high|medium|low)\b|\b(?:severity|priority)\s+(?:critical|high|medium|low)\s+(?:instead|rather)\b|\b(?:lower|raise|bump|drop|reduce|increase|downgrade|upgrade)\s+(?:it\s+|this\s+(?:one\s+|case\s+)?|that\s+(?:one\s+)?)?to\s+(?:critical|high|medium|low)\b|\bshould\s+be\s+(?:critical|high|medium|low)\b[^.?!\n]{0,20}\b(?:not|instead|rather)/i;

/** All the wordings, for a message about a named case or in its thread; a new report's "treat this as Medium" is its level. */
export const SEVERITY_CHANGE = new RegExp(
  `${SEVERITY_CHANGE_WORDS.source}|${SEVERITY_CHANGE_MORE}|${SEVERITY_CHANGE_FAMILY.source}`,
  'i',
);

export const CLOSE_CASE =
  /\b(?:(?:you\s+)?(?:can|may|could)\s+(?:now\s+)?(?:please\s+)?close|please\s+close|feel\s+free\s+to\s+close|go\s+ahead\s+and\s+close|ok\s+to\s+close|close\s+(?:the|this|my|our)\s+(?:case|ticket)|close\s+(?:case\s+)?#?\d{8}|(?:case|ticket|it|this|\d{8})\s+(?:can|could|may)\s+(?:now\s+)?be\s+(?:closed|resolved)|(?:case|ticket)\s+(?:is|has\s+been)\s+(?:resolved|solved|fixed)|resolved\s+(?:from|on)\s+our\s+(?:side|end)|(?:we\s+)?confirm\w*\s+(?:the\s+)?(?:fix|solution|workaround\s+(?:works|solved))\b|(?:issue|problem)\s+(?:is\s+|has\s+been\s+)?(?:resolved|solved|fixed)|(?:resolved|solved|fixed)\s+(?:it\s+)?(?:now|ourselves|on\s+our\s+side)|works?\s+(?:fine\s+|again\s+)?now|all\s+good\s+now|(?:problem|issue|error)\s+(?:is\s+|has\s+)?(?:gone|disappeared)|no\s+need\s+to\s+keep\s+(?:it|this|the\s+case|case\s+#?\d{8})\s+open|mark\s+(?:it|this|the\s+case|case\s+#?\d{8}|#?\d{8})\s+(?:as\s+)?(?:resolved|closed|solved)|consider\s+(?:it|this|the\s+case|case\s+#?\d{8})\s+(?:resolved|closed|solved|done)|(?:patch|fix|hot\s*fix|workaround|update|change)\s+(?:has\s+)?(?:fixed|solved|resolved)\s+(?:it|the\s+(?:issue|problem))|it'?s\s+(?:fixed|solved|resolved)\b|\b(?:that|this|which)\s+(?:has\s+)?(?:fixed|solved|resolved)\s+(?:it|the\s+(?:issue|problem))\b|working\s+(?:fine\s+|again\s+)?now|no\s+longer\s+(?:needed|an\s+issue|a\s+problem)|(?:don'?t|do\s+not|no\s+longer)\s+need\s+(?:case\s+|ticket\s+)?#?\d{8}|(?:case|ticket|\d{8})\s+(?:is\s+)?(?:not\s+(?:more|longer|anymore)\s+needed|no\s+(?:more|longer)\s+needed|not\s+needed\s+any\s*more)|cancel\s+(?:case\s+)?#?\d{8})/i;

export const MY_CASES =
  /\b(?:anything|something)\s+(?:still\s+)?open\s+with\s+you\b|\b(?:are|is)\s+there\s+(?:any\s+|other\s+|more\s+|still\s+)*(?:open|active|pending)\s+(?:cases|tickets)\b|\b(?:do|have|did)\s+(?:we|i)\s+(?:still\s+)?(?:have|got)\s+(?:any|some)\s+(?:open\s+|active\s+|pending\s+)?(?:cases|tickets)\b|\bany\s+(?:open|active|pending)\s+(?:cases|tickets)\b|\b(?:my|our|all)\s+(?:open\s+|current\s+|active\s+|existing\s+)?(?:cases|tickets)\b|\blist\s+(?:my\s+|our\s+|all\s+)?(?:open\s+)?(?:cases|tickets)\b|\b(?:which|what|how\s+many)\s+(?:open\s+)?(?:cases|tickets)\b|\b(?:list|overview|summary)\s+of\s+(?:the\s+|my\s+|our\s+|all\s+)?(?:open\s+)?(?:cases|tickets)\b|\b(?:cases|tickets)\s+(?:we\s+have\s+)?(?:still\s+)?open\s+for\b|\bshow\s+(?:me\s+)?(?:my\s+|our\s+|all\s+)?(?:open\s+)?(?:cases|tickets)\b|\b(?:show|list|give)\s+(?:me\s+|us\s+)?(?:everything|all|what(?:'s|\s+is)?)\s+(?:that\s+is\s+|we\s+have\s+)?(?:still\s+)?open\b/i;

const CASE_STATUS_WORDS =
  /\bstatus\b|\bupdates?\s+on\s+(?:this|it|that|my|our|the\s+(?:case|ticket|issue|problem)|case|ticket|\d{8})\b|\bany\s+(?:news|progress|update|updates|feedback)\b|\bwhat'?s\s+(?:happening|the\s+latest|going\s+on)\b|\bwhere\s+are\s+(?:we|you)\s+(?:with|on)\b|\bhas\s+any(?:one|body)\s+(?:looked|picked)|\bis\s+any(?:one|body)\s+(?:looking|working)\b|\bwho\s+is\s+(?:working\s+on|handling|looking\s+(?:at|into)|assigned\s+to)\b|\b(?:happening|going\s+on)\s+with\s+(?:my|our|the|this|case|ticket)\b|\bwhen\s+will\s+(?:it|this|the\s+case|case\s+\d{8})\s+be\s+(?:fixed|resolved|solved|done)|\bprogress\s+(?:on|of)\b|\bstill\s+waiting\b|\bheard\s+nothing\b|\bwhen\s+(?:someone|somebody|anyone|an?\s+(?:engineer|analyst|person)|you)\s+(?:will|would|can|is\s+going\s+to)\s+(?:look|work|start|get\s+back|pick\s+(?:it|this)\s+up|respond|answer|reply)\b|\bno\s+(?:response|answer|reply)\s+(?:yet|so\s+far)\b/i;

/** How far a case is: the older wordings and the family's (request-families.ts). */
export const CASE_STATUS = new RegExp(`${CASE_STATUS_WORDS.source}|${STATUS_FAMILY.source}`, 'i');

/** An explicit request for a case: "open a case", "need a case pls", "opening a case: …", "new ticket". */
export const OPEN_CASE =
  /\b(?:open|opening|raise|raising|log|logging|create|creating|file|filing|submit|submitting|start|need|want|like|get)\s+(?:a|an|new|another|one|the|support|me|us|\s)*(?:case|ticket|incident|service\s+request|sr)\b(?!\s*#?\s*\d{8})|\bnew\s+(?:support\s+)?(?:case|ticket|issue|problem)\b|\bcase\s+(?:pls|please|plz)\b|\b(?:we|i)\s+(?:have|got|are\s+(?:having|seeing|facing|experiencing)|see|face|experience)\s+(?:a|an|some|the|serious|major|big|strange|weird|new|another)?\s*(?:\w+\s+)?(?:problem|issue|trouble|outage|incident|bug)s?\b|\b(?:problem|issue|trouble)s?\s+with\s+(?:the|our|my)\b|\breport(?:ing)?\s+(?:a|an)\s+(?:problem|issue|bug|outage|incident)\b|\b(?:log|open|raise|file|register|record)\s+(?:this|it)\s+(?:as|with)\b|\b(?:would|'d)\s+like\s+to\s+(?:log|open|raise|report|register)\b/i;

/**
 * An update given, not asked for: "update on 01000205 - the vendor says it's not them", "I want to update case
 * N with the new log". Asked for, it is a status request: "any update on N: …", "update on N - anything new?",
 * "update on N?" (the line asks).
 */
export const UPDATE_GIVEN =
  /(?<!\b(?:any|an|some|no|get|need|give|send|want|expect|for|me)\s+)\bupdate\s+(?:for|on|to|about|regarding)\s+(?:case\s+|ticket\s+)?#?\s*\d{8}\s*(?:[:–—]|\s-)\s*(?![^?\n]{0,200}\?)\S|\bupdate\s+(?:the\s+)?(?:case\s+|ticket\s+)?#?\s*\d{8}\s+with\b/i;

/** "please add to case N", "for case N: …", "update for case N", "adding logs to 01000001". */
export const ADD_TO_CASE = new RegExp(
  String.raw`\bkeep\s+(?:case\s+)?(?:#\s*)?(?:\d{8}|it|this|the\s+(?:case|ticket))\s+open\b|\b(?:add|adding|attach|attaching|append|upload\w*|sending|send|here\s+(?:is|are))\b[^.?!\n]{0,60}\b(?:to|for|on|in)\s+(?:case|ticket)\b|\b(?:add|attach|append)\s+(?:this\s+)?to\s+(?:case|ticket|#)?\s*\d{8}|\b(?:information|info|details|logs?|traces?|screenshots?|files?|note)\s+(?:for|on|to|regarding|re)\s+(?:case|ticket)?\s*#?\s*\d{8}|\bupdate\s+(?:for|on)\s+(?:case|ticket)\s*#?\s*\d{8}\s*:|\b(?:for|regarding|re|about|on)\s+(?:case|ticket)\s*#?\s*\d{8}\s*[:,-]\s*\S|^\s*(?:case|ticket)\s*#?\s*\d{8}\s*[:,-]\s*\S|${UPDATE_GIVEN.source}`,
  'i',
);

/** Another, different problem in a case's thread or a report (DOMAIN.md §4, one issue per case). */
export const NEW_ISSUE =
  /\b(?:by\s+the\s+way|btw|also|additionally|separately|on\s+a\s+(?:different|separate|side)\s+note|another\s+(?:thing|topic|matter)|one\s+more\s+thing|something\s+else|unrelated(?:ly)?|on\s+another\s+topic|while\s+i\s+have\s+you)\b(?:[^.?!\n]|\.(?=\d)){0,80}\b(?:issue|problem|question|thing|bug|error|fail\w*|crash\w*|down|not\s+working)|\b(?:another|second|different|separate|new|unrelated|other)\s+(?:issue|problem|bug|outage|incident)\b|\bsomething\s+else\s*:|\b(?:a|one)\s+more\s+(?:issue|problem)\b|\bunrelated\s+to\s+(?:this|that|the)\s+case\b|^\s*(?:unrelated|separately|(?:a\s+)?(?:different|separate|other|new)\s+(?:topic|thing|matter|subject)|(?:on\s+)?another\s+(?:topic|note|matter))\s*[:,-]\s*\S|\bnot\s+related\s+to\s+(?:this|that|the)\s+case\b/i;

/** Automatic replies and empty mail signatures: nothing to act on. */
export const AUTOMATIC =
  /^\s*(?:out\s+of\s+(?:the\s+)?office\b|automatic\s+reply\b|auto(?:matic)?[\s-]reply\b|i\s+am\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|away|on\s+(?:leave|vacation|holiday))\b|sent\s+from\s+my\s+\w+\s*$|your\s+(?:message|e-?mail|request|ticket)\s+(?:to\s+\S+\s+)?(?:has\s+been|was|is)\s+(?:received|logged|registered|created|forwarded)\b|this\s+is\s+an\s+auto(?:mated|matic)(?:ally\s+generated)?\s+(?:message|reply|response|notification|e-?mail)\b)/i;

const KEYBOARD_RUNS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm', '1234567890'];

/** Words without a vowel that people do write: shorthand, protocols, product acronyms. */
const SHORTHAND: ReadonlySet<string> = new Set(
  (
    'pls plz thx thnx tnx msg pbx sms ftp sftp dns ssl tls ntp sql xml html http https crm cpu gvp wfm wde mwi ' +
    'nvm brb btw fyi sw hw cfg db dl ctl grp pwd mgr ppl sth smth wrt tbh np kb dc pst cst gmt cdt mdt pdt ' +
    'est mst bst cct jst sgt wfh pcs hrs mns wks rsvp lgtm ntlm cdr cdn vpn lvl prd prv srv svc std lng fwd'
  ).split(' '),
);

/** Keyboard mashing and strings without words ("asdf qwerty", "jjjjj", "xkcd zzz"). */
export function isNonsense(text: string): boolean {
  const tokens = text.toLowerCase().match(/[a-z]+/g) ?? [];
  if (tokens.length === 0) return !/\d/.test(text);
  if (tokens.length > 8) return false;
  const mash = (t: string) =>
    (t.length >= 4 &&
      KEYBOARD_RUNS.some((row) => [...Array(t.length - 3).keys()].some((i) => row.includes(t.slice(i, i + 4))))) ||
    // "kjh", "xkq zzt": no vowel in three letters or more, unless it is a shorthand people write.
    (t.length >= 3 && !/[aeiouy]/.test(t) && !SHORTHAND.has(t)) ||
    /(.)\1{3,}/.test(t);
  const bad = tokens.filter(mash).length;
  return bad >= Math.max(1, Math.ceil(tokens.length * 0.5));
}

/** "we also see the same error on the backup node": more of the case's own problem, no new one. */
export const SAME_ISSUE =
  /\b(?:the\s+)?same\s+(?:error|issue|problem|behaviou?r|symptoms?|thing|fault|crash)\b|\b(?:also|too|as\s+well)\b[^.?!\n]{0,40}\b(?:on|in)\s+the\s+(?:backup|other|second|standby|secondary|primary)\s+(?:node|server|site|host|instance)\b/i;

/** Another problem announced, unless it is said to be the same one. */
export function announcesNewIssue(text: string): boolean {
  const announced = NEW_ISSUE.test(text) || strongCueBeforeProblem(text);
  return (
    announced &&
    !(SAME_ISSUE.test(text) && !/\b(?:another|different|separate|unrelated|something\s+else)\b/i.test(text))
  );
}

/** "Unrelated, but the WFM forecast page is blank too": a strong cue, then anything said to go wrong. */
function strongCueBeforeProblem(text: string): boolean {
  const cue = STRONG_NEW_CUE.exec(text);
  return cue !== null && PROBLEM.test(text.slice(cue.index + cue[0].length));
}

/** "the severity being lowered to Medium", "was raised to High": what happened, not a request. */
export const SEVERITY_PAST =
  /\b(?:severity|priority)\s+(?:being|was|were|has\s+been|had\s+been|got|is\s+being)\s+(?:lowered|raised|changed|downgraded|upgraded|reduced|increased|set)\s+to\s+(?:critical|high|medium|low)\b|\b(?:lowered|raised|downgraded|upgraded|reduced|changed)\s+(?:it\s+|the\s+(?:severity|priority)\s+)?to\s+(?:critical|high|medium|low)\s+without\b/gi;

/**
 * Another problem announced in words that leave no doubt: "unrelated: …", "a separate matter: …", "another
 * issue: …", "something else while I have you: …". "Also … error" and "by the way … problem" announce one
 * only weakly: the same problem's news is often written so ("the log also says error 1053").
 */
export function announcesAnotherProblem(text: string): boolean {
  return (
    announcesNewIssue(text) &&
    (STRONG_NEW_CUE.test(text) ||
      /\b(?:another|second|different|separate|unrelated|other)\s+(?:issue|problem|bug|outage|incident|matter|topic)\b|\bsomething\s+else\s*:|\b(?:a|one)\s+more\s+(?:issue|problem)\b/i.test(
        text,
      ))
  );
}

/**
 * Where a message turns to another problem: "Logs attached for the email issue. Separate issue while I have
 * you: WFM …" → the words before the announcement (about the case they are written to) and the new issue.
 * Undefined when no announcement is found.
 */
export function splitAtNewIssue(text: string): { before: string; issue: string } | undefined {
  const at = [NEW_ISSUE.exec(text), STRONG_NEW_CUE.exec(text)]
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => m.index);
  if (at.length === 0) return undefined;
  // The announcement starts its sentence: "Also, another issue: …" keeps its "Also".
  const cut = text.slice(0, Math.min(...at)).search(/[^.!?\n]*$/);
  return { before: text.slice(0, cut).trim(), issue: text.slice(cut).trim() };
}
