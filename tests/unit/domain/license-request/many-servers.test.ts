/**
 * Red team round 11: a request describing thousands of license servers in prose was merged server by server,
 * each looking through those read so far (4,000 servers about 25 s, 10,000 about 2 minutes under load, the
 * mail channel held meanwhile). Past MAX_SERVER_MENTIONS the list is asked about, not read one by one.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { MAX_SERVER_MENTIONS } from '../../../../src/domain/license-request/server-merge.ts';

const hex = (n: number) => n.toString(16).padStart(12, '0');
/** Servers one per line in prose, each with its name, id and address, as a CMDB export pasted into a mail. */
function requestNaming(servers: number) {
  const lines = Array.from(
    { length: servers },
    (_, i) => `lic${String(i).padStart(5, '0')}.initech.example  host id ${hex(i)}  10.0.${i >> 8}.${i & 255}`,
  );
  return {
    subject: 'License request for Initech',
    body: `Hello,\nPlease issue licenses for End User Initech KK, product SIP Server 9.0, production.\nServers:\n${lines.join('\n')}\n\nRegards,\nErin Cole`,
    from: { address: 'erin@northwind.example' },
    date: new Date('2026-11-23T09:00:00Z'),
  };
}

describe('red team round 11: a request naming thousands of license servers', () => {
  it('issue 25 (bad input): past the bound the servers are not read one by one; the list is asked about, saying why', () => {
    const result = extractLicenseRequest(requestNaming(1000));
    expect(result.kind).toBe('engage');
    const servers = (result.fields as { licenseServers?: unknown[] }).licenseServers ?? [];
    expect(servers.length).toBeLessThanOrEqual(MAX_SERVER_MENTIONS);
    const asked = result.questions.find((q) => q.field === 'licenseServers');
    expect(asked?.question).toContain('describes 1000 servers');
    expect(asked?.question).toContain('Licensing reads the list by hand');
  });

  it('issue 25 (bad input): a few servers are read as before, with no such question', () => {
    const result = extractLicenseRequest(requestNaming(3));
    const servers = (result.fields as { licenseServers?: Array<{ hostName?: string }> }).licenseServers ?? [];
    expect(servers.map((s) => s.hostName)).toEqual([
      'lic00000.initech.example',
      'lic00001.initech.example',
      'lic00002.initech.example',
    ]);
    expect(result.invalid.map((i) => i.field)).not.toContain('licenseServers');
  });
});
