/**
 * Holes found by the round-7 red team, through the replay runner (the entry point the evaluators use).
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, email, everythingButInput, replay, slack, toRecipient } from '../support/replay.ts';

const OPEN_MEDIUM = slack(
  'U01ANA',
  'Our production SIP Server 9.0 drops calls, severity medium, since the dial plan change. About 20 agents affected.',
);

describe('a PIN whose label is written in Greek or Cyrillic letters', () => {
  it.each([
    ['Greek capitals', 'here is the log, ΡΙΝ: 482913, the errors start at 10:02'],
    ['the Russian label', 'вот лог, ПИН-код 482913, ошибки с 10:02'],
  ])(
    'issue 18 §3: typed into a case update with %s, it is removed before staff, the case and the records see it',
    async (_how, text) => {
      const r = await replay([...ANA_VERIFIED, OPEN_MEDIUM, slack('U01ANA', text)]);
      expect(r.cases).toHaveLength(1);
      const staff = toRecipient(r, 'care@vendor.example').join('\n');
      expect(staff).toContain('[PIN removed]');
      expect(everythingButInput(r)).not.toContain('482913');
      expect(toRecipient(r, 'U01ANA').join('\n')).toContain('Please never type your PIN in a message');
    },
  );
});

describe('a message whose only content is an attached file', () => {
  const fileOnly = (from: string, channel: 'email' | 'slack', filename: string) => ({
    at: '+1m',
    message: {
      channel,
      from,
      text: '',
      ...(channel === 'email' ? { subject: '' } : {}),
      attachments: [{ filename, content: 'Our production SIP Server 9.0 drops calls since the dial plan change.' }],
    },
  });

  it('issue 21 §6: a mail with no text but an attached .txt is answered naming the file and saying what to do', async () => {
    const r = await replay([fileOnly('ana@acme.example', 'email', 'problem.txt')]);
    const answer = toRecipient(r, 'ana@acme.example').at(-1) ?? '';
    expect(answer).toContain('I received the file “problem.txt”, but no text in your message');
    expect(answer).toContain('Please write what you need in the message');
    expect(r.cases).toEqual([]);
  });

  it("issue 21: in its case's thread, a file sent without a word by the case contact is added, named without its controls", async () => {
    const r = await replay([...ANA_VERIFIED, OPEN_MEDIUM, fileOnly('U01ANA', 'slack', 'sip\u202etxt.exe')]);
    const answer = toRecipient(r, 'U01ANA').at(-1) ?? '';
    expect(answer).toContain('I added the file “siptxt.exe” to Case 01000001');
    expect(answer).not.toContain('\u202e');
  });
});

describe('a forged mail in a contact’s name', () => {
  it('DOMAIN.md §8: a mail failing authentication that carries a phone number gets its named owner one notice, no advice about a message they never sent', async () => {
    const r = await replay([
      email(
        'ana@acme.example',
        'Production SIP Server 9.0 is down since 10:00, severity critical. My private mobile is +33 6 12 34 56 78, keep it confidential, do not pass it on.',
        { auth: 'fail', subject: 'urgent' },
      ),
    ]);
    const toAna = toRecipient(r, 'ana@acme.example');
    expect(toAna).toHaveLength(1);
    expect(toAna[0]).toContain('did not pass our email authentication checks, so we did not act on it');
    expect(r.cases).toEqual([]);
    expect(everythingButInput(r)).not.toContain('12 34 56 78');
  });
});

describe('a device PIN named in a case update by mail', () => {
  const OPENED_BY_MAIL = email(
    'ana@acme.example',
    'PIN: 482913\nOur production SIP Server 9.0 drops calls, severity medium, since the dial plan change. About 20 agents affected.',
    { subject: 'SIP down' },
    '+0s',
  );
  const update = (text: string) => email('ana@acme.example', text, { subject: 'Re: [Case 01000001] SIP down' });

  it('DOMAIN.md §8: "the phone asks for a PIN 1234" is removed but not checked: no failed attempt, the update goes in', async () => {
    const r = await replay([
      OPENED_BY_MAIL,
      ...Array.from({ length: 6 }, () =>
        update('Here is the log. The phone of agent 12 asks for a PIN 1234 after each drop.'),
      ),
      update('What is the status of case 01000001?'),
    ]);
    const toAna = toRecipient(r, 'ana@acme.example').join('\n');
    expect(toAna).not.toContain('That PIN is not right');
    expect(toAna).not.toMatch(/locked/);
    expect(toAna).toContain('Case 01000001: open, severity Medium');
    expect(toRecipient(r, 'care@vendor.example').join('\n')).toContain('asks for a PIN [PIN removed] after each drop');
    expect(everythingButInput(r)).not.toContain('1234 after');
  });

  it('DOMAIN.md §8: a "PIN:" line of the wrong length is still checked, as the sender means it', async () => {
    const r = await replay([update('PIN: 1234\nWhat is the status of case 01000001?')]);
    expect(toRecipient(r, 'ana@acme.example').join('\n')).toContain('That PIN is not right');
  });
});
