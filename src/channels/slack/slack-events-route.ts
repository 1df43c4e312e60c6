/**
 * `POST /slack/events` on the bot's HTTP server: Bolt's HTTP receiver (its signature check refuses a
 * wrong signature and a timestamp over five minutes old), behind checks of ours:
 * - a timestamp over five minutes in the *future* is refused too (issue 19 §7: Bolt lets those through),
 *   so a captured request cannot be signed ahead of time and replayed later;
 * - a body that is no object (`null`, `[]`, `"x"`, `payload=null`) gets 400 here (issue 18 bad input):
 *   Bolt reads fields of it outside its own error handling, which left the request unanswered and
 *   rejected a promise nobody awaited — enough to stop the process.
 * The body is read here (Bolt's limit, 413 past it) and handed on buffered, as Bolt's receiver accepts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HTTPModuleFunctions } from '@slack/bolt';
import type { Route } from '../../http/routes.ts';
import { bodyIsNoObject } from './request-errors.ts';

const MAX_SKEW_S = 5 * 60;

interface RouteLogger {
  warn(details: object, message: string): void;
}

export function slackEventsRoute(
  listener: (req: IncomingMessage, res: ServerResponse) => void,
  nowMs: () => number = Date.now,
  logger?: RouteLogger,
): Route {
  return {
    method: 'POST',
    path: '/slack/events',
    handle: async (req, res) => {
      const stamp = Number(req.headers['x-slack-request-timestamp']);
      if (Number.isFinite(stamp) && stamp - nowMs() / 1000 > MAX_SKEW_S) {
        req.resume();
        res.writeHead(401).end();
        return;
      }
      let buffered: Awaited<ReturnType<typeof HTTPModuleFunctions.bufferIncomingMessage>>;
      try {
        buffered = await HTTPModuleFunctions.bufferIncomingMessage(req, HTTPModuleFunctions.defaultBodyLimit);
      } catch (error) {
        const tooLarge =
          HTTPModuleFunctions.isRawBodyError(error) && (error as { statusCode?: number }).statusCode === 413;
        res.writeHead(tooLarge ? 413 : 400).end();
        return;
      }
      const noObject = bodyIsNoObject(buffered.rawBody.toString('utf8'));
      if (noObject) {
        logger?.warn({ reason: noObject }, 'Slack request refused: malformed payload');
        res.writeHead(400).end();
        return;
      }
      listener(buffered, res);
    },
  };
}
