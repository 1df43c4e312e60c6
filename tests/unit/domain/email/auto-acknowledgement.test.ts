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
