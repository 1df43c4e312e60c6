import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type LicenseFileReport, parseLicenseFile } from '../../../../src/domain/license-file/index.ts';

const fixture = (name: string) =>
  parseLicenseFile(readFileSync(new URL(`../../../fixtures/license-files/${name}`, import.meta.url), 'utf8'));

/** The report without each feature's raw options, which are asserted separately. */
const summary = (report: LicenseFileReport) => ({
  ...report,
  features: report.features.map(({ options: _options, ...feature }) => feature),
});

const feature = (over: Record<string, unknown>) => ({
  keyword: 'FEATURE',
  vendor: 'genesys.d',
  expiry: null,
  permanent: true,
  hostId: null,
  hostIds: [],
  vendorString: null,
  ...over,
});

describe('license-file fixtures (seed 002 license data files)', () => {
  it('single server, permanent 01-jan-00 features, continuation lines, INCREMENT (seed 002)', () => {
    const report = fixture('single-server-permanent.lic');
    expect(summary(report)).toEqual({
      servers: [{ hostName: 'ctiserver', hostId: '0050569a1b2c', hostIds: ['0050569a1b2c'], port: 7260, line: 3 }],
      serverConfiguration: 'single',
      vendors: [
        {
          keyword: 'VENDOR',
          name: 'genesys.d',
          path: '/opt/mlink/license/genesys.d',
          optionsFile: null,
          port: null,
          line: 4,
        },
      ],
      useServer: false,
      features: [
        feature({
          name: 'DESKTOP_AGENT',
          version: '8.5',
          count: 250,
          vendorString: 'Acme Insurance production',
          line: 6,
        }),
        feature({ name: 'SIP_SERVER', version: '8.5', count: 4, line: 9 }),
        feature({ keyword: 'INCREMENT', name: 'CCPULSE', version: '8.5', count: 25, line: 10 }),
      ],
      temporary: false,
      earliestExpiry: null,
      diagnostics: [],
      hasErrors: false,
    });
    expect(report.features[0]?.options).toEqual({
      ISSUER: 'Genesys',
      VENDOR_STRING: 'Acme Insurance production',
      ISSUED: '12-mar-2023',
      SIGN: '0A1B 2C3D 4E5F 6A7B 8C9D 0E1F 2A3B 4C5D',
      ck: '123',
    });
    expect(report.features[2]?.options['NOTICE']).toBe('Acme Insurance');
  });

  it('three redundant servers form a quorum configuration; ETHER= MACs are normalised (seed 002, DOMAIN.md §9)', () => {
    const report = fixture('three-server-redundant.lic');
    expect(summary(report)).toEqual({
      servers: [
        { hostName: 'lic-a', hostId: '0050569a1b2c', hostIds: ['0050569a1b2c'], port: 7260, line: 2 },
        { hostName: 'lic-b', hostId: '0050569a1b2d', hostIds: ['0050569a1b2d'], port: 7260, line: 3 },
        { hostName: 'lic-c', hostId: '80e2e5d8', hostIds: ['80e2e5d8'], port: 7260, line: 4 },
      ],
      serverConfiguration: 'three-redundant',
      vendors: [
        {
          keyword: 'DAEMON',
          name: 'genesys.d',
          path: '/opt/mlink/license/genesys.d',
          optionsFile: null,
          port: null,
          line: 5,
        },
      ],
      useServer: true,
      features: [
        feature({ name: 'TSERVER_SIP', version: '8.1', count: 'uncounted', hostId: 'ANY', hostIds: ['ANY'], line: 7 }),
        feature({ name: 'ROUTING', version: '8.1', count: 'uncounted', line: 8 }),
      ],
      temporary: false,
      earliestExpiry: null,
      diagnostics: [],
      hasErrors: false,
    });
  });

  it('seed 002: a four-digit-year feature makes the file temporary; earliest expiry is reported', () => {
    const report = fixture('temporary-dated.lic');
    expect(summary(report)).toEqual({
      servers: [{ hostName: 'tiger', hostId: '80a3f16e', hostIds: ['80a3f16e'], port: 7260, line: 2 }],
      serverConfiguration: 'single',
      vendors: [{ keyword: 'VENDOR', name: 'genesys.d', path: null, optionsFile: null, port: null, line: 3 }],
      useServer: false,
      features: [
        feature({
          name: 'DESKTOP_AGENT',
          version: '8.5',
          expiry: '2024-06-24',
          permanent: false,
          count: 50,
          hostId: 'DISK_SERIAL_NUM=1a2b3c4d',
          hostIds: ['DISK_SERIAL_NUM=1a2b3c4d'],
          vendorString: 'Temporary rehost for Globex',
          line: 4,
        }),
        feature({ name: 'SIP_SERVER', version: '8.5', expiry: '2024-06-10', permanent: false, count: 2, line: 6 }),
        feature({ name: 'CCPULSE', version: '8.5', count: 10, line: 7 }),
      ],
      temporary: true,
      earliestExpiry: '2024-06-10',
      diagnostics: [],
      hasErrors: false,
    });
    expect(report.features[0]?.options['START']).toBe('24-may-2024');
  });

  it('the permanent keyword, uncounted node-locked features and every host id form (DOMAIN.md §9)', () => {
    const report = fixture('permanent-keyword-uncounted.lic');
    expect(report.servers).toEqual([]);
    expect(report.serverConfiguration).toBe('none');
    expect(report.diagnostics).toEqual([]);
    expect(report.temporary).toBe(false);
    expect(report.features.map((f) => [f.keyword, f.name, f.permanent, f.count, f.hostId, f.hostIds])).toEqual([
      ['FEATURE', 'OUTBOUND_CONTACT', true, 'uncounted', 'ID=1234-5678-90', ['ID=1234-5678-90']],
      ['FEATURE', 'DEMO_DESKTOP', true, 'uncounted', 'DEMO', ['DEMO']],
      ['INCREMENT', 'STAT_SERVER', true, 'uncounted', '0050569a1b2c 0050569a1b2d', ['0050569a1b2c', '0050569a1b2d']],
      ['FEATURE', 'INTERACTION_SERVER', true, 'uncounted', 'INTERNET=10.20.*.*', ['INTERNET=10.20.*.*']],
      ['FEATURE', 'CONFIG_SERVER', true, 'uncounted', 'HOSTNAME=cfgsrv01', ['HOSTNAME=cfgsrv01']],
    ]);
  });

  it('CRLF line ends, a Windows path and a continuation with a quoted VENDOR_STRING', () => {
    const report = fixture('crlf-windows.lic');
    expect(report.diagnostics).toEqual([]);
    expect(report.servers[0]).toMatchObject({ hostName: 'winlic', hostId: '0050569a1b2c', port: 7260 });
    expect(report.vendors[0]?.path).toBe('C:\\Genesys\\genesys.d');
    expect(summary(report).features).toEqual([
      feature({
        name: 'DESKTOP_AGENT',
        version: '8.5',
        expiry: '2025-12-31',
        permanent: false,
        count: 100,
        vendorString: 'Initech call centre',
        line: 4,
      }),
    ]);
    expect(report.features[0]?.options['SIGN']).toBe('AA11BB22CC33');
    expect(report.earliestExpiry).toBe('2025-12-31');
  });

  it('the older FLEXlm form: DAEMON, positional license key and vendor string, a missing count', () => {
    const report = fixture('older-form.lic');
    expect(report.features.map((f) => [f.name, f.count, f.vendorString, f.permanent])).toEqual([
      ['TSERVER_ALCATEL', 40, 'Legacy site', true],
      ['OCS', 'uncounted', 'Legacy site', true],
    ]);
    expect(report.diagnostics).toEqual([
      { line: 5, severity: 'warning', message: 'FEATURE OCS: no license count (older FLEXlm form); read as uncounted' },
    ]);
    expect(report.hasErrors).toBe(false);
  });
});
