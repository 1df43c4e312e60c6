/**
 * Why a temporary license file is asked for (DOMAIN.md §6, seed 000), in the understanding vocabulary:
 * emergency extension or rehosting of a permanent file, a change to a temporary file, a critical
 * production issue caused by licensing — and what Customer Care may not do: demos, testing, another
 * extension of a file Customer Care itself issued ("can you extend that file again?").
 */
import type { TempReason } from './reading.ts';

const TEMP_FILE_LACKS =
  /\btemp(?:orary)?\s+(?:[\w-]+\s+){0,3}?(?:file|licen[cs]e|key)\b[^?!\n]{0,80}\b(?:is|are)\s+missing\b|\btemp(?:orary)?\s+(?:[\w-]+\s+){0,3}?(?:file|licen[cs]e|key)\b[^?!\n]{0,80}\b(?:lacks?|does(?:n'?t|\s+not)\s+(?:cover|include|contain|have))\b/;

/** More time on a file, in the family's words. */
const EXTEND =
  /\b(?:extend\w*|extension|prolong\w*|stretch\w*|lengthen\w*|push\s+(?:it\s+|that\s+|the\s+\w+\s+)?(?:out|back)|renew\w*)\b/;
/** The temporary file named, then more time asked on it ("the temp file from your license team … push it out a week"). */
const PUSHED_OUT =
  /\btemp(?:orary)?\s+(?:licen[cs]e|file|key)\b[^?!]{0,160}\b(?:prolong\w*|stretch\w*|lengthen\w*|push\s+(?:it\s+|that\s+|the\s+\w+\s+)?(?:out|back))\b/;
/** A temporary file named as such ("our temp license", "the temporary key from Licensing"), then running out or extended. */
const TEMP_RUNS_OUT =
  /\btemp(?:orary)?\s(?:[\w-]+\s){0,2}?(?:licen[cs]es?|files?|keys?)\b[^?!]{0,160}?\b(?:runs?\s+out|running\s+out|expir(?:es|ing)|ends?\s+(?:on|next|this|tomorrow|today|in)|stops?\s+working|extend\w*|extension|prolong\w*)\b/;
/** The permanent file is what runs out ("our permanent key expires Friday … we need a temporary license"). */
const PERMANENT_RUNS_OUT =
  /\bpermanent\s(?:[\w-]+\s){0,2}?(?:licen[cs]es?|files?|keys?)\b[^.?!]{0,40}?\b(?:runs?\s+out|running\s+out|expir\w*|ends?\s)/;
/** The permanent file asked to be moved to another machine. */
const REHOST_ASKED =
  /\b(?:put|move|install|transfer|load|shift)\s+(?:the\s+|our\s+)?(?:permanent\s+)?licen[cs]e(?:\s+file)?\s+(?:on|to|onto)\s+(?:the\s+|a\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:server|host|machine|vm|box|hardware)\b/;

/** "a couple more weeks", "another 30", "two more weeks". */
const MORE_TIME =
  /\b(?:a\s+(?:few|couple)(?:\s+of)?|some|two|three|four|\d+)\s+more\s+(?:days?|weeks?|months?)\b|\b(?:another|a\s+further|an\s+extra|one\s+more)\s+(?:\d+|few|couple|week|month|fortnight)\b/;

/** A file Customer Care already issued, told in the past ("the 30-day file you sent us", "the key support gave us"). */
const OWN_FILE_ISSUED =
  /\b(?:file|key|licen[cs]e|one)\s+(?:that\s+|which\s+)?(?:the\s+)?(?:you(?:\s+guys)?|customer\s+care|cc|support|your\s+team)\s+(?:sent|issued|gave|provided|made|prepared|generated)\b/;

export function readTempReason(
  text: string,
  context: { afterCustomerCareFile?: boolean } = {},
): TempReason | undefined {
  const t = text.toLowerCase();
  const extendAgain =
    /\b(?:extend\w*|extension|prolong\w*|renew\w*|stretch\w*|lengthen\w*|push\w*\s+(?:it\s+|that\s+)?(?:out|back))\b[^.?!\n]{0,60}\b(?:again|once\s+more|one\s+more\s+time|another\s+time|a\s+second\s+time)\b|\b(?:another|second|further|one\s+more|additional)\s+(?:\w+\s+)?(?:extension|temp(?:orary)?\s+(?:file|licen[cs]e))\b|\b(?:do|issue|send|give|make)\s+(?:us\s+|me\s+)?(?:another|a\s+new)\s+one\b|\b(?:another|a\s+further|an\s+extra)\s+(?:\d+|thirty|fifteen|few|couple\s+of)[\s-]*(?:more\s+)?(?:days?|weeks?)\b|\b(?:another|a\s+further|an\s+extra|one\s+more)\s+(?:month|week|fortnight)\b|\b(?:another|a\s+further|an\s+extra|one\s+more)\s+\d+\b/.test(
      t,
    );
  const ownFile =
    /\b(?:you(?:\s+(?:guys|folks|people|all|lot))?|u|cc|customer\s+care|support|your\s+team|your\s+(?:support\s+)?(?:engineer|colleague|analyst|agent|guy|guys|person|people|folks|team|rep|staff)(?:\s+[a-z]+)?(?:\s+(?:from|at|in)\s+(?:customer\s+care|cc|support))?)\s+(?:sent|send|issued|issue|gave|give|provided|created|made|generated|prepared)\s+(?:us|me|them|to\s+us|for\s+us|on|last|yesterday|\d|this|that|before|earlier|a\s+few|two|three|some)\b|\b(?:file|key|licen[cs]e|one)\s+(?:that\s+|which\s+)?(?:you|customer\s+care|cc)\s+(?:sent|send|issued|gave|give|provided|made|prepared)\b/.test(
      t,
    );
  if (extendAgain && (ownFile || context.afterCustomerCareFile || /\btemp/.test(t))) return 'extend-own-temporary';
  // "stretch the 30-day file you sent us by a couple more weeks": more time on Customer Care's own file.
  if ((ownFile || context.afterCustomerCareFile) && EXTEND.test(t) && MORE_TIME.test(t)) return 'extend-own-temporary';
  // Extending a temporary file that Licensing issued is a change to that temporary file (DOMAIN.md §6, 2);
  // "this is the temp file from your license team … can you push it out a week?" too.
  const extendsTemp =
    /\b(?:extend\w*|extension|prolong\w*)\b[^.?!\n]{0,30}\btemp(?:orary)?\b|\btemp(?:orary)?\s+(?:licen[cs]e|file)\b[^.?!\n]{0,40}\b(?:extend\w*|extension|prolong\w*)/.test(
      t,
    ) || PUSHED_OUT.test(t);
  if (!ownFile && !context.afterCustomerCareFile && extendsTemp) return 'modify-temporary';
  // "our temporary license from Licensing runs out Monday … could you extend it?": more time on a temporary
  // file Customer Care did not issue is a change to that file (DOMAIN.md §6, 2), wherever the verb stands.
  if (!ownFile && !context.afterCustomerCareFile && TEMP_RUNS_OUT.test(t) && !PERMANENT_RUNS_OUT.test(t))
    return 'modify-temporary';
  // "we need to put the permanent license on the backup server today": a move asked for is a rehost,
  // whatever failure led to it.
  if (REHOST_ASKED.test(t)) return 'rehost';
  // "the temporary file Licensing issued for our pilot is missing a module": what the file lacks is asked
  // for, whatever the file was first issued for.
  if (TEMP_FILE_LACKS.test(t)) return 'modify-temporary';
  if (
    /\bdemo(?:s|nstration|nstrate)?\b|\btrade\s*show|\broad\s*shows?\b|\bsales\s+(?:event|tour|demo)s?\b|\b(?:customer|sales)\s+(?:presentation|pitch|showcase)|\bpre-?sales\b|\bshowcase\b|\bprospects?\b|\bpotential\s+(?:customers?|clients?)\b|\btrade\s*fair|\bexhibition\b|\b(?:fair|expo|conference|booth|roadshow|showroom)s?\b|\bshow\w*\s+(?:\S+\s+){0,3}to\s+(?:a|an|the|their|our|some)\s+(?:\S+\s+)?(?:customers?|clients?|prospects?|compan(?:y|ies)|partners?|visitors?|audience)\b/.test(
      t,
    )
  )
    return 'demo';
  if (
    /\b(?:for|in|on)\s+(?:our\s+|the\s+|a\s+)?(?:(?:new|own|internal|second|small|local|spare|separate|dedicated)\s+)?(?:test(?:ing)?|lab|qa|uat|staging)\b|\btesting\s+purposes?\b|\bpoc\b|proof\s+of\s+concept|\b(?:load|performance|stress|regression|acceptance|dr|disaster[\s-]recovery|failover|integration)[\s-]+(?:[a-z]+[\s-]+)?test\w*|\btraining\s+(?:classroom|class|room|lab|environment|system|session|course|centre|center)s?\b|\bclassroom\b|\b(?:evaluation|evaluate|trial|pilot)\b|\b(?:so\s+(?:that\s+)?(?:\w+\s+){1,2}can|to|can|could)\s+(?:test|try(?:\s+out)?)\b/.test(
      t,
    )
  )
    return 'testing';
  if (
    /\blicen[cs]e\s+(?:file\s+)?(?:of\s+[\w-]+\s+)?(?:is\s+|was\s+|got\s+|gets\s+|being\s+|has\s+)?(?:suddenly\s+)?(?:rejected|refused|not\s+accepted|invalid|expired|broken)\b[^.?!\n]{0,80}\b(?:production|prod|agents?|calls|down)\b|\blicen[cs]e\s+(?:server|manager|check|daemon)\s+(?:says|reports|shows|returns|logs|throws|gives)\b[^.?!\n]{0,60}\b(?:invalid|signature|rejected|expired|error)\b[^.?!\n]{0,80}\b(?:production|prod|agents|calls|down)\b|licen[cs]e\s+(?:server|host|machine|vm|box)\b[^.?!\n]{0,40}\b(?:down|lost|crash\w*|died|dead|gone|failed|burn\w*|unrecoverable|(?:will\s+not|won'?t|doesn'?t|does\s+not|cannot|can'?t|refuses\s+to|fails\s+to)\s+(?:start|run|come\s+up|boot|load))|\b(?:deleted|lost|destroyed|wiped|killed)\s+(?:the\s+|our\s+)?(?:flex\s*lm|licen[cs]e)\s+(?:vm|server|host|machine)\b|\b(?:flex\s*lm|lmgrd)\s+(?:vm|server|host|machine)?\s*(?:is\s+|was\s+|has\s+been\s+)?(?:deleted|lost|destroyed|wiped|down|dead|gone|crashed)\b|\bcorrupt\w*|\blicen[cs]e\s+(?:file\s+)?(?:[\w-]+\s+){0,4}(?:is|was|got|has\s+been|became)\s+(?:broken|damaged|deleted|lost|invalid|unreadable|overwritten|rejected)|\blicen[cs]e\s+(?:check|validation|error|errors)\b[^.?!\n]{0,60}\b(?:production|prod|down|agents|calls)|\b(?:production|prod)\b[^.?!\n]{0,40}\b(?:down|stopped|blocked)\b[^.?!\n]{0,30}\blicen[cs]|\bno\s+(?:more\s+)?licen[cs]es\s+(?:left|available)|\blost\s+(?:our|the)\s+licen[cs]e\s+server|(?:license|licensing)\s+(?:problem|issue|failure)\b[^.?!\n]{0,40}\bproduction/.test(
      t,
    )
  )
    return 'critical-licensing';
  if (
    /\b(?:modif\w*|change|add\w*|adjust\w*|amend\w*)\b[^.?!\n]{0,50}\btemp(?:orary)?\b|\btemp(?:orary)?\s+(?:[\w-]+\s+){0,3}?(?:file|licen[cs]e|one|key)\b[^?!\n]{0,120}\b(?:modif\w*|chang\w*|add\w*|amend\w*|adjust\w*|updat\w*|missing|lacks?|without|fix\w*|correct\w*|only\s+(?:has|have|covers|contains|includes)|(?:covers?|has|have|contains?|includes?|is\s+for|was\s+(?:cut|made|issued)\s+for)\s+(?:only\s+)?\d+\s+\w+\s+but\b|does(?:n'?t|\s+not)\s+(?:cover|include|contain|have)|more\s+(?:\w+\s+)?(?:seats|ports|agents|licen[cs]es|channels|users|sessions))/.test(
      t,
    )
  )
    return 'modify-temporary';
  if (
    /\brehost\w*|\blicen[cs]e\s+server\b[^.?!\n]{0,30}\b(?:replac\w*|swapp?\w*|mov(?:ed|ing)|migrat\w*|rebuil\w*|reinstall\w*)\b|\bchang\w*\s+(?:the\s+)?(?:hardware|server|host|machine|vm)\s+of\s+(?:the\s+|our\s+)?licen[cs]e\s+server|\bnew\s+(?:license\s+)?(?:server|host|machine|hardware|vm)\b|\b(?:replac\w*|swap\w*)\s+(?:the\s+|our\s+)?(?:license\s+server\s+)?(?:hardware|server|host|machine)\b|\b(?:mac\s+address|host\s*id)\s+(?:\w+\s+){0,2}chang\w*|\b(?:mac|host\s*id)\b[^.?!\n]{0,25}\bchang\w*|\bchang\w*\s+(?:the\s+)?(?:mac\s+address|host\s*id)|\b(?:mov\w*|relocat\w*|transferr?\w*|shift\w*)\s+(?:the\s+|our\s+)?licen[cs]e|\bhost\s*id\s+change|\bmigrat\w*\s+(?:the\s+)?licen[cs]e\s+server/.test(
      t,
    )
  )
    return 'rehost';
  if (
    /\b(?:extend\w*|extension|expir\w*|renew\w*|prolong\w*|lapse[sd]?|runs?\s+out|ran\s+out|running\s+out|time[\s-]?bomb\w*)\b|\b(?:is|are)\s+ending\s+(?:on|tomorrow|today|tonight|this|next|in|soon)\b|\bvalid\s+(?:only\s+)?(?:until|till|through)\b|\blicen[cs]e\s+(?:\w+\s+){0,3}ends?\s+(?:on|tomorrow|today|tonight|this|next|in)\b/.test(
      t,
    )
  )
    return context.afterCustomerCareFile || (OWN_FILE_ISSUED.test(t) && !/\bpermanent\b/.test(t))
      ? 'extend-own-temporary'
      : 'emergency-extension';
  return undefined;
}
