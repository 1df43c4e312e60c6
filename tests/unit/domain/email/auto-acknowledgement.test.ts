import { describe, expect, it } from 'vitest';
import { classifyInbound } from '../../../../src/domain/email/inbound-classification.ts';

const classifyMail = (subject: string, body: string) =>
  classifyInbound({
    headers: { from: ['Helpdesk <helpdesk@partner-tickets.example>'], 'message-id': ['<m3@partner-tickets.example>'] },
    ownAddresses: ['support@caseline.example'],
    isOwnMessageId: () => false,
    subject,
    body,
  });

describe('red team round 7: automatic mail without RFC 3834 headers is not answered (no mail loop)', () => {
  it.each([
    'Thank you for contacting the Helpdesk. Your ticket #1042 has been received and will be processed shortly.',
    'This is an automated response. A member of our team will contact you.',
    'Hello,\nyour request INC0012345 has been logged.\nPlease do not reply to this email.',
    'Please do not reply to this message: this mailbox is not monitored.',
    'This e-mail is an automatic notification from ServiceDesk.',
  ])('issue 18 (Also): an automatic acknowledgement body is ignored: %s', (body) => {
    expect(classifyMail('Re: Support request', body)).toEqual({
      kind: 'ignore',
      reason: 'automatic acknowledgement body',
    });
  });

  it('issue 18 (Also): a subject with five stacked reply prefixes is a loop, whatever the body', () => {
    expect(classifyMail('Re: RE: Re: AW: Re: Support request', 'Thanks, noted.')).toEqual({
      kind: 'ignore',
      reason: 'mail loop: 5 stacked reply prefixes in the subject',
    });
  });

  it.each([
    ['Re: [Case 01000001] Re: Re: SIP Server drops calls', 'The agents still see dropped calls after the restart.'],
    [
      'Re: Re: Support request',
      'Our ticket INC-4411 has been opened internally; SIP Server 9.0 is down, severity high.',
    ],
    [
      'SIP Server alarms',
      `Our monitoring sends this every minute since 10:00, SIP Server 9.0 in production. Please help urgently, all 200 agents are affected and calls drop. ${'Details. '.repeat(30)}\nThis is an automated message from Nagios: SIP_SERVER CRITICAL`,
    ],
    [
      'Fwd: Your ticket',
      'Your ticket #1042 has been received. — forwarding this, the vendor support told us to write to you.',
    ],
  ])('issue 18 (Also): a person’s mail is answered: %s', (subject, body) => {
    expect(classifyMail(subject, body)).toEqual({ kind: 'answerable' });
  });
});

describe('red team round 8: automatic acknowledgements in the languages customers write, and no-reply senders', () => {
  it.each([
    [
      'Accusé de réception',
      'Bonjour,\nNous avons bien reçu votre demande. Votre ticket n°1042 a été créé. Merci de ne pas répondre à ce message.',
    ],
    [
      'Re: Support request',
      'Votre demande a bien été enregistrée sous le numéro 1042. Ceci est un message automatique.',
    ],
    [
      'Eingangsbestätigung',
      'Vielen Dank für Ihre Nachricht. Ihre Anfrage wurde unter der Ticketnummer 1042 erfasst. Bitte antworten Sie nicht auf diese E-Mail.',
    ],
    ['AW: Support request', 'Dies ist eine automatisch erstellte Nachricht. Wir melden uns in Kürze.'],
    [
      'Acuse de recibo',
      'Gracias por contactarnos. Su solicitud n.º 1042 ha sido registrada. Por favor no responda a este correo.',
    ],
    ['RE: Support request', 'Este es un mensaje automático: su caso será atendido en breve.'],
    [
      '受付完了のお知らせ',
      'お問い合わせありがとうございます。チケット番号1042で受け付けました。このメールには返信しないでください。',
    ],
    ['Re: Support request', '本メールは送信専用のアドレスから自動送信されています。'],
  ])(
    'issue 18 (Also): an automatic acknowledgement in French, German, Spanish or Japanese is ignored: %s',
    (subject, body) => {
      expect(classifyMail(subject, body)).toEqual({ kind: 'ignore', reason: 'automatic acknowledgement body' });
    },
  );

  it.each([
    'Le serveur SIP peut ne pas répondre aux appels après le changement du plan de numérotation, sévérité haute.',
    'Le message automatique du SIP Server indique une erreur 503 depuis ce matin.',
    'Ich habe keine Eingangsbestätigung erhalten. SIP Server 9.0 ist seit 10 Uhr ausgefallen, Schweregrad kritisch.',
    'Hemos recibido su solicitud de logs; adjuntamos los archivos del SIP Server.',
    '自動返信メールが届きましたが、SIP Serverはまだ停止しています。',
  ])('issue 18 (Also): a person’s mail that speaks of such mail is answered: %s', (body) => {
    expect(classifyMail('Re: Support request', body)).toEqual({ kind: 'answerable' });
  });

  it.each([
    'noreply@tickets.example',
    'No-Reply@partner.example',
    'do-not-reply@x.example',
    'owner-support@lists.example',
    'support-request@lists.example',
    'bounces+123@mailer.example',
  ])('RFC 3834 §2: mail from %s, an address no person reads, is not answered whatever it says', (address) => {
    const verdict = classifyInbound({
      headers: { from: [`Helpdesk <${address}>`], 'message-id': ['<m4@tickets.example>'] },
      ownAddresses: ['support@caseline.example'],
      isOwnMessageId: () => false,
      subject: 'Ticket 1042',
      body: 'Ticket 1042 opened. Thanks!',
    });
    expect(verdict).toEqual({ kind: 'ignore', reason: `from a no-reply address ${address.toLowerCase()}` });
  });

  it('RFC 3834 §2: a person whose address merely contains "reply" is answered', () => {
    const verdict = classifyInbound({
      headers: { from: ['Rep Lyons <replyons@acme.example>'], 'message-id': ['<m5@acme.example>'] },
      ownAddresses: ['support@caseline.example'],
      isOwnMessageId: () => false,
      subject: 'SIP down',
      body: 'SIP Server 9.0 is down in production.',
    });
    expect(verdict).toEqual({ kind: 'answerable' });
  });
});
