/**
 * The kinds of sensitive data a message carries, in the understanding vocabulary (phone, card, email,
 * iban, password, national-id). The engine reads text already redacted, so "[redacted phone]" markers
 * count as what they replaced.
 */
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
    ...(context.ownPhone ? { ownPhone: context.ownPhone } : {}),
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
