/**
 * The bot's HTTP endpoints as data: a route is a pure function of the request (method, path, query,
 * headers) to a response, so each can be tested without a socket. The server (server.ts) looks routes
 * up here; a raw Node listener (Bolt's /slack/events receiver) can be mounted beside them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface HttpRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type RouteHandler = (request: HttpRequest) => HttpResponse | Promise<HttpResponse>;
export type RawListener = (request: IncomingMessage, response: ServerResponse) => void;

export type Found =
  | { kind: 'route'; handler: RouteHandler }
  | { kind: 'raw'; listener: RawListener }
  | { kind: 'method-not-allowed' }
  | { kind: 'not-found' };

export interface RouteRegistry {
  get(path: string, handler: RouteHandler): void;
  /** A Node listener owning every request under `prefix` (body and all), e.g. Slack's events. */
  mount(prefix: string, listener: RawListener): void;
  find(method: string, path: string): Found;
  paths(): string[];
}

export function createRouteRegistry(): RouteRegistry {
  const routes = new Map<string, RouteHandler>();
  const mounts: Array<{ prefix: string; listener: RawListener }> = [];
  return {
    get: (path, handler) => {
      if (routes.has(path)) throw new Error(`route GET ${path} is registered twice`);
      routes.set(path, handler);
    },
    mount: (prefix, listener) => {
      mounts.push({ prefix, listener });
    },
    find: (method, path) => {
      const mounted = mounts.find((m) => path === m.prefix || path.startsWith(`${m.prefix}/`));
      if (mounted) return { kind: 'raw', listener: mounted.listener };
      const handler = routes.get(path);
      if (!handler) return { kind: 'not-found' };
      return method === 'GET' || method === 'HEAD' ? { kind: 'route', handler } : { kind: 'method-not-allowed' };
    },
    paths: () => [...routes.keys(), ...mounts.map((m) => m.prefix)],
  };
}

export function jsonResponse(status: number, value: unknown): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: `${JSON.stringify(value)}\n`,
  };
}
