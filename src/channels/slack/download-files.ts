/**
 * Files a customer shared in Slack (`file_share`), fetched with the bot token and stored like mail
 * attachments (issue 19 §4), within the same size limit (ATTACHMENT_MAX_BYTES). The token is only ever
 * sent to Slack's own file host (or the configured Web API host, for stand-ins): a file address in an
 * event is not a place to send our credentials to.
 */
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { type OversizedAttachment, type StoredAttachment, sinkAttachment } from '../email/attachment-sink.ts';
import type { SlackFileRef } from './read-event.ts';

export interface DownloadOptions {
  token: string;
  apiUrl: string;
  directory: string;
  maxBytes: number;
  timeoutMs?: number;
}

export interface Downloaded {
  stored: StoredAttachment[];
  oversized: OversizedAttachment[];
  failed: Array<{ filename: string; reason: string }>;
}

export function mayReceiveToken(url: string, apiUrl: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const api = new URL(apiUrl);
  if (parsed.host === api.host && parsed.protocol === api.protocol) return true;
  return parsed.protocol === 'https:' && (parsed.hostname === 'slack.com' || parsed.hostname.endsWith('.slack.com'));
}

export async function downloadSlackFiles(files: SlackFileRef[], options: DownloadOptions): Promise<Downloaded> {
  const result: Downloaded = { stored: [], oversized: [], failed: [] };
  for (const file of files) {
    if (file.size > options.maxBytes) {
      result.oversized.push({ filename: file.name, size: file.size });
      continue;
    }
    if (!file.url || !mayReceiveToken(file.url, options.apiUrl)) {
      result.failed.push({ filename: file.name, reason: 'not a Slack file address' });
      continue;
    }
    try {
      const response = await fetch(file.url, {
        headers: { Authorization: `Bearer ${options.token}` },
        signal: AbortSignal.timeout(options.timeoutMs ?? 120_000),
      });
      // Without files:read Slack answers with its sign-in page instead of the file.
      if (!response.ok || !response.body || /text\/html/i.test(response.headers.get('content-type') ?? '')) {
        await response.body?.cancel();
        result.failed.push({ filename: file.name, reason: `download refused (HTTP ${response.status})` });
        continue;
      }
      const sunk = await sinkAttachment(
        Readable.fromWeb(response.body as WebReadableStream),
        { filename: file.name, contentType: file.mimetype },
        options.directory,
        options.maxBytes,
      );
      if ('stored' in sunk) result.stored.push(sunk.stored);
      else result.oversized.push(sunk.oversized);
    } catch (error) {
      result.failed.push({ filename: file.name, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return result;
}
