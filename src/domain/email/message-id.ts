import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Message-IDs we mint carry the case and outbox row they belong to, signed, so a reply's
 * In-Reply-To / References can be trusted to name our case: anyone can write "cl.00001234.…" but
 * only we can produce the HMAC. 12 hex chars (48 bits) make guessing hopeless for this purpose.
 */
export interface MessageIdParts {
  caseNumber: string;
  outboxId: string;
}

const CASE_NUMBER = /^\d{8}$/;
const OUTBOX_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SIGNED_ID = /^<?cl\.(\d{8})\.([A-Za-z0-9_-]{1,64})\.([0-9a-f]{12})@[^<>@\s]+>?$/;
const HMAC_LENGTH = 12;

export function makeMessageId(input: MessageIdParts & { secret: string; domain: string }): string {
  if (!CASE_NUMBER.test(input.caseNumber)) throw new Error(`case number must be 8 digits: ${input.caseNumber}`);
  if (!OUTBOX_ID.test(input.outboxId)) throw new Error(`outbox id must be [A-Za-z0-9_-]: ${input.outboxId}`);
  if (!/^[A-Za-z0-9.-]+$/.test(input.domain)) throw new Error(`invalid Message-ID domain: ${input.domain}`);
  const mac = sign(input.caseNumber, input.outboxId, input.secret);
  return `<cl.${input.caseNumber}.${input.outboxId}.${mac}@${input.domain}>`;
}

/** The case and outbox row of one of our own Message-IDs, or null when it is not ours or was tampered with. */
export function verifyMessageId(id: string, secret: string): MessageIdParts | null {
  const match = SIGNED_ID.exec(id.trim());
  if (!match) return null;
  const [, caseNumber, outboxId, mac] = match as unknown as [string, string, string, string];
  const expected = Buffer.from(sign(caseNumber, outboxId, secret));
  const given = Buffer.from(mac);
  return timingSafeEqual(expected, given) ? { caseNumber, outboxId } : null;
}

/** First of our signed ids among In-Reply-To then References (newest reference first). */
export function findOwnMessageId(ids: readonly string[], secret: string): MessageIdParts | null {
  for (const id of ids) {
    const parts = verifyMessageId(id, secret);
    if (parts) return parts;
  }
  return null;
}

const CASE_IN_SUBJECT = /\[\s*Case\s+(\d{8})\s*\]/i;

/** "Re: [Case 01234567] Licence key" → "01234567". A hint only: subjects are not signed. */
export function caseNumberFromSubject(subject: string): string | null {
  return CASE_IN_SUBJECT.exec(subject)?.[1] ?? null;
}

function sign(caseNumber: string, outboxId: string, secret: string): string {
  if (secret.length === 0) throw new Error('Message-ID secret must not be empty');
  return createHmac('sha256', secret).update(`cl.${caseNumber}.${outboxId}`).digest('hex').slice(0, HMAC_LENGTH);
}
