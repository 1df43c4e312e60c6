/**
 * What `/case …` asks for, read as people type it, and where each open case stands on its clock.
 *
 * A case by its number anywhere in the text ("01000001", "Case 01000001.", "status 1000001"); otherwise
 * a list, narrowed by the kinds of words in it — they combine, so "what's breaching today?", "my
 * breached cases", "unassigned and at risk" all read:
 *
 * | words (any form)                                     | narrows to                                     |
 * |------------------------------------------------------|------------------------------------------------|
 * | breach, breached, breaching, overdue, late, missed,  | cases past a due (first response or target)    |
 * |   past due, over SLA                                 |                                                |
 * | at risk, risky, about to / close to / near breach    | cases paged at risk (75 % of a target used)    |
 * | today, due, tonight, this morning/afternoon/evening  | cases whose next due falls before the end of   |
 * |                                                      |   today in the case's region (overdue included)|
 * | unassigned, unowned, untaken, nobody, no owner       | cases nobody has taken                         |
 * | waiting, paused, on hold, pending customer           | cases waiting on the customer                  |
 * | my, mine, assigned to me, I own / have / took        | staff: the cases they own                      |
 * | list, queue, open, all, cases, show, what, which …   | just the list                                  |
 *
 * Standings (breached, at risk, due today) widen each other ("breaching today": breached, or due by
 * tonight); scopes (unassigned, waiting, mine) narrow. Anything else is the help.
 */

import { normaliseDigits } from '../../../domain/pin-text.ts';
import type { PageRow } from '../../../store/page-store.ts';

export type Standing = 'breached' | 'at-risk' | 'due-today';
export type Scope = 'unassigned' | 'waiting' | 'mine';

export type QueueAsk =
  | { kind: 'case'; number: string }
  | { kind: 'list'; standings: Standing[]; scopes: Scope[] }
  | { kind: 'help' };

/** In this order, each match taken out of the text: "close to breach" is at risk, not breached too. */
const STANDING_WORDS: Array<[Standing, RegExp]> = [
  [
    'at-risk',
    /\b(?:at[- ]risk|risky|risk|(?:about|close|near|going) to (?:breach|miss|expire)|almost (?:due|late))\b/g,
  ],
  ['breached', /\b(?:breach(?:e[ds]|ing)?|overdue|late|missed|past[- ]?due|over (?:the )?sla|expired)\b/g],
  ['due-today', /\b(?:today|tonight|due|this (?:morning|afternoon|evening)|eod|end of (?:the )?day)\b/g],
];
const SCOPE_WORDS: Array<[Scope, RegExp]> = [
  ['unassigned', /\b(?:unassigned|unowned|untaken|not taken|nobody|no owner|no one|without (?:an )?owner)\b/],
  ['waiting', /\b(?:waiting|paused|on hold|pending (?:the )?customer|awaiting)\b/],
  ['mine', /\b(?:my|mine|(?:assigned to|owned by|taken by) me|i (?:own|have|took))\b/],
];
const LIST_WORDS = /\b(?:list|queue|open|all|cases?|show|what(?:'s|s)?|which|anything|any)\b/;

export function readQueueAsk(text: string): QueueAsk {
  // Full-width or Arabic-Indic digits, a zero-width character pasted inside: the number as the messages read it.
  const asked = normaliseDigits(text).trim().toLowerCase().replace(/[’‘]/g, "'");
  const digits = /(?:^|\D)(\d{6,8})(?!\d)/.exec(asked)?.[1];
  if (digits) return { kind: 'case', number: digits.padStart(8, '0') };
  const standings: Standing[] = [];
  let rest = asked;
  for (const [standing, words] of STANDING_WORDS) {
    const without = rest.replace(words, ' ');
    if (without !== rest) standings.push(standing);
    rest = without;
  }
  const scopes = SCOPE_WORDS.filter(([, words]) => words.test(asked)).map(([s]) => s);
  // "breaching" and "at risk" say which; "today" alone is about what is due, and widens the others.
  if (standings.length > 0 || scopes.length > 0 || LIST_WORDS.test(asked)) return { kind: 'list', standings, scopes };
  return { kind: 'help' };
}

export interface ClockFacts {
  state: string;
  respondedAt: string | null;
  responseDue: string | null;
  targetDue: string | null;
  ownerStaffId: number | null;
}

/** The case's next unmet due (first response, else its target); none while it waits on the customer. */
export function nextUnmetDue(c: ClockFacts): string | null {
  if (c.state === 'waiting-on-customer' || c.state === 'resolved' || c.state === 'closed') return null;
  if (!c.respondedAt && c.responseDue) return c.responseDue;
  return c.targetDue;
}

/**
 * Where a case stands at `now`: breached once a due it has not met is past (an acknowledged page does
 * not make it less breached); at risk while a page at risk of this clock is not closed (open or
 * acknowledged); due today when its next due falls before `endOfToday`.
 */
export function standingsOf(c: ClockFacts, pages: PageRow[], now: Date, endOfToday: Date): Set<Standing> {
  const found = new Set<Standing>();
  const due = nextUnmetDue(c);
  if (!due) return found;
  const late = (iso: string | null) => iso !== null && new Date(iso).getTime() <= now.getTime();
  if ((!c.respondedAt && late(c.responseDue)) || late(c.targetDue)) found.add('breached');
  else if (pages.some((p) => p.level === 'at-risk' && p.state !== 'cancelled')) found.add('at-risk');
  if (new Date(due).getTime() < endOfToday.getTime()) found.add('due-today');
  return found;
}

export function matchesAsk(
  ask: Extract<QueueAsk, { kind: 'list' }>,
  c: ClockFacts,
  standings: Set<Standing>,
  staffId: number,
): boolean {
  if (ask.standings.length > 0 && !ask.standings.some((s) => standings.has(s))) return false;
  if (ask.scopes.includes('unassigned') && c.ownerStaffId !== null) return false;
  if (ask.scopes.includes('waiting') && c.state !== 'waiting-on-customer') return false;
  if (ask.scopes.includes('mine') && c.ownerStaffId !== staffId) return false;
  return true;
}
