/**
 * A request file (.eml or plain text) → the extractor's input. For .eml, mailparser gives the text part
 * (or the HTML part turned into text when there is no text part) and the attachments, which are
 * decoded by read-attachment.ts. Unreadable attachments become notes, not failures.
 */

import { type HtmlToTextOptions, convert as htmlToText } from 'html-to-text';
import { simpleParser } from 'mailparser';
import { utcOffsetOf } from '../../domain/license-request/date-order.ts';
import type { LicenseRequestInput } from '../../domain/license-request/schema.ts';
import { matchesDomain } from '../../domain/license-request/signature.ts';
import { readAttachment } from './read-attachment.ts';

/**
 * An image is skipped, except a logo whose alt text is the company the sender's mail domain names
 * (`alt="Brightwater Foods"` from `@brightwaterfoods.example`): a signature's only statement of the
 * writer's company (issue 25 round 10 §1). Any other alt text (a banner, a tracking pixel) says nothing.
 */
function htmlToTextOptions(sender: string | undefined): HtmlToTextOptions {
  return {
    wordwrap: false,
    selectors: [
      { selector: 'table', format: 'dataTable' },
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'logoAlt' },
    ],
    formatters: {
      logoAlt: (elem, _walk, builder) => {
        const alt = String(elem.attribs?.['alt'] ?? '').trim();
        if (alt.length >= 3 && alt.length <= 60 && matchesDomain(alt, sender)) builder.addInline(alt);
      },
    },
  };
}

/**
 * A mail with both a text and an HTML part: the text part is read, and an HTML signature's logo (the only place
 * some writers name their company, issue 25 round 10 §1) is lost with the HTML. Its alt text, when the sender's
 * domain names it and the text does not already say it, is added as the text's last line, where the logo stands.
 */
const IMG_ALT = /<img\b[^>]*?\balt\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
function withLogoAlt(text: string, html: string, sender: string | undefined): string {
  if (!sender || !/<img\b/i.test(html)) return text;
  for (const match of html.matchAll(IMG_ALT)) {
    const alt = (match[1] ?? match[2] ?? '').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
    if (alt.length < 3 || alt.length > 60 || !matchesDomain(alt, sender)) continue;
    if (text.toLowerCase().includes(alt.toLowerCase())) return text;
    return `${text.replace(/\s+$/, '')}\n${alt}\n`;
  }
  return text;
}

/** How many `text/plain` MIME parts the raw message declares (attachments included). */
function countTextParts(content: Buffer): number {
  return content.toString('latin1').match(/^content-type:\s*text\/plain\b/gim)?.length ?? 0;
}

export interface RequestMail {
  input: LicenseRequestInput;
  notes: string[];
}

export async function readRequestMail(filename: string, content: Buffer): Promise<RequestMail> {
  if (!/\.eml$/i.test(filename)) return { input: { body: content.toString('utf8').replace(/^\uFEFF/, '') }, notes: [] };
  const parsed = await simpleParser(content);
  const html = typeof parsed.html === 'string' ? parsed.html : '';
  const notes: string[] = [];
  const hasTextPart = countTextParts(content) > parsed.attachments.filter((a) => a.contentType === 'text/plain').length;
  // mailparser invents a text part from HTML that runs table cells together; ours keeps one row a line.
  const sender = parsed.from?.value[0];
  const body =
    hasTextPart || html === ''
      ? withLogoAlt(parsed.text ?? '', html, sender?.address)
      : htmlToText(html, htmlToTextOptions(sender?.address));
  const attachments: NonNullable<LicenseRequestInput['attachments']> = [];
  for (const file of parsed.attachments) {
    const read = await readAttachment({
      filename: file.filename ?? 'attachment',
      contentType: file.contentType,
      content: file.content,
    });
    if (read.ok) attachments.push(read.attachment);
    else notes.push(read.note);
  }
  const input: LicenseRequestInput = { body, attachments };
  if (parsed.subject) input.subject = parsed.subject;
  if (parsed.date) input.date = parsed.date;
  const offset = utcOffsetOf(parsed.headerLines.find((h) => h.key === 'date')?.line ?? '');
  if (offset !== undefined) input.dateOffset = offset;
  if (sender)
    input.from = {
      ...(sender.name ? { name: sender.name } : {}),
      ...(sender.address ? { address: sender.address } : {}),
    };
  return { input, notes };
}

export { utcOffsetOf };
