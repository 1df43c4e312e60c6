/**
 * One issue per case (docs/rules.md §4): another problem announced in a case's thread is split into a case of its
 * own at once, on the same account; what the message says of the case it was written to before the announcement
 * is added to that case. More of the same problem, a question of another kind, and a different product named
 * without an announcement are not split (the last is offered, the contact says yes or no).
 */
import { describe, expect, it } from 'vitest';
import { CARLA_VERIFIED, email, type ReplayResult, replay, staff, toRecipient } from '../support/replay.ts';

const inThread = (text: string, at = '+1m') => ({
  at,
  message: { channel: 'slack', from: 'U02CARLA', thread: 'T-carla', text },
});
const CARLA_CASE = [
  ...CARLA_VERIFIED,
  inThread('Workforce Management 8.5 production: the forecast import fails since the database move on Sunday. Medium.'),
  staff('U09ANALYST', 'take'),
];
const products = (r: ReplayResult) => r.cases.map((c) => c.product);

describe('docs/rules.md §4: another problem announced in a case’s thread becomes a case of its own', () => {
  it.each([
    'Unrelated: our SIP Server 9.0 in production stopped accepting transfers after Tuesday’s restart. High.',
    'On a side note, the Interaction Server 8.5 on our test box loses e-mail attachments since the Java update, low priority.',
    'one more problem, different from this ticket - SIP Server 9.0 prod rejects REFER since the SBC upgrade yesterday, medium',
    'Something else while I have you: Interaction Server in production crashes every night since the strategy reload. Critical.',
  ])('split at once, the first case unchanged: %s', async (text) => {
    const r = await replay([...CARLA_CASE, inThread(text)]);
    expect(r.cases).toHaveLength(2);
    expect(r.cases[0]).toMatchObject({ number: '01000001', product: 'Workforce Management' });
    expect(r.cases[1]).toMatchObject({ number: '01000002', soldTo: 'globex', endUser: 'globex' });
    expect(r.cases[1]!.product).not.toBe('Workforce Management');
    expect(toRecipient(r, 'U02CARLA').join('\n')).toContain('not part of Case 01000001');
  });

  it('the words about the first case before the announcement are added to it, the rest opens the second', async () => {
    const thread = { subject: 'Re: [Case 01000001] SIP Server DTMF', thread: 'ana-mail' };
    const r = await replay([
      email(
        'ana@acme.example',
        'SIP Server 8.5 in our test lab misses DTMF since we moved to payload type 101. Low.\nPIN: 482913',
        { subject: 'SIP Server DTMF', thread: 'ana-mail' },
      ),
      email(
        'ana@acme.example',
        'Hi,\n\nthe pcap you wanted is attached, the events carry payload 96.\n\nA separate matter: GIM 8.5 in production stops the ETL at the merge step since the database patch on Monday. High.\n\nAna',
        { ...thread, attachments: [{ filename: 'dtmf.pcap', content: 'pcap' }] },
        '+2h',
      ),
    ]);
    expect(products(r)).toEqual(['SIP Server', 'Genesys Info Mart']);
    const ana = toRecipient(r, 'ana@acme.example');
    expect(ana.join('\n')).toContain('I have added what you wrote about Case 01000001 to it');
    const staffSaw = r.transcript
      .filter((t) => t.direction === 'out' && t.to === 'care@vendor.example')
      .map((t) => t.text);
    expect(staffSaw.join('\n')).toMatch(/Case 01000001 updated by Ana Ruiz:\s*Hi,\s*the pcap you wanted/);
  });

  it.each([
    'also the same error now shows on the backup node',
    'the event log also says error 1053 when the service starts',
    'By the way, another question: where do I download the SIP Server 9.0 installer?',
  ])('no split for more of the same problem or a request of another kind: %s', async (text) => {
    const r = await replay([...CARLA_CASE, inThread(text)]);
    expect(r.cases).toHaveLength(1);
  });

  it('a different product named without an announcement is offered as a new case, and opened on "yes"', async () => {
    const r = await replay([
      ...CARLA_CASE,
      inThread('SIP Server 9.0 production: the REFER transfers fail since the SBC upgrade yesterday, medium'),
      inThread('yes'),
    ]);
    expect(toRecipient(r, 'U02CARLA').join('\n')).toContain('Shall I open a separate case for it? (yes / no)');
    expect(products(r)).toEqual(['Workforce Management', 'SIP Server']);
  });
});
