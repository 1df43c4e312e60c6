/**
 * Issue 21, round 19: a controlled-software order (DOMAIN.md §5) completed over replies — a form with labels of
 * its own ("Drop-off ....", "Send how ....") asks for none of what it filled in, a platform and a way of
 * delivery given in one answer are both taken, "courier then, to <address>" gives the ship-to, and a case
 * reported with its system as "prd" is not asked for it again.
 */
import { describe, expect, it } from 'vitest';
import { ANA_VERIFIED, ERIN_VERIFIED, email, lastTo, replay, slack } from '../support/replay.ts';

/** The order as Customer Care's regional desk receives it. */
const orderSent = (r: Awaited<ReturnType<typeof replay>>) =>
  r.transcript.filter((t) => t.direction === 'out' && /^care[.@]/.test(t.to ?? '')).at(-1)?.text ?? '';
const asksOf = (r: Awaited<ReturnType<typeof replay>>, to: string) =>
  r.transcript.filter((t) => t.direction === 'out' && t.to === to).flatMap((t) => t.asks ?? []);

describe('issue 21: an order completed over replies, nothing filled in asked again', () => {
  it('DOMAIN.md §5: an order form’s own labels are read; only the missing reason is asked', async () => {
    const r = await replay([
      email(
        'ben@acme.example',
        [
          'PIN: 739164',
          '',
          'Thing wanted ...... SIP Server 9.0.012.05 CD',
          'Box OS ............ Red Hat 8 x64',
          'Send how .......... DHL',
          'Drop-off .......... Acme Corp, Dock 3, 8 Avenue Foch, 69006 Lyon',
          '',
          'Ben',
        ].join('\n'),
        { subject: 'SIP Server CD' },
      ),
      email('ben@acme.example', 'The plant is air-gapped, nothing can be downloaded there.\n\n> Why do you need it?', {
        subject: 'Re: SIP Server CD',
      }),
    ]);
    const asks = asksOf(r, 'ben@acme.example');
    expect(asks).toContain('reason');
    for (const given of ['os', 'deliveryMethod', 'shipTo', 'release']) expect(asks).not.toContain(given);
    const order = orderSent(r);
    expect(order).toContain('Operating system: Red Hat 8 x64');
    expect(order).toContain('Ship to: Acme Corp, Dock 3, 8 Avenue Foch, 69006 Lyon');
    expect(lastTo(r, 'ben@acme.example')).toContain('Case 01000001 is open for your controlled software order.');
  });

  it('DOMAIN.md §5: the platform and the delivery in one answer are both taken, neither asked again', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        'For Initech we must order the controlled WDE 8.5.118.10 Korean language pack. Reason: new Busan office',
      ),
      slack('U03ERIN', 'win 10 64bit desktops, and sftp is fine for delivery'),
    ]);
    const asks = asksOf(r, 'U03ERIN');
    expect(asks.filter((a) => a === 'os')).toHaveLength(1);
    expect(asks.filter((a) => a === 'deliveryMethod')).toHaveLength(1);
    const order = orderSent(r);
    expect(order).toContain('Operating system: win 10 64bit');
    expect(order).toContain('Delivery: ftp');
  });

  it('DOMAIN.md §5: "courier then, to <address>" gives the way and the ship-to at once', async () => {
    const r = await replay([
      ...ANA_VERIFIED,
      slack('U01ANA', 'we need the controlled SIP Server 9.0.012 DVD for SLES 15 SP4. our DR site has no internet'),
      slack('U01ANA', 'courier then, to Acme Corp, 4 Rue de Rivoli, 75004 Paris'),
    ]);
    const asks = asksOf(r, 'U01ANA');
    expect(asks).not.toContain('shipTo');
    expect(orderSent(r)).toContain('Ship to: Acme Corp, 4 Rue de Rivoli, 75004 Paris');
    expect(lastTo(r, 'U01ANA')).toContain('Case 01000001 is open for your controlled software order.');
  });
});

describe('issue 21 §8: a case reported with its system abbreviated', () => {
  it('issue 21: "prd" says production; the system is not asked, the build given later is the version', async () => {
    const r = await replay([
      ...ERIN_VERIFIED,
      slack(
        'U03ERIN',
        "initech's wde prd: agents cannot go Ready since the AD policy change, sev high, 40 agents idle",
      ),
      slack('U03ERIN', 'its WDE 8.5.118.10 if that helps'),
    ]);
    expect(asksOf(r, 'U03ERIN')).not.toContain('system');
    expect(r.cases).toMatchObject([
      { product: 'Workspace Desktop Edition', system: 'production', severity: 'high', version: '8.5.118.10' },
    ]);
  });
});
