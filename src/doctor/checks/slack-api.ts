/**
 * The few Slack Web API calls the doctor makes, straight over fetch (form-encoded, Bearer token) to
 * SLACK_API_URL, each with a deadline. Slack answers 200 with `ok: false` and an `error` code for most
 * failures; `auth.test` lists the token's granted scopes in the `x-oauth-scopes` header.
 */
import { StepTimeout } from '../with-timeout.ts';

export interface SlackAnswer {
  body: Record<string, unknown> & { ok?: boolean; error?: string };
  headers: Headers;
}

export class SlackCallError extends Error {}

export async function callSlack(
  apiUrl: string,
  token: string,
  method: string,
  params: Record<string, string>,
  timeoutMs: number,
): Promise<SlackAnswer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(new URL(method, apiUrl), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
      signal: controller.signal,
    });
    if (response.status === 429) {
      throw new SlackCallError(`rate limited by Slack (retry after ${response.headers.get('retry-after') ?? '?'} s)`);
    }
    const text = await response.text();
    if (!response.ok) throw new SlackCallError(`HTTP ${response.status} from ${method}`);
    try {
      return { body: JSON.parse(text) as SlackAnswer['body'], headers: response.headers };
    } catch {
      throw new SlackCallError(`${method} did not answer JSON (is SLACK_API_URL the Web API base?)`);
    }
  } catch (error) {
    if (controller.signal.aborted) throw new StepTimeout(`Slack ${method}`, timeoutMs);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
