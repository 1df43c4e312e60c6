/**
 * Text for Slack, pure (issue 19 §7). Slack reads `&`, `<` and `>` as markup: `<@U…>` mentions, `<!here>`
 * and `<!channel>` notify everyone, `<https://…|label>` hides a link behind words. Escaping exactly those
 * three (and nothing else, as Slack's formatting reference asks) makes customer text plain text in every
 * rendering, so it can ping nobody and disguise no link.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

export function escapeSlackText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c]!);
}

/**
 * At most `max` UTF-16 units, ending with `…` when shortened, never cutting an escape (`&amp;`) or a
 * surrogate pair in half (a broken escape or a lone surrogate would show as garbage or be refused).
 */
export function truncateSlackText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  return `${text.slice(0, safeCutIndex(text, max - 1))}…`;
}

/**
 * The largest index ≤ `max` at which `text` can be cut without splitting a surrogate pair, an escape
 * (`&amp;`) or a piece of markup (`<https://…>`).
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
