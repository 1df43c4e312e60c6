/** Issue 25 round 7 §2 and "Bad input": real conflicts asked about; one value in two forms is none. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const invalidFields = (body: string) => extractLicenseRequest({ body }).invalid.map((i) => i.field);

describe('issue 25 round 7: one server named twice in a one-server mail', () => {
  const engage = (sentence: string) =>
    `Hi,\n\nKiwa Shipping - SIP Server 9.0, 45 seats, production, one license server.\n\nLicense server\n  Host name: ks-lic-01\n  Host ID: 00-50-56-A6-0B-3E\n  OS: Windows Server 2022\n\n${sentence}\n\nRegards\nLee Chan\nOrbit Integrators Ltd`;
  it('a labelled host name and "the box is called …" otherwise: a question, not two servers', () => {
    expect(
      invalidFields(engage('Our engineer tells me the box is called ks-flex-prd and it listens on 7260.')),
    ).toEqual(['licenseServers[0].hostName']);
  });
  it('the same name fully qualified is no conflict', () => {
    expect(
      invalidFields(engage('Our engineer tells me the box is called ks-lic-01.kiwa.example and it listens on 7260.')),
    ).toEqual([]);
  });
});

describe('issue 25 round 7: two MACs for the one PureConnect server', () => {
  const pureconnect = (note: string) =>
    `Hi,\n\nCoastal Water Board is moving its production PureConnect server to new hardware and needs the activation file reallocated.\n\nEnd User: Coastal Water Board\nGARN: 0207715\nSold To: Bayline Partners\nNew server MAC: 00-1A-A0-3C-55-E1\n\n${note}\n\nCheers,\nNina Park\nBayline Partners`;
  it('"New server MAC: X" and "the new server\'s MAC is Y": asked', () => {
    expect(invalidFields(pureconnect("Note from their sysadmin: the new server's MAC is 00-1A-A0-3C-55-E7."))).toEqual([
      'primaryHostId',
    ]);
  });
  it('the same MAC written again in another form is no conflict', () => {
    expect(invalidFields(pureconnect("Note from their sysadmin: the new server's MAC is 001aa03c55e1."))).toEqual([]);
  });
  it('a mail with a backup server: a second MAC is not taken for a conflict by this rule', () => {
    expect(
      invalidFields(
        pureconnect("There is a backup server too; the new server's MAC is 00-1A-A0-3C-55-E7 for the backup."),
      ),
    ).toEqual([]);
  });
});
