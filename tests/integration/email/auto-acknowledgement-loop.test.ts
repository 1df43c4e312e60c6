// Red team round 7 through the real mailbox (Dovecot in, SMTP sink out): a ticketing system's
// acknowledgement and a loop's "Re: Re: Re: …" carry no RFC 3834 header, and are not answered.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MailChannel, startMailChannel } from '../../../src/channels/email/start-mail-channel.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { type Db, schema } from '../../../src/store/database.ts';
import { type DovecotServer, startDovecot } from '../support/dovecot.ts';
import {
  appendMails,
  mailConfig,
  mailEnv,
  openDb,
  rawMail,
  seededDatabaseFile,
  silentLogger,
} from '../support/mail-harness.ts';
import { type SmtpSink, startSmtpSink } from '../support/smtp-sink.ts';
import { waitFor } from '../support/wait-for.ts';

let dovecot: DovecotServer;
let sink: SmtpSink;
let dir: string;
let db: Db;
let channel: MailChannel;

const inbound = () => db.select().from(schema.inboundMessages).all();
const decisionOf = (key: string) => inbound().find((r) => r.dedupeKey === key);

beforeAll(async () => {
  [dovecot, sink] = await Promise.all([startDovecot(), startSmtpSink()]);
  const seeded = await seededDatabaseFile();
  dir = seeded.dir;
  db = openDb(seeded.path);
  const ctx = createEngineContext({ db, policy: DEFAULT_POLICY, staffChannel: 'email' });
  channel = await startMailChannel(mailConfig(mailEnv(dovecot, sink, dir)), ctx, silentLogger, {
    sendIntervalMs: 50,
    pollIntervalMs: 2_000,
    sendBackoff: { initialMs: 100, maxMs: 300 },
  });
});

afterAll(async () => {
  await channel?.stop();
  db?.$client.close();
  await Promise.all([dovecot?.stop(), sink?.stop()]);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('red team round 7: automatic mail without RFC 3834 headers', () => {
  it('issue 18 (Also): a ticket acknowledgement and a five-deep "Re:" subject are recorded as ignored and never answered; a person is', async () => {
    await appendMails(dovecot, [
      rawMail({
        from: 'Helpdesk <helpdesk@partner-tickets.example>',
        subject: 'Re: Support request',
        messageId: '<ack-1@partner-tickets.example>',
        body: 'Thank you for contacting the Helpdesk. Your ticket #1042 has been received and will be processed shortly.',
      }),
      rawMail({
        from: 'Helpdesk <helpdesk@partner-tickets.example>',
        subject: 'Re: Re: Re: Re: Re: Support request',
        messageId: '<ack-2@partner-tickets.example>',
        body: 'Noted.',
      }),
      rawMail({
        from: 'Zoe <zoe@newcustomer.example>',
        subject: 'Re: Support request',
        messageId: '<zoe-1@newcustomer.example>',
        body: 'Our SIP Server is down, who can help?',
      }),
    ]);
    await waitFor(() => inbound().length >= 3, 'the three inbound messages recorded', 15_000);
    await waitFor(
      () => sink.messages.some((m) => m.envelope.to.includes('zoe@newcustomer.example')),
      'the answer to the person',
      15_000,
    );
    await new Promise((r) => setTimeout(r, 500)); // anything wrongly queued would go out by now
    expect(decisionOf('<ack-1@partner-tickets.example>')).toMatchObject({
      decision: 'ignored',
      reason: 'automatic acknowledgement body',
    });
    expect(decisionOf('<ack-2@partner-tickets.example>')).toMatchObject({
      decision: 'ignored',
      reason: 'mail loop: 5 stacked reply prefixes in the subject',
    });
    expect(sink.messages.filter((m) => m.envelope.to.includes('helpdesk@partner-tickets.example'))).toEqual([]);
  });

  it('red team round 8: a German ticket acknowledgement and a no-reply sender are recorded as ignored and never answered', async () => {
    await appendMails(dovecot, [
      rawMail({
        from: 'Servicedesk <servicedesk@partner-tickets.example>',
        subject: 'Eingangsbestätigung',
        messageId: '<ack-de@partner-tickets.example>',
        body: 'Vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer 1042 erfasst. Bitte antworten Sie nicht auf diese E-Mail.',
      }),
      rawMail({
        from: 'Tickets <no-reply@partner-tickets.example>',
        subject: 'Ticket 1043',
        messageId: '<ack-nr@partner-tickets.example>',
        body: 'Ticket 1043 opened. Thanks!',
      }),
      rawMail({
        from: 'Yann <yann@newcustomer.example>',
        subject: 'Support request',
        messageId: '<yann-1@newcustomer.example>',
        body: 'Le serveur SIP peut ne pas répondre aux appels depuis ce matin.',
      }),
    ]);
    const keys = [
      '<ack-de@partner-tickets.example>',
      '<ack-nr@partner-tickets.example>',
      '<yann-1@newcustomer.example>',
    ];
    await waitFor(() => keys.every((key) => decisionOf(key)), 'the three inbound messages recorded', 15_000);
    await waitFor(
      () => sink.messages.some((m) => m.envelope.to.includes('yann@newcustomer.example')),
      'the answer to the person',
      15_000,
    );
    await new Promise((r) => setTimeout(r, 500)); // anything wrongly queued would go out by now
    expect(decisionOf('<ack-de@partner-tickets.example>')).toMatchObject({
      decision: 'ignored',
      reason: 'automatic acknowledgement body',
    });
    expect(decisionOf('<ack-nr@partner-tickets.example>')).toMatchObject({
      decision: 'ignored',
      reason: 'from a no-reply address no-reply@partner-tickets.example',
    });
    const toTickets = sink.messages.filter((m) =>
      m.envelope.to.some((to: string) => to.endsWith('@partner-tickets.example')),
    );
    expect(toTickets).toEqual([]);
  });
});
