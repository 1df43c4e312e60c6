/**
 * A stand-in for Slack's servers on loopback (node:http + ws on 127.0.0.1:0), the only part of Slack the
 * tests replace: the Web API (`SLACK_API_URL`, form-encoded calls recorded with their token), file
 * downloads (`url_private`) and uploads, and Socket Mode (`apps.connections.open` → a WebSocket speaking
 * Slack's envelope protocol: hello, events_api / interactive / slash_commands, acks by envelope_id).
 * Failures are scripted per method: a platform error, an HTTP status, a 429 with Retry-After, a dropped
 * connection, or a slow answer.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type WebSocket, WebSocketServer } from 'ws';

export interface RecordedCall {
  method: string;
  args: Record<string, unknown>;
  token: string | null;
  at: number;
}

export type Failure =
  /** With `channel`, only a call to that channel fails (others pass by). */
  | { error: string; channel?: string }
  | { status: number; body?: string }
  | { retryAfter: number }
  | { drop: true }
  | { delayMs: number };

export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

export class FakeSlack {
  readonly calls: RecordedCall[] = [];
  /** The ts each recorded post was given. */
  readonly answers = new Map<RecordedCall, string>();
  readonly uploads = new Map<string, Buffer>();
  readonly files = new Map<string, { body: Buffer; contentType: string }>();
  readonly acks: Ack[] = [];
  /** Off: auth.test answers unknown_method, as some stand-ins would. */
  authTest = true;
  botUserId = 'UBOT';
  botId = 'BBOT';
  teamId = 'TVENDOR';
  /** Downloads answer this much later (slow file storage). */
  fileDelayMs = 0;
  /** Off: calls are only counted per method (a benchmark's hundred thousand calls cost nothing to keep). */
  record = true;
  readonly counts = new Map<string, { count: number; last: number }>();
  #server!: Server;
  #wss!: WebSocketServer;
  #sockets = new Set<WebSocket>();
  #failures = new Map<string, Failure[]>();
  #ts = 1_800_000_000;
  #waiters: Array<() => void> = [];
  #pending = new Map<string, (ack: Ack) => void>();
  #pings: NodeJS.Timeout | undefined;
  port = 0;

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  fileUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/files/${id}`;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#wss = new WebSocketServer({ noServer: true });
    this.#server.on('upgrade', (req, socket, head) => {
      this.#wss.handleUpgrade(req, socket, head, (ws) => this.#accept(ws));
    });
    await new Promise<void>((resolve) => this.#server.listen(0, '127.0.0.1', resolve));
    this.port = (this.#server.address() as AddressInfo).port;
    // Slack pings every few seconds; the client reconnects when it hears nothing for serverPingTimeout.
    this.#pings = setInterval(() => {
      for (const ws of this.#sockets) ws.ping();
    }, 2_000);
    return this;
  }

  async stop(): Promise<void> {
    clearInterval(this.#pings);
    for (const ws of this.#sockets) ws.terminate();
    this.#wss.close();
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** The next calls of `method` fail as given, one failure per call, in order. */
  fail(method: string, ...failures: Failure[]): void {
    this.#failures.set(method, [...(this.#failures.get(method) ?? []), ...failures]);
  }

  #takeFailure(method: string, args: Record<string, unknown>): Failure | undefined {
    const queued = this.#failures.get(method) ?? [];
    const at = queued.findIndex((f) => !('channel' in f) || f.channel === undefined || f.channel === args['channel']);
    return at < 0 ? undefined : queued.splice(at, 1)[0];
  }

  callsOf(method: string): RecordedCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `predicate` holds over the recorded calls (checked on every new call). */
  async waitFor(predicate: (calls: RecordedCall[]) => boolean | Promise<boolean>, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await predicate(this.calls))) {
      if (Date.now() > deadline) {
        throw new Error(`timed out; calls so far: ${this.calls.map((c) => c.method).join(', ') || 'none'}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 50);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Socket Mode: a client is connected and has been sent `hello`. */
  async connected(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.#sockets.size === 0) {
      if (Date.now() > deadline) throw new Error('no Socket Mode client connected');
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Sends an envelope to every connected client; resolves with the client's ack. */
  envelope(
    type: 'events_api' | 'interactive' | 'slash_commands',
    payload: Record<string, unknown>,
    options: { retryAttempt?: number; retryReason?: string; envelopeId?: string } = {},
  ): Promise<Ack> {
    const envelopeId = options.envelopeId ?? randomUUID();
    const frame = {
      envelope_id: envelopeId,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      ...(type === 'events_api'
        ? { retry_attempt: options.retryAttempt ?? 0, retry_reason: options.retryReason ?? '' }
        : {}),
    };
    return new Promise<Ack>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no ack for envelope ${envelopeId}`)), 10_000);
      this.#pending.set(envelopeId, (ack) => {
        clearTimeout(timer);
        resolve(ack);
      });
      for (const ws of this.#sockets) ws.send(JSON.stringify(frame));
    });
  }

  /** Sends raw text on the socket (malformed frames). */
  sendRaw(text: string): void {
    for (const ws of this.#sockets) ws.send(text);
  }

  #accept(ws: WebSocket): void {
    this.#sockets.add(ws);
    ws.on('close', () => this.#sockets.delete(ws));
    ws.on('message', (data) => {
      let ack: Ack;
      try {
        ack = JSON.parse(String(data)) as Ack;
      } catch {
        return;
      }
      this.acks.push(ack);
      this.#pending.get(ack.envelope_id)?.(ack);
      this.#pending.delete(ack.envelope_id);
    });
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (req.method === 'GET' && url.pathname.startsWith('/files/'))
      return this.#download(req, res, url.pathname.slice(7));
    if (url.pathname.startsWith('/upload/')) {
      this.uploads.set(url.pathname.slice(8), body);
      res.writeHead(200).end('OK');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      res.writeHead(404).end();
      return;
    }
    const method = url.pathname.slice(5);
    const counted = this.counts.get(method) ?? { count: 0, last: 0 };
    this.counts.set(method, { count: counted.count + 1, last: Date.now() });
    const args =
      this.record || method === 'apps.connections.open' ? parseArgs(body, req.headers['content-type'] ?? '') : {};
    const auth = req.headers.authorization ?? '';
    const recorded = this.record
      ? { method, args, token: auth.startsWith('Bearer ') ? auth.slice(7) : null, at: Date.now() }
      : undefined;
    if (recorded) this.calls.push(recorded);
    for (const wake of this.#waiters.splice(0)) wake();

    const failure = this.#takeFailure(method, args);
    if (failure) {
      if ('drop' in failure) {
        req.socket.destroy();
        return;
      }
      if ('delayMs' in failure) await new Promise((r) => setTimeout(r, failure.delayMs));
      else if ('retryAfter' in failure) {
        res.writeHead(429, { 'retry-after': String(failure.retryAfter), 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
        return;
      } else if ('status' in failure) {
        res.writeHead(failure.status).end(failure.body ?? '');
        return;
      } else {
        return json(res, { ok: false, error: failure.error });
      }
    }
    const answer = this.#answer(method, args);
    if (recorded && typeof answer['ts'] === 'string') this.answers.set(recorded, answer['ts']);
    json(res, answer);
  }

  #answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    const ts = () => `${this.#ts++}.000100`;
    switch (method) {
      case 'auth.test':
        return this.authTest
          ? { ok: true, user_id: this.botUserId, bot_id: this.botId, team_id: this.teamId, user: 'caseline' }
          : { ok: false, error: 'unknown_method' };
      case 'apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/socket?ticket=${randomUUID()}` };
      case 'chat.postMessage':
      case 'chat.update':
        return { ok: true, channel: args['channel'], ts: args['ts'] ?? ts(), message: { text: args['text'] } };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: ts() };
      case 'views.open':
      case 'views.publish':
      case 'views.update':
        return { ok: true, view: { id: `V${this.#ts++}`, ...(args['view'] as object) } };
      case 'conversations.info':
        return {
          ok: true,
          channel: { id: args['channel'], is_im: String(args['channel']).startsWith('D'), is_ext_shared: false },
        };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args['users']).replace(/^[UW]/, '')}` } };
      case 'users.info':
        return { ok: true, user: { id: args['user'], team_id: 'TCUSTOMER', profile: { real_name: 'Customer' } } };
      case 'files.getUploadURLExternal': {
        const id = `F${this.#ts++}`;
        return { ok: true, file_id: id, upload_url: `http://127.0.0.1:${this.port}/upload/${id}` };
      }
      case 'files.completeUploadExternal':
        return { ok: true, files: Array.isArray(args['files']) ? args['files'] : [] };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  async #download(req: IncomingMessage, res: ServerResponse, id: string): Promise<void> {
    if (this.fileDelayMs > 0) await new Promise((r) => setTimeout(r, this.fileDelayMs));
    const file = this.files.get(id);
    this.calls.push({
      method: 'files.download',
      args: { id },
      token: (req.headers.authorization ?? '').replace(/^Bearer /, '') || null,
      at: Date.now(),
    });
    if (!file || !req.headers.authorization) {
      // Slack answers a request without a valid token with its sign-in page.
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html>sign in</html>');
      return;
    }
    res.writeHead(200, { 'content-type': file.contentType, 'content-length': file.body.length }).end(file.body);
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The Web API's wire format: form fields, objects (blocks, view) JSON-encoded; or a JSON body. */
function parseArgs(body: Buffer, contentType: string): Record<string, unknown> {
  const text = body.toString('utf8');
  if (contentType.includes('application/json')) return text ? (JSON.parse(text) as Record<string, unknown>) : {};
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(text)) {
    args[key] = /^[[{]/.test(value) ? safeJson(value) : value;
  }
  return args;
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

function json(res: ServerResponse, body: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
