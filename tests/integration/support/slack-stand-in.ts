// A loopback stand-in for the few Slack Web API methods `caseline doctor` calls: auth.test (with the
// granted scopes in x-oauth-scopes, as Slack sends them), conversations.info and conversations.members.
// It checks the Bearer token and the form encoding as Slack does, and records every call.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SlackChannel {
  name: string;
  members: string[];
  /** Leave is_member out of conversations.info, so the caller must page through conversations.members. */
  hideIsMember?: boolean;
}

export interface SlackStandInOptions {
  token: string;
  scopes: string[];
  team?: { id: string; name: string };
  bot?: { userId: string; name: string };
  channels?: Record<string, SlackChannel>;
}

export interface SlackStandIn {
  /** SLACK_API_URL for the bot: http://127.0.0.1:PORT/api/ */
  apiUrl: string;
  calls: Array<{ method: string; params: Record<string, string>; authorization: string | undefined }>;
  options: SlackStandInOptions;
  stop(): Promise<void>;
}

const read = (request: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    request.on('data', (chunk) => {
      body += chunk;
    });
    request.on('end', () => resolve(body));
  });

export async function startSlackStandIn(options: SlackStandInOptions): Promise<SlackStandIn> {
  const calls: SlackStandIn['calls'] = [];
  const team = options.team ?? { id: 'T0VENDOR', name: 'Vendor' };
  const bot = options.bot ?? { userId: 'U0CASELINE', name: 'caseline' };
  const server: Server = createServer(async (request, response) => {
    const method = (request.url ?? '').replace(/^\/api\//, '');
    const raw = await read(request);
    const form = /application\/x-www-form-urlencoded/.test(request.headers['content-type'] ?? '');
    const params = Object.fromEntries(new URLSearchParams(form ? raw : ''));
    calls.push({ method, params, authorization: request.headers.authorization });
    const answer = (body: object, headers: Record<string, string> = {}) => {
      response.writeHead(200, { 'content-type': 'application/json', ...headers });
      response.end(JSON.stringify(body));
    };
    if (request.headers.authorization !== `Bearer ${options.token}`)
      return answer({ ok: false, error: 'invalid_auth' });
    const channel = options.channels?.[params['channel'] ?? ''];
    switch (method) {
      case 'auth.test':
        return answer(
          {
            ok: true,
            url: 'https://vendor.slack.invalid/',
            team: team.name,
            team_id: team.id,
            user: bot.name,
            user_id: bot.userId,
            bot_id: 'B0CASELINE',
          },
          { 'x-oauth-scopes': options.scopes.join(',') },
        );
      case 'conversations.info':
        if (!channel) return answer({ ok: false, error: 'channel_not_found' });
        return answer({
          ok: true,
          channel: {
            id: params['channel'],
            name: channel.name,
            ...(channel.hideIsMember ? {} : { is_member: channel.members.includes(bot.userId) }),
          },
        });
      case 'conversations.members': {
        if (!channel) return answer({ ok: false, error: 'channel_not_found' });
        // Two members a page, to make the caller follow the cursor.
        const start = Number(params['cursor'] || 0);
        const page = channel.members.slice(start, start + 2);
        const next = start + 2 < channel.members.length ? String(start + 2) : '';
        return answer({ ok: true, members: page, response_metadata: { next_cursor: next } });
      }
      default:
        return answer({ ok: false, error: 'unknown_method' });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    calls,
    options,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A server that accepts TCP connections and never says a word: the hung peer every check must survive. */
export async function startSilentServer(): Promise<{ port: number; connections(): number; stop(): Promise<void> }> {
  const { createServer: createTcpServer } = await import('node:net');
  const sockets = new Set<import('node:net').Socket>();
  let count = 0;
  const server = createTcpServer((socket) => {
    count++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return {
    port: (server.address() as AddressInfo).port,
    connections: () => count,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
