/**
 * The routes of the bot's one HTTP server. Each part of the bot adds its own (health here, Slack's
 * events, later readiness and metrics): a small table, looked up by method and exact path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Route {
  method: 'GET' | 'POST' | 'HEAD';
  path: string;
  handle: RouteHandler;
}

export class RouteTable {
  readonly #routes = new Map<string, Map<string, RouteHandler>>();

  add(route: Route): this {
    const byMethod = this.#routes.get(route.path) ?? new Map<string, RouteHandler>();
    if (byMethod.has(route.method)) throw new Error(`route ${route.method} ${route.path} is already taken`);
    byMethod.set(route.method, route.handle);
    this.#routes.set(route.path, byMethod);
    return this;
  }

  /** The handler, or why there is none: 404 (no such path) or 405 (the path, not that method). */
  find(method: string, path: string): RouteHandler | { status: 404 | 405; allow?: string } {
    const byMethod = this.#routes.get(path);
    if (!byMethod) return { status: 404 };
    const handler = byMethod.get(method) ?? (method === 'HEAD' ? byMethod.get('GET') : undefined);
    return handler ?? { status: 405, allow: [...byMethod.keys()].join(', ') };
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}
