/** The SMTP side of the configuration, and the nodemailer transport the outbox sender uses. */
import nodemailer, { type Transporter } from 'nodemailer';
import type { Config } from '../../config.ts';

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

/**
 * One pooled connection: a batch reuses it instead of a handshake per mail, and only one mail is ever
 * in flight. A crash between the server accepting a mail and markSent re-sends it (same Message-ID);
 * with N in flight one crash could re-send N, and the benchmark showed no gain from more.
 */
export function createSmtpTransport(smtp: SmtpSettings): Transporter {
  return nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.security === 'tls',
    requireTLS: smtp.security === 'starttls',
    ignoreTLS: smtp.security === 'none',
    pool: true,
    maxConnections: 1,
    ...(smtp.user && smtp.password ? { auth: { user: smtp.user, pass: smtp.password } } : {}),
  });
}
