/**
 * `GET /readyz`: 200 when every configured part works, 503 when one is down; the body names every
 * part with its state and a detail an operator can act on. Until the bot has assembled its parts
 * (the server listens first, so a busy port fails the start before anything else), it is not ready.
 */
import { evaluateReadiness, type HealthSources } from '../../health/readiness.ts';
import { jsonResponse, type PureHandler } from './pure-route.ts';

export function readyzRoute(sources: () => HealthSources | null): PureHandler {
  return async () => {
    const current = sources();
    if (!current) return jsonResponse(503, { status: 'starting', parts: {} });
    const { ready, parts } = await evaluateReadiness(current);
    return jsonResponse(ready ? 200 : 503, { status: ready ? 'ready' : 'not-ready', parts });
  };
}
