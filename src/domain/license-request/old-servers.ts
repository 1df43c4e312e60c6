/**
 * Servers a mail names that are not to be licensed (issue 25; split from server-mentions.ts in round 9): the one
 * a license moves away from, and one "already licensed and not part of this request".
 */
/**
 * "replacing their old licence server (bf-lic-old, MAC …) with a new VM", "lic-a (to be decommissioned)":
 * the server the license moves away from is not one to license (the new one is); nor one "already licensed and
 * not part of this request" (issue 25 round 9 §2).
 */
const OLD_BEFORE =
  /\b(?:old|previous|former|retired|retiring|replac(?:e|es|ing)|decommission\w*|moving\s+(?:\w+\s+){0,3}from)\b(?![^.;]*\bnew\b)[^.;]{0,45}$/i;
const OLD_AFTER =
  /^[^.;]{0,25}?\b(?:will\s+be|is\s+being|to\s+be|gets?|was)\s+(?:decommission\w*|retired|replaced|removed|switched\s+off|shut\s+down|turned\s+off)\b|^\s*\(\s*(?:old|retired|being\s+replaced|to\s+be\s+(?:decommission\w*|retired|replaced|removed))\b|^[^.;]{0,25}?\b(?:(?:is|are)\s+already\s+licen[cs]ed|(?:is|are)\s+not\s+part\s+of\s+(?:this|the)\s+(?:request|order)|(?:is|are)\s+out\s+of\s+scope|(?:stays|remains)\s+(?:as\s+(?:it\s+)?is|unchanged))\b/i;

export function isOldServer(text: string, start: number, end: number): boolean {
  return OLD_BEFORE.test(text.slice(Math.max(0, start - 50), start)) || OLD_AFTER.test(text.slice(end, end + 45));
}
