/**
 * The Slack sender's Web API calls (chat.postMessage, chat.postEphemeral, conversations.open) over a
 * keep-alive node:http(s) agent. @slack/web-api's WebClient does the same through fetch, a request
 * queue and a retry wrapper: bench:slack measured it at ~0.7 ms of CPU per post against ~0.1 ms here,
 * more than the engine's own cost per message — and the outbox needs none of its machinery (it owns
 * retries and pacing). Failures are the library's own error classes, so they are read the same way
 * everywhere (send-errors.ts). Rare calls (file uploads, views.open) still use WebClient.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { WebAPIHTTPError, WebAPIPlatformError, WebAPIRateLimitedError, WebAPIRequestError } from '@slack/web-api';

export type WebApiResult = Record<string, unknown> & { ok: boolean };

export interface WebApiPoster {
  call(method: string, args: Record<string, unknown>): Promise<WebApiResult>;
  close(): void;
}

export function createWebApiPoster(options: { apiUrl: string; token: string; timeoutMs?: number }): WebApiPoster {
  const base = new URL(options.apiUrl);
  const https = base.protocol === 'https:';
  const agent = https
    ? new HttpsAgent({ keepAlive: true, maxSockets: 32 })
    : new HttpAgent({ keepAlive: true, maxSockets: 32 });
  const send = https ? httpsRequest : httpRequest;
  const timeoutMs = options.timeoutMs ?? 30_000;

  return {
    call(method, args) {
      // Slack's wire format: form fields, objects (blocks) JSON-encoded.
      const body = new URLSearchParams();
      for (const [key, value] of Object.entries(args)) {
        if (value === undefined || value === null) continue;
        body.append(key, typeof value === 'string' ? value : JSON.stringify(value));
      }
      const payload = body.toString();
      return new Promise<WebApiResult>((resolve, reject) => {
        const req = send(
          new URL(method, base),
          {
            method: 'POST',
            agent,
            headers: {
              authorization: `Bearer ${options.token}`,
              'content-type': 'application/x-www-form-urlencoded',
              'content-length': Buffer.byteLength(payload),
            },
          },
          (res) => read(res).then(resolve, reject),
        );
        req.setTimeout(timeoutMs, () =>
          req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' })),
        );
        req.on('error', (error) => reject(new WebAPIRequestError(error)));
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}

function read(res: IncomingMessage): Promise<WebApiResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('error', (error) => reject(new WebAPIRequestError(error)));
    res.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const headers = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, String(v)]));
      if (res.statusCode === 429) {
        const seconds = Number.parseInt(String(res.headers['retry-after'] ?? ''), 10);
        reject(new WebAPIRateLimitedError(Number.isNaN(seconds) ? 30 : seconds));
        return;
      }
      if (res.statusCode !== 200) {
        reject(new WebAPIHTTPError(res.statusCode ?? 0, res.statusMessage ?? '', headers, text));
        return;
      }
      let result: WebApiResult;
      try {
        result = JSON.parse(text) as WebApiResult;
      } catch {
        reject(new WebAPIHTTPError(200, 'not JSON', headers, text));
        return;
      }
      if (!result.ok) reject(new WebAPIPlatformError(result as never));
      else resolve(result);
    });
  });
}
