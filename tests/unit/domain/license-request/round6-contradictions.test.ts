/** Issue 25 round 6 §1: a question about a contradiction only for a real conflict. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const pureConnect = (said: string, labels: string[] = []) =>
  extractLicenseRequest({
    subject: 'AFR',
    date: new Date('2025-11-12T10:00:00Z'),
    body: [
      'Hi,',
      '',
      `Please process the activation file request below for Pine Ridge Hospital. ${said}`,
      '',
      'First name: Sam',
      'Last name: Patel',
      'Email: sam.patel@ridgecx.example',
      'End user: Pine Ridge Hospital',
      'Sold to: Ridge CX Ltd',
      'Request type: Activation file',
      'Implementation type: Upgrade',
      'Deployment type: Production',
      'MAC: 00-50-56-AB-CD-EF',
      ...labels,
      '',
      'Thanks, Sam',
    ].join('\n'),
  });

describe('issue 25 round 6 §1: the date of an event is why the date needed, not a second date needed', () => {
  it.each([
    'Their temporary license expires on 18 November, and the go-live is on 24 November.',
    'The current file runs out on 18 November 2025.',
    'Please send it before the cutover on 22 November.',
  ])('"Date needed: 20/11/2025" and %j: no question, the labelled date kept', (said) => {
    const result = pureConnect(said, ['Date needed: 20/11/2025']);
    expect(result.invalid).toEqual([]);
    expect(result.fields).toMatchObject({ dateNeeded: '2025-11-20' });
  });

  it('a second date said as needed ("we need it by 14 November") still is a contradiction', () => {
    const result = pureConnect('We need it by 14 November.', ['Date needed: 20/11/2025']);
    expect(result.invalid.map((i) => i.field)).toEqual(['dateNeeded']);
  });
});

describe("issue 25 round 6 §1: one machine's adapters are not two ids for one server", () => {
  it('"X for the main NIC and Y for the iSCSI NIC" beside "MAC: X": X, no question', () => {
    const result = pureConnect(
      'ipconfig shows Physical Address 00-50-56-AB-CD-EF for the main NIC and 00-50-56-AB-CD-02 for the iSCSI NIC.',
    );
    expect(result.invalid).toEqual([]);
    expect(result.fields).toMatchObject({ primaryHostId: '005056abcdef' });
  });

  it('"Primary server: X, and its spare card Y is unused": what names X does not name Y', () => {
    const result = pureConnect('Primary server: 00-50-56-AB-CD-EF, and its spare card 00-50-56-AB-CD-02 is unused.');
    expect(result.invalid).toEqual([]);
  });

  it('"the primary server reports MAC Y" beside "MAC: X" still is a contradiction', () => {
    const result = pureConnect('The primary server reports MAC 00-50-56-AB-CD-02.');
    expect(result.invalid.map((i) => i.field)).toEqual(['primaryHostId']);
  });
});

describe("issue 25 round 6 §1: a count said of another order is not this order's second count", () => {
  const engage = (note: string) =>
    extractLicenseRequest({
      body: `Please issue production licenses for Contoso Bank.\n\nProduct: Enterprise Routing Solution\nVersion: 8.5\nQuantity: 120\n\n${note}\nSingle server csb-lic01, MAC 00-50-56-01-02-03, Windows Server 2019.\n\nAnna\nFabrikam Ltd`,
    });

  it('"this replaces their earlier order of 100 seats of Enterprise Routing Solution 8.5": 120, no question', () => {
    const result = engage('Note: this replaces their earlier order of 100 seats of Enterprise Routing Solution 8.5.');
    expect(result.invalid).toEqual([]);
    expect(result.fields).toMatchObject({ sellableItems: [{ quantity: 120 }] });
  });

  it('"please make it 100 seats of Enterprise Routing Solution 8.5" still is a contradiction', () => {
    const result = engage('Please make it 100 seats of Enterprise Routing Solution 8.5.');
    expect(result.invalid.map((i) => i.field)).toEqual(['sellableItems[0].quantity']);
  });
});

describe('issue 25 round 6 §2: implementation and deployment types in more words', () => {
  it.each([
    ['The customer is expanding from 100 to 150 agents on their live system.', 'add-on'],
    ['Customer bought the Interaction Recorder module; please update the license.', 'add-on'],
    ["We're increasing their licensed seats from 80 to 120.", 'add-on'],
  ])('%j → %s', (said, type) => {
    expect(pureConnect(said).fields).toMatchObject({ implementationType: 'upgrade' });
    const result = extractLicenseRequest({
      subject: 'AFR',
      body: `Activation file request for Pine Ridge Hospital (PureConnect). ${said}\n\nMAC: 00-50-56-AB-CD-EF\nSold to: Ridge CX Ltd\n\nSam Patel\nRidge CX Ltd\nsam.patel@ridgecx.example`,
    });
    expect(result.fields).toMatchObject({ implementationType: type });
  });

  it('"a DR site server that sits idle until failover" is a cold standby', () => {
    const result = extractLicenseRequest({
      subject: 'AFR',
      body: 'Activation file request for Pine Ridge Hospital (PureConnect). This is a DR site server that sits idle until failover.\n\nMAC: 00-50-56-AB-CD-EF\n\nSam Patel\nRidge CX Ltd\nsam.patel@ridgecx.example',
    });
    expect(result.fields).toMatchObject({ deploymentType: 'dr-cold-standby' });
  });
});
