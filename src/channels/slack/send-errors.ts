/**
 * What a failed Web API call means for the outbox row (issue 19 §6), pure:
 * - rate-limited (429): send again after Retry-After; nothing was posted;
 * - dead: Slack answered and will never accept it (channel gone, bot not in it, user deactivated …) —
 *   the row is kept as failed, with the reason, for staff to see;
 * - retry: certainly not posted (Slack said so, or the connection was never made) — later, with backoff;
 * - unknown outcome: the request may have been posted (timeout, reset, a 5xx) — one more try only, since
 *   chat.postMessage has no idempotency key and each retry risks a duplicate.
 */
export type SendFailure =
  | { kind: 'rate-limited'; retryAfterMs: number; reason: string }
  | { kind: 'dead'; reason: string }
  | { kind: 'retry'; reason: string }
  | { kind: 'unknown-outcome'; reason: string };

/** Slack's answers that no retry can change. */
const PERMANENT = new Set([
  'channel_not_found',
  'not_in_channel',
  'is_archived',
  'account_inactive',
  'user_not_found',
  'user_not_in_channel',
  'user_disabled',
  'cannot_dm_bot',
  'restricted_action',
  'restricted_action_read_only_channel',
  'restricted_action_thread_only_channel',
  'restricted_action_non_threadable_channel',
  'team_access_not_granted',
  'ekm_access_denied',
  'messages_tab_disabled',
  'invalid_blocks',
  'invalid_blocks_format',
  'msg_too_long',
  'no_text',
  'too_many_attachments',
  'missing_scope',
  'not_allowed_token_type',
  'not_authed',
  'invalid_auth',
  'token_revoked',
  'token_expired',
  'no_permission',
  'method_deprecated',
]);

/** Connection failures in which the request never left this machine. */
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

type Loose = {
  code?: unknown;
  data?: { error?: unknown };
  retryAfter?: unknown;
  statusCode?: unknown;
  original?: unknown;
  cause?: unknown;
  message?: unknown;
};

export function classifySendError(error: unknown): SendFailure {
  const e = (error ?? {}) as Loose;
  switch (e.code) {
    case 'slack_webapi_rate_limited_error': {
      const seconds = typeof e.retryAfter === 'number' && e.retryAfter >= 0 ? e.retryAfter : 30;
      return { kind: 'rate-limited', retryAfterMs: seconds * 1000, reason: `rate limited for ${seconds} s` };
    }
    case 'slack_webapi_platform_error': {
      const code = typeof e.data?.error === 'string' ? e.data.error : 'unknown_error';
      if (code === 'ratelimited') return { kind: 'rate-limited', retryAfterMs: 30_000, reason: code };
      return PERMANENT.has(code) ? { kind: 'dead', reason: code } : { kind: 'retry', reason: code };
    }
    case 'slack_webapi_http_error': {
      const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
      // A 5xx may come after the message was stored; a 4xx other than 429 is a request Slack refused.
      return status >= 500
        ? { kind: 'unknown-outcome', reason: `HTTP ${status}` }
        : { kind: 'dead', reason: `HTTP ${status}` };
    }
    case 'slack_webapi_request_error': {
      const code = connectionCode(e.original ?? e.cause);
      if (code && NOT_SENT.has(code)) return { kind: 'retry', reason: `connection failed (${code})` };
      return { kind: 'unknown-outcome', reason: `request failed${code ? ` (${code})` : ''}` };
    }
    default:
      return {
        kind: 'unknown-outcome',
        reason: typeof e.message === 'string' ? e.message.slice(0, 200) : 'unknown error',
      };
  }
}

/** fetch wraps the socket's error (`TypeError: fetch failed`, cause: { code }) — sometimes twice. */
function connectionCode(error: unknown): string | null {
  let current = error as { code?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 4; depth += 1) {
    if (typeof current.code === 'string' && current.code !== 'slack_webapi_request_error') return current.code;
    current = current.cause as typeof current;
  }
  return null;
}
