/** `GET /healthz`: the process is alive and answering; says which version runs and for how long. */
import { jsonResponse, type RouteHandler } from '../route.ts';

export function healthzRoute(options: { version: string; startedAt: Date; now?: () => Date }): RouteHandler {
  const now = options.now ?? (() => new Date());
  return () =>
    jsonResponse(200, {
      status: 'alive',
      version: options.version,
      startedAt: options.startedAt.toISOString(),
      uptimeSeconds: Math.round((now().getTime() - options.startedAt.getTime()) / 1000),
    });
}
