/** Issue 25 round 7: PureConnect fields partners write in pasted output and sentences. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const pureconnect = (middle: string) =>
  extractLicenseRequest({
    body: `Hello,\n\nCoastal Water Board is upgrading its production PureConnect pair to 2025 R1 and needs the activation file.\n\n${middle}\n\nGARN 0171234, SO 6301234, Sold To Bayline Partners.\n\nRegards,\nNina Park\nBayline Partners\nnina.park@bayline.example\n+1 415 555 0100`,
  });
const ids = (result: ReturnType<typeof extractLicenseRequest>) => {
  const f = result.fields as { primaryHostId?: string; backupHostId?: string };
  return [f.primaryHostId, f.backupHostId];
};

describe("issue 25 round 7 §1: each server's pasted output under its name, the role the mail gives it", () => {
  it('"CWB2 is the standby, CWB1 the main one" then "On CWB1:" / "On CWB2:" blocks: primary and backup MACs', () => {
    const result = pureconnect(
      'CWB2 is the standby, CWB1 our main server. Output from both:\n\nOn CWB1:\nPhysical Address: 00-50-56-11-22-01\n\nOn CWB2:\nPhysical Address: 00-50-56-11-22-02',
    );
    expect(ids(result)).toEqual(['005056112201', '005056112202']);
  });

  it('the `hostname` output names the block ("Host name: SITE-CWB2" is CWB2 with its prefix), in either order', () => {
    const result = pureconnect(
      'Primary is CWB1, backup is CWB2.\n\nC:\\> hostname\nSITE-CWB2\nC:\\> getmac /fo list\nPhysical Address: 00-50-56-11-22-02\n\nC:\\> hostname\nSITE-CWB1\nC:\\> getmac /fo list\nPhysical Address: 00-50-56-11-22-01',
    );
    expect(ids(result)).toEqual(['005056112201', '005056112202']);
  });

  it('without roles for the names, a second block is no backup (the first MAC stays the primary)', () => {
    const result = pureconnect(
      'On CWB1:\nPhysical Address: 00-50-56-11-22-01\n\nOn CWB2:\nPhysical Address: 00-50-56-11-22-02',
    );
    expect(ids(result)[0]).toBe('005056112201');
    expect(ids(result)[1]).toBeUndefined();
  });
});

describe('issue 25 round 7: the Sold To of an End User writing for itself is asked, not guessed', () => {
  const own = (sentence: string) =>
    extractLicenseRequest({
      body: `Hello,\n\n${sentence} We need an add-on activation file; MAC 00-50-56-11-22-01.\n\nOur GARN is 0171234.\n\nRegards,\nTom Keller\nMarsh Valley Dental Group\ntom.keller@marshvalley.example\n+1 415 555 0133`,
    });
  it.each([
    'We run PureConnect ourselves and have added twenty more Interaction Client seats.',
    'We at Marsh Valley Dental Group have bought Interaction Recorder for our production PureConnect system.',
  ])('%s → the Sold To is a question', (sentence) => {
    const result = own(sentence);
    expect((result.fields as { soldToAccount?: string }).soldToAccount).toBeUndefined();
    expect(result.missing).toContain('soldToAccount');
  });

  it('a partner writing for its own lab is its own Sold To', () => {
    const result = own(
      'We at Marsh Valley Dental Group are a PureConnect partner and want a lab file for our own lab.',
    );
    expect((result.fields as { soldToAccount?: string }).soldToAccount).toBe('Marsh Valley Dental Group');
  });
});

describe('issue 25 round 7: a run-on request that signs off inside its one paragraph', () => {
  const runOn = (tail: string) =>
    extractLicenseRequest({
      body: `hi, Coastal Water Board want an add-on activation file for their production PureConnect system, GARN 0171234, sold to is Bayline Partners (that's us), SO 6301234, primary IC MAC 00-50-56-11-22-01${tail}`,
    });
  it('", cheers, Name Surname, Company, address, phone": the requester, not someone to copy', () => {
    const result = runOn(', cheers, Nina Park, Bayline Partners, nina.park@bayline.example, 415-555-0100 ext 4');
    expect(result.fields).toMatchObject({
      firstName: 'Nina',
      lastName: 'Park',
      corporateEmail: 'nina.park@bayline.example',
      workPhone: '415-555-0100 ext 4',
      employer: 'Bayline Partners',
    });
    expect((result.fields as { additionalRecipients?: string[] }).additionalRecipients).toBeUndefined();
    expect(result.missing).not.toContain('firstName');
  });

  it('a closing word without an address after it is no signature', () => {
    const result = runOn(', thanks, see you Monday');
    expect((result.fields as { firstName?: string }).firstName).toBeUndefined();
  });
});
