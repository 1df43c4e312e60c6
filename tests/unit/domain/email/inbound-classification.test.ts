import { describe, expect, it } from 'vitest';
import { parseDeliveryReport } from '../../../../src/domain/email/delivery-report.ts';
import { classifyInbound } from '../../../../src/domain/email/inbound-classification.ts';

const OWN = 'support@caseline.example';
const classify = (headers: Record<string, string[]>, subject?: string) =>
  classifyInbound({
    headers: { from: ['Ann <ann@customer.example>'], 'message-id': ['<m1@customer.example>'], ...headers },
    ownAddresses: [OWN],
    isOwnMessageId: (id) => id === '<cl.own@caseline.example>',
    ...(subject !== undefined ? { subject } : {}),
  });

describe('classifyInbound', () => {
  it('answers an ordinary message, including Auto-Submitted: no', () => {
    expect(classify({})).toEqual({ kind: 'answerable' });
    expect(classify({ 'auto-submitted': ['no'] })).toEqual({ kind: 'answerable' });
  });

  it.each([
    [{ 'auto-submitted': ['auto-replied'] }, /Auto-Submitted/],
    [{ 'auto-submitted': ['auto-generated'] }, /Auto-Submitted/],
    [{ precedence: ['bulk'] }, /Precedence: bulk/],
    [{ precedence: ['list'] }, /Precedence: list/],
    [{ precedence: ['junk'] }, /Precedence: junk/],
    [{ 'list-id': ['<users.lists.example>'] }, /list-id/],
    [{ 'list-unsubscribe': ['<mailto:u@lists.example>'] }, /list-unsubscribe/],
    [{ 'x-autoreply': ['yes'] }, /X-Autoreply/],
    [{ 'x-autorespond': ['yes'] }, /X-Autoreply/],
    [{ 'x-auto-response-suppress': ['OOF, DR'] }, /oof/],
    [{ 'x-auto-response-suppress': ['All'] }, /all/],
    [{ 'return-path': ['<>'] }, /null Return-Path/],
    [{ from: [`Caseline <${OWN.toUpperCase()}>`] }, /our own address/],
    [{ 'message-id': ['<cl.own@caseline.example>'] }, /our own Message-ID/],
    [{ 'content-type': ['multipart/report; report-type=feedback-report; boundary=x'] }, /feedback-report/],
  ])('ignores %o', (headers, reason) => {
    const result = classify(headers);
    expect(result.kind).toBe('ignore');
    expect(result.kind === 'ignore' && result.reason).toMatch(reason);
  });

  it('ignores automatic-reply subjects in several languages', () => {
    for (const subject of [
      'Automatic reply: Case',
      'Out of Office: x',
      'Abwesenheitsnotiz: y',
      'Automatyczna odpowiedź: z',
    ])
      expect(classify({}, subject).kind).toBe('ignore');
    expect(classify({}, 'Re: automatic reply settings broken').kind).toBe('answerable');
  });

  it('does not ignore X-Auto-Response-Suppress values that are not about auto-replies', () => {
    expect(classify({ 'x-auto-response-suppress': ['DR, RN'] }).kind).toBe('answerable');
  });

  it('classifies delivery reports and mailer-daemon mail as bounces', () => {
    const raw =
      'Content-Type: multipart/report; report-type=delivery-status; boundary="b"\n\n--b\nContent-Type: text/plain\n\nsorry\n' +
      '--b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; gone@customer.example\n' +
      'Action: failed\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; slow@customer.example\nAction: delayed\nStatus: 4.4.1\n' +
      '--b\nContent-Type: text/rfc822-headers\n\nMessage-ID: <cl.00000001.o1.abcdefabcdef@caseline.example>\n--b--\n';
    const report = parseDeliveryReport(raw);
    expect(report).toEqual({
      originalMessageId: '<cl.00000001.o1.abcdefabcdef@caseline.example>',
      failedRecipients: ['gone@customer.example'],
      delayedRecipients: ['slow@customer.example'],
    });
    const result = classifyInbound({
      headers: {
        'content-type': ['multipart/report; report-type=delivery-status; boundary="b"'],
        from: ['x@mx.example'],
      },
      ownAddresses: [OWN],
      isOwnMessageId: () => false,
      deliveryReport: report,
    });
    expect(result).toEqual({
      kind: 'bounce',
      reason: 'delivery status notification',
      originalMessageId: '<cl.00000001.o1.abcdefabcdef@caseline.example>',
      failedRecipients: ['gone@customer.example'],
    });
    expect(classify({ from: ['MAILER-DAEMON@mx.example'] }).kind).toBe('bounce');
  });
});

describe('issue 18 (Also): out-of-office replies without RFC 3834 headers are not answered', () => {
  const classifyMail = (subject: string, body = 'Some text') =>
    classifyInbound({
      headers: { from: ['Ann <ann@customer.example>'], 'message-id': ['<m2@customer.example>'] },
      ownAddresses: [OWN],
      isOwnMessageId: () => false,
      subject,
      body,
    });
  it.each([
    'RE: [Case 01000001] SIP Server drops calls (Out of Office)',
    'Automatisk svar: [Case 01000001] SIP Server',
    'Absence du bureau : [Case 01000001]',
    'AW: Abwesenheitsnotiz',
    'Re: Out of office',
    'SV: (Frånvaro) Licensordning',
  ])('subject %s', (subject) => {
    expect(classifyMail(subject)).toMatchObject({ kind: 'ignore', reason: 'out-of-office subject' });
  });
  it.each([
    'Thank you for your message. I am out of the office until 2 December with limited access to email.',
    'Hello, I am currently on annual leave and will reply on my return.',
    'Ich bin bis zum 30.11. nicht im Büro. In dringenden Fällen wenden Sie sich an …',
    'Je suis absent du bureau jusqu’au 2 décembre.',
    'Estoy fuera de la oficina hasta el lunes.',
    'Jag är inte på kontoret förrän måndag.',
  ])('body %s', (body) => {
    expect(classifyMail('Re: [Case 01000001] SIP Server', body)).toMatchObject({
      kind: 'ignore',
      reason: 'out-of-office body',
    });
  });
  it.each([
    ['Re: [Case 01000001] out of office status of agents is wrong', 'Agents show as out of office after login.'],
    ['Re: automatic reply settings broken', 'Our SIP Server is down'],
    [
      'SIP Server drops calls',
      `I am out of the office tomorrow, so please call my colleague. Our SIP Server 9.0 drops calls. ${'Details. '.repeat(100)}`,
    ],
  ])('a real request %s is answered', (subject, body) => {
    expect(classifyMail(subject, body).kind).toBe('answerable');
  });
});

describe('classifyInbound: calendar answers and read receipts', () => {
  const withCalendar = (calendarMethod: string, subject: string) =>
    classifyInbound({
      headers: { from: ['Ann <ann@customer.example>'] },
      ownAddresses: [OWN],
      isOwnMessageId: () => false,
      subject,
      body: '',
      calendarMethod,
    });

  it.each(['REPLY', 'REFRESH', 'DECLINECOUNTER'])('a calendar response (METHOD:%s) is ignored', (method) => {
    expect(withCalendar(method, 'Accepted: Call with Customer Care')).toEqual({
      kind: 'ignore',
      reason: `calendar response (METHOD:${method})`,
    });
  });

  it.each(['REQUEST', 'CANCEL'])('an invitation or a cancellation a person sends (METHOD:%s) is answered', (method) => {
    expect(withCalendar(method, 'Invitation: review of the dropped calls').kind).toBe('answerable');
  });

  it.each([
    'Read: Re: [Case 01000001] SIP Server drops calls',
    'Lu : RE: Licence',
    'Gelesen: AW: Anrufe',
    'Leído: RE: Llamadas',
    'Not read: Re: Licence',
  ])('a short read receipt "%s" is ignored', (subject) => {
    const body = 'Your message\n  To: Ann\n  Subject: Licence\nwas read on Monday, November 23, 2026 2:05 PM.';
    const verdict = classifyInbound({ headers: {}, ownAddresses: [OWN], isOwnMessageId: () => false, subject, body });
    expect(verdict).toEqual({ kind: 'ignore', reason: 'read receipt' });
  });

  it('a long mail whose subject starts "Read:" is answered', () => {
    const body = `Please read the attached log. ${'The SIP Server drops calls after thirty seconds. '.repeat(20)}`;
    const verdict = classifyInbound({
      headers: {},
      ownAddresses: [OWN],
      isOwnMessageId: () => false,
      subject: 'Read: logs',
      body,
    });
    expect(verdict.kind).toBe('answerable');
  });
});
