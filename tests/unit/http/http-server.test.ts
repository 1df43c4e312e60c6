import { readFileSync } from 'node:fs';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { down, up } from '../../../src/health/readiness.ts';
import { registerOperationsRoutes } from '../../../src/http/operations-routes.ts';
import { createRouteRegistry } from '../../../src/http/route.ts';
import { healthzRoute } from '../../../src/http/routes/healthz.ts';
import { readyzRoute } from '../../../src/http/routes/readyz.ts';
import { type HttpServer, HttpServerError, startHttpServer } from '../../../src/http/server.ts';
import { createMetrics } from '../../../src/metrics/prometheus-instruments.ts';
import { CASELINE_VERSION } from '../../../src/version.ts';

const request = { method: 'GET', path: '/', query: new URLSearchParams(), headers: {} };
const logger = { error: () => undefined };
const servers: HttpServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
});

describe('issue 23 §1, §3: /healthz says the process is alive and which version runs', () => {
  it("the version is package.json's", async () => {
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(CASELINE_VERSION).toBe(pkg.version);
    const started = new Date('2026-11-23T10:00:00Z');
    const answer = await healthzRoute({
      version: CASELINE_VERSION,
      startedAt: started,
      now: () => new Date('2026-11-23T10:01:05Z'),
    })(request);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({
      status: 'alive',
      version: pkg.version,
      startedAt: started.toISOString(),
      uptimeSeconds: 65,
    });
  });
});

describe('issue 23 §1: /readyz answers 200 or 503 with every part named', () => {
  it('503 while the bot is still assembling its parts', async () => {
    const answer = await readyzRoute(() => null)(request);
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body).status).toBe('starting');
  });

  it('200 when every configured part is up, 503 when one is down', async () => {
    let mailbox = up('connected; last read 3 s ago');
    const route = readyzRoute(() => ({ database: () => up('writable'), mailbox: () => mailbox }));
    let answer = await route(request);
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toMatchObject({
      status: 'ready',
      parts: { database: { state: 'up' }, mailbox: { state: 'up' }, slack: { state: 'not-configured' } },
    });
    mailbox = down('not connected (1 min): connection refused');
    answer = await route(request);
    expect(answer.status).toBe(503);
    expect(JSON.parse(answer.body).parts.mailbox.detail).toContain('connection refused');
  });
});

describe('issue 23 §1: one HTTP server for every endpoint', () => {
  async function serve() {
    const routes = createRouteRegistry();
    registerOperationsRoutes(routes, {
      version: CASELINE_VERSION,
      startedAt: new Date(),
      metrics: createMetrics({ version: CASELINE_VERSION, processMetrics: false }),
      sources: () => ({ database: () => up('writable') }),
    });
    // What Slack's receiver does: a raw listener owning its path.
    routes.mount('/slack/events', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('slack');
    });
    const server = await startHttpServer({ host: '127.0.0.1', port: 0, routes, logger });
    servers.push(server);
    return `http://127.0.0.1:${server.port}`;
  }

  it('serves /healthz, /readyz and /metrics, and a mounted /slack/events, on one port', async () => {
    const base = await serve();
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(await metrics.text()).toContain(`caseline_build_info{version="${CASELINE_VERSION}"`);
    const slack = await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' });
    expect(await slack.text()).toBe('slack');
  });

  it('unknown paths are 404 and other methods 405, as JSON', async () => {
    const base = await serve();
    const missing = await fetch(`${base}/nope`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ routes: expect.arrayContaining(['/healthz', '/metrics']) });
    const post = await fetch(`${base}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('a route that throws answers 500 and the server keeps serving', async () => {
    const routes = createRouteRegistry();
    routes.get('/boom', () => {
      throw new Error('broken part');
    });
    routes.get('/fine', () => ({ status: 200, headers: {}, body: 'ok' }));
    const errors: object[] = [];
    const server = await startHttpServer({
      host: '127.0.0.1',
      port: 0,
      routes,
      logger: { error: (d) => errors.push(d) },
    });
    servers.push(server);
    expect((await fetch(`http://127.0.0.1:${server.port}/boom`)).status).toBe(500);
    expect((await fetch(`http://127.0.0.1:${server.port}/fine`)).status).toBe(200);
    expect(errors).toHaveLength(1);
  });

  it('issue 23 bad input: a port in use is one clear error naming it', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      const failure = startHttpServer({ host: '127.0.0.1', port, routes: createRouteRegistry(), logger });
      await expect(failure).rejects.toBeInstanceOf(HttpServerError);
      await expect(failure).rejects.toThrow(`HTTP port 127.0.0.1:${port} is in use`);
    } finally {
      holder.close();
    }
  });
});
