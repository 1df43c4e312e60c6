/**
 * The bot's one HTTP server (node:http): `GET /healthz` from the start, Slack's `POST /slack/events` in
 * HTTP mode, later /readyz and /metrics — all through one route table (routes.ts). It listens on
 * HTTP_HOST (default 127.0.0.1: behind a reverse proxy) and HTTP_PORT. A handler that throws gets a
 * 500, never a crash.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RouteTable, sendJson } from './routes.ts';

export interface HttpServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

export interface HttpLogger {
  error(details: object, message: string): void;
  info(details: object, message: string): void;
}

export async function startHttpServer(options: {
  host: string;
  port: number;
  routes: RouteTable;
  logger: HttpLogger;
}): Promise<HttpServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const found = options.routes.find((req.method ?? 'GET').toUpperCase(), path);
    if (typeof found !== 'function') {
      if (found.allow) res.setHeader('allow', found.allow);
      sendJson(res, found.status, { error: found.status === 404 ? 'not found' : 'method not allowed' });
      req.resume();
      return;
    }
    const fail = (error: unknown) => {
      options.logger.error({ err: error, path }, 'HTTP handler failed');
      if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
      else res.destroy();
    };
    try {
      const done = found(req, res);
      if (done instanceof Promise) done.catch(fail);
    } catch (error) {
      fail(error);
    }
  });
  // Slow or idle clients cannot hold connections open for ever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  options.logger.info({ host: options.host, port }, 'HTTP server listening');
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
