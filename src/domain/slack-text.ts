/**
 * Customer text bound for Slack (issue 18 §8). Slack reads `<!channel>`, `<@U…>` and `<http…|label>`
 * in message text as mentions and links, so customer text is escaped before it joins Slack markup:
 * `&` → `&amp;`, `<` → `&lt;`, `>` → `&gt;` — the only three Slack asks for. A text cut to a length is
 * cut after escaping, and never inside one of those entities. Control and bidi characters go first
 * (display-text.ts): Slack shows a `U+202E` as the reversal it asks for, on a staff card too. Pure: no
 * Slack client here.
 */
import { withoutControls } from './display-text.ts';

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeSlackText(text: string): string {
  return withoutControls(text).replace(/[&<>]/g, (c) => ENTITIES[c]!);
}

/**
 * Escaped text cut to at most `max` characters, an ellipsis included: never inside an entity (`&am`),
 * nor between the two halves of a surrogate pair.
 */
export function truncateSlackText(escaped: string, max: number): string {
  if (escaped.length <= max) return escaped;
  let cut = Math.max(0, max - 1);
  const amp = escaped.lastIndexOf('&', cut);
  if (amp !== -1 && amp > cut - 5) {
    const end = escaped.indexOf(';', amp);
    if (end !== -1 && end >= cut) cut = amp;
  }
  const code = escaped.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
  return `${escaped.slice(0, cut)}…`;
}

/** Customer text as it may appear in a Slack message: escaped, then cut to `max` when given. */
export function slackText(text: string, max?: number): string {
  const escaped = escapeSlackText(text);
  return max === undefined ? escaped : truncateSlackText(escaped, max);
}

/**
 * The largest index ≤ `max` at which `text` (escaped) can be cut without splitting a surrogate pair,
 * an escape (`&amp;`) or a piece of markup of ours (`<https://…>`): for splitting long replies into
 * Block Kit sections.
 */
export function safeCutIndex(text: string, max: number): number {
  if (text.length <= max) return text.length;
  let end = Math.max(0, max);
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  const entity = /&[a-z]{0,4}$/.exec(text.slice(Math.max(0, end - 5), end));
  if (entity) end -= entity[0].length;
  const open = text.lastIndexOf('<', end - 1);
  if (open >= 0 && text.indexOf('>', open) >= end) end = open;
  return end;
}

const DECODED: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/**
 * Text for Slack whether or not parts of it were escaped already: the engine escapes the customer's
 * values in Slack-bound replies (Turn.render), staff text arrives plain. Decoding Slack's three entities
 * and escaping once gives the same safe text either way — no double escape (`&amp;lt;`), nothing unescaped.
 */
export function slackSafe(text: string): string {
  return escapeSlackText(text.replace(/&(?:amp|lt|gt);/g, (entity) => DECODED[entity]!));
}
