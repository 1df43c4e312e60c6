/**
 * Holes found by the round-8 red team, through the replay runner (the entry point the evaluators use).
 * Each test failed before its fix.
 */
import { describe, expect, it } from 'vitest';
import {
  ANA_VERIFIED,
  CARLA_VERIFIED,
  email,
  everythingButInput,
  replay,
  slack,
  toRecipient,
} from '../support/replay.ts';

const OPEN_MEDIUM = slack(
  'U01ANA',
  'Our production SIP Server 9.0 drops calls, severity medium, since the dial plan change. About 20 agents affected.',
);

describe('a device’s PIN of a Contact PIN’s length, named mid-sentence', () => {
  const OPENED_BY_MAIL = email(
    'ana@acme.example',
    'PIN: 482913\nOur production SIP Server 9.0 drops calls, severity medium, since the dial plan change. About 20 agents affected.',
    { subject: 'SIP down' },
    '+0s',
  );
  const update = (text: string) => email('ana@acme.example', text, { subject: 'Re: [Case 01000001] SIP down' });

  it('DOMAIN.md §8: a verified contact’s updates naming "the PIN 123456" of a phone count no failed attempt and lock nobody out', async () => {
    const r = await replay([
      OPENED_BY_MAIL,
      ...Array.from({ length: 6 }, () =>
        update('Here is the log. The phone of agent 12 asks for the PIN 123456 after each drop.'),
      ),
      update('What is the status of case 01000001?'),
    ]);
    const toAna = toRecipient(r, 'ana@acme.example').join('\n');
    expect(toAna).not.toContain('That PIN is not right');
    expect(toAna).not.toMatch(/locked|do not match/);
    expect(toAna).toContain('Case 01000001: open, severity Medium');
    expect(toRecipient(r, 'care@vendor.example').join('\n')).toContain(
      'asks for the PIN [PIN removed] after each drop',
    );
    expect(everythingButInput(r)).not.toContain('123456');
  });

  it.each([
    ['an article', 'Hello, our desk phones ask for a PIN 654321 after the upgrade of SIP Server 9.0.'],
    ['a possessive', "Agent 12's voicemail PIN 654321 no longer works since the upgrade of SIP Server 9.0."],
    ['French', 'Bonjour, le téléphone demande le code PIN 654321 après chaque coupure du SIP Server 9.0.'],
  ])(
    'DOMAIN.md §8: an unverified contact’s mail naming a device’s PIN with %s is not checked: no failed attempt',
    async (_how, text) => {
      const r = await replay([email('ana@acme.example', text, { subject: 'phones' }, '+0s')]);
      const toAna = toRecipient(r, 'ana@acme.example').join('\n');
      expect(toAna).not.toContain('That PIN is not right');
      expect(toAna).not.toMatch(/attempt|locked/);
      expect(r.audit.map((a) => JSON.stringify(a)).join('\n')).not.toMatch(/pin\.(?:failed|locked|rejected)/);
      expect(everythingButInput(r)).not.toContain('654321');
    },
  );

  it('DOMAIN.md §8: "my PIN is 482913" mid-sentence still verifies an unverified contact', async () => {
    const r = await replay([
      email(
        'ana@acme.example',
        'Hello, my PIN is 482913 and I want the status of my cases',
        { subject: 'status' },
        '+0s',
      ),
    ]);
    expect(toRecipient(r, 'ana@acme.example').join('\n')).toContain(
      'There are no cases for the accounts you have access to',
    );
  });
});

describe('contact data the writer asks to keep confidential', () => {
  it('DOMAIN.md §4: "+33 … keep it confidential" in a license request is named in the warning and kept out of the request', async () => {
    const r = await replay([
      email(
        'erin@northwind.example',
        'PIN: 857302\nPlease issue a production license for PureConnect CIC 4.0 for Initech, 20 I3_ACCESS_CLIENT, host id 0050569a1b2c. My mobile is +33 6 12 34 56 78, keep it confidential.',
        { subject: 'License request' },
      ),
    ]);
    expect(toRecipient(r, 'erin@northwind.example').join('\n')).toContain(
      'seems to contain sensitive data (phone number)',
    );
    expect(r.licenseRequests).toHaveLength(1);
    expect(everythingButInput(r)).not.toContain('12 34 56 78');
  });

  it('DOMAIN.md §4: a callback number marked "please do not pass it on" is kept off the staff notice; an unmarked one is the contact’s to give', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      OPEN_MEDIUM,
      slack('U01ANA', 'Call me back on my mobile +33 6 12 34 56 78, please do not pass it on. The drops continue.'),
      slack('U01ANA', 'Or call me back on +33 6 98 76 54 32 if needed.'),
    ]);
    const staff = toRecipient(r, 'care@vendor.example').join('\n');
    expect(staff).toContain('Call me back on my mobile [redacted phone], please do not pass it on');
    expect(staff).toContain('+33 6 98 76 54 32');
    expect(toRecipient(r, 'U01ANA').join('\n')).toContain('seems to contain sensitive data (phone number)');
    expect(everythingButInput(r)).not.toContain('12 34 56 78');
  });
});

describe('a request written for an End User the sender holds no access to', () => {
  const frank = (text: string, attachments: unknown[] = []) =>
    email('frank@northwind.example', `PIN: 264819\n${text}`, { subject: 'Request', attachments });
  const LICENSE = 'FEATURE WDE vendor 8.5 01-jan-00 10 HOSTID=0050569a1b2c SIGN=ABCD\n';

  it.each([
    [
      'a temporary license',
      frank(
        'For Umbrella Retail: their license server died in production, we need an emergency temporary license file. Original attached.',
        [{ filename: 'license.dat', content: LICENSE }],
      ),
    ],
    [
      'a case',
      frank(
        'For Umbrella Retail: Workspace Desktop Edition 8.5 crashes at login on production, severity high, since the update yesterday, 40 agents.',
      ),
    ],
    [
      'a controlled software order',
      frank(
        'For End User Umbrella Retail: please order the controlled release of Workspace Desktop Edition 8.5.1 by FTP on Windows, English, reason: defect fix',
      ),
    ],
  ])(
    'DOMAIN.md §1: %s for Umbrella from a partner contact who holds Initech only is refused, not filed under Initech',
    async (_what, step) => {
      const r = await replay([step]);
      expect(toRecipient(r, 'frank@northwind.example').at(-1)).toContain(
        'Your access does not cover Umbrella Retail: I can act only for Initech KK (through Northwind Partners), so I have not opened, ordered or changed anything.',
      );
      expect(r.cases).toEqual([]);
      expect(r.approvals).toEqual([]);
    },
  );

  it('DOMAIN.md §1: the partner contact who holds both End Users gets the case for the one named', async () => {
    const r = await replay([
      email(
        'erin@northwind.example',
        'PIN: 857302\nFor Umbrella Retail: Workspace Desktop Edition 8.5 crashes at login on production, severity high, since the update yesterday, 40 agents.',
        { subject: 'Request' },
      ),
    ]);
    expect(r.cases.map((c) => [c.soldTo, c.endUser])).toEqual([['northwind', 'umbrella']]);
  });
});

describe('case numbers typed with full-width digits or a zero-width character inside', () => {
  it('issue 18 §2: the contact gets the status of her case; another company’s contact gets the unknown number’s answer', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      OPEN_MEDIUM,
      email('ana@acme.example', 'PIN: 482913\nWhat is the status of case 0100\u200b0001?', { subject: 'status' }),
      ...CARLA_VERIFIED,
      slack('U02CARLA', 'status of case ０１０００００１ please'),
    ]);
    expect(toRecipient(r, 'ana@acme.example').at(-1)).toContain('Case 01000001: open, severity Medium');
    expect(toRecipient(r, 'U02CARLA').at(-1)).toBe(
      'I could not find Case 01000001 among the cases of the accounts you have access to.',
    );
  });
});
