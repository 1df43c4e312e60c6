/** The fields of a controlled-software order (DOMAIN.md §5) read into the slots: labels first, then prose. */
import { findDelivery, findLanguage, findOs, findRelease, findShipTo } from './controlled-release.ts';
import { type LabelledValue, labelled } from './labelled-lines.ts';
import { findReason } from './order-reason.ts';
import type { ReadContext } from './port.ts';
import type { ProductMention, Slots } from './reading.ts';
import { tidy } from './text.ts';

/**
 * A release with the fields of an order around it, whatever words announce it: "SIP Server 9.0.012 for SLES 15,
 * German UI, by courier to …", "URS 8.5.110 / RHEL 8 / French / SFTP". The release is a product named with
 * its version or a deliverable (CD, DVD, ISO, media, language pack, a localized build); beside it, at least two
 * of an order's own fields: a platform, a localized language, a carrier or file transfer, an address to ship to.
 * A link to download is how a download is had, not an order's delivery: it does not count.
 */
export function readsAsOrder(text: string, products: readonly ProductMention[]): boolean {
  const release =
    products.some((p) => p.version) ||
    (products.length > 0 && /\b\d{1,3}(?:\.\d{1,4}){1,3}\b/.test(text)) ||
    DELIVERABLE.test(text) ||
    ORDER_NAMED.test(text);
  if (!release) return false;
  const delivery = findDelivery(text);
  const fields = [
    findOs(text),
    findLanguage(text, false)?.value === 'none' ? undefined : findLanguage(text, false),
    delivery && !DOWNLOAD_LINK.test(text.slice(delivery.start, delivery.end)) ? delivery : undefined,
    findShipTo(text),
  ];
  return fields.filter(Boolean).length >= 2;
}

const DELIVERABLE =
  /\b(?:CDs?|DVDs?|ISO|media(?:\s+kit)?|language\s+pack|LP|locali[sz](?:ed|ation)\s+(?:build|version|release)|installation\s+(?:discs?|disks?))\b/i;
const DOWNLOAD_LINK = /download/i;
/** "also for that order - language is Portuguese and it should go by courier": the order already placed. */
const ORDER_NAMED = /\b(?:that|this|the|our|my)\s+(?:controlled(?:[\s-]+release)?\s+)?order\b/i;

/** Requests about cases and licenses: an order read from its fields alone is not theirs. */
export const CASE_MATTERS: ReadonlySet<string> = new Set([
  'open-case',
  'add-to-case',
  'case-status',
  'my-cases',
  'close-case',
  'severity-change',
  'management-attention',
  'license-request',
  'temp-license',
]);

/** A problem or a case matter with a release's facts in it orders nothing; a note on "that order" adds to one. */
export function dropOrderFields(slots: Slots, text: string): void {
  if (ORDER_NAMED.test(text)) return;
  for (const name of ['release', 'language', 'deliveryMethod', 'shipTo', 'reason'] as const)
    if (slots[name]?.source === 'text') delete slots[name];
}

export function readControlledFields(
  slots: Slots,
  text: string,
  labels: readonly LabelledValue[],
  products: readonly ProductMention[],
  context: ReadContext,
): void {
  const fromLabel = (l: LabelledValue) => ({
    confidence: 0.97,
    span: [l.start, l.end] as [number, number],
    source: 'label' as const,
  });
  const osLabel = labelled(labels, 'os');
  const os = osLabel ? { value: osLabel.value } : findOs(text);
  if (os)
    slots.os = {
      value: os.value,
      ...(osLabel ? fromLabel(osLabel) : { confidence: 0.9, source: 'text' as const, ...spanOf(os) }),
    };

  // In an answer to other questions, a version is not a release ("we must stay on 8.5.104 until …").
  const answering = (context.asked?.length ?? 0) > 0 && !context.asked?.includes('release');
  const releaseLabel = labelled(labels, 'release');
  const release =
    answering && !releaseLabel && products.length === 0
      ? undefined
      : findRelease(
          text,
          products.map((p) => p.span),
          releaseLabel,
        );
  if (release)
    slots.release = {
      value: release.value,
      confidence: release.confidence,
      span: [release.start, release.end],
      source: 'text',
    };

  const languageLabel = labelled(labels, 'language');
  const language = languageLabel
    ? (findLanguage(languageLabel.value, true) ?? { value: languageLabel.value })
    : findLanguage(text, context.asked?.includes('language') ?? false, true);
  if (language)
    slots.language = {
      value: language.value,
      confidence: 0.85,
      source: languageLabel ? 'label' : 'text',
      ...spanOf(language),
    };

  const deliveryLabel = labelled(labels, 'deliveryMethod');
  const delivery = findDelivery(deliveryLabel?.value ?? text);
  if (delivery)
    slots.deliveryMethod = {
      value: delivery.value as 'ftp' | 'courier',
      confidence: 0.9,
      source: deliveryLabel ? 'label' : 'text',
      ...(deliveryLabel ? { span: [deliveryLabel.start, deliveryLabel.end] as [number, number] } : spanOf(delivery)),
    };

  const shipToLabel = labelled(labels, 'shipTo');
  const shipTo = shipToLabel
    ? { value: shipToLabel.value, start: shipToLabel.start, end: shipToLabel.end }
    : findShipTo(text);
  if (shipTo)
    slots.shipTo = {
      value: shipTo.value,
      confidence: 0.85,
      span: [shipTo.start, shipTo.end],
      source: shipToLabel ? 'label' : 'text',
    };

  const reasonLabel = labelled(labels, 'reason');
  const reason = reasonLabel
    ? { value: reasonLabel.value, start: reasonLabel.start, end: reasonLabel.end }
    : // "electronic please, we can't receive parcels": a constraint told answering another question is that answer's why.
      findReason(text, !((context.asked?.length ?? 0) > 0 && !context.asked?.includes('reason')));
  // "… 69008 lyon we have no internet there": an address runs to the line's end; the reason told after it is not part of it.
  const address = slots.shipTo;
  if (
    reason &&
    address?.source === 'text' &&
    address.span &&
    reason.start > address.span[0] &&
    reason.start < address.span[1]
  ) {
    const cut = tidy(text.slice(address.span[0], reason.start)).replace(
      /[\s,;:–—-]+(?:reason\s*[=:]?|why\s*:)?\s*$/i,
      '',
    );
    if (cut.length >= 8) {
      address.value = cut;
      address.span = [address.span[0], address.span[0] + cut.length];
    }
  }
  if (reason)
    slots.reason = {
      value: reason.value,
      confidence: 0.8,
      span: [reason.start, reason.end],
      source: reasonLabel ? 'label' : 'text',
    };
}

function spanOf(found: { start?: number; end?: number } | { value: string }): { span?: [number, number] } {
  if (!('start' in found)) return {};
  return found.start !== undefined && found.end !== undefined ? { span: [found.start, found.end] } : {};
}
