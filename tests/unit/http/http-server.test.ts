import { readFileSync } from 'node:fs';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { down, up } from '../../../src/health/readiness.ts';
import { healthzRoute } from '../../../src/http/healthz.ts';
import { type HttpServer, startHttpServer } from '../../../src/http/http-server.ts';
import { HttpListenError, listenOrExplain } from '../../../src/http/listen-error.ts';
import { operationsRoutes } from '../../../src/http/operations/operations-routes.ts';
import { readyzRoute } from '../../../src/http/operations/readyz.ts';
import { RouteTable } from '../../../src/http/routes.ts';
import { createMetrics } from '../../../src/metrics/prometheus-instruments.ts';
import { CASELINE_VERSION } from '../../../src/version.ts';

const request = { method: 'GET', path: '/', query: new URLSearchParams(), headers: {} };
const logger = { error: () => undefined, info: () => undefined };
const servers: HttpServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close();
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

describe('issue 23 §1, §3: one HTTP server for every endpoint', () => {
  async function serve(sources = () => ({ database: () => up('writable') })) {
    const routes = new RouteTable().add(healthzRoute());
    for (const route of operationsRoutes({
      metrics: createMetrics({ version: CASELINE_VERSION, processMetrics: false }),
      sources,
    })) {
      routes.add(route);
    }
    // What Slack's receiver does in HTTP mode: its own route on the same table.
    routes.add({
      method: 'POST',
      path: '/slack/events',
      handle: (_req, res) => {
        res.end('slack');
      },
    });
    const server = await startHttpServer({ host: '127.0.0.1', port: 0, routes, logger });
    servers.push(server);
    return `http://127.0.0.1:${server.port}`;
  }

  it("serves /healthz (with package.json's version), /readyz, /metrics and /slack/events on one port", async () => {
    const base = await serve();
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'));
    expect(CASELINE_VERSION).toBe(pkg.version);
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok', version: pkg.version });
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
    const metrics = await fetch(`${base}/metrics`);
    expect(metrics.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(await metrics.text()).toContain(`caseline_build_info{version="${CASELINE_VERSION}"`);
    expect(await (await fetch(`${base}/slack/events`, { method: 'POST', body: '{}' })).text()).toBe('slack');
  });

  it('HEAD answers without a body; other methods are 405', async () => {
    const base = await serve();
    const head = await fetch(`${base}/readyz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await fetch(`${base}/metrics`, { method: 'POST' })).status).toBe(405);
  });

  it('a readiness part that throws is reported down, not a crash', async () => {
    const base = await serve(() => ({
      database: () => {
        throw new Error('SQLITE_IOERR');
      },
    }));
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { parts: { database: { detail: string } } }).parts.database.detail).toContain(
      'SQLITE_IOERR',
    );
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });

  it('issue 23 bad input: a port in use is one clear error naming it', async () => {
    const holder = net.createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', () => resolve()));
    const port = (holder.address() as net.AddressInfo).port;
    try {
      const failure = listenOrExplain('127.0.0.1', port, () =>
        startHttpServer({ host: '127.0.0.1', port, routes: new RouteTable(), logger }),
      );
      await expect(failure).rejects.toBeInstanceOf(HttpListenError);
      await expect(failure).rejects.toThrow(
        `HTTP port 127.0.0.1:${port} is in use: stop what holds it or set HTTP_PORT to a free port`,
      );
    } finally {
      holder.close();
    }
  });
});
