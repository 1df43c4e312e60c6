import { convert } from 'html-to-text';
import { type ExtractedReply, extractReply } from './extract-reply.ts';

/**
 * Where mail clients start quoted history in HTML. Everything from the first marker on is cut
 * before conversion, because the quote is not always inside the marked element (Outlook puts the
 * old message *after* divRplyFwdMsg, not in it).
 */
const QUOTE_MARKERS: RegExp[] = [
  /<div[^>]+id=["']?divRplyFwdMsg/i,
  /<[a-z]+[^>]+id=["']?appendonsend/i,
  /<[a-z]+[^>]+class=["'][^"']*\bgmail_quote\b/i,
  /<[a-z]+[^>]+class=["'][^"']*\bmoz-cite-prefix\b/i,
  /<[a-z]+[^>]+class=["'][^"']*\byahoo_quoted\b/i,
  /<[a-z]+[^>]+id=["']?OLK_SRC_BODY_SECTION/i,
  /<hr[^>]+id=["']?stopSpelling/i,
  /<blockquote[\s>]/i,
];

/** HTML body → text of the new content: cut quoted sections, convert, then apply the plain-text rules. */
export function extractReplyFromHtml(html: string): ExtractedReply {
  return extractReply(htmlToPlainText(cutQuotedHtml(html)));
}

export function cutQuotedHtml(html: string): string {
  let end = html.length;
  for (const marker of QUOTE_MARKERS) {
    const found = marker.exec(html);
    if (found && found.index < end) end = found.index;
  }
  return html.slice(0, end);
}

/** Deeper than a reply chain of a hundred quoted mails nests (each a few elements deep). */
const MAX_HTML_DEPTH = 1_000;

const FORM_FIELDS = ['label', 'legend', 'textarea', 'select', 'option', 'button', 'output'];

/**
 * HTML → plain text. Quotes (blockquote) are skipped, since the new content is what is understood;
 * with `keepQuotes` they stay as "> " lines, for readers of the whole chain.
 */
export function htmlToPlainText(html: string, options: { keepQuotes?: boolean } = {}): string {
  // Outlook writes an empty paragraph (<p><o:p>&nbsp;</o:p></p>) for each blank line: one blank line is kept.
  return convert(html, {
    wordwrap: false,
    // The converter walks the tree by recursion: 12,500 nested <div>s (50 kB) overflowed the stack and the
    // mail was set aside unanswered (red team round 15). Text nested deeper than any mail client writes is
    // left out ("…" in its place); the plain-text part, when there is one, is read as before.
    limits: { maxDepth: MAX_HTML_DEPTH, ellipsis: '…' },
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      ...(options.keepQuotes ? [] : [{ selector: 'blockquote', format: 'skip' }]),
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable' },
      // A form's fields are inline to html-to-text and would run together ("PINPIN 615283PIN 857302Send"),
      // hiding a label from the PIN search (red team round 11): each goes on a line of its own.
      ...FORM_FIELDS.map((selector) => ({ selector, format: 'block' })),
    ],
  }).replace(/\n(?:[ \t\u00a0]*\n){2,}/g, '\n\n');
}
