// A loopback SMTP server that keeps every message it receives (parsed with mailparser), and can be
// stopped and started again on the same port to simulate an SMTP outage.
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
  parsed: ParsedMail;
}

/** What every accepted mail leaves at once, before (and without) parsing. */
export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
  messageId: string | undefined;
  /** The mail came over TLS (implicit or after STARTTLS). */
  secure: boolean;
}

export interface SmtpSink {
  host: string;
  port: number;
  /** Parsed captures; stays empty with `parse: false`. */
  messages: CapturedMail[];
  received: ReceivedMail[];
  /** Connections accepted so far (a client that reuses its connection opens one). */
  connections(): number;
  /** Stop listening; connections are refused until restart(). */
  halt(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * `parse: false` accepts mail as a queueing MTA does, without parsing it: the benchmark uses it so the
 * sink's own MIME parsing does not compete for the cores the channel is measured on.
 */
export interface SmtpSinkOptions {
  parse?: boolean;
  /** Require AUTH PLAIN/LOGIN with these credentials (over plaintext: loopback only). */
  auth?: { user: string; pass: string };
  /** Recipients answered 550, as a server refuses an unknown mailbox. */
  refuse?: string[];
  /** TLS with this certificate: implicit (the whole connection) or offered by STARTTLS. */
  tls?: { key: string; cert: string; mode: 'implicit' | 'starttls' };
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const parse = options.parse ?? true;
  const messages: CapturedMail[] = [];
  const received: ReceivedMail[] = [];
  let connections = 0;
  const { auth, tls } = options;
  const create = () =>
    new SMTPServer({
      secure: tls?.mode === 'implicit',
      ...(tls ? { key: tls.key, cert: tls.cert } : {}),
      disabledCommands: [...(tls?.mode === 'starttls' ? [] : ['STARTTLS']), ...(auth ? [] : ['AUTH'])],
      ...(auth
        ? {
            allowInsecureAuth: true,
            authOptional: false,
            onAuth(login, _session, callback) {
              if (login.username === auth.user && login.password === auth.pass)
                callback(null, { user: login.username });
              else callback(new Error('Invalid username or password'));
            },
          }
        : {}),
      onConnect(_session, callback) {
        connections++;
        callback();
      },
      onRcptTo(address, _session, callback) {
        if (options.refuse?.includes(address.address)) {
          callback(Object.assign(new Error('No such mailbox'), { responseCode: 550 }));
        } else callback();
      },
      logger: false,
      // Like a real server going down: open (pooled) connections get 421 at once instead of 30 s later.
      closeTimeout: 250,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', async () => {
          const raw = Buffer.concat(chunks);
          const envelope = {
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          };
          received.push({ envelope, raw, messageId: headerMessageId(raw), secure: session.secure });
          if (parse) messages.push({ envelope, raw, parsed: await simpleParser(raw) });
          callback();
        });
      },
    });
  let server: SMTPServer | null = create();
  const listen = (srv: SMTPServer, port: number) =>
    new Promise<number>((resolve, reject) => {
      srv.once('error', reject);
      srv.listen(port, '127.0.0.1', () => {
        const address = srv.server.address();
        resolve(typeof address === 'object' && address ? address.port : port);
      });
    });
  const port = await listen(server, 0);
  const halt = async () => {
    const current = server;
    server = null;
    if (current) await new Promise<void>((resolve) => current.close(() => resolve()));
  };
  return {
    host: '127.0.0.1',
    port,
    messages,
    received,
    connections: () => connections,
    halt,
    restart: async () => {
      await halt();
      server = create();
      await listen(server, port);
    },
    stop: halt,
  };
}

function headerMessageId(raw: Buffer): string | undefined {
  const end = raw.indexOf('\r\n\r\n');
  const head = raw.subarray(0, end < 0 ? raw.length : end).toString('latin1');
  return /^message-id:\s*(<[^>\r\n]+>)/im.exec(head)?.[1];
}
