/**
 * The kinds of sensitive data a message carries, in the understanding vocabulary (phone, card, email,
 * iban, password, national-id). The engine reads text already redacted, so "[redacted phone]" markers
 * count as what they replaced.
 */
import { findQuoteStart } from '../email/extract-reply.ts';
import { HEADER_BLOCK_FIELD, HEADER_BLOCK_FROM } from '../email/reply-patterns.ts';
import { findSensitiveData, type SensitiveKind } from '../sensitive-data.ts';
import { shipToSpans } from './controlled-release.ts';
import type { ReadContext } from './port.ts';
import type { SENSITIVE_KINDS } from './reading.ts';

type Kind = (typeof SENSITIVE_KINDS)[number];

const KIND: Record<SensitiveKind, Kind> = {
  'card-number': 'card',
  'card-expiry': 'card',
  'card-security-code': 'card',
  'national-id': 'national-id',
  password: 'password',
  'private-key': 'password',
  token: 'password',
  phone: 'phone',
  email: 'email',
  iban: 'iban',
};

export function readSensitiveKinds(text: string, context: ReadContext): Kind[] {
  const kinds = new Set<Kind>();
  // The courier address of an order is order data, not a leak (seed 000 asks for its phone and e-mail).
  const answeringShipTo = context.asked?.some((a) => a === 'shipTo' || a === 'deliveryMethod') === true;
  const exempt = answeringShipTo ? [[0, text.length] as [number, number]] : shipToSpans(text);
  const findings = findSensitiveData(text, {
    exempt,
    routing: quoteHeaderSpans(text),
    ...(context.ownPhone ? { ownPhone: context.ownPhone } : {}),
    ...(context.sender ? { sender: context.sender } : {}),
    ...(context.ownAddresses ? { ownAddresses: context.ownAddresses } : {}),
    ...(context.publicPhones ? { publicPhones: context.publicPhones } : {}),
  });
  for (const f of findings) kinds.add(KIND[f.kind]);
  for (const m of text.matchAll(/\[redacted ([a-z-]+)\]/g)) {
    const kind = KIND[m[1] as SensitiveKind];
    if (kind) kinds.add(kind);
  }
  return [...kinds];
}

/**
 * The header of the quoted history ("From: Customer Care <support@…>", "On Mon … <…> wrote:") names who
 * wrote the earlier mail: mail routing, not data the contact shares.
 */
function quoteHeaderSpans(text: string): Array<[number, number]> {
  const lines = text.split('\n');
  const { start, span } = findQuoteStart(lines);
  if (start >= lines.length) return [];
  let end = start + span;
  // The quote's first line ("From: …", "On … wrote:", "-------- Original Message --------") and the header
  // fields under it (Subject:, Date:, From: of a Thunderbird separator) name who wrote the earlier mail.
  if (span === 0) end = start + 1;
  while (end < lines.length && (HEADER_BLOCK_FIELD.test(lines[end]!) || HEADER_BLOCK_FROM.test(lines[end]!))) end++;
  const offset = (line: number) => lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  return end > start ? [[offset(start), offset(end)]] : [];
}
