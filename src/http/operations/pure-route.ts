/**
 * Operator endpoints as pure functions of the request (method, path, query, headers) to a response, so
 * each is tested without a socket; `pureRoute` plugs one into the bot's route table (routes.ts).
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Route } from '../routes.ts';

export interface HttpRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type PureHandler = (request: HttpRequest) => HttpResponse | Promise<HttpResponse>;

export function jsonResponse(status: number, value: unknown): HttpResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    body: `${JSON.stringify(value)}\n`,
  };
}

export function pureRoute(path: string, handler: PureHandler): Route {
  return {
    method: 'GET',
    path,
    handle: async (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const method = req.method ?? 'GET';
      const answer = await handler({ method, path: url.pathname, query: url.searchParams, headers: req.headers });
      res.writeHead(answer.status, { ...answer.headers, 'content-length': String(Buffer.byteLength(answer.body)) });
      res.end(method === 'HEAD' ? undefined : answer.body);
    },
  };
}
