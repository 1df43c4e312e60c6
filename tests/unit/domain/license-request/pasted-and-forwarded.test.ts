/**
 * Issue 25 §1, round 2: what partners paste and forward — command output, old and new MACs, roles on the
 * line above an id, facts in the subject, a customer who signs a forwarded message, events with dates.
 * The mails are written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { LicenseRequestInput } from '../../../../src/domain/license-request/schema.ts';

const read = (body: string, more: Partial<LicenseRequestInput> = {}) => extractLicenseRequest({ body, ...more });
const engage = (body: string, more: Partial<LicenseRequestInput> = {}) => {
  const result = read(body, more);
  if (result.kind !== 'engage') throw new Error(`read as ${result.kind}`);
  return result.fields;
};
const ENGAGE_HEAD =
  'Please generate the Engage license for Tamar Water: 40 seats of SIP Server 8.5, production, one license server.\n\n';

describe('issue 25 §1: pasted command output', () => {
  it('seed 002: `hostname` run at a prompt, its output on the next line, is the host name', () => {
    for (const prompt of ['C:\\Users\\admin>hostname', '[root@box ~]# hostname -f', '$ uname -n']) {
      const fields = engage(`${ENGAGE_HEAD}${prompt}\ntw-lic-01\n\nMAC 00-50-56-AA-01-02, Windows Server 2022.\n`);
      expect(fields.licenseServers?.[0]).toMatchObject({ hostName: 'tw-lic-01', hostId: '005056aa0102' });
    }
  });

  it('seed 002: `getmac` output under "Primary"/"Backup" lines gives each server its MAC, not the adapter GUID', () => {
    const body = [
      'Please send a PureConnect activation file for Tamar Water, switchover pair, production.',
      '',
      'Primary (TW-IC-1):',
      'Physical Address    Transport Name',
      '=================== ==========================================================',
      '00-0C-29-11-22-01   \\Device\\Tcpip_{1A2B3C4D-5E6F-4A7B-8C9D-0E1F2A3B4C5D}',
      '',
      'Backup (TW-IC-2):',
      'Physical Address    Transport Name',
      '=================== ==========================================================',
      '00-0C-29-11-22-02   \\Device\\Tcpip_{2B3C4D5E-6F7A-4B8C-9D0E-1F2A3B4C5D6E}',
    ].join('\n');
    expect(read(body).fields).toMatchObject({ primaryHostId: '000c29112201', backupHostId: '000c29112202' });
  });
});

describe('issue 25 §1: which id is meant', () => {
  it('DOMAIN §7: an id the mail calls old (or "from") is not the one to license; the new one is', () => {
    const body =
      'Please reallocate the PureConnect activation file for Tamar Water to new hardware. Old MAC 00-11-22-33-44-01, new MAC 00-11-22-33-44-02. Production.';
    expect(read(body).fields).toMatchObject({ primaryHostId: '001122334402' });
    expect(read(body).fields).not.toHaveProperty('backupHostId');
  });

  it('host ids written with dots between pairs (00.1B.78.5E.3C.91) are MAC addresses', () => {
    const result = read(
      'Please send a PureConnect activation file for Tamar Water, production server, Host ID=00.1B.78.5E.3C.91.',
    );
    expect(result.fields).toMatchObject({ primaryHostId: '001b785e3c91' });
  });
});

describe('issue 25 §1: facts outside the body', () => {
  it('seed 003: GARN and urgency stated only in the subject are read (read back, not trusted)', () => {
    const result = read(
      'Hi,\n\nAs per subject - Tamar Water production PureConnect server MAC 00-50-56-BC-9F-02, we need a temporary activation file.\n',
      { subject: 'URGENT AFR | Tamar Water | GARN 0188810' },
    );
    expect(result.fields).toMatchObject({ garn: '0188810', urgent: true });
    expect(result.confirmations.map((c) => c.field)).toContain('garn');
  });

  it('seed 003: a customer who signs a forwarded message from their own domain is the End User', () => {
    const body = [
      'Licensing - please see the chain below and issue the file. We are the sold-to (Fenland Voice Ltd). GARN 0193318.',
      '',
      '---------- Forwarded message ---------',
      'From: Ann Hale <ann.hale@tamarwater.example>',
      'Date: Thu, Apr 17, 2025 at 4:02 PM',
      'Subject: license for the new DR server',
      '',
      'The new DR CIC server is built, MAC 00-1A-4B-6C-8D-9E, cold standby. It needs an activation file.',
      '',
      'Thanks',
      'Ann Hale',
      'Tamar Water Services',
    ].join('\n');
    const result = read(body, { from: { address: 'ops@fenlandvoice.example', name: 'Ops' } });
    expect(result.fields).toMatchObject({ endUserAccount: 'Tamar Water Services' });
    expect(result.confirmations.map((c) => c.field)).toContain('endUserAccount');
  });

  it('seed 003 "Date Needed"/"Date Reasoning": "before the DR test on May 2" — the event is the reason', () => {
    const result = read(
      'Please send a PureConnect activation file for Tamar Water, MAC 00-11-22-33-44-55, DR cold standby. We need it before the DR test on May 2.',
      { date: new Date('2025-04-18T15:45:00Z') },
    );
    expect(result.fields).toMatchObject({ dateNeeded: '2025-05-02', dateReasoning: 'the DR test' });
  });

  it('seed 003: a request in Spanish that needs a license ("necesitamos licencia temporal") asks for a file', () => {
    const result = read(
      'Buen día,\n\nNecesitamos licencia temporal de PureConnect para Tamar Water. Servidor de producción, Host ID=00-1B-78-5E-3C-91.\n',
    );
    expect(result.fields).toMatchObject({ requestType: 'activation-file', implementationType: 'temporary' });
  });
});

describe('issue 25 §1: words and layouts', () => {
  it('"upgrading X from 8.1 to 8.5": the license is for the version it goes to', () => {
    const fields = engage(
      'Please generate the Engage license for Tamar Water, production, one license server (tw-lic-01, MAC 00-50-56-AA-01-02, Windows Server 2022). We are upgrading 40 seats of SIP Server 8.1 to 8.5.',
    );
    expect(fields.sellableItems?.[0]).toMatchObject({ name: 'SIP Server', version: '8.5', quantity: 40 });
  });

  it('seed 002: "the default port" is 7260', () => {
    const fields = engage(
      `${ENGAGE_HEAD}License server tw-lic-01, MAC 00-50-56-AA-01-02, Windows Server 2022, default port.`,
    );
    expect(fields.licenseServers?.[0]).toMatchObject({ port: 7260 });
  });

  it('a labelled value followed by sentences: the sentences are prose, not more of the value', () => {
    const fields = engage(
      'Please generate the Engage license for Tamar Water, production, one license server.\n\nItems: SIP Server 8.5 (40 seats). Agents work across both queues (blended).\n\nServer tw-lic-01, MAC 00-50-56-AA-01-02, Windows Server 2022.',
    );
    expect(fields.sellableItems).toEqual([{ name: 'SIP Server', version: '8.5', quantity: 40 }]);
    expect(fields.deploymentMode).toBe('blended');
  });

  it('Java, SQL Server or a kernel with a version are not sellable items', () => {
    const fields = engage(
      `${ENGAGE_HEAD}Server tw-lic-01, MAC 00-50-56-AA-01-02, Windows Server 2022 with Java 11.0 and SQL Server 2019.`,
    );
    expect(fields.sellableItems?.map((i) => i.name)).toEqual(['SIP Server']);
  });
});
