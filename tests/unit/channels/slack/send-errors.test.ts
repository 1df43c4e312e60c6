import {
  ErrorCode,
  WebAPIHTTPError,
  WebAPIPlatformError,
  WebAPIRateLimitedError,
  WebAPIRequestError,
} from '@slack/web-api';
import { describe, expect, it } from 'vitest';
import { classifySendError } from '../../../../src/channels/slack/send-errors.ts';

const platform = (error: string) => new WebAPIPlatformError({ ok: false, error } as never);
const request = (code: string) =>
  new WebAPIRequestError(Object.assign(new TypeError('fetch failed'), { cause: { code } }));

describe('what a failed Web API call means for the outbox (issue 19 §6)', () => {
  it('429: rate limited for Retry-After seconds', () => {
    expect(classifySendError(new WebAPIRateLimitedError(7))).toMatchObject({
      kind: 'rate-limited',
      retryAfterMs: 7000,
    });
  });

  it.each(['channel_not_found', 'not_in_channel', 'is_archived', 'account_inactive', 'invalid_auth', 'msg_too_long'])(
    '%s: a dead letter with the reason',
    (code) => {
      expect(classifySendError(platform(code))).toEqual({ kind: 'dead', reason: code });
    },
  );

  it('other platform errors were not posted: retry with backoff', () => {
    expect(classifySendError(platform('internal_error'))).toEqual({ kind: 'retry', reason: 'internal_error' });
  });

  it('a connection never made is a retry; a reset, a timeout or a 5xx is an unknown outcome', () => {
    expect(classifySendError(request('ECONNREFUSED'))).toMatchObject({ kind: 'retry' });
    expect(classifySendError(request('ECONNRESET'))).toMatchObject({ kind: 'unknown-outcome' });
    expect(classifySendError(new WebAPIRequestError(new DOMException('timed out', 'TimeoutError')))).toMatchObject({
      kind: 'unknown-outcome',
    });
    expect(classifySendError(new WebAPIHTTPError(502, 'Bad Gateway', {}, ''))).toMatchObject({
      kind: 'unknown-outcome',
    });
    expect(classifySendError(new WebAPIHTTPError(400, 'Bad Request', {}, ''))).toMatchObject({ kind: 'dead' });
    expect(classifySendError(new Error('boom'))).toMatchObject({ kind: 'unknown-outcome' });
    expect(ErrorCode.RequestError).toBe('slack_webapi_request_error');
  });
});
