/**
 * Why a temporary license file is asked for (DOMAIN.md §6, seed 000), in the understanding vocabulary:
 * emergency extension or rehosting of a permanent file, a change to a temporary file, a critical
 * production issue caused by licensing — and what Customer Care may not do: demos, testing, another
 * extension of a file Customer Care itself issued ("can you extend that file again?").
 */
import type { TempReason } from './reading.ts';

export function readTempReason(
  text: string,
  context: { afterCustomerCareFile?: boolean } = {},
): TempReason | undefined {
  const t = text.toLowerCase();
  const extendAgain =
    /\b(?:extend\w*|extension|prolong\w*|renew\w*)\b[^.?!\n]{0,60}\b(?:again|once\s+more|another\s+time|a\s+second\s+time)\b|\b(?:another|second|further|one\s+more|additional)\s+(?:\w+\s+)?(?:extension|temp(?:orary)?\s+(?:file|licen[cs]e))\b/.test(
      t,
    );
  const ownFile =
    /\b(?:you|customer\s+care|support|your\s+team)\s+(?:sent|issued|gave|provided|created)\b|\b(?:file|licen[cs]e)\s+(?:you|customer\s+care)\s+(?:sent|issued|gave|provided)\b/.test(
      t,
    );
  if (extendAgain && (ownFile || context.afterCustomerCareFile || /\btemp/.test(t))) return 'extend-own-temporary';
  if (/\bdemo(?:s|nstration)?\b/.test(t)) return 'demo';
  if (
    /\b(?:for|in|on)\s+(?:our\s+|the\s+|a\s+)?(?:test(?:ing)?|lab|qa|uat|staging)\b|\btesting\s+purposes?\b|\bpoc\b|proof\s+of\s+concept/.test(
      t,
    )
  )
    return 'testing';
  if (
    /licen[cs]e\s+server\b[^.?!\n]{0,40}\b(?:down|lost|crash\w*|died|dead|gone|failed|burn\w*|unrecoverable)|\bcorrupt\w*|\blost\s+(?:our|the)\s+licen[cs]e\s+server|(?:license|licensing)\s+(?:problem|issue|failure)\b[^.?!\n]{0,40}\bproduction/.test(
      t,
    )
  )
    return 'critical-licensing';
  if (
    /\b(?:modif\w*|change|add\w*|adjust\w*|amend\w*)\b[^.?!\n]{0,50}\btemp(?:orary)?\b|\btemp(?:orary)?\s+(?:file|licen[cs]e)\b[^.?!\n]{0,90}\b(?:modif\w*|chang\w*|add\w*|amend\w*|adjust\w*)/.test(
      t,
    )
  )
    return 'modify-temporary';
  if (
    /\brehost\w*|\bnew\s+(?:server|host|machine|hardware|vm)\b|\bmov\w*\s+(?:the\s+|our\s+)?licen[cs]e|\bhost\s*id\s+change|\bmigrat\w*\s+(?:the\s+)?licen[cs]e\s+server/.test(
      t,
    )
  )
    return 'rehost';
  if (/\b(?:extend\w*|extension|expir\w*|renew\w*)\b/.test(t))
    return context.afterCustomerCareFile ? 'extend-own-temporary' : 'emergency-extension';
  return undefined;
}
