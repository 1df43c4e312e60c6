/**
 * The SMTP side of the configuration, and the connection the outbox sender sends through: nodemailer's
 * SMTPConnection (TLS, STARTTLS, AUTH, dot-stuffing) kept open between mails, with the message already
 * composed (compose-mail.ts). nodemailer's pooled transport would compose and stream each mail again
 * through a pipeline of transforms, which the benchmark profile showed to be the channel's largest cost.
 */
import type { Readable } from 'node:stream';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { Config } from '../../config.ts';
import type { Envelope } from './compose-mail.ts';

export interface SmtpSettings {
  host: string;
  port: number;
  security: 'starttls' | 'tls' | 'none';
  user?: string;
  password?: string;
}

export function smtpSettingsFrom(config: Config): SmtpSettings {
  if (!config.SMTP_HOST) throw new Error('SMTP_HOST is not set');
  return {
    host: config.SMTP_HOST,
    port: config.SMTP_PORT,
    security: config.SMTP_SECURITY,
    ...(config.SMTP_USER && config.SMTP_PASSWORD ? { user: config.SMTP_USER, password: config.SMTP_PASSWORD } : {}),
  };
}

export interface MailTransport {
  /** Sends one composed message; resolves with the server's answer to it. */
  send(envelope: Envelope, message: Buffer | Readable): Promise<string>;
  /** Ends the connection (QUIT); a later send opens a new one. */
  close(): void;
}

export interface SmtpTransportOptions {
  /** An unused connection is closed after this long instead of waiting for the server to drop it. */
  idleCloseMs?: number;
  connectionTimeoutMs?: number;
  socketTimeoutMs?: number;
}

/**
 * One connection, one mail in flight: sends are queued. A crash between the server accepting a mail
 * and markSent re-sends it (same Message-ID); with N in flight one crash could re-send N. Any failure
 * drops the connection, and the next send opens a fresh one.
 */
export function createSmtpTransport(smtp: SmtpSettings, options: SmtpTransportOptions = {}): MailTransport {
  const idleCloseMs = options.idleCloseMs ?? 5_000;
  let current: Promise<SMTPConnection> | null = null;
  let idleTimer: NodeJS.Timeout | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const drop = (connection: SMTPConnection, quit = false) => {
    if (quit) connection.quit();
    else connection.close();
  };

  const open = (): Promise<SMTPConnection> => {
    const connection = new SMTPConnection({
      host: smtp.host,
      port: smtp.port,
      secure: smtp.security === 'tls',
      requireTLS: smtp.security === 'starttls',
      ignoreTLS: smtp.security === 'none',
      connectionTimeout: options.connectionTimeoutMs ?? 30_000,
      greetingTimeout: options.connectionTimeoutMs ?? 30_000,
      socketTimeout: options.socketTimeoutMs ?? 120_000,
    });
    const opened = new Promise<SMTPConnection>((resolve, reject) => {
      const fail = (error: Error) => {
        reject(error); // before drop(): closing emits 'end', which must not be the reason given
        drop(connection);
      };
      // A refused or failed connection is reported only as an 'error' event; later errors also
      // reach the send callback. Either way the broken connection is forgotten (and a listener
      // keeps an emitted 'error' from becoming an uncaught exception).
      connection.on('error', (error: Error) => {
        forget(opened);
        fail(error);
      });
      connection.once('end', () => {
        forget(opened);
        reject(new Error('SMTP connection closed'));
      });
      connection.connect((error) => {
        if (error) return fail(error);
        if (!smtp.user || !smtp.password) return resolve(connection);
        connection.login({ user: smtp.user, pass: smtp.password }, (loginError) =>
          loginError ? fail(loginError) : resolve(connection),
        );
      });
    });
    return opened;
  };

  const forget = (connection: Promise<SMTPConnection>) => {
    if (current === connection) current = null;
  };

  const sendNow = async (envelope: Envelope, message: Buffer | Readable): Promise<string> => {
    clearTimeout(idleTimer);
    const pending = current ?? open();
    current = pending;
    let connection: SMTPConnection;
    try {
      connection = await pending;
    } catch (error) {
      forget(pending);
      throw error;
    }
    try {
      const info = await new Promise<{ response: string }>((resolve, reject) =>
        connection.send(envelope, message, (error, result) => (error ? reject(error) : resolve(result))),
      );
      idleTimer = setTimeout(() => {
        forget(pending);
        drop(connection, true);
      }, idleCloseMs);
      idleTimer.unref();
      return info.response;
    } catch (error) {
      // After a refused or broken transaction the session state is unknown: start clean next time.
      forget(pending);
      drop(connection);
      throw error;
    }
  };

  return {
    send: (envelope, message) => {
      const sent = queue.then(() => sendNow(envelope, message));
      queue = sent.catch(() => undefined);
      return sent;
    },
    close: () => {
      clearTimeout(idleTimer);
      const pending = current;
      current = null;
      pending?.then((connection) => drop(connection, true)).catch(() => undefined);
    },
  };
}
