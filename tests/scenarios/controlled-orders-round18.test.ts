/**
 * Issue 21, round 18: a controlled-software order (DOMAIN.md §5) completed over several replies — a later
 * word on the delivery or the language replaces the earlier one, a question asked midway is answered and
 * the order's questions stand, the reason told in reply is taken as written, and a mail reply whose client
 * dropped In-Reply-To still answers the order it replies to.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, ERIN_VERIFIED, email, lastTo, replay, slack, toRecipient } from '../support/replay.ts';

const asksOf = (r: Awaited<ReturnType<typeof replay>>, to: string) =>
  r.transcript.filter((t) => t.direction === 'out' && t.to === to).map((t) => t.asks ?? []);

describe('issue 21: a controlled order completed over several replies', () => {
  it('issue 21: a change of delivery midway replaces the earlier one (courier → FTP needs no address)', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'could you ship us the Info Mart 8.5.015 media for Windows Server 2016 by courier?'),
      slack('U01ANA', 'change of plan, sftp works for us after all. our old DC must match the archive server'),
    ]);
    expect(asksOf(r, 'U01ANA').flat()).toContain('shipTo');
    expect(lastTo(r, 'U01ANA')).toContain('Case 01000001 is open for your controlled software order.');
    const order = lastTo(r, 'care@vendor.example');
    expect(order).toContain('Delivery: ftp');
    expect(order).not.toContain('Ship to');
    expect(r.cases).toMatchObject([{ type: 'support', product: 'Genesys Info Mart', version: '8.5.015' }]);
  });

  it('issue 21: a change of language midway replaces the earlier one', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'requesting the localized SIP Server 8.5.104.12 build in Korean for RHEL 8, FTP please'),
      slack(
        'U01ANA',
        'sorry, Japanese, not Korean. The Osaka call centre opens in March and its agents read only Japanese',
      ),
    ]);
    const order = lastTo(r, 'care@vendor.example');
    expect(order).toContain('Language: Japanese');
    expect(order).not.toContain('Korean');
  });

  it('issue 21: a question midway about getting the release is answered for the order, which goes on', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack('U03ERIN', 'Initech needs the controlled Genesys Administrator 8.1.3 CD set for Windows Server 2019'),
      slack('U03ERIN', 'hm, is there no download for it?'),
      slack(
        'U03ERIN',
        'courier then. ship to Initech KK, 2-1 Umeda, Kita-ku, Osaka 530-0001, +81 6 5555 0000, ops@initech.example. Their auditors require exactly that build',
      ),
    ]);
    const replies = toRecipient(r, 'U03ERIN');
    const aside = replies[3]!;
    // Answered for the order's own account: no "which End User / Sold To?" for a partner holding two.
    expect(aside).toContain('cannot be downloaded');
    expect(aside).toContain('How should it be delivered: FTP or Courier?');
    expect(aside).not.toContain('Which one is this for?');
    expect(lastTo(r, 'U03ERIN')).toContain('Case 01000001 is open for your controlled software order.');
    expect(r.cases).toMatchObject([{ type: 'support', soldTo: 'northwind', endUser: 'initech' }]);
  });

  it('issue 21: the reason told in reply is taken as written; "no idea" is not a reason', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', "we'd need the DVD set of SIP Server 9.0.012 for RHEL 9, FTP is ok"),
      slack('U01ANA', 'no idea, does it matter?'),
      slack('U01ANA', 'the DR site gets rebuilt to mirror production next month'),
    ]);
    const asks = asksOf(r, 'U01ANA');
    expect(asks[2]).toContain('reason');
    // "no idea" answered nothing: the reason is asked again, said so.
    expect(toRecipient(r, 'U01ANA')[3]).toContain('I could not take your last message as an answer');
    expect(lastTo(r, 'care@vendor.example')).toContain(
      'Reason: the DR site gets rebuilt to mirror production next month',
    );
  });
});

describe('issue 21: an order by mail answered in a reply without In-Reply-To', () => {
  const order = email(
    'ben@acme.example',
    'PIN: 739164\n\nHello,\n\nplease send us the SIP Server 8.5.104.12 DVD for Solaris 11 by courier. The plant network is air-gapped.\n\nBen',
    { subject: 'DVD for the plant' },
  );

  it('issue 21: "Re: <subject>" from the same address answers the order that waits for it', async () => {
    const r = await replay([
      order,
      email(
        'ben@acme.example',
        'Acme Corp, Dock 3, 8 Avenue Foch, 69006 Lyon, +33 4 55 55 55 55\n\n> Where should the courier deliver it?',
        {
          subject: 'RE: DVD for the plant',
        },
      ),
    ]);
    expect(lastTo(r, 'ben@acme.example')).toContain('Case 01000001 is open for your controlled software order.');
    expect(lastTo(r, 'care@vendor.example')).toContain('Ship to: Acme Corp, Dock 3, 8 Avenue Foch, 69006 Lyon');
  });

  it('issue 21: the same subject from another address, or another subject, starts afresh', async () => {
    const r = await replay([
      order,
      email('ana@acme.example', 'Acme Corp, Dock 3, 8 Avenue Foch, 69006 Lyon', { subject: 'Re: DVD for the plant' }),
      email('ben@acme.example', 'Acme Corp, Dock 3, 8 Avenue Foch, 69006 Lyon', { subject: 'Re: something else' }),
    ]);
    expect(r.cases).toEqual([]);
    expect(lastTo(r, 'ben@acme.example')).not.toContain('is open for your controlled software order');
  });
});
