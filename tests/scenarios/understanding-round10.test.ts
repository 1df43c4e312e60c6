/**
 * Issue 21, as the red team wrote it (round 10): a partner's message for another End User in the middle of
 * a case, and one mail making several requests about cases.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, ERIN_VERIFIED, email, replay, slack, toRecipient } from '../support/replay.ts';

describe('issue 21 §4: a message naming another End User is a new request', () => {
  it('issue 21 §4: "For Initech: …" after an Umbrella case is opened opens a case for Initech, not added to the Umbrella case', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Umbrella Retail: Genesys Administrator 8.1 in production shows an empty agent list since this morning, severity high',
      ),
      slack('U03ERIN', 'For Initech: Workspace Desktop Edition 8.5 in production, reports are slow, severity low'),
    ]);
    expect(r.cases).toMatchObject([
      { endUser: 'umbrella', product: 'Genesys Administrator', severity: 'high' },
      { endUser: 'initech', product: 'Workspace Desktop Edition', severity: 'low' },
    ]);
    expect(r.cases[0]!.description).not.toContain('reports are slow');
    expect(toRecipient(r, 'U03ERIN').join('\n')).not.toContain('Which one is this for?');
  });

  it('issue 21 §4: while an Umbrella draft still asks for its product, "For Initech: <product> …" is not taken as its answer', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', 'For Umbrella Retail: our agents cannot log in, severity high'),
      slack('U03ERIN', 'For Initech: Workspace Desktop Edition 8.5 in production, reports are slow, severity low'),
    ]);
    const initech = r.cases.filter((c) => c.endUser === 'initech');
    expect(initech).toMatchObject([{ product: 'Workspace Desktop Edition', severity: 'low' }]);
    expect(r.cases.filter((c) => c.endUser === 'umbrella' && c.product === 'Workspace Desktop Edition')).toEqual([]);
  });

  it('issue 21 §4: naming the same End User again stays with its case', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Umbrella Retail: Genesys Administrator 8.1 in production shows an empty agent list since this morning, severity high',
      ),
      slack('U03ERIN', 'For Umbrella: about 40 agents cannot take calls'),
    ]);
    expect(r.cases).toMatchObject([{ endUser: 'umbrella', product: 'Genesys Administrator' }]);
  });
});

describe('issue 21 §6: several requests in one message are each answered or acted on', () => {
  const twoInitechCases = [
    email(
      'erin@northwind.example',
      'For Initech: Workspace Desktop Edition 8.5 in production crashes on login since the upgrade, severity low, 5 agents.\nPIN: 857302',
      { auth: 'pass', thread: 'erin-1', subject: 'WDE crash' },
    ),
    email(
      'erin@northwind.example',
      'For Initech: Genesys Administrator 8.1 in production shows an empty agent list since the dial plan change, severity low, 20 agents.\nPIN: 857302',
      { auth: 'pass', thread: 'erin-2', subject: 'GA agent list' },
    ),
  ];

  it('issue 21 §6: "status of case N? Please raise it to critical and close case M." gives the status, raises N and passes on the closure of M', async () => {
    const r = await replay([
      ...twoInitechCases,
      email(
        'frank@northwind.example',
        'PIN: 264819\nWhat is the status of case 01000001? Please raise it to critical and close case 01000002.',
        { auth: 'pass', thread: 'frank-1', subject: 'two cases' },
      ),
    ]);
    expect(r.cases.map((c) => c.number)).toEqual(['01000001', '01000002']);
    expect(r.cases[0]).toMatchObject({ severity: 'critical' });
    const frank = toRecipient(r, 'frank@northwind.example').join('\n');
    expect(frank).toContain('Case 01000001: open, severity Low');
    expect(frank).toContain('Case 01000001 is now at Critical');
    expect(frank).toMatch(/01000002[^\n]*clos|clos[^\n]*01000002/i);
    expect(r.cases[1]).toMatchObject({ severity: 'low' });
  });

  it('issue 21 §6: "two things: 1) raise N to critical … 2) how long do you have to answer a critical?" in the case thread raises N to Critical and answers the question', async () => {
    const r = await replay([
      ...twoInitechCases,
      email(
        'erin@northwind.example',
        'Hello,\n\ntwo things. 1) kindly raise 01000002 to critical, every agent lost the list in production now. 2) how quickly must you respond to a critical on our contract? Also nobody called back yesterday.\n\nErin',
        { auth: 'pass', thread: 'erin-2', subject: 'Re: [Case 01000002] GA agent list' },
        '+3h',
      ),
    ]);
    expect(r.cases[1]).toMatchObject({ number: '01000002', severity: 'critical' });
    const erin = toRecipient(r, 'erin@northwind.example').slice(-3).join('\n');
    expect(erin).toContain('Case 01000002 is now at Critical');
    expect(erin).toMatch(/Critical[^\n]*(?:hour|minute)/i);
  });
});

describe('DOMAIN.md §5: the language of a controlled release given in words', () => {
  it('DOMAIN.md §5: a controlled build ordered "for Japanese" in one line is not asked whether it must be localized', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'please order the controlled SIP Server 9.0.012.04 build for Japanese on RHEL 8, send it via SFTP; reason: our Osaka site needs that build',
      ),
    ]);
    const ana = toRecipient(r, 'U01ANA').join('\n');
    expect(ana).not.toContain('localized version');
    expect(r.cases).toMatchObject([{ state: 'open', product: 'SIP Server' }]);
  });
});

describe('DOMAIN.md §5: the language of a controlled release is offered, not required', () => {
  it('DOMAIN.md §5: an order missing only its delivery is asked for the delivery; the language is offered once and a later "Thai localized" is taken', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'controlled release needed: SIP Server 9.0.012.04 on RHEL 8, reason: it fixes our transfer bug'),
      slack('U01ANA', 'FTP. And Thai localized please'),
    ]);
    const asks = r.transcript.filter((t) => t.direction === 'out' && t.to === 'U01ANA').map((t) => t.asks ?? []);
    expect(asks.flat()).not.toContain('language');
    expect(toRecipient(r, 'U01ANA')[2]).toContain('Only if you need a localized version');
    expect(r.cases).toMatchObject([{ state: 'open', product: 'SIP Server' }]);
    expect(r.cases[0]!.description).toContain('Language: Thai');
  });
});

describe('issue 21 §9: a problem report after a long story is a request for a case', () => {
  it('issue 21 §9: a mail telling of a site taken over from another company, then "… routes every call of the queue to voicemail. Please open a case" opens a case, no license request', async () => {
    const r = await replay([
      email(
        'ana@acme.example',
        'Hello,\n\nsome context. In spring we bought the Porto office from a competitor company and moved their agents onto our platform. In September we added a second queue for German-speaking customers, which worked well.\n\nSince Monday the SIP Server 9.0 in production routes every call of the second queue to voicemail.\n\nPlease open a case, medium.\n\nPIN: 482913\nAna',
        { auth: 'pass', thread: 'ana-story', subject: 'second queue' },
      ),
    ]);
    expect(r.licenseRequests ?? []).toEqual([]);
    expect(r.cases).toMatchObject([{ product: 'SIP Server', severity: 'medium', system: 'production' }]);
    expect(r.cases[0]!.description ?? '').toContain('voicemail');
  });
});

describe('issue 21 §6: a request about a case beside a download question', () => {
  it('issue 21 §6: "What is the status of case N? And where do I download SIP Server 9.0?" answers both', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack(
        'U01ANA',
        'SIP Server 9.0 prod: one-way audio on transfers since the SBC upgrade yesterday, High, 50 agents',
      ),
      slack('U01ANA', 'What is the status of case 01000001? And where do I download SIP Server 9.0?', '+1h'),
    ]);
    const replies = toRecipient(r, 'U01ANA');
    const last = replies.slice(replies.findIndex((t) => t.startsWith('Case 01000001: open'))).join('\n');
    expect(last).toContain('Case 01000001: open');
    expect(last).toContain('My Support');
  });
});
