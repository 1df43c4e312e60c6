/** Requests as Slack signs them: `v0=` + HMAC-SHA256(secret, `v0:${timestamp}:${rawBody}`). */
import { createHmac } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';

export function sign(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SlackPost {
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  secret?: string;
  contentType?: string;
  headers?: Record<string, string>;
  /** A signature of its own (forgeries). */
  signature?: string;
}

export async function postToSlackEvents(
  url: string,
  body: string,
  options: SlackPost = {},
): Promise<{ status: number; text: string; ms: number }> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? 'application/json',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': options.signature ?? sign(options.secret ?? SIGNING_SECRET, timestamp, body),
      ...options.headers,
    },
    body,
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

let eventCounter = 0;

/** An Events API envelope (`event_callback`) around `event`, as Slack sends it. */
export function eventEnvelope(
  event: Record<string, unknown>,
  options: { eventId?: string; teamId?: string } = {},
): Record<string, unknown> {
  eventCounter += 1;
  return {
    token: 'legacy-verification-token',
    team_id: options.teamId ?? 'TVENDOR',
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: options.eventId ?? `Ev${Date.now()}${eventCounter}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: 'TVENDOR', user_id: 'UBOT', is_bot: true, is_enterprise_install: false }],
  };
}

/** Interactivity (buttons, forms) is form-encoded: `payload=<json>`. */
export function interactionBody(payload: Record<string, unknown>): string {
  return `payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

let tsCounter = 0;
/** A fresh Slack timestamp (seconds.micro, unique within the run). */
export function nextTs(): string {
  tsCounter += 1;
  return `${1_790_000_000 + tsCounter}.${String(tsCounter).padStart(6, '0')}`;
}
