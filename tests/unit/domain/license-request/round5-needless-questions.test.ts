/** Issue 25 round 5 §2: a field the mail gives is read, so the follow-up does not ask for it. */
import { describe, expect, it } from 'vitest';
import { sameItemName } from '../../../../src/domain/license-request/engage-prose.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { normaliseGarn } from '../../../../src/domain/license-request/normalise.ts';

describe('issue 25 round 5 §2: a table whose version column is headed "Ver" gives each item its version', () => {
  it('no question about the versions', () => {
    const result = extractLicenseRequest({
      body: [
        'Please issue production licenses for Rimu Energy, single license server.',
        '',
        'Product                      Ver    Qty',
        'SIP Server                   8.1    90',
        'Stat Server                  8.1    90',
        '',
        'Server: rimu-lm / 00-50-56-AA-01-02 / Windows Server 2022',
      ].join('\n'),
    });
    expect(result.fields).toMatchObject({
      sellableItems: [
        { name: 'SIP Server', version: '8.1', quantity: 90 },
        { name: 'Stat Server', version: '8.1', quantity: 90 },
      ],
    });
    expect(result.missing.filter((f) => f.includes('version'))).toEqual([]);
  });
});

describe('issue 25 round 5 §2: an item named in full and by its initials is one item, not two', () => {
  it.each([
    ['ERS', 'Enterprise Routing Solution', true],
    ['GVP', 'Genesys Voice Platform', true],
    // Round 17: an abbreviation may take letters from inside a word (Work-F-orce), as x8-13's subject and body do.
    ['WFM', 'Workforce Management', true],
    ['WFX', 'Workforce Management', false],
    ['SIP', 'SIP Server', false],
    ['Enterprise Routing Solution', 'enterprise routing solution', true],
  ])('%s and %s: %s', (a, b, same) => {
    expect(sameItemName(a, b)).toBe(same);
  });

  it('so the mail is not asked for a deployment mode that only two items need', () => {
    const result = extractLicenseRequest({
      body: 'Please issue production licenses for Kestrel Legal: 75 seats of Genesys Voice Platform 9.0. Our order line reads GVP 9.0 x 75.\nLicense server kl-lic (Windows Server 2019), single server, host ID 00:1C:42:11:22:33.',
    });
    expect(result.fields).toMatchObject({ sellableItems: [{ name: 'Genesys Voice Platform', version: '9.0' }] });
    expect(result.missing).not.toContain('deploymentMode');
  });
});

describe("issue 25 round 5 §2: a request tracker's own labels name the PureConnect fields", () => {
  it('"Mail", "Company", "Bill-to / Sold-to" and "Acct Ref #" are the email, employer, sold-to and GARN', () => {
    const result = extractLicenseRequest({
      body: [
        'One new activation file for Juniper Dental, please.',
        '',
        'Field\tValue',
        'Requested by\tOmar Haddad',
        'Mail\tomar.haddad@pinecrest-voice.example',
        'Company\tPinecrest Voice Ltd',
        'End user\tJuniper Dental',
        'Bill-to / Sold-to\tPinecrest Voice Ltd',
        'Acct Ref #\t0 177 402',
        'Request type\tNew',
        'Environment\tProduction',
        'Primary host\t00-50-56-B9-10-01',
      ].join('\n'),
    });
    expect(result.fields).toMatchObject({
      corporateEmail: 'omar.haddad@pinecrest-voice.example',
      employer: 'Pinecrest Voice Ltd',
      soldToAccount: 'Pinecrest Voice Ltd',
      garn: '0177402',
    });
    expect(result.missing).not.toContain('corporateEmail');
    expect(result.missing).not.toContain('soldToAccount');
  });

  it('a GARN printed in groups of three digits is the number', () => {
    expect(normaliseGarn('0 208 116')).toMatchObject({ ok: true, value: '0208116' });
    expect(normaliseGarn('GARN 0012345')).toMatchObject({ ok: true, value: '0012345' });
  });
});
