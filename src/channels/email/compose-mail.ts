/**
 * Turns an outbox row into the bytes sent over SMTP. A reply without attachments (nearly all of them)
 * is written here directly: headers encoded by nodemailer's own rules (`MimeNode#encodeHeaderValue`:
 * RFC 2047 words, punycoded domains, folded at 76), bodies in quoted-printable by nodemailer's `qp`.
 * That costs a fraction of nodemailer's MailComposer, which pipes every part through several streams
 * (the benchmark's profile put it at about a quarter of the bot's main thread). A mail with attachments
 * still goes through MailComposer, as a stream, so a big file is never held in memory.
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import MailComposer, { type MailComposerOptions } from 'nodemailer/lib/mail-composer';
import { foldLines } from 'nodemailer/lib/mime-funcs';
import MimeNode from 'nodemailer/lib/mime-node';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';
import type { OutboundMail } from './ports.ts';

export interface Envelope {
  from: string;
  to: string[];
}

export interface ComposedMail {
  envelope: Envelope;
  /** The whole message (CRLF line ends), or a stream of it when it carries attachments. */
  message: Buffer | Readable;
}

/** RFC 3834: our mail is automatic, so well-behaved auto-responders stay quiet. */
const AUTO_SUBMITTED = 'auto-replied';

/**
 * Header encoding and the envelope come from nodemailer's MimeNode. Its constructor draws random bytes
 * and its methods are synchronous, so one node serves every mail: all three address headers are
 * overwritten before each getEnvelope(), and encodeHeaderValue() reads no state.
 */
const addressNode = new MimeNode('text/plain');

/**
 * An address nodemailer leaves exactly as it is, in the header and in the envelope: a lower-case ASCII
 * dot-atom at a lower-case LDH domain, which is what most recipients are. Parsing it again for every
 * mail was the largest part of composing one; anything else still goes through nodemailer.
 */
const PLAIN_ADDRESS =
  /^[a-z0-9_+-]+(?:\.[a-z0-9_+-]+)*@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

const header = (key: string, value: string | string[]) =>
  foldLines(`${key}: ${addressNode.encodeHeaderValue(key, value)}`, 76);

/** The sender is the bot's configured address: encoded once, not once per mail. */
let sender: { from: string; header: string; envelope: string } | null = null;

function senderOf(from: string): { header: string; envelope: string } {
  if (sender?.from !== from) {
    addressNode.setHeader('From', from);
    addressNode.setHeader('To', []);
    addressNode.setHeader('Cc', []);
    sender = { from, header: header('From', from), envelope: addressNode.getEnvelope().from || '' };
  }
  return sender;
}

/** The To and Cc headers and the envelope's recipients (each once, in order), as nodemailer writes them. */
function recipientsOf(mail: OutboundMail): { to: string; cc: string | null; envelope: string[] } {
  const cc = mail.cc?.length ? mail.cc : null;
  const all = [...mail.to, ...(cc ?? [])];
  if (all.every((address) => PLAIN_ADDRESS.test(address))) {
    const line = (key: string, list: string[]) => foldLines(`${key}: ${list.join(', ')}`, 76);
    return { to: line('To', mail.to), cc: cc && line('Cc', cc), envelope: [...new Set(all)] };
  }
  addressNode.setHeader('From', []);
  addressNode.setHeader('To', mail.to);
  addressNode.setHeader('Cc', cc ?? []);
  return { to: header('To', mail.to), cc: cc && header('Cc', cc), envelope: addressNode.getEnvelope().to };
}

export function composeMail(mail: OutboundMail, date: Date): ComposedMail {
  if (mail.attachments?.length) return composeWithAttachments(mail, date);
  const from = senderOf(mail.from);
  const recipients = recipientsOf(mail);
  const envelope = { from: from.envelope, to: recipients.envelope };
  const headers = [
    from.header,
    recipients.to,
    ...(recipients.cc ? [recipients.cc] : []),
    header('Subject', mail.subject),
    `Date: ${date.toUTCString().replace('GMT', '+0000')}`,
    // The ids come from inbound mail too: encoding drops any line break that would inject a header.
    header('Message-ID', mail.messageId),
    ...(mail.inReplyTo ? [header('In-Reply-To', mail.inReplyTo)] : []),
    ...(mail.references?.length ? [header('References', mail.references)] : []),
    `Auto-Submitted: ${AUTO_SUBMITTED}`,
    'MIME-Version: 1.0',
  ];
  const text = textPart('text/plain', mail.text);
  let message: string;
  if (mail.html === undefined) {
    message = `${headers.join('\r\n')}\r\n${text}\r\n`;
  } else {
    // randomUUID draws from a cached pool: a fresh unguessable boundary per mail without a syscall each.
    const boundary = `caseline-${randomUUID()}`;
    message = [
      ...headers,
      'Content-Type: multipart/alternative;',
      ` boundary="${boundary}"`,
      '',
      `--${boundary}`,
      text,
      `--${boundary}`,
      textPart('text/html', mail.html),
      `--${boundary}--`,
      '',
    ].join('\r\n');
  }
  return { envelope, message: Buffer.from(message, 'utf8') };
}

/** A part's headers and body; the CRLF after it belongs to the next boundary (RFC 2046 §5.1.1). */
function textPart(type: 'text/plain' | 'text/html', body: string): string {
  const crlf = body.replace(/\r\n|\r|\n/g, '\r\n');
  const encoded = qpWrap(qpEncode(crlf), 76);
  return `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${encoded}`;
}

function composeWithAttachments(mail: OutboundMail, date: Date): ComposedMail {
  const node = new MailComposer(mailComposerOptions(mail, date)).compile();
  const envelope = node.getEnvelope();
  return { envelope: { from: envelope.from || '', to: envelope.to }, message: node.createReadStream() };
}

/** The mail as nodemailer's MailComposer takes it: the attachment path, and the fast path's reference in tests. */
export function mailComposerOptions(mail: OutboundMail, date: Date): MailComposerOptions {
  return {
    from: mail.from,
    to: mail.to,
    ...(mail.cc ? { cc: mail.cc } : {}),
    subject: mail.subject,
    date,
    text: mail.text,
    ...(mail.html !== undefined ? { html: mail.html } : {}),
    messageId: mail.messageId,
    ...(mail.inReplyTo ? { inReplyTo: mail.inReplyTo } : {}),
    ...(mail.references?.length ? { references: mail.references } : {}),
    ...(mail.attachments?.length ? { attachments: mail.attachments } : {}),
    headers: { 'Auto-Submitted': AUTO_SUBMITTED },
  };
}
