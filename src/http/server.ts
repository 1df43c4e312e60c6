/**
 * The bot's one HTTP server (HTTP_HOST, HTTP_PORT): the routes of a registry, and raw listeners mounted
 * on it (Slack's /slack/events). Listening is the first thing the bot does, so a port in use stops the
 * start with one clear line before anything is opened or changed.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type HttpResponse, jsonResponse, type RouteRegistry } from './route.ts';

export interface HttpServer {
  host: string;
  port: number;
  close(): Promise<void>;
}

export class HttpServerError extends Error {}

export interface HttpServerLogger {
  error(details: object, message: string): void;
}

export async function startHttpServer(options: {
  host: string;
  port: number;
  routes: RouteRegistry;
  logger: HttpServerLogger;
}): Promise<HttpServer> {
  const { routes, logger } = options;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://caseline.invalid');
    const method = request.method ?? 'GET';
    const found = routes.find(method, url.pathname);
    if (found.kind === 'raw') return found.listener(request, response);
    const write = (answer: HttpResponse) => {
      response.writeHead(answer.status, answer.headers);
      response.end(method === 'HEAD' ? undefined : answer.body);
    };
    if (found.kind === 'not-found') {
      return write(jsonResponse(404, { error: `no route ${url.pathname}`, routes: routes.paths() }));
    }
    if (found.kind === 'method-not-allowed') {
      const refused = jsonResponse(405, { error: 'GET only' });
      return write({ ...refused, headers: { ...refused.headers, allow: 'GET, HEAD' } });
    }
    Promise.resolve()
      .then(() => found.handler({ method, path: url.pathname, query: url.searchParams, headers: request.headers }))
      .then(write, (error: unknown) => {
        logger.error({ err: error, path: url.pathname }, 'HTTP route failed');
        write(jsonResponse(500, { error: 'internal error' }));
      });
  });
  await listen(server, options.host, options.port);
  const address = server.address() as AddressInfo;
  return {
    host: options.host,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      server.off('listening', onListening);
      const where = `${host}:${port}`;
      if (error.code === 'EADDRINUSE') {
        reject(new HttpServerError(`HTTP port ${where} is in use: stop what holds it or set HTTP_PORT to a free port`));
      } else if (error.code === 'EACCES') {
        reject(new HttpServerError(`HTTP port ${where} needs privileges: use a port above 1023 (HTTP_PORT)`));
      } else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') {
        reject(new HttpServerError(`HTTP_HOST ${host} is not an address of this machine`));
      } else reject(new HttpServerError(`cannot listen on ${where}: ${error.message}`));
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
