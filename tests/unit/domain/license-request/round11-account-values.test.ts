/**
 * Issue 25 round 11 §11: an account or company name as the mail writes it, without what follows it and in full:
 * a remark after a slash or a bracket with its full stop, a short form in a reply over the full name in the quoted
 * request, a determiner or a third-party product that only looks like a name. Probes written for each rule.
 */
import { describe, expect, it } from 'vitest';
import { withoutRemark } from '../../../../src/domain/license-request/account-names.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { isCompanyLike } from '../../../../src/domain/license-request/lexicon.ts';

const accountsOf = (body: string) => {
  const result = extractLicenseRequest({ body });
  return result.fields as { endUserAccount?: string; companyName?: string };
};

describe('issue 25 round 11 §11: a remark after the name is no part of it', () => {
  it.each([
    ['Pellow Haulage Ltd / GARN 0456700', 'Pellow Haulage Ltd'],
    ['Pellow Haulage Ltd | SO 6334700', 'Pellow Haulage Ltd'],
    ["Brackenridge Consulting (that's us, the partner).", 'Brackenridge Consulting'],
    ['Harbour Leisure (they buy direct);', 'Harbour Leisure'],
    ['Siam Contact (Thailand) Co., Ltd.', 'Siam Contact (Thailand) Co., Ltd.'],
    ['Northwind / Contoso Joint Venture', 'Northwind / Contoso Joint Venture'],
  ])('%s', (raw, name) => {
    expect(withoutRemark(raw)).toBe(name);
  });
});

describe('issue 25 round 11 §11: a reply’s short form of the quoted request’s full name is that name', () => {
  it('"Halewood’s new lab" over "a license file for Halewood Marine Ltd"', () => {
    const body = [
      'Hi,',
      '',
      "Correction: this is for Halewood's new lab, where they test changes before production.",
      '',
      'Ada',
      '',
      '-----Original Message-----',
      'From: Ada Pike <ada.pike@westshore.example>',
      'Sent: Monday, November 16, 2026 9:12 AM',
      'To: licensing@vendor.example',
      'Subject: License request',
      '',
      'Please issue a license file for Halewood Marine Ltd: 30 seats of SIP Server 9.0, one license server hm-lic01, MAC 00-11-22-33-44-aa, Windows Server 2022.',
      '',
      'Ada Pike',
    ].join('\n');
    expect(accountsOf(body).companyName).toBe('Halewood Marine Ltd');
  });
});

describe('issue 25 round 11 §11: what only looks like a name', () => {
  it.each(['Their', 'These', 'Nuance Recognizer', 'Zoom'])('%s is no company', (name) => {
    expect(isCompanyLike(name)).toBe(false);
  });

  it('"End user account X, sold-to account Y" names the End User, not the third-party product before it', () => {
    const fields = accountsOf(
      'Hello,\n\nWe need the third-party activation file for the Nuance Recognizer ports that Pradera Foods bought with their PureConnect system, MAC 00:1A:A0:5C:33:9C. End user account Pradera Foods S.A.S., sold-to account Andes CX Partners. Sales order 0093318.\n\nRafael',
    );
    expect(fields.endUserAccount).toBe('Pradera Foods S.A.S.');
  });

  it('"Their upgrade weekend starts on the 22nd" names no End User', () => {
    const fields = accountsOf(
      'Hello,\n\nPlease send the PureConnect activation file for GARN 0456701, MAC 00-50-56-AA-33-01. Their upgrade weekend starts on the 22nd.\n\nAda',
    );
    expect(fields.endUserAccount).toBeUndefined();
  });
});
