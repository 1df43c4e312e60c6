// A loopback SMTP server that keeps every message it receives (parsed with mailparser), and can be
// stopped and started again on the same port to simulate an SMTP outage.
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CapturedMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
  parsed: ParsedMail;
}

export interface SmtpSink {
  host: string;
  port: number;
  messages: CapturedMail[];
  /** Stop listening; connections are refused until restart(). */
  halt(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: CapturedMail[] = [];
  const create = () =>
    new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS', 'AUTH'],
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
          messages.push({ envelope, raw, parsed: await simpleParser(raw) });
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
    halt,
    restart: async () => {
      await halt();
      server = create();
      await listen(server, port);
    },
    stop: halt,
  };
}
