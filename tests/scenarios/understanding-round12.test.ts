/**
 * Issue 21, round 12: what the Slack and mail probes found in a case's thread. A nudge ("hello?", "anyone
 * there?", "ping") asks how that case stands; a colleague not yet verified is offered verification before
 * anything of the case; a file sent there without a word by the case's contact is added to the case.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, email, replay, slack, toRecipient } from '../support/replay.ts';

const OPENED_BY_MAIL = email(
  'ana@acme.example',
  'Hello,\n\nOur production SIP Server 9.0 rejects inbound calls since the upgrade on Thursday, severity High. 35 agents get no calls.\n\nPIN: 482913\n\nAna',
  { auth: 'pass', thread: 'ana-1', subject: 'inbound calls rejected' },
);
const inThread = (from: string, text: string, extra: Record<string, unknown> = {}) =>
  email(from, text, { auth: 'pass', subject: 'Re: [Case 01000001] inbound calls rejected', ...extra }, '+20m');

describe('issue 21: a nudge in a case thread asks how the case stands', () => {
  it.each(['hello?', 'Anyone there??', 'hi, is anybody looking at this?', 'ping', 'still waiting…', '??'])(
    'issue 21: "%s" in the case thread gets the case status, not the help text',
    async (text) => {
      const r = await replay([OPENED_BY_MAIL, inThread('ana@acme.example', text, { thread: 'ana-1' })]);
      const answer = toRecipient(r, 'ana@acme.example').at(-1) ?? '';
      expect(answer).toMatch(/^Case 01000001: open, severity High, SIP Server 9\.0/);
      expect(r.cases[0]!.state).toBe('open');
    },
  );

  it('issue 21: a nudge in Slack, in the thread of the case, gets its status and adds nothing to it', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'Our production SIP Server 9.0 drops calls, severity medium, since the dial plan change. About 20 agents affected.',
      ),
      slack('U01ANA', 'anyone there?'),
    ]);
    expect(toRecipient(r, 'U01ANA').at(-1)).toMatch(/^Case 01000001: open, severity Medium/);
    expect(toRecipient(r, 'care@vendor.example').join('\n')).not.toContain('anyone there');
  });

  it('issue 21: outside a case a greeting is still answered with what the bot does', async () => {
    const r = await replay([email('ana@acme.example', 'hello?', { auth: 'pass', subject: 'hi' })]);
    expect(toRecipient(r, 'ana@acme.example').at(-1)).toContain('I am Caseline');
  });
});

describe('issue 21 / DOMAIN §1: a colleague not yet verified writing in a case thread', () => {
  it.each(['hello?', 'anyone there?', 'asdf qwerty', 'we see the same here'])(
    'issue 21: "%s" from an unverified Designated Contact of the account is asked to verify, and sees nothing of the case',
    async (text) => {
      const r = await replay([OPENED_BY_MAIL, inThread('ben@acme.example', text)]);
      const toBen = toRecipient(r, 'ben@acme.example').join('\n');
      expect(toBen).toContain('Before I can act for your account I need to verify you');
      expect(toBen).not.toMatch(/did not understand|SIP Server|severity|I am Caseline/);
    },
  );
});

describe('issue 21: a file without a word in a case thread', () => {
  const log = { filename: 'sipserver.log', content: '2026-11-23 08:59 ERROR 488 Not Acceptable Here' };

  it("issue 21: the case contact's file is added to the case, said by name, and the analyst told", async () => {
    const r = await replay([OPENED_BY_MAIL, inThread('ana@acme.example', '', { thread: 'ana-1', attachments: [log] })]);
    expect(toRecipient(r, 'ana@acme.example').at(-1)).toContain('I added the file “sipserver.log” to Case 01000001');
    expect(toRecipient(r, 'care@vendor.example').join('\n')).toContain('sent the file “sipserver.log”');
  });

  it('issue 21: outside a case thread the same file is not filed anywhere, and what it is is asked', async () => {
    const r = await replay([email('ana@acme.example', '', { auth: 'pass', subject: '', attachments: [log] })]);
    expect(toRecipient(r, 'ana@acme.example').at(-1)).toContain('Please write what you need in the message');
    expect(r.cases).toEqual([]);
  });

  it('issue 21 / DOMAIN §1: a colleague not yet verified sending a file there is asked to verify first; the case gets nothing', async () => {
    const r = await replay([OPENED_BY_MAIL, inThread('ben@acme.example', '', { attachments: [log] })]);
    expect(toRecipient(r, 'ben@acme.example').join('\n')).toContain('Before I can act for your account');
    expect(toRecipient(r, 'care@vendor.example').join('\n')).not.toContain('sipserver.log');
  });
});

describe('issue 21: a problem report in another language from a Designated Contact', () => {
  const report = (text: string) =>
    replay([email('ana@acme.example', `${text}\n\nPIN: 482913`, { auth: 'pass', subject: 'urgent' })]);

  it.each([
    "Bonjour, depuis la mise à jour d'hier le SIP Server 9.0 de production rejette les appels entrants.",
    'Guten Tag, seit dem Update gestern lehnt unser SIP Server 9.0 in der Produktion alle Anrufe ab.',
    'Buenos días, el SIP Server 9.0 de producción rechaza las llamadas entrantes desde la actualización de ayer.',
  ])(
    'issue 21: "%s" opens the case with the report as its description, and "what happens?" is not asked',
    async (text) => {
      const r = await report(text);
      expect(r.cases).toMatchObject([{ product: 'SIP Server', version: '9.0', system: 'production' }]);
      expect(r.cases[0]!.description).toContain(text.slice(0, 30));
      expect(toRecipient(r, 'ana@acme.example').at(-1)).not.toContain('What happens');
    },
  );

  it.each([
    '本番環境のSIPサーバー9.0が昨日から着信を拒否しています。',
    'Bonjour, nos agents ne reçoivent plus les appels depuis ce matin.',
  ])(
    'issue 21: "%s", whose product the reader cannot name, is taken as a case to open, not "not understood"',
    async (text) => {
      const r = await report(text);
      const answer = toRecipient(r, 'ana@acme.example').at(-1) ?? '';
      expect(answer).toContain('To open your case I still need');
      expect(answer).toContain('Which product is affected?');
      expect(answer).not.toContain('did not understand');
    },
  );

  it('issue 21: the same text from someone who is no contact is still not acted on', async () => {
    const r = await replay([
      email('someone@unknown.example', 'Bonjour, nos agents ne reçoivent plus les appels depuis ce matin.', {
        auth: 'pass',
        subject: 'urgent',
      }),
    ]);
    expect(r.cases).toEqual([]);
    expect(toRecipient(r, 'someone@unknown.example').join('\n')).not.toContain('To open your case');
  });
});
