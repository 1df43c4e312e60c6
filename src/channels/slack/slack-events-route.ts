/**
 * `POST /slack/events` on the bot's HTTP server: Bolt's HTTP receiver (its signature check refuses a
 * wrong signature and a timestamp over five minutes old), behind one more check of ours — a timestamp
 * over five minutes in the *future* is refused too (issue 19 §7: Bolt lets those through), so a
 * captured request cannot be signed ahead of time and replayed later.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../../http/routes.ts';

const MAX_SKEW_S = 5 * 60;

export function slackEventsRoute(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  nowMs: () => number = Date.now,
): Route {
  return {
    method: 'POST',
    path: '/slack/events',
    handle: (req, res) => {
      const stamp = Number(req.headers['x-slack-request-timestamp']);
      if (Number.isFinite(stamp) && stamp - nowMs() / 1000 > MAX_SKEW_S) {
        req.resume();
        res.writeHead(401).end();
        return;
      }
      listener(req, res);
    },
  };
}
