/**
 * The form of a controlled-software order (DOMAIN.md §5: a controlled release is not downloaded, it is
 * ordered and delivered), however it is worded (issue 21, sixth part: orders written in ways no phrase had
 * met). An order is a request — a verb of asking or a need — for something only an order gives: physical
 * media, a controlled or restricted build, a localized build; or a request for a named release together
 * with how it is to reach the contact (courier, FTP, post). A filled-in form says the same with labels.
 * What is told ("we got the DVD"), failed ("the download keeps failing"), asked about ("is there a
 * Japanese version?") or sent by the contact ("I'll send the logs by FTP") orders nothing.
 */
import { findLanguage } from './controlled-release.ts';
import { CONTROLLED } from './cues.ts';

/**
 * Asking for it: a need, a wish, a request, an order — or a verb of sending or getting addressed to us
 * ("could you ship us", "please dispatch", "can u get us"). A bare "send"/"ship" with the contact as its
 * subject ("we'll send the logs") asks nothing of us.
 */
const ASKING = String.raw`(?:\b(?:need(?:s|ed|ing)?|require[sd]?|requiring|request(?:s|ed|ing)?|want(?:s|ed)?|(?:would|'d|wd)\s+(?:like|need|want|appreciate)|wish(?:es)?\s+to\s+(?:receive|have|get|obtain|order)|order(?:ing)?|obtain|looking\s+for|asking\s+for|in\s+need\s+of)\b|\b(?:can|could|would|will|may)\s+(?:you|u|ya|we|i)\s+(?:please\s+|kindly\s+|pls\s+)?(?:send|ship|mail|post|dispatch|deliver|get|have|receive|provide|arrange|courier|supply)\b|\b(?:please|pls|plz|kindly)\s+(?:\w+\s+)?(?:send|ship|mail|post|dispatch|deliver|arrange|provide|courier|supply|order)\b|\bget\s+(?:us|me)\b|\bask(?:s|ed|ing)?\s+(?:you\s+)?(?:kindly\s+)?to\s+(?:send|ship|mail|post|dispatch|deliver|arrange|provide|supply|courier)\b|(?:^|[\n.!?]\s*)(?:send|ship|mail|post|dispatch|deliver|arrange|courier|supply)\s+(?:us|me|it|them|the)\b)`;

/**
 * Physical media: only an order gives them. A CD or DVD *image* is downloaded from the portal (DOMAIN.md §5:
 * "Installation Package or CD/DVD images"), and a CD drive is hardware.
 */
const MEDIA = String.raw`(?:\bphysical\s+(?:copy|copies|media|medium|dis[ck]s?|set|kit|shipment|delivery)\b|\b(?:dvd|cd)s?(?:[\s-]+(?:set|kit|pack|box))?\b(?![\s-]*(?:images?|iso|drives?|rom|readers?|burners?|trays?|players?)\b)|\b(?:on|as)\s+(?:a\s+|physical\s+)?dis[ck]s?\b|\busb\s+(?:stick|drive|key|media)\b|\bmedia\s+(?:kit|set|pack)\b|\binstallation\s+media\b|\bmedia\s+(?:for|of)\b|\b(?:the|a)\s+media\b|\bmedia\s+shipment\b)`;

/** A request put as a question: "could you ship us", "can u get us", "would you send". */
const POLITE = /^(?:can|could|would|will|may)\s/i;

/** A build only Product Management releases, named as such. */
const CONTROLLED_BUILD = String.raw`\b(?:control+ed|restricted|locali[sz]ed|locali[sz]ation)\b`;

/** How it is to reach the contact, other than a download: a carrier, FTP, electronic delivery, the post. */
const SHIPMENT = String.raw`\b(?:courier(?:ed)?|s?ftp|ftps|electronic(?:ally|\s+delivery)?|e-?delivery|(?:by|via)\s+(?:registered\s+|express\s+)?(?:post|mail\s+post)|postal|dhl|fedex|tnt|ups|shipment|shipping)\b`;

/** Things a request for which is no software order: logs, licenses, documents, a link, a case, a call. */
const OTHER_OBJECT =
  /\b(?:seats?|ports|channels|named\s+users|logs?|traces?|dumps?|screenshots?|licen[cs]es?|license\s+files?|keys?|invoices?|quotes?|documentation|docs|manuals?|guides?|release\s+notes|links?|urls?|passwords?|pins?|cases?|tickets?|call\s*back|update|status|engineer|technician|help)\b/i;

/** A release named: a version, a service update, or a product the reader knows. */
const VERSION = /(?<![\w.])v?\d{1,3}(?:\.\d{1,4}){1,3}(?![\w.]*\d)|\bSU\s?\d+\b/i;

/** The text cut at sentence ends and line breaks, so that a request and its object are read together. */
function clauses(text: string): string[] {
  return text.split(/(?<=[.!?])\s+(?=[A-Z\d])|\n+/).filter((c) => c.trim());
}

/**
 * A request and, in the same clause, what it asks for. "need the SIP Server 9.0 license file by courier"
 * asks for a license: the object named before the order's thing decides.
 */
function asksFor(clause: string, thing: RegExp, namedBefore = true): boolean {
  const asking = new RegExp(ASKING, 'gi');
  // "is it available for download or must we order it?": a question names an order without placing it;
  // only a polite request put as a question ("could you ship us …?") asks for one.
  // "I'd like to order the Spanish release, how does it work?": a wish said before the question still asks.
  const asked = /\?\s*$/.test(clause)
    ? Math.max(0, ...[...clause.matchAll(/[,;:]\s|\s[-–—]\s/g)].map((m) => m.index + 1))
    : Infinity;
  for (const a of clause.matchAll(asking)) {
    if (a.index >= asked && !POLITE.test(a[0])) continue;
    const after = clause.slice(a.index + a[0].length);
    const t = thing.exec(after);
    if (t && t.index <= 90 && !OTHER_OBJECT.test(after.slice(0, t.index))) return true;
    // "the media kit for Stat Server 8.5 — please ship": the thing named before the request. Not a carrier:
    // "For Maple Leaf Courier Inc. we would like …" names a company.
    const before = clause.slice(Math.max(0, a.index - 90), a.index);
    if (namedBefore && thing.test(before) && !OTHER_OBJECT.test(before)) return true;
  }
  return false;
}

/** "Item: …", "OS -> RHEL 7", "Send how ..... courier": a line of a filled-in form. */
const FORM_LINE = /^[ \t]*[A-Za-z][\w /()'-]{1,30}?[ \t]*(?::|->|=>|=|\.{2,}|\||\t)[ \t]*\S/;

/** A form of several labelled lines naming a release and how it is shipped or on what it runs. */
function orderForm(text: string): boolean {
  const lines = text.split(/\n|\s+\|\s+/).filter((l) => FORM_LINE.test(l));
  if (lines.length < 3) return false;
  const values = lines.map((l) => l.replace(FORM_LINE, (m) => m.slice(-1))).join('\n');
  const shipped = new RegExp(SHIPMENT, 'i').test(values) || new RegExp(MEDIA, 'i').test(values);
  return shipped && VERSION.test(values) && !OTHER_OBJECT.test(lines.map((l) => l.split(/[:=>|.]/)[0]).join(' '));
}

/**
 * The message orders a controlled release: a request for media, a controlled or localized build, or a
 * named release to be shipped; or an order form. `productNamed`: the reader found a product in the text.
 */
export function describesControlledOrder(text: string, productNamed: boolean): boolean {
  if (orderForm(text)) return true;
  const named = productNamed || VERSION.test(text);
  if (!named) return false;
  const media = new RegExp(MEDIA, 'i');
  const build = new RegExp(CONTROLLED_BUILD, 'i');
  const shipment = new RegExp(SHIPMENT, 'i');
  return clauses(text).some((clause) => {
    if (asksHowInGeneral(clause)) return false;
    if (asksFor(clause, media) || asksFor(clause, build) || asksFor(clause, shipment, false)) return true;
    // "we need Genesys Administrator 8.1.3 in Brazilian Portuguese": a localized build asked for.
    const language = findLanguage(clause, false);
    const localized = language !== undefined && language.value !== 'none';
    return localized && !OTHER_OBJECT.test(clause) && asksFor(clause, /\S/);
  });
}

/** What the contact sends us, or asks us to send that is no release: "the logs via FTP", "the invoice for the media kit". */
const SENT_NOT_RELEASE =
  /\b(?:logs?|traces?|dumps?|screenshots?|captures?|pcaps?|invoices?|quotes?|licen[cs]e\s+(?:files?|keys?)|config(?:uration)?\s+files?)\b/i;

/**
 * The message orders a controlled release: named as such or as a release to be delivered (cues.ts), or in
 * the form above — unless what is to be sent is no release at all.
 */
export function ordersControlledRelease(text: string, productNamed: boolean): boolean {
  const named = CONTROLLED.exec(text);
  // "the license key for the controlled GIM build": what is asked for is named before the release.
  const before = named
    ? text
        .slice(Math.max(0, named.index - 40), named.index)
        .split(/[.!?\n]/)
        .at(-1)
    : '';
  const sentence = named ? (clauses(text).find((c) => c.includes(named[0])) ?? '') : '';
  if (named && !SENT_NOT_RELEASE.test(named[0]) && !SENT_NOT_RELEASE.test(before ?? '') && !asksHowInGeneral(sentence))
    return true;
  return describesControlledOrder(text, productNamed);
}

/** "How does one get hold of a controlled release?", "teach me how the order works": the way asked, no release. */
const HOW_ASKED =
  /\bhow\s+(?:do|does|did|can|could|should|would|is|are|to)\b|\b(?:teach|tell|show)\s+(?:me|us)\s+how\b|\bexplain\s+how\b|\bwhat\s+(?:is|are)\s+the\s+(?:process|procedure|steps)\b/i;

/** A how-question naming no release: it asks how ordering works, it orders nothing ("How do I order SIP Server 8.5.102.03?" does). */
function asksHowInGeneral(clause: string): boolean {
  return HOW_ASKED.test(clause) && !VERSION.test(clause);
}
