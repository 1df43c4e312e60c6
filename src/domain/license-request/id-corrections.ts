/**
 * A host id the writer corrects in words (issue 25 "replies correcting a field"): the new value replaces
 * the old one wherever the request gave it, instead of becoming one more server or a contradiction.
 * | written                                                         | replaces  |
 * |-----------------------------------------------------------------|-----------|
 * | `the host id of the second server is X, not Y`, `X (not Y)`      | Y by X    |
 * | `X instead of Y`, `X rather than Y`, `X replaces Y`              | Y by X    |
 * | `Y should be X`, `Y is wrong, it should be X`, `Y → X`, `Y was a typo, correct is X` | Y by X |
 * | `please change Y to X`, `replace Y with X`, `update Y to X`      | Y by X    |
 */
import { findHostIds } from './host-id-tokens.ts';

export interface IdReplacement {
  from: string;
  to: string;
  line: number;
}

/** Between the new id and the old one. */
const NEW_THEN_OLD =
  /^\s*[,;(]?\s*(?:and\s+)?(?:not|instead\s+of|rather\s+than|in\s+place\s+of|replac(?:es|ing))\s+(?:the\s+)?(?:(?:old|wrong|previous|incorrect)\s+)?(?:(?:one|value|id|mac|host\s*id)\s+)?(?:of\s+)?$/i;
/** Between the old id and the new one. */
const OLD_THEN_NEW =
  /^\s*[,;)]?\s*(?:(?:should|must)\s+(?:be|read|have\s+been)|(?:is|was)\s+(?:wrong|incorrect|a\s+typo)[^.]{0,30}?(?:should\s+(?:be|read)|correct(?:\s+(?:one|value|id))?\s+is|(?:it|that)\s+is|use)|→|->|=>)\s*:?\s*$/i;
/** "change / replace / update Y to / with / by X": the verb before the old id. */
const CHANGE_VERB = /\b(?:change|replace|update|correct|swap|amend)\b[^.]{0,40}$/i;
const TO_OR_WITH = /^\s*(?:to|with|by|for)\s*:?\s*$/i;

export function findIdReplacements(text: string, line: number): IdReplacement[] {
  const ids = findHostIds(text);
  const found: IdReplacement[] = [];
  for (let k = 0; k + 1 < ids.length; k++) {
    const first = ids[k]!;
    const second = ids[k + 1]!;
    if (first.value === second.value) continue;
    const gap = text.slice(first.end, second.index);
    if (NEW_THEN_OLD.test(gap)) found.push({ from: second.value, to: first.value, line });
    else if (OLD_THEN_NEW.test(gap)) found.push({ from: first.value, to: second.value, line });
    else if (TO_OR_WITH.test(gap) && CHANGE_VERB.test(text.slice(0, first.index)))
      found.push({ from: first.value, to: second.value, line });
    else continue;
    k++;
  }
  return found;
}

/** Applies a part's replacements to the values other parts gave (older messages of the thread). */
export function replaceIds(
  fields: Record<string, unknown>,
  replacements: IdReplacement[],
  replaced: (path: string, replacement: IdReplacement) => void,
  mayReplace: (path: string) => boolean = () => true,
): void {
  for (const replacement of replacements) {
    for (const key of ['primaryHostId', 'backupHostId'] as const) {
      if (fields[key] !== replacement.from || !mayReplace(key)) continue;
      fields[key] = replacement.to;
      replaced(key, replacement);
    }
    const servers = fields['licenseServers'];
    if (!Array.isArray(servers)) continue;
    servers.forEach((server: { hostId?: string }, i) => {
      if (server?.hostId !== replacement.from || !mayReplace('licenseServers')) return;
      server.hostId = replacement.to;
      replaced(`licenseServers[${i}].hostId`, replacement);
    });
  }
}
