/**
 * Slack's part of readiness. In Socket Mode the bot is reachable only while its WebSocket is
 * connected (Slack then queues nothing for it: events sent while it is down are retried by Slack and
 * then dropped), so a lost connection is "down" until the client reconnects. In HTTP mode Slack
 * reaches the bot through the HTTP server itself, which answering /readyz already proves.
 */
import { describeAge, down, type PartStatus, up } from './readiness.ts';

export interface SlackHealth {
  connected(): void;
  disconnected(reason: string): void;
  status(): PartStatus;
}

export function createSlackHealth(mode: 'socket' | 'http', now: () => number = Date.now): SlackHealth {
  let connected = false;
  let lastError: string | null = null;
  let since = now();
  return {
    connected: () => {
      connected = true;
      lastError = null;
      since = now();
    },
    disconnected: (reason) => {
      connected = false;
      lastError = reason;
      since = now();
    },
    status: () => {
      if (mode === 'http') return up('HTTP mode: events arrive at /slack/events', { mode });
      const age = describeAge(now() - since);
      if (connected) return up(`Socket Mode connected (${age})`, { mode, connected: true });
      const why = lastError ? `: ${lastError}` : '';
      return down(`Socket Mode not connected (${age})${why}`, { mode, connected: false });
    },
  };
}
