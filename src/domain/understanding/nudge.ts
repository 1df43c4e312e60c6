/**
 * A nudge (issue 21, Slack and mail probes): a message whose whole content checks that someone is there or
 * that something moved — "hello?", "anyone there?", "any news?", "ping", "bump", "??", "still waiting…".
 * Written in a case's thread it asks how that case stands; elsewhere a greeting stays a greeting.
 */

/** Someone, anyone, you guys. */
const SOMEONE = String.raw`(?:any\s*(?:one|body)|some\s*(?:one|body)|you(?:\s+guys|\s+all)?|y'?all|guys|folks|team|support)`;

/** Where or how that someone is: there, around, awake, reading this. */
const PRESENT = String.raw`(?:there|here|around|home|awake|alive|online|listening|reading\s+(?:this|me)|on\s+(?:this|it)|looking\s+at\s+(?:this|it)|working\s+on\s+(?:this|it)|seeing\s+this)`;

/** News of any kind, asked in one or two words. */
const NEWS = '(?:news|updates?|progress|feedback|status|eta|reply|response|answer)';

const GREETING = String.raw`(?:h+i+|hel+o+|hey+|hallo|yo|hola|bonjour)(?:\s+(?:there|all|team|folks|guys|support))?`;

/** One part of a nudge; a message may be several ("hello? anyone there?"). */
const PART = new RegExp(
  `^(?:${[
    `${GREETING}`,
    String.raw`(?:(?:is|are)\s+)?${SOMEONE}(?:\s+${PRESENT})?`,
    String.raw`(?:any|some|got\s+any|is\s+there\s+(?:any|an?))\s+${NEWS}(?:\s+(?:yet|on\s+(?:this|it|that|the\s+(?:case|ticket|issue))|here|so\s+far|at\s+all|please|pls))*`,
    String.raw`${NEWS}(?:\s+(?:please|pls))?`,
    String.raw`(?:ping|bump|up|nudge|knock\s+knock|follow[\s-]?up|chasing)`,
    String.raw`(?:(?:we\s+are|we're|i\s+am|i'm)\s+)?still\s+(?:waiting|no\s+${NEWS})(?:\s+(?:here|for\s+(?:an?\s+|your\s+)?${NEWS}))?`,
    String.raw`(?:nothing|anything)\s+(?:yet|new)`,
    '(?:please|pls)',
  ].join('|')})$`,
  'i',
);

/** True when the whole message (greeting, punctuation and all) is a nudge. */
export function isNudge(text: string): boolean {
  const parts = text
    .split(/[?!.,;:…\n]+|\s+-+\s+/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  // "??" alone asks too.
  if (parts.length === 0) return /\?/.test(text);
  return parts.length <= 4 && parts.every((p) => PART.test(p));
}
