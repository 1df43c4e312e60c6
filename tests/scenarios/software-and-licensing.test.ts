/** Downloads, controlled software and release types (DOMAIN.md §5), temporary licenses (§6), license requests (§7). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, email, lastTo, replay, slack, staff, toRecipient } from '../support/replay.ts';

const LICENSE_FILE = [
  'SERVER licsrv01 0050569a1b2c 7260',
  'VENDOR genesys.d',
  'FEATURE SIP_SERVER genesys.d 8.5 permanent 100 SIGN=ABC123',
  '',
].join('\n');

describe('software', () => {
  it('DOMAIN.md §5: a covered product gets the self-service download steps for its pair', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'how do I download SIP Server 9.0?')]);
    const reply = lastTo(r, 'U01ANA');
    expect(reply).toContain('To download SIP Server for Acme Corp (Sold To Acme Corp):');
    expect(reply).toContain('2. Click the Downloads tile.');
    expect(reply).toContain('accept the terms (you may distribute the software only to that End User)');
    expect(r.audit.at(-1)).toMatchObject({ action: 'download.steps-given', subject: 'acme/acme' });
  });

  it('DOMAIN.md §5: a product not covered gets the "not listed" causes', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'where can I download Interaction Server?')]);
    const reply = lastTo(r, 'U01ANA');
    expect(reply).toContain('I cannot confirm a download of Interaction Server for Acme Corp');
    for (const cause of [
      'read-write access on an active Service Contract',
      'the wrong Sold To / End User combination is selected',
      'something needs fixing on the Service Contract',
      'needs to be purchased',
    ]) {
      expect(reply).toContain(cause);
    }
  });

  it('DOMAIN.md §5: a controlled software order collects release, OS, language, delivery, ship-to and reason, and opens a Support case', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'I need to order a controlled release of SIP Server'),
      slack('U01ANA', 'SIP Server 8.5.104.02 CD'),
      slack('U01ANA', 'Red Hat Enterprise Linux 8'),
      slack('U01ANA', 'French'),
      slack('U01ANA', 'by courier please'),
      slack('U01ANA', 'Acme Corp, 1 rue de Rivoli, 75001 Paris, +33 1 23 45 67 89, ops@acme.example'),
      slack('U01ANA', 'We must stay on 8.5.104 until the Q1 freeze ends'),
    ]);
    // Issue 21: everything the order still needs is asked in one message; ship-to once courier is chosen.
    // The language is offered beside them, not required: it is needed only if localized (DOMAIN.md §5).
    const asks = r.transcript.filter((t) => t.direction === 'out' && t.to === 'U01ANA').map((t) => t.asks ?? []);
    expect(asks[2]).toEqual(['release', 'os', 'deliveryMethod', 'reason']);
    expect(toRecipient(r, 'U01ANA')[2]).toContain('Only if you need a localized version: which language?');
    expect(asks.flat()).toContain('shipTo');
    expect(toRecipient(r, 'U01ANA')[2]).toContain('Which operating system must it run on?');
    expect(lastTo(r, 'U01ANA')).toContain('Case 01000001 is open for your controlled software order.');
    expect(r.cases).toMatchObject([
      { type: 'support', state: 'open', product: 'SIP Server', soldTo: 'acme', endUser: 'acme' },
    ]);
    expect(lastTo(r, 'care@vendor.example')).toBe(
      [
        'Controlled software order, Case 01000001:',
        'Controlled software order',
        'Release: SIP Server 8.5.104.02 CD',
        'Operating system: Red Hat Enterprise Linux 8',
        'Language: French',
        'Delivery: courier',
        'Ship to: Acme Corp, 1 rue de Rivoli, 75001 Paris, +33 1 23 45 67 89, ops@acme.example',
        'Reason: We must stay on 8.5.104 until the Q1 freeze ends',
      ].join('\n'),
    );
  });

  it("DOMAIN.md §5: a controlled order's case carries the version given with the product, else the release's", async () => {
    const order = (product: string) =>
      [
        'Please order a controlled release:',
        `Product: ${product}`,
        'Release: SIP Server 8.5.104.02 CD',
        'OS: Windows Server 2019',
        'Delivery: FTP',
        'Reason: the site has no internet access',
      ].join('\n');
    const given = await replay([...ANA_VERIFIED, slack('U01ANA', order('SIP Server 8.5'))]);
    expect(given.cases).toMatchObject([{ type: 'support', product: 'SIP Server', version: '8.5' }]);
    const fromRelease = await replay([...ANA_VERIFIED, slack('U01ANA', order('SIP Server'))]);
    expect(fromRelease.cases).toMatchObject([{ type: 'support', product: 'SIP Server', version: '8.5.104.02' }]);
  });

  it('DOMAIN.md §5: release types — 8.5.1 → 9.0 is major, 8.5.1 → 8.6 minor, 8.5.1 → 8.5.2 maintenance', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'is 8.5.1 to 9.0 a major upgrade?'),
      slack('U01ANA', 'is 8.5.1 to 8.6 a major upgrade?'),
      slack('U01ANA', 'is 8.5.1 to 8.5.2 a minor upgrade?'),
    ]);
    expect(toRecipient(r, 'U01ANA').slice(-3)).toEqual([
      '8.5.1 → 9.0 is a major release: the number left of the leftmost decimal point changes.',
      '8.5.1 → 8.6 is a minor release: the number immediately right of the leftmost decimal point changes.',
      '8.5.1 → 8.5.2 is a maintenance release: only numbers after the first two change (fixes only).',
    ]);
  });
});

describe('temporary licenses', () => {
  it('DOMAIN.md §6: a critical production licensing problem with the original file → approval → analyst approves with the file → same feature set, expiry, License Management follow-up', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      {
        at: '+1m',
        message: {
          channel: 'slack',
          from: 'U01ANA',
          text: 'Our license server crashed and production is down, we need a temporary license',
          attachments: [{ filename: 'license.dat', content: LICENSE_FILE }],
        },
      },
      staff('U09ANALYST', 'approve', { attachment: { filename: 'temp-license.dat', content: 'FEATURE …' } }),
    ]);
    const ana = toRecipient(r, 'U01ANA');
    expect(ana[2]).toContain(
      'I have opened Case 01000001; a Customer Care analyst will confirm and send the 30-day temporary license file here.',
    );
    expect(lastTo(r, 'care@vendor.example')).toBe(
      'Approval AP-000001 needed on Case 01000001: temporary license (issue-30-day) for acme / acme, reason critical-production-licensing.',
    );
    // Approved Mon 23 Nov 2026 (14:02:30Z): 30 days → 23 Dec 2026 in Paris.
    expect(ana.at(-1)).toBe(
      'Your temporary license file for Case 01000001 is attached (temp-license.dat). It has exactly the same feature set as your original file and expires in 30 days, on 2026-12-23.',
    );
    expect(r.approvals).toEqual([
      {
        id: 'AP-000001',
        kind: 'temp-license',
        decision: 'issue-30-day',
        state: 'approved',
        by: 'care@vendor.example',
        case: '01000001',
        expires: '2026-12-23',
      },
    ]);
    expect(r.cases).toMatchObject([{ type: 'license', soldTo: 'acme', contact: 'ana@acme.example' }]);
    expect(r.audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['approval.requested', 'license.follow-up-recorded', 'approval.approved']),
    );
  });

  it('DOMAIN.md §6: without the original license file the request waits for it, then goes to approval', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'Our license server crashed and production is down, we need a temporary license'),
      {
        at: '+1m',
        message: {
          channel: 'slack',
          from: 'U01ANA',
          text: 'here it is',
          attachments: [{ filename: 'license.dat', content: LICENSE_FILE }],
        },
      },
    ]);
    const ana = toRecipient(r, 'U01ANA');
    expect(ana[2]).toContain('Please attach your original license file (license.dat) to a reply in this thread.');
    expect(r.approvals).toMatchObject([{ decision: 'issue-30-day', state: 'pending', case: '01000001' }]);
  });

  it('DOMAIN.md §6: a temporary license for a demo is referred to the regional (EMEA) Licensing address, with no approval', async () => {
    const r = await replay([...ANA_VERIFIED, slack('U01ANA', 'We need a temporary license for a demo next week')]);
    const reply = lastTo(r, 'U01ANA');
    expect(reply).toContain('Customer Care cannot issue a temporary license file for demos or testing.');
    expect(reply).toContain('Please write to the regional Licensing team: emea.licensing@genesys.com.');
    expect(r.approvals).toEqual([]);
    expect(r.cases).toEqual([]);
  });

  it('DOMAIN.md §6: the Licensing team is the one of the contract covering the product named (a Japan contract beside an APAC one)', async () => {
    const r = await replay([
      email(
        'frank@northwind.example',
        'Hello,\n\nwe show the Initech PureConnect CIC 4.0 set-up at a trade fair next week. Can you send us a temporary license for the demo laptop?\n\nPIN: 264819\nFrank',
        { subject: 'temporary license for a trade fair', auth: 'pass' },
      ),
    ]);
    const reply = lastTo(r, 'frank@northwind.example');
    expect(reply).toContain('Customer Care cannot issue a temporary license file for demos or testing.');
    expect(reply).toContain('japanorder@genesys.com');
    expect(reply).not.toContain('license@genesys.com.');
  });
});

describe('license requests', () => {
  it('DOMAIN.md §7: a complete Engage order by email is routed to the regional Licensing address with a reference', async () => {
    const body = readFileSync('tests/fixtures/license-requests/01-engage-complete-form.txt', 'utf8');
    const r = await replay([email('ana@acme.example', body, { subject: 'License order' })]);
    expect(lastTo(r, 'ana@acme.example')).toContain(
      'Your license request LR-000001 is complete and has gone to the EMEA Licensing team (emea.licensing@genesys.com).',
    );
    const routed = lastTo(r, 'emea.licensing@genesys.com');
    expect(routed).toContain('Reference: LR-000001');
    expect(routed).toContain('companyName: Northwind Telecom');
    expect(r.licenseRequests).toMatchObject([
      {
        id: 'LR-000001',
        kind: 'engage',
        state: 'routed',
        routedTo: 'emea.licensing@genesys.com',
        missing: [],
        fields: { licenseServers: [{ hostName: 'ctiserver01', hostId: '0050569a1b2c', port: 7260 }] },
      },
    ]);
  });

  it('DOMAIN.md §7: an incomplete Engage order gets one reply listing what is missing; the threaded answer completes and routes it', async () => {
    const order = [
      'License order for Acme Corp',
      '',
      'Company name: Acme Corp',
      'Sellable item: SIP Server 8.5',
      'Quantity: 80',
      'Application name and version: Stat Server 8.5',
      'Type of technical licenses: DN, Seat',
      'Host name of the license server: lic-paris-01',
      'Host ID of the license server: 00-50-56-9A-1B-2C',
      'Port: 7260',
      'Server configuration: Single server',
      'Purpose: Production',
      'Switch: Avaya Communication Manager 7.1',
      'Agent seat DNs: 80',
      'Technical DNs: 10',
    ].join('\n');
    const r = await replay([
      email('ana@acme.example', order, { subject: 'License order', thread: 'lr-acme' }),
      email('ana@acme.example', 'OS: Windows Server 2019', { subject: 'Re: License order', thread: 'lr-acme' }),
    ]);
    const ana = toRecipient(r, 'ana@acme.example');
    expect(ana).toHaveLength(2);
    expect(ana[0]).toBe(
      'Thank you: your license request has reference LR-000001. To pass it to the Licensing team I still need:\n• Which operating system and version does license server 1 run?\n  for example: Windows Server 2019\nReply in this thread with the missing details.',
    );
    expect(ana[1]).toContain('Your license request LR-000001 is complete and has gone to the EMEA Licensing team');
    expect(r.licenseRequests).toMatchObject([
      {
        id: 'LR-000001',
        state: 'routed',
        missing: [],
        fields: { licenseServers: [{ hostName: 'lic-paris-01', os: 'Windows Server', osVersion: '2019' }] },
      },
    ]);
    expect(toRecipient(r, 'emea.licensing@genesys.com')).toHaveLength(1);
  });
});
