/**
 * Issue 21 §1, §2: a mail reply's answers are written above its quoted history, in every mail client's
 * shape; the history carries nothing (no answer, no leak). A circumstance that only said when the problem
 * began is completed by a later account of what led to it.
 */
import { describe, expect, it } from 'vitest';
import { email, replay, toRecipient } from '../support/replay.ts';

const ANA = 'ana@acme.example';
const FIRST = email(
  ANA,
  'Hello,\n\nour SIP Server 9.0 rejects some transfers to the queue with a 480.\n\nPIN: 482913\nAna',
  { subject: 'transfers rejected', thread: 'ana-t' },
  '+0s',
);
const QUESTION =
  'Case 01000001 is registered. Its clock starts once I have:\n• Which severity do you request?\n• What led to the problem?\n• Is it a production system or a test/lab system?';
const ANSWER = 'high / production / it started after we upgraded the SBC firmware on Sunday';

const SHAPES: Record<string, string> = {
  'Gmail "On … wrote:" with > lines': `${ANSWER}\n\nAna\n\nOn Mon, 23 Nov 2026 at 15:05, Customer Care <care@helpdesk-mail.example> wrote:\n${QUESTION.replace(/^/gm, '> ')}`,
  'Outlook From/Sent/To/Subject block under a rule': `${ANSWER}\nAna\n________________________________\nFrom: Customer Care <care@helpdesk-mail.example>\nSent: Monday, November 23, 2026 15:05\nTo: Ana Ruiz <${ANA}>\nCc: Tom Berg <tom.berg@outsourcer.example>\nSubject: [Case 01000001] transfers rejected\n\n${QUESTION}`,
  '-----Original Message-----': `${ANSWER}\n\n-----Original Message-----\nFrom: Customer Care\nSent: Monday, November 23, 2026 15:05\nTo: Ana Ruiz\n\n${QUESTION}`,
  'an attribution wrapped on two lines': `${ANSWER}\n\nOn Mon, 23 Nov 2026 at 15:05, Customer Care\n<care@helpdesk-mail.example> wrote:\n${QUESTION.replace(/^/gm, '>')}`,
};

describe('issue 21 §1: answers above quoted mail history are taken', () => {
  for (const [shape, text] of Object.entries(SHAPES)) {
    it(`issue 21 §1: answers above quoted history are the message — ${shape}`, async () => {
      const r = await replay([
        FIRST,
        email(ANA, text, { subject: 'RE: [Case 01000001] transfers rejected', thread: 'ana-t' }, '+20m'),
      ]);
      expect(r.cases).toMatchObject([{ state: 'open', severity: 'high', system: 'production' }]);
      expect(r.cases[0]!.circumstances).toContain('upgraded the SBC firmware');
      // The addresses in the quoted header are no sensitive data of the contact's.
      expect(toRecipient(r, ANA).join('\n')).not.toMatch(/sensitive data/i);
    });
  }
});

describe('issue 21 §1: a circumstance that only says when is completed', () => {
  it('issue 21 §1: "since this morning" and then "it began after …" keeps both in the circumstances', async () => {
    const r = await replay([
      email(
        ANA,
        'Hello,\n\nour production SIP Server 9.0 drops every transfer to the billing queue since this morning.\n\nPIN: 482913\nAna',
        { subject: 'transfers dropped', thread: 'ana-w' },
        '+0s',
      ),
      email(
        ANA,
        'Medium. It began after our telecom team re-provisioned the trunk group at 07:30.\n\nAna',
        { subject: 'RE: [Case 01000001] transfers dropped', thread: 'ana-w' },
        '+20m',
      ),
    ]);
    expect(r.cases).toMatchObject([{ state: 'open', severity: 'medium' }]);
    expect(r.cases[0]!.circumstances).toContain('since this morning');
    expect(r.cases[0]!.circumstances).toContain('re-provisioned the trunk group');
  });
});

describe('issue 21 §9: a problem report is no license request', () => {
  it("issue 21 §9: a partner's report naming the End User and product, without a word of licenses, opens a case", async () => {
    const r = await replay([
      email(
        'frank@northwind.example',
        'Hello,\n\nfor Initech, PureConnect CIC 4.0 production: agents hear no ringback on transfers to the billing queue.\n\nPIN: 264819\nFrank Obi',
        { subject: 'no ringback', thread: 'frank-1' },
        '+0s',
      ),
    ]);
    expect(r.cases).toMatchObject([{ product: 'PureConnect CIC', system: 'production' }]);
    expect(toRecipient(r, 'frank@northwind.example').join('\n')).not.toMatch(/license request/i);
  });
});
