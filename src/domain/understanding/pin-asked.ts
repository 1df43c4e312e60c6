/**
 * The contact's own PIN asked about (issue 21 §6; DOMAIN: a contact whose PIN is empty opens an Admin case):
 * "the bot asks me for a PIN but nobody ever gave me one", "where would I find my contact pin?", "how am I
 * supposed to verify myself?", "How do I get a PIN for this chat?". What makes it one is its form, not a
 * phrase: the PIN (or the verification) named with a lack of it ("never gave me one", "none was set", "I
 * don't have") or with a question how or where to get, find or use it. A PIN of a product — a voicemail,
 * SIM or phone PIN, "pin this case" — is no contact PIN.
 */

/** "PIN" as the contact's own code: not a device's PIN, not the verb "to pin". */
const CONTACT_PIN =
  /\b(?<!\b(?:voicemail|voice\s+mail|sim|phone|device|card|chip|puk|bios|wifi|pad|header|gpio|agent|agents'?|supervisor|supervisors'?|mailbox|their|his|her|users'?|callers'?|customers'?|employees'?)\s+)pin\b(?!\s+(?:pad|code\s+of\s+the\s+(?:phone|sim)|(?:this|that|it|the|a)\s+(?:case|ticket|message|thread)))/i;

/** Being verified here, said without the word PIN: "how do I verify myself?", "the form wants some number". */
const VERIFYING =
  /\bverify\s+(?:myself|me|my\s+(?:account|identity))\b|\bverification\s+(?:form|box|button|code|number)\b/i;

/** The contact does not have it: "never gave me one", "none was ever set", "I don't have", "I never got one". */
const LACKS =
  /\b(?:never|nobody|no\s*one|not)\b[^.?!\n]{0,30}\b(?:gave|given|got|get|received|sent|set|issued|had|have)\b|\bnone\s+(?:was|has\s+been|is)\s+(?:\w+\s+)?(?:set|given|issued|sent)\b|\b(?:don'?t|do\s+not|didn'?t|did\s+not)\s+(?:have|know|get|receive)\b/i;

/** A question how or where to get, find, obtain or use it. */
const HOW_TO_GET =
  /\b(?:how|where)\b[^.?!\n]{0,40}\b(?:get|find|obtain|receive|request|retrieve|verify|see|look\s+up)\b[^.!\n]{0,80}\?|\bwhere\s+(?:do|can|would|should)\s+i\s+(?:even\s+)?(?:find|get|see)\b|\bwhat\s+(?:now|do\s+i\s+do)\s*\?|\bwhat\s+pin\s*\?/i;

/** "please open the admin case", "yes, raise an Admin ticket for my PIN": the case that sets a PIN, asked for. */
const ADMIN_CASE_ASKED =
  /\b(?:open|raise|create|log|file|start|need|want|like|yes|ok|okay|go\s+ahead)\b[^.?!\n]{0,30}\badmin(?:istrative|istration)?\s+(?:case|ticket|request)\b/i;

/** "I am not able to remember my PIN", "lost the paper with my contact PIN", "forgot the verification code". */
const FORGOTTEN =
  /\b(?:forg[eo]t\w*|lost|misplac\w*|(?:not\s+able\s+to|unable\s+to|can'?t|cannot|could\s*n[o']t|don'?t|do\s+not)\s+(?:remember|recall|find|locate))\b[^.?!\n]{0,40}\b(?:pin|verification\s+code)\b/i;

/** A PIN in the message that may be the contact's own: not a device's, not an agent's or a caller's. */
export function namesContactPin(text: string): boolean {
  return CONTACT_PIN.test(text);
}

export function asksForAdminCase(text: string): boolean {
  return ADMIN_CASE_ASKED.test(text);
}

/** True when the message asks about, or reports lacking, the contact's own PIN or verification. */
export function asksAboutOwnPin(text: string): boolean {
  if (asksForAdminCase(text)) return true;
  const named = CONTACT_PIN.test(text) || VERIFYING.test(text);
  if (named && FORGOTTEN.test(text)) return true;
  return named && (LACKS.test(text) || HOW_TO_GET.test(text));
}
