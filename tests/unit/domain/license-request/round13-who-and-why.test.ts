/**
 * Issue 25 round 13 (fix-lic-a): who writes and why, as the third held-out part's writers put it — classes of
 * writing, each with probe mails written before the reader was changed (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord, PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const engage = (body: string, subject?: string) => {
  const result = extractLicenseRequest({ body, ...(subject ? { subject } : {}) });
  return { kind: result.kind, fields: result.fields as Partial<EngageRecord>, missing: result.missing };
};
const pureconnect = (body: string, extra: { subject?: string; from?: { name?: string; address: string } } = {}) => {
  const result = extractLicenseRequest({ body, ...extra });
  return { kind: result.kind, fields: result.fields as Partial<PureConnectRecord>, missing: result.missing };
};

describe('issue 25 round 13 §1: a greeting that is also a closing ("Kia ora,", "Salam,") opens the mail, it does not sign it', () => {
  it.each([
    ['Kia ora,', 'Wellington'],
    ['Salam,', 'Muscat'],
    ['Greetings,', 'Lagos'],
    ['Mahalo,', 'Honolulu'],
    ['Cheers,', 'Perth'],
  ])('%s over an Engage request', (greeting, city) => {
    const read = engage(
      `${greeting}\n\nPlease issue 40 seats of SIP Server 8.5 for our customer Harbour ${city} Ltd, production, single license server ${city.toLowerCase()}-lic01 (host id 00-11-22-AA-BB-0C, Windows Server 2022).\n\nThanks,\nRua Tane\nKiwi CX Partners`,
    );
    expect(read.kind).toBe('engage');
    expect(read.fields.companyName).toBe(`Harbour ${city} Ltd`);
    expect(read.fields.licenseServers?.[0]?.hostName).toBe(`${city.toLowerCase()}-lic01`);
  });
});

describe('issue 25 round 13 §2: the Commonwealth spelling ("licence server", "licence order") says Engage as "license" does', () => {
  it.each([
    'Ashgrove Insurance is adding Interaction Concentrator to its production estate. One licence server:\n\nName            Host ID          Port\nash-lic01       A0B1C2D3E4F5     7260\n\nProduct: Interaction Concentrator 8.1   Qty: 2',
    'Could you cut a licence order for Birchfield Council? 25 seats of Designer 9.0 on their licence server bfc-lic1, MAC 00:1a:2b:3c:4d:5e, RHEL 8, production.',
    'Single licence server (cwm-flex01, 3C-52-82-11-22-33, Windows Server 2019) for Carrow Water, 60 x SIP Server 8.5, production please.',
    'Licence servers for Dunmore Foods, production, three-server redundant: dmf-l1, dmf-l2, dmf-l3 (MACs 001122334401, 001122334402, 001122334403). 200 seats of Enterprise Routing Solution 8.5.',
  ])('%s', (paragraph) => {
    expect(engage(`Hello,\n\n${paragraph}\n\nRegards,\nSam Hill\nOakridge Systems`).kind).toBe('engage');
  });
});
