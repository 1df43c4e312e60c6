/**
 * What the HTTP receiver answers when Bolt throws on a signed request (issue 18 bad input). Bolt reads
 * `user.id` and `event.user.id` before any listener runs, so a payload without them throws a TypeError
 * that Bolt answers 500 with a log line naming nothing: Slack would retry it, and nobody could tell why.
 * A payload missing what Slack always sends gets 400 and a warning saying what was missing; any other
 * failure stays 500 (Slack retries, which a passing fault needs) with the error's message. Neither log
 * line carries the payload: a PIN form's submission holds the PIN.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface RequestErrorLogger {
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

const record = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;

/** The parsed body of a Slack request: JSON (events) or a form with `payload=` (interactivity). */
function parseBody(raw: string): unknown {
  if (/^\s*[[{"\d-]|^\s*(?:null|true|false)\s*$/.test(raw)) return JSON.parse(raw);
  const payload = new URLSearchParams(raw).get('payload');
  return payload === null ? Object.fromEntries(new URLSearchParams(raw)) : JSON.parse(payload);
}

/**
 * Why a body is no object at all, or an event envelope without its event (checked before Bolt, which
 * cannot take either), or undefined. A body that is not JSON is left to Bolt, which answers it 400.
 */
export function bodyIsNoObject(raw: string): string | undefined {
  let body: unknown;
  try {
    body = parseBody(raw);
  } catch {
    return undefined;
  }
  const object = record(body);
  if (!object) return `body is ${body === null ? 'null' : Array.isArray(body) ? 'an array' : typeof body}`;
  // Slack sends a type (events, interactivity), a command or an SSL check; nothing could acknowledge the rest.
  if (!('type' in object) && !('command' in object) && !('ssl_check' in object))
    return 'body without a type or command';
  // No listener could acknowledge it: Bolt would hold the request three seconds, then answer 404.
  if (object['type'] === 'event_callback' && !record(object['event'])) return 'event_callback without an event';
  return undefined;
}

/** Why a signed body cannot be a request Slack sent, or undefined when it could be. */
export function malformedSlackBody(raw: string): string | undefined {
  let body: Record<string, unknown> | undefined;
  try {
    body = record(parseBody(raw));
  } catch {
    return 'body is not JSON';
  }
  if (!body) return 'body is not an object';
  if (body['command'] !== undefined) return typeof body['user_id'] === 'string' ? undefined : 'command without user_id';
  if (body['type'] === 'event_callback') {
    const event = record(body['event']);
    if (!event) return 'event_callback without an event';
    if (typeof event['type'] !== 'string') return 'event without a type';
    if ('user' in event && typeof event['user'] !== 'string' && typeof record(event['user'])?.['id'] !== 'string') {
      return 'event with a user that is neither an id nor an object with one';
    }
    return undefined;
  }
  if (typeof body['type'] !== 'string') return 'request without a type';
  if (typeof record(body['user'])?.['id'] !== 'string') return `${body['type']} without user.id`;
  return undefined;
}

export function slackRequestErrorHandler(logger: RequestErrorLogger) {
  return async (args: { error: unknown; request: IncomingMessage; response: ServerResponse }): Promise<boolean> => {
    const { error, request, response } = args;
    const message = error instanceof Error ? error.message : String(error);
    if (response.headersSent) {
      logger.error({ err: message }, 'Slack listener failed after the acknowledgement');
      return false;
    }
    const raw = (request as IncomingMessage & { rawBody?: Buffer }).rawBody?.toString('utf8') ?? '';
    const malformed = malformedSlackBody(raw);
    if (malformed) {
      logger.warn({ reason: malformed, err: message }, 'Slack request refused: malformed payload');
      response.writeHead(400).end();
      return true;
    }
    if ((error as { code?: unknown })?.code === 'slack_bolt_authorization_error') {
      response.writeHead(401).end();
      return true;
    }
    logger.error({ err: message }, 'Slack request failed');
    response.writeHead(500).end();
    return false;
  };
}
