/** Issue 25 round 7: shapes dev batch 7 showed, each read by a general rule (not the batch's wording). */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const engage = (text: string) =>
  extractLicenseRequest({ body: `Hello,\n\n${text}\n\nRegards,\nLee Chan\nOrbit Integrators Ltd` });
type Fields = {
  sellableItems?: { name: string; version?: string; quantity?: number }[];
  applications?: { name: string }[];
  licenseServers?: { hostName?: string }[];
};
const fields = (result: ReturnType<typeof extractLicenseRequest>) => result.fields as Fields;

describe('issue 25 round 7 §2: one server written short and fully qualified is no contradiction', () => {
  it('"Name | DNS name | Host ID" columns: the fully qualified name, no question', () => {
    const result = engage(
      'Production licenses for Kiwa Shipping: SIP Server 8.1, 90 seats. Two independent license servers, 45 seats each.\n\nName | DNS name | Host ID | OS\nKS-LIC1 | ks-lic1.kiwa.example | 00-15-5D-01-02-01 | Windows Server 2022\nKS-LIC2 | ks-lic2.kiwa.example | 00-15-5D-01-02-02 | Windows Server 2022\n\nPort 7260 on both.',
    );
    expect(fields(result).licenseServers?.map((s) => s.hostName)).toEqual([
      'ks-lic1.kiwa.example',
      'ks-lic2.kiwa.example',
    ]);
    expect(result.invalid).toEqual([]);
  });

  it('two different names for one server stay a contradiction', () => {
    const result = engage(
      'Production licenses for Kiwa Shipping: SIP Server 8.1, 90 seats. Single license server.\n\nHost name | Server name | Host ID | OS\nks-lic1 | ks-flex9 | 00-15-5D-01-02-01 | Windows Server 2022',
    );
    expect(result.invalid.map((i) => i.field)).toContain('licenseServers[0].hostName');
  });
});

describe('issue 25 round 7 §3: quantities', () => {
  it('"100 seats each (400 in total)" over four servers orders the total', () => {
    const result = engage(
      'Kiwa Shipping is splitting its SIP Server 8.1 licences over four independent license servers, 100 seats each (400 in total). Production.',
    );
    expect(fields(result).sellableItems?.[0]?.quantity).toBe(400);
  });

  it('an application counted in licences ("Stat Server 8.5, 25 licences") is the sellable item ordered', () => {
    const result = engage('For Kiwa Shipping: Stat Server 8.5, 25 licences, production, single server.');
    expect(fields(result).sellableItems?.[0]).toMatchObject({ name: 'Stat Server', version: '8.5', quantity: 25 });
    expect(result.missing).not.toContain('sellableItems');
  });

  it('an application named with its version only stays an application', () => {
    const result = engage(
      'For Kiwa Shipping: SIP Server 8.1, 60 seats, production, single server. They run Stat Server 8.5.',
    );
    expect(fields(result).applications?.map((a) => a.name)).toContain('Stat Server');
  });
});

describe('issue 25 round 7 §1: the OS of several servers', () => {
  it('`uname -a` on Solaris ("SunOS lic01 5.11 11.4.62…") is Solaris 11.4 and names the host', () => {
    const result = engage(
      'Production licenses for Kiwa Shipping: SIP Server 8.1, 90 seats, single license server, host id 0a1b2c3d, port 7260.\n\n$ uname -a\nSunOS ks-lm1 5.11 11.4.62.151.3 sun4v sparc sun4v',
    );
    expect(fields(result).licenseServers?.[0]).toMatchObject({ hostName: 'ks-lm1', os: 'Solaris', osVersion: '11.4' });
  });

  it('"The three servers run Windows Server 2016" is said of every server', () => {
    const result = engage(
      'Production licenses for Kiwa Shipping: SIP Server 8.1, 90 seats, three redundant license servers.\nHost IDs: ks-a 0050569D0A11, ks-b 0050569D0A12, ks-c 0050569D0A13.\nThe three servers run Windows Server 2016 Standard and listen on port 27000.',
    );
    expect(result.missing).toEqual([]);
  });

  it('"OS: …" labelled once after a table of two servers without one is both servers\' (read back)', () => {
    const result = engage(
      'Production licenses for Kiwa Shipping: SIP Server 8.1, 90 seats, two independent license servers, port 7260.\n\nHost name | Host ID\nks-a | 0050569D0A11\nks-b | 0050569D0A12\n\nOS: Red Hat Enterprise Linux 9.2',
    );
    expect(result.missing).toEqual([]);
    expect(result.confirmations.map((c) => c.field)).toContain('licenseServers[1].os');
  });
});

describe('issue 25 round 7: versions and releases as partners and tools write them', () => {
  it.each([
    ['Kiwa Shipping is licensing SIP Server release 9 for 120 agents, production, single license server.', '9.0'],
    ['Kiwa Shipping needs SIP Server v9, 120 seats, production, single license server.', '9.0'],
  ])('%s → item version %s', (text, version) => {
    const item = fields(engage(text)).sellableItems?.[0];
    expect(item).toMatchObject({ name: 'SIP Server', version, quantity: 120 });
  });

  it('a labelled item "Solution: X v9, 75 seats" is version 9.0', () => {
    const item = fields(engage('Company: Kiwa Shipping\nSolution: SIP Server v9, 75 seats\nPurpose: production'))
      .sellableItems?.[0];
    expect(item).toMatchObject({ name: 'SIP Server', version: '9.0', quantity: 75 });
  });

  it('`systeminfo`\'s "OS Version: 10.0.17763 N/A Build 17763" is Windows Server 2019', () => {
    const result = engage(
      'Production licenses for Kiwa Shipping: SIP Server 8.1, 90 seats, single license server, MAC 00-15-5D-01-02-01.\n\nHost Name:                 KS-LIC1\nOS Name:                   Microsoft Windows Server 2019 Standard\nOS Version:                10.0.17763 N/A Build 17763',
    );
    expect(fields(result).licenseServers?.[0]).toMatchObject({ os: 'Windows Server', osVersion: '2019' });
  });

  it("Ubuntu's point release (22.04.4) is its release, 22.04", () => {
    const result = engage(
      'Production licenses for Kiwa Shipping: SIP Server 8.1, 90 seats, single license server ks-lic1, MAC 00-15-5D-01-02-01.\nOS: Ubuntu 22.04.4 LTS',
    );
    expect(fields(result).licenseServers?.[0]).toMatchObject({ os: 'Ubuntu', osVersion: '22.04' });
  });

  it('"lmhostid gives 0015 5d3a 7b20 (Hyper-V NIC)": the NIC\'s maker names no second server', () => {
    const result = engage(
      'Production licenses for Kiwa Shipping: SIP Server 8.1, 90 seats. The license server is ks-lic1 (Windows Server 2019).\nlmhostid gives 0015 5d3a 7b20 (Hyper-V NIC).',
    );
    expect(fields(result).licenseServers).toHaveLength(1);
    expect(fields(result).licenseServers?.[0]).toMatchObject({ hostName: 'ks-lic1', hostId: '00155d3a7b20' });
  });
});

describe('issue 25 round 7: the configuration', () => {
  it('"Purpose: production, single server": the choice after the comma is read too', () => {
    const result = engage(
      'Company: Kiwa Shipping\nSolution: SIP Server 8.1, 75 seats\nPurpose: production, single server',
    );
    expect(result.fields).toMatchObject({ purpose: 'production', serverConfiguration: 'single' });
  });

  it('one server spoken of in the singular, no other configuration said: single, read back', () => {
    const result = engage(
      'Production licenses for Kiwa Shipping: SIP Server 8.1, 90 seats. Details of the box: ks-lic1, MAC 00-15-5D-01-02-01, Windows Server 2019, port 7260.',
    );
    expect(result.fields).toMatchObject({ serverConfiguration: 'single' });
    expect(result.confirmations.map((c) => c.field)).toContain('serverConfiguration');
  });

  it('a form of labels only, with no configuration, still asks for it', () => {
    const result = engage(
      'Company name: Kiwa Shipping\nSellable item: SIP Server 8.1\nQuantity: 90\nHost name: ks-lic1\nHost ID: 00-15-5D-01-02-01\nOS: Windows Server 2019\nPurpose: production',
    );
    expect(result.missing).toContain('serverConfiguration');
  });
});

describe('issue 25 round 7: the purpose in words', () => {
  it('"purpose is training only (not production)" is development', () => {
    const result = engage('For Kiwa Shipping: SIP Server 8.1, 10 seats, purpose is training only (not production).');
    expect(result.fields).toMatchObject({ purpose: 'development' });
  });

  it('"Engage 9.0 production, three redundant license servers": the purpose after the version', () => {
    const result = engage('Kiwa Shipping - SIP Server 9.0 production, three redundant license servers, 90 seats.');
    expect(result.fields).toMatchObject({ purpose: 'production' });
  });
});
