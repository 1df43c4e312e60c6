/**
 * Acknowledgements and pleasantries (issue 21 §6; corpus AUTHORING.md: "thanks", "ok", "thx, we'll wait for
 * your analysis", "good morning…" are not-understood, in a case's thread too): nothing for the case, nothing
 * for staff — answered politely, never as "I did not understand". Every part of the message must be one:
 * "thanks, we applied the workaround" tells news and is no acknowledgement.
 */

/** When what is thanked for was done: "thanks for closing it yesterday", "for the reply earlier today". */
const WHEN_DONE = String.raw`(?:yesterday|today|earlier(?:\s+today)?|(?:this|last)\s+(?:morning|afternoon|evening|night|week)|last\s+time|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)`;

/** One part of an acknowledgement: thanks, agreement, a greeting, a wish, "we'll wait", a sign-off. */
const PART = new RegExp(
  `^(?:${[
    // reactions: laughter, surprise, a shrug ("lol", "haha", "oops", "wow", "meh")
    String.raw`(?:ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|lo+l+|lmao|rofl|oops|whoops|wow|meh|ugh|argh|sigh|yay|phew|oh\s+well|ah+|oh+)`,
    // agreement and receipt
    String.raw`(?:ok(?:ay)?|k|kk|yes|yep|yeah|sure|fine|alright|all\s+right|great|perfect|excellent|awesome|cool|nice|super|good|wonderful|brilliant|lovely|noted|received|got\s+it|understood|roger(?:\s+that)?|ack(?:nowledged)?|clear|makes\s+sense|sounds\s+(?:good|great|fine)|will\s+do|no\s+problem|no\s+worries|np|(?:great|good|nice|excellent|awesome)\s+(?:work|job))`,
    // thanks, with what for
    String.raw`(?:(?:many|big|huge)\s+)?(?:thanks?|thank\s*(?:you|u)|thx|thnx|tnx|tks|ty|tyvm|cheers|merci(?:\s+beaucoup)?|danke(?:\s+sch[öo]n)?|gracias|grazie|obrigad[oa]|much\s+appreciated|appreciated|appreciate\s+it)(?:\s+(?:a\s+lot|so\s+much|very\s+much|again|all|guys|team|in\s+advance))*(?:\s+for\s+(?:(?:the|your|all\s+(?:the|your))\s+(?:quick\s+|fast\s+|prompt\s+|kind\s+)?(?:help|support|update|info(?:rmation)?|reply|response|answer|feedback|explanation|call|work|effort)|(?:fixing|solving|resolving|sorting|handling|looking\s+(?:at|into)|checking|closing|helping(?:\s+(?:us|me))?)(?:\s+(?:it|this|that|out|(?:case\s+)?\d{8})){0,2}(?:\s+(?:so\s+)?(?:fast|quickly|so\s+quickly|promptly))?))?(?:\s+${WHEN_DONE})?`,
    String.raw`(?:for\s+)?(?:the|your)\s+(?:quick\s+|fast\s+|prompt\s+|kind\s+)?(?:help|support|update|info(?:rmation)?|reply|response|answer|feedback|explanation|call|work|effort)`,
    // "we'll wait for your analysis", "looking forward to your feedback", "talk soon"
    String.raw`(?:(?:so\s+|then\s+)?(?:we|i)(?:'ll|\s+will)?\s+|will\s+)?(?:wait|be\s+waiting|stand\s+by|standing\s+by|watching|monitoring|keep\s+(?:you|an\s+eye)\s*\w*)(?:\s+(?:for|on)\s+(?:your|the|an?)\s+(?:\w+\s+)?(?:analysis|feedback|news|answer|reply|response|update|call|results?|findings|fix|workaround))?(?:\s+then)?`,
    String.raw`(?:(?:we\s+are\s+|we're\s+|i'?m\s+)?looking\s+forward\s+to\s+(?:your|the|hearing\s+from\s+you)(?:\s+\w+)?|talk\s+soon|speak\s+soon|take\s+care)`,
    // "that explains it", "we'll try the patch tonight and let you know", "I am back and taking this over"
    String.raw`(?:that|this)\s+(?:explains\s+it|helps(?:\s+a\s+lot)?|makes\s+sense|is\s+(?:clear|helpful))`,
    String.raw`(?:(?:we|i)(?:'ll|\s+will)\s+|will\s+)?(?:try|test|apply|check)\s+(?:it|this|that|the\s+(?:patch|fix|workaround|hot\s*fix|suggestion))(?:\s+(?:tonight|tomorrow|today|later|now|this\s+\w+))?`,
    // "we'll come back to you", "will report back", "I'll keep my manager posted".
    String.raw`(?:(?:we|i)(?:'ll|\s+will)\s+|will\s+)?(?:let\s+you\s+know|keep\s+(?:you|us|everyone|them|(?:my|our|the)\s+\w+)\s+(?:posted|updated|informed|in\s+the\s+loop)|(?:get|come|report|circle)\s+back(?:\s+to\s+you)?|revert(?:\s+back)?(?:\s+to\s+you)?|update\s+you|follow\s+up)(?:\s+(?:how\s+it\s+goes|tomorrow|soon|later|shortly))?`,
    // "that's all I needed", "no action needed", "nothing else for now".
    String.raw`(?:that'?s|that\s+is)\s+all(?:\s+(?:i|we)\s+(?:needed|wanted|need))?(?:\s+for\s+now)?|no\s+(?:further\s+)?(?:action|reply|response)\s+(?:is\s+)?(?:needed|required|necessary)|nothing\s+(?:else|more|further)(?:\s+(?:needed|required|for\s+now))?`,
    // "… so fast", "… quickly": how it was done, after a thanks split at "so".
    String.raw`(?:so\s+)?(?:fast|quick(?:ly)?|promptly|efficiently)(?:\s+${WHEN_DONE})?`,
    // "my manager says hi", "the team sends thanks".
    String.raw`(?:my|our|the)\s+(?:\w+\s+){0,2}(?:says?|sends?)\s+(?:hi|hello|thanks|thank\s+you|regards|greetings)`,
    String.raw`(?:i\s+am|i'm)\s+back(?:\s+from\s+(?:holiday|vacation|leave|pto))?|(?:(?:i\s+am|i'm|i\s+will\s+be)\s+)?taking\s+(?:this|it)\s+over(?:\s+from\s+\w+)?|(?:i\s+am|i'm)\s+(?:your\s+)?(?:new\s+)?(?:contact|point\s+of\s+contact)\s+(?:for\s+this(?:\s+case)?)?`,
    // greetings and wishes
    String.raw`(?:hi|hello|hey|dear\s+(?:team|all|support|customer\s+care)|good\s+(?:morning|afternoon|evening|day)|greetings)(?:\s+(?:team|all|there|guys|folks))?`,
    String.raw`(?:i\s+|we\s+)?hope\s+(?:you|you've|you\s+have|you\s+had|all\s+is|everyone)[\w\s']{0,40}`,
    String.raw`(?:have\s+a\s+(?:nice|good|great|lovely)\s+(?:day|weekend|evening|week|one)|nice\s+weekend|enjoy\s+your\s+\w+)`,
    // sign-offs
    String.raw`(?:(?:kind|best|warm)\s+)?regards|best|br|rgds|sincerely|(?:sent\s+from\s+my\s+\w+)`,
  ].join('|')})$`,
  'i',
);

/** A name on its own line under the message ("Carla", "Ben Ode", "- Dan"). */
const NAME_LINE = /^-*\s*[A-Z][a-z'’.-]+(?:\s+[A-Z][a-z'’.-]+){0,2}\s*$/;

/** The message only thanks, agrees, greets or says it will wait: nothing to act on. */
export function isAcknowledgement(text: string): boolean {
  const lines = text
    .trim()
    .split(/\n+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length === 0 || lines.length > 4) return false;
  // A signature under a short thanks: the name is no part of what is said.
  while (lines.length > 1 && NAME_LINE.test(lines.at(-1)!) && !PART.test(lines.at(-1)!)) lines.pop();
  const body = lines.join(' ');
  // A case named in a thanks ("thanks for fixing 01000001 so fast") is no new fact; other numbers are.
  if (body.length > 140 || /\d{3,}|\?/.test(body.replace(/\b(?:case\s+)?\d{8}\b/gi, ''))) return false;
  const parts = body
    .replace(/[\u{1F300}-\u{1FAFF}\u2600-\u27BF]/gu, ' ')
    .split(/\s*(?:[,.;:!)(-]+|\s-\s|\band\b|\s+so\s+)\s*/i)
    .map((p) => p.trim().replace(/^(?:and|so|then|ok)\s+/i, ''))
    .filter(Boolean);
  return parts.length > 0 && parts.every((p) => PART.test(p) || /^(?::\)|:-\)|\+1)$/.test(p));
}
