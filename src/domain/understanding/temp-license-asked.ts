/**
 * A temporary license file asked for (issue 21 §6; the rules' "Temporary license files"), beyond the named
 * cues of cues.ts: the request said through the situation it bridges. The form is a license word anywhere in
 * the message (written loosely: "lic", "licence", "lizenz"), and a bridging file asked for — "a temp one",
 * "temporary?", "a stopgap file", "something valid for a few days", "something to get us running" — or more
 * time asked on a temporary file named as "the temp" ("the 30 day temp you gave us … can you extend it
 * again?"), or a demo or trial license asked for an event (which the rules refer to Licensing). A question about
 * what a license file says ("it shows 01-jan-00 — does it mean it never expires?") asks for none, and neither
 * does "the temp workaround you gave us works".
 */
import { TEMP_LICENSE } from './cues.ts';

/** A license, written every way customers write it. */
const LICENSE_WORD =
  /\b(?:licen[cs]es?|licences?|lics?|lisen[cs]es?|licsen[cs]es?|lizenz\w*|licencias?|licen[cç]as?|flex\s*lm|lmgrd)\b/i;

/** Temporary things that are no license file: a workaround, a folder, seasonal agents, a data copy. */
const OTHER_TEMP_THINGS = String.raw`(?:[a-z]+\s+)?(?:workarounds?|fix(?:es)?|solutions?|patch(?:es)?|builds?|folders?|dir\w*|tables?|space|passwords?|accounts?|users?|agents?|staff|workers?|data|storage|cop(?:y|ies)|backups?|sites?|offices?|outages?|issues?|problems?|errors?|employees?|contracts?)\b`;
const TEMP_WORD = String.raw`temp(?:orary|ory|oraire|orales?|or[aá]ri[ao]|or[äa]re?)?\b`;
/** "temp"/"temporary" as the file itself, not another temporary thing. */
const TEMP_THING = String.raw`${TEMP_WORD}(?!\s+${OTHER_TEMP_THINGS})`;
/** "the temp folder", "20 temporary seasonal agents": taken out before any cue reads the message. */
const TEMP_OTHER_THING = new RegExp(String.raw`\b${TEMP_WORD}\s+${OTHER_TEMP_THINGS}`, 'gi');

/** A request form: need, want, give, send, issue, get, "can you", "please", "asap", or a question mark. */
const ASKED = String.raw`(?:need|needs|needed|want|give|send|issue|get|provide|make|generate|create|extend|prolong|can\s+(?:you|u|we)|could\s+(?:you|u|we)|would\s+you|please|pls|plz|asap|urgent\w*)`;

/** "need a temp one", "can you give temporary?", "need temp lic for the new host", "send us a temporary asap". */
const TEMP_ASKED = new RegExp(
  String.raw`\b${ASKED}\b[^.?!\n]{0,40}?\b(?:a\s+|an\s+|the\s+|us\s+|me\s+|some\s+)*${TEMP_THING}|\b${TEMP_THING}[^.!\n]{0,60}?\b(?:${ASKED}\b|\?)`,
  'i',
);

/** "a stopgap file", "an interim key", "something valid for a few days", "something to get us running". */
const BRIDGE_ASKED =
  /\b(?:stop-?gap|interim|bridg(?:e|ing)|emergency|short[\s-]term)\s+(?:licen[cs]e\s+|licence\s+)?(?:file|key|one|licen[cs]e|licence)\b|\bsomething\s+(?:valid\s+(?:for|until|till)|to\s+(?:get|keep)\s+(?:us|it|them|production|prod)\s+(?:running|going|up|alive|working|through)|(?:for|over)\s+the\s+weekend|until\s+(?:licensing|monday|they))/i;

/** "the 30 day temp you guys gave us … can you extend it again?": more time on a file named "the temp". */
const TEMP_EXTENDED = new RegExp(
  String.raw`\b(?:the|our|that|this)\s+(?:\d+[\s-]days?\s+${TEMP_THING}|${TEMP_THING}\s+(?:\w+\s+)?(?:you|u|cc|customer\s+care|licensing)\b)[^?!\n]{0,120}\b(?:extend\w*|prolong\w*|renew\w*|another|again|more\s+(?:days|time|weeks))\b`,
  'i',
);

/** "can we get a demo licence for 5 agents?", "a trial license for the roadshow": asked for an event. */
const EVENT_LICENSE_ASKED =
  /\b(?:get|need|want|have|send|issue|give|provide)\b[^.?!\n]{0,30}\b(?:a\s+|an\s+|some\s+)?(?:demo|trial|showcase|roadshow|trade[\s-]?show)\s+(?:licen[cs]es?|licences?|lics?|keys?|files?)\b/i;

/** A question about what a license file says: its dates, what they mean, whether they are right. */
const FILE_READ_ASKED =
  /\b(?:does\s+(?:it|that|this)\s+mean|what\s+does\s+(?:it|that|this|the\s+\w+)\s+mean|is\s+(?:that|this|it)\s+(?:right|correct|normal|expected|ok)\b|(?:mean|means)\s+(?:it|that)\s+(?:never|doesn'?t|does\s+not|won'?t)\s+expire)/i;
/** A request to act on the file beside such a question keeps it a request. */
const ACT_ON_FILE =
  /\b(?:extend\w*|prolong\w*|renew\w*|re-?issue|another|new\s+(?:file|one|licen[cs]e)|send\s+(?:us|me)|please\s+(?:send|issue|fix|correct)|need\s+(?:a|an|the|it))\b/i;

/** The license trouble told as over. */
const TROUBLE_OVER =
  /\b(?:all|everything)\s+(?:is\s+|'s\s+)?(?:fine|good|ok|okay|working)\s+(?:again|now)\b|\b(?:restored|recovered|resolved|fixed)\s+(?:it\s+)?(?:from|ourselves|on\s+our\s+side|now)\b|\bjust\s+(?:fyi|so\s+you\s+know|to\s+let\s+you\s+know)\b|\bno\s+action\s+(?:needed|required)\b/i;

/** Whether the message asks for a temporary license file, by a named cue or by the forms above. */
export function asksForTempLicense(message: string): boolean {
  if (asksWhatTheFileSays(message)) return false;
  const text = message.replace(TEMP_OTHER_THING, ' ');
  // "license server crashed last night, we restored it and all is fine now, just FYI": told, nothing asked.
  if (TROUBLE_OVER.test(text) && !new RegExp(String.raw`\b${ASKED}\b|\?`, 'i').test(text)) return false;
  if (TEMP_LICENSE.test(text)) return true;
  // "the temp you gave us" names the file without the word license.
  if (TEMP_EXTENDED.test(text)) return true;
  if (!LICENSE_WORD.test(text)) return false;
  return TEMP_ASKED.test(text) || BRIDGE_ASKED.test(text) || EVENT_LICENSE_ASKED.test(text);
}

/** "The license file you sent has an expiry of 01-jan-00 — is that right?": how to read a file, nothing asked of it. */
export function asksWhatTheFileSays(text: string): boolean {
  return FILE_READ_ASKED.test(text) && /\b(?:file|expir\w*|date)\b/i.test(text) && !ACT_ON_FILE.test(text);
}
