/**
 * Reads a bounce (RFC 3464 delivery status notification) from the raw message text. Works on text,
 * not a MIME tree, because mailparser folds message/delivery-status into the body text; DSN parts
 * are 7-bit by definition (RFC 3464 §2.1), so a text scan is reliable for them.
 */
export interface DeliveryReport {
  /** Message-ID of the message that bounced, from the returned message or its headers. */
  originalMessageId: string | null;
  /** Recipients whose Action is "failed" (or, without Action, whose Status is 5.x.x). */
  failedRecipients: string[];
  /** Recipients whose delivery is only delayed (Action: delayed). */
  delayedRecipients: string[];
}

const DSN_PART = /^content-type:\s*message\/(?:global-)?delivery-status\b[^\n]*\n/gim;
const RETURNED_PART = /^content-type:\s*(?:message\/rfc822|text\/rfc822-headers|message\/global-headers)\b/im;
const MESSAGE_ID_LINE = /^message-id:\s*(<[^>\s]+>)/im;

export function parseDeliveryReport(raw: string, topLevelHeaders: Record<string, string[]> = {}): DeliveryReport {
  const text = raw.replace(/\r\n?/g, '\n');
  const failed = new Set<string>();
  const delayed = new Set<string>();
  // Some MTAs send one delivery-status part per recipient.
  for (const dsn of text.matchAll(DSN_PART)) {
    const body = partBody(text, dsn.index + dsn[0].length);
    for (const group of body.split(/\n\s*\n/)) readRecipientGroup(unfold(group), failed, delayed);
  }
  for (const value of topLevelHeaders['x-failed-recipients'] ?? []) {
    for (const address of value.split(',')) if (address.trim()) failed.add(address.trim().toLowerCase());
  }
  return {
    originalMessageId: returnedMessageId(text),
    failedRecipients: [...failed],
    delayedRecipients: [...delayed].filter((r) => !failed.has(r)),
  };
}

function readRecipientGroup(group: string, failed: Set<string>, delayed: Set<string>): void {
  const field = (name: string) => new RegExp(`^${name}:\\s*(.+)$`, 'im').exec(group)?.[1]?.trim();
  const recipient = field('final-recipient') ?? field('original-recipient');
  if (!recipient) return;
  const address = recipient
    .replace(/^[a-z0-9-]+;\s*/i, '')
    .replace(/^<|>$/g, '')
    .toLowerCase();
  const action = field('action')?.toLowerCase();
  const status = field('status') ?? '';
  if (action === 'failed' || (action === undefined && /^5\./.test(status))) failed.add(address);
  else if (action === 'delayed') delayed.add(address);
}

/** The Message-ID inside the returned message or headers part; else the first one below the top-level headers. */
function returnedMessageId(text: string): string | null {
  const returned = RETURNED_PART.exec(text);
  const bodyStart = text.indexOf('\n\n');
  const searchFrom = returned ? returned.index : bodyStart >= 0 ? bodyStart : text.length;
  return MESSAGE_ID_LINE.exec(text.slice(searchFrom))?.[1] ?? null;
}

/** From just after a part's Content-Type line to the next MIME boundary (its other part headers form a harmless group). */
function partBody(text: string, from: number): string {
  const rest = text.slice(from);
  const end = rest.search(/^--\S/m);
  return end >= 0 ? rest.slice(0, end) : rest;
}

function unfold(group: string): string {
  return group.replace(/\n[ \t]+/g, ' ');
}
