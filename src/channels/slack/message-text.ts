/**
 * What a customer wrote, as plain text, from a Slack message event — pure.
 * Slack never sends what was typed: `text` is Slack's own markup — `&`, `<` and `>` arrive as
 * `&amp;`, `&lt;`, `&gt;`; a mention as `<@U123>`, a channel as `<#C123|name>`, `@here` as `<!here>`, and
 * a host name or address the client linked on its own as `<http://sip01.acme.local|sip01.acme.local>` or
 * `<mailto:ana@acme.example|ana@acme.example>`. The engine reads plain text (as from mail), and escapes it
 * again before anything goes back to Slack, so the markup is undone here, once.
 * Some messages carry their words elsewhere: a message forwarded or shared from another conversation
 * has an empty `text` and the original in `attachments` (`is_share`); some clients send only `blocks`
 * of type `rich_text`. Those words are the message's too.
 */
type Loose = Record<string, unknown>;
const obj = (value: unknown): Loose => (value && typeof value === 'object' ? (value as Loose) : {});
const list = (value: unknown): Loose[] => (Array.isArray(value) ? value.map(obj) : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** `<…>` of Slack's markup: a mention, a channel, a special mention, a link; with or without a label. */
const ANGLE = /<([^<>|]*)(?:\|([^<>]*))?>/g;

/** Slack markup (`text` of a message) → the plain text the person typed. */
export function slackMarkupToPlain(markup: string, botUserId?: string): string {
  // The bot's own mention is how the message reached it, not part of the request ("<@UBOT>, our …").
  const withoutBot = botUserId ? markup.replace(mentionOf(botUserId, 'g'), ' ') : markup;
  return withoutBot
    .replace(ANGLE, (_whole, target: string, label: string | undefined) => angleToPlain(target, label))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** `<@UBOT>` or `<@UBOT|caseline>`, with the comma or colon people put after a name. */
export function mentionOf(userId: string, flags = ''): RegExp {
  return new RegExp(`<@${userId.replace(/\W/g, '')}(?:\\|[^<>]*)?>[,:]?`, flags);
}

function angleToPlain(target: string, label: string | undefined): string {
  const head = target.charAt(0);
  if (head === '@') return `@${label ?? target.slice(1)}`;
  if (head === '#') return `#${label ?? target.slice(1)}`;
  if (head === '!') {
    // <!here>, <!channel>, <!subteam^S123|@team>, <!date^1392734382^{date}|Feb 18th>: what the reader saw.
    if (label) return label;
    return `@${target.slice(1).split('^')[0]}`;
  }
  if (!label) return target.replace(/^mailto:/, '');
  // A link Slack made of a bare host or address shows just that; a link with words of its own keeps both.
  const bare = target.replace(/^mailto:/, '').replace(/^https?:\/\//, '');
  return label === target || label === bare || label === bare.replace(/\/$/, '') ? label : `${label} (${target})`;
}

/**
 * The words of a message event: its `text`; else, when `text` is empty, those of its `rich_text` blocks;
 * and the text of any message shared or forwarded with it (attachments marked `is_share`, or unfurls of
 * Slack messages), each on a line of its own.
 */
export function messageWords(event: Loose, botUserId?: string): string {
  const own = text(event['text']).trim() ? text(event['text']) : richTextOf(event['blocks']);
  const shared = list(event['attachments'])
    .filter((a) => a['is_share'] === true || a['is_msg_unfurl'] === true)
    .map((a) => text(a['text']) || text(a['fallback']))
    .filter((words) => words.trim() !== '');
  return slackMarkupToPlain([own, ...shared].filter((part) => part.trim() !== '').join('\n'), botUserId);
}

/** The text of `rich_text` blocks, in Slack's markup (so one decoding serves both). */
function richTextOf(blocks: unknown): string {
  return list(blocks)
    .filter((block) => block['type'] === 'rich_text')
    .map((block) => list(block['elements']).map(richElement).join('\n'))
    .join('\n')
    .trim();
}

function richElement(element: Loose): string {
  switch (element['type']) {
    case 'rich_text_section':
    case 'rich_text_preformatted':
    case 'rich_text_quote':
      return list(element['elements']).map(richLeaf).join('');
    case 'rich_text_list':
      return list(element['elements'])
        .map((item) => `- ${richElement(item)}`)
        .join('\n');
    default:
      return '';
  }
}

/** One leaf of a rich text section, written back as the markup `text` would have had. */
function richLeaf(leaf: Loose): string {
  switch (leaf['type']) {
    case 'text':
      return asMarkup(text(leaf['text']));
    case 'link':
      return `<${text(leaf['url'])}${leaf['text'] ? `|${asMarkup(text(leaf['text']))}` : ''}>`;
    case 'user':
      return `<@${text(leaf['user_id'])}>`;
    case 'channel':
      return `<#${text(leaf['channel_id'])}>`;
    case 'usergroup':
      return `<!subteam^${text(leaf['usergroup_id'])}>`;
    case 'broadcast':
      return `<!${text(leaf['range'])}>`;
    case 'emoji':
      return leaf['unicode'] ? unicodeOf(text(leaf['unicode'])) : `:${text(leaf['name'])}:`;
    default:
      return '';
  }
}

const asMarkup = (plain: string) => plain.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `1f44d` or `1f1fa-1f1f8` → the emoji itself. */
function unicodeOf(codes: string): string {
  const points = codes.split('-').map((hex) => Number.parseInt(hex, 16));
  return points.every((p) => Number.isInteger(p) && p > 0 && p <= 0x10ffff) ? String.fromCodePoint(...points) : '';
}
