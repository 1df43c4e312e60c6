/**
 * Automatic mail that carries none of the RFC 3834 headers (red team round 7): a ticketing system's
 * "your ticket #1234 has been received, do not reply", or a mail loop with another auto-responder that
 * stacks "Re: Re: Re: …" on our subject. Answering either starts or feeds a loop, so neither is answered.
 */

/** Reply prefixes in the languages of the reply patterns: "Re:", "AW:", "SV:", "Réf. :", "RE[2]:". */
const PREFIX = /^\s*(?:re|aw|sv|vs|ref|réf|rif|antw|odp|r)\.?\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/iu;

/** How many reply prefixes open the subject: "Re: RE: AW: x" → 3. Mail clients add one, and never stack. */
export function leadingReplyPrefixes(subject: string): number {
  return splitReplyPrefixes(subject).count;
}

/** The subject without the reply prefixes that open it: "RE: AW: x" → "x". */
export function withoutReplyPrefixes(subject: string): string {
  return splitReplyPrefixes(subject).rest;
}

function splitReplyPrefixes(subject: string): { count: number; rest: string } {
  let rest = subject;
  let count = 0;
  for (let match = PREFIX.exec(rest); match && count < 100; match = PREFIX.exec(rest)) {
    count++;
    rest = rest.slice(match[0].length);
  }
  return { count, rest };
}

/** From this many stacked prefixes on, the subject is a loop's: people's clients do not stack them. */
export const LOOP_REPLY_PREFIXES = 5;

/**
 * A short body that says so near its start: "This is an automated message", "Please do not reply to this
 * e-mail", "Your ticket #1234 has been received / created / logged". A forward ("Fwd:") is a person's, and
 * a customer's own words come first when they paste a monitoring alert below them.
 */
const AUTOMATIC_BODY =
  /\b(?:this (?:is an? |e-?mail is an? |message (?:is|was) )?(?:automated|automatic(?:ally generated)?|auto-?generated|system-generated) (?:message|response|reply|notification|e-?mail|acknowledge?ment)|(?:please )?do not reply (?:to )?this (?:message|e-?mail|mail|address)|your (?:support )?(?:ticket|request|enquiry|inquiry)(?: number| no\.?| id| reference)?\s*(?:#\s*|:\s*)?[\w-]*\s+has been (?:received|created|logged|opened|registered|submitted))/i;
const FORWARD = /^\s*(?:fwd?|wg|tr|rv|vs|fs)\s*:/i;
const AUTOMATIC_BODY_MAX = 1_200;
const AUTOMATIC_WITHIN = 300;

export function isAutomaticAcknowledgement(subject: string, body: string): boolean {
  if (FORWARD.test(subject)) return false;
  const text = body.trim();
  if (text.length > AUTOMATIC_BODY_MAX) return false;
  const found = AUTOMATIC_BODY.exec(text);
  return found !== null && found.index <= AUTOMATIC_WITHIN;
}
