/**
 * A request written as the order kit's answers numbered without its questions ("numbering as in the kit":
 * `1. Acme`, `2. Enterprise Routing Solution 9.0`, …). The numbers follow the order kit's table (seed 002,
 * "Information for License Order Kit"), so each answer is given the label of the row it answers and is
 * then read like a labelled form (issue 25 round 10 §2). Only when the mail names the order kit and the
 * numbered lines are bare values starting at 1 — a numbered list of steps or of labelled lines is left alone.
 */

/** Seed 002's table, in its order. */
const ORDER_KIT_ROWS = [
  'Company name',
  'Sellable item and version',
  'Quantity of sellable items',
  'Application name and version',
  'Type of technical licenses',
  'Host name',
  'Host ID',
  'Operating system',
  'Server configuration',
  'Purpose',
  'Deployment mode',
  'Media Layer resources',
] as const;

const NAMES_THE_KIT = /\border[\s-]+kit\b/i;
const NUMBERED = /^(\s*)(\d{1,2})[.)]\s+(.+)$/;
/** An answer that is itself labelled ("1. Company: Acme") needs no label from its number. */
const LABELLED = /^[A-Za-z][\w /#-]{0,40}\s*[:=]/;
/** Enough answers that the numbers can only be the kit's rows, not a list of steps. */
const MIN_ANSWERS = 6;

export function labelKitAnswers(body: string): string {
  if (!NAMES_THE_KIT.test(body)) return body;
  const lines = body.split('\n');
  const numbered = lines.flatMap((line, index) => {
    const match = NUMBERED.exec(line);
    return match ? [{ index, number: Number(match[2]), indent: match[1] ?? '', answer: match[3] ?? '' }] : [];
  });
  const inOrder = numbered.every((n, i) => n.number === i + 1 && n.number <= ORDER_KIT_ROWS.length);
  if (numbered.length < MIN_ANSWERS || !inOrder || numbered.some((n) => LABELLED.test(n.answer))) return body;
  for (const { index, number, indent, answer } of numbered) {
    lines[index] = `${indent}${ORDER_KIT_ROWS[number - 1]}: ${answer}`;
  }
  return lines.join('\n');
}
