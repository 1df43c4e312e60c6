/**
 * A follow-up on a release-type answer (issue 21 §5, DOMAIN §5): after "8.5 → 9.0 is a major release", the
 * contact asks "and 9.0 -> 9.1?", "what about 9.1 to 9.2", "same for 8.5.104 → 8.5.110 pls" — the version
 * pair alone, with the question carried over from the turn before. Read by its form: an optional thanks or
 * "ok", a continuing word ("and", "what/how about", "same (question) for", "also", "then"), the pairs, and
 * little else. A message that tells of an upgrade ("we upgraded 9.0 to 9.1 and now calls drop") or asks
 * something of its own is no follow-up. Nothing here does I/O.
 */
import { readReleaseVersions } from '../understanding/questions.ts';

export interface VersionPair {
  from: string;
  to: string;
}

/** How long a release-type answer is remembered: a pair written later is no longer a follow-up. */
export const RELEASE_FOLLOW_UP_MS = 60 * 60 * 1000;

const LEAD = /^(?:(?:thanks|thank\s+you|thx|ty|ok(?:ay)?|great|perfect|cool|got\s+it|understood|clear)\b[\s,.!:;-]*)*/i;
const CONTINUING =
  /^(?:and(?:\s+(?:for|from|what\s+about|how\s+about))?|what\s+about|how\s+about|same\s+(?:question\s+|thing\s+)?(?:for|with)|also|then|plus|one\s+more[:,]?|and\s+also|another\s+one[:,]?)\b/i;
/** What may stand beside the pairs: "from", "to", "going", "release", "pls", "?". */
const FILLER =
  /\b(?:from|to|going|go|moving|move|upgrad\w*|release|version|v|pls|please|then|the|one|it|is|that|a|an|major|minor|maintenance|right|too|as\s+well)\b|[?!.,:;()\->→=>]+/gi;
const VERSION = /\bv?\d{1,3}(?:\.\d{1,4}){1,3}\b/g;

/** The version pairs a follow-up asks about, or [] when the message is not one. */
export function followUpPairs(text: string): VersionPair[] {
  const trimmed = text.trim();
  if (trimmed.length > 160) return [];
  const pairs = readReleaseVersions(trimmed);
  if (pairs.length === 0) return [];
  const rest = trimmed.replace(LEAD, '');
  const continues = CONTINUING.test(rest);
  const words = rest.replace(CONTINUING, '').replace(VERSION, ' ').replace(FILLER, ' ').trim();
  const extra = words === '' ? 0 : words.split(/\s+/).length;
  // Only pairs (and a product's name at most), or a continuing word with little beside it.
  return extra <= (continues ? 3 : 2) ? pairs.map(({ from, to }) => ({ from, to })) : [];
}
