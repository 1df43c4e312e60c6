/**
 * `n/a`, `n/a - one solution only`, `TBD`, `not required`, `see below`: the label gives no value (prose may).
 * A hyphen joined to a name is not a dash after the word: `NA-LIC01`, `TBC-GENLIC` are host names (round 12).
 */
export const NOT_GIVEN =
  /^(?:n\/?a|n\/?k|tbd|tba|tbc|to\s+be\s+(?:confirmed|defined|advised)|unknown|not\s+known|(?:i\s+)?don'?t\s+know|none|not\s+(?:applicable|required|needed|known\s+yet)|-+|\?+|(?:please\s+)?see\s+(?:below|above|attach\w*|(?:the\s+)?(?:table|list|mail|e-?mail)\s+below)|(?:as|per)\s+(?:below|above|attach\w*)|to\s+follow|will\s+(?:follow|send|be\s+sent)|pending|below|attached)(?:$|[\s.,;:(]|[–-](?![A-Za-z0-9]))/i;
