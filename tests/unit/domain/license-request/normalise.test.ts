import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  normaliseDate,
  normaliseHostId,
  normalisePartNumber,
  normaliseQuantity,
  normaliseVersion,
  parseCategory,
  parseDeploymentType,
  parseImplementationType,
  parseLicenseServerLocations,
  parsePurpose,
  parseRequestType,
  parseServerConfiguration,
} from '../../../../src/domain/license-request/normalise.ts';
import { normaliseOs } from '../../../../src/domain/license-request/os-names.ts';
import { HostIdSchema } from '../../../../src/domain/license-request/schema.ts';

const value = <T>(result: { ok: true; value: T } | { ok: false }) => (result.ok ? result.value : undefined);

describe('host ids (DOMAIN.md §9)', () => {
  it.each(['00-50-56-9A-1B-2C', '00:50:56:9a:1b:2c', '0050.569a.1b2c', '0050569A1B2C'])(
    'writes the MAC %s as 12 lowercase hex digits',
    (raw) => expect(value(normaliseHostId(raw))).toBe('0050569a1b2c'),
  );

  it('keeps the type of other host ids: DISK_SERIAL_NUM, ANY, DEMO', () => {
    expect(value(normaliseHostId('DISK_SERIAL_NUM=1A2B3C4D'))).toBe('DISK_SERIAL_NUM=1a2b3c4d');
    expect(value(normaliseHostId('disk_serial_num=1A2B-3C4D'))).toBe('DISK_SERIAL_NUM=1a2b3c4d');
    expect(value(normaliseHostId('any'))).toBe('ANY');
    expect(value(normaliseHostId('DEMO'))).toBe('DEMO');
  });

  it('writes a UNIX hostid as 8 lowercase hex digits', () => {
    expect(value(normaliseHostId('0x83A1F0C2'))).toBe('83a1f0c2');
    expect(value(normaliseHostId('83A1F0C2'))).toBe('83a1f0c2');
  });

  it('rejects a truncated MAC or mixed separators with a problem', () => {
    expect(normaliseHostId('00-50-56-9A-1B').ok).toBe(false);
    expect(normaliseHostId('00-50:56-9A-1B-2C').ok).toBe(false);
    expect(normaliseHostId('ctiserver01').ok).toBe(false);
  });

  it('turns any MAC, whatever its separator and case, into the schema form (property)', () => {
    const octet = fc.integer({ min: 0, max: 255 }).map((n) => n.toString(16).padStart(2, '0'));
    fc.assert(
      fc.property(
        fc.array(octet, { minLength: 6, maxLength: 6 }),
        fc.constantFrom('-', ':', ''),
        fc.boolean(),
        (octets, sep, upper) => {
          const written = octets.join(sep);
          const result = normaliseHostId(upper ? written.toUpperCase() : written);
          expect(value(result)).toBe(octets.join(''));
          expect(HostIdSchema.safeParse(value(result)).success).toBe(true);
          expect(value(normaliseHostId(value(result)!))).toBe(value(result));
        },
      ),
    );
  });
});

describe('versions (seed 002: "supply the first two digits")', () => {
  it.each([
    ['8.5.102.03', '8.5'],
    ['v8.1', '8.1'],
    ['7.0', '7.0'],
    ['8.10.1', '8.10'],
  ])('%s → %s', (raw, expected) => expect(value(normaliseVersion(raw))).toBe(expected));

  it('rejects a version without digits', () => expect(normaliseVersion('latest').ok).toBe(false));
});

describe('dates (seed 003 shows 3/20/2019)', () => {
  it.each(['3/20/2019', '20 March 2019', '2019-03-20', 'March 20, 2019', '20-Mar-2019', '20/03/2019'])(
    '%s → 2019-03-20',
    (raw) => expect(value(normaliseDate(raw))).toBe('2019-03-20'),
  );

  it('reads an ambiguous d/m vs m/d date the US way, at lower confidence', () => {
    const result = normaliseDate('04/05/2020');
    expect(result).toEqual({ ok: true, value: '2020-04-05', confidence: 0.6 });
    expect(normaliseDate('4/25/2020')).toEqual({ ok: true, value: '2020-04-25', confidence: 1 });
  });

  it('rejects words and impossible dates', () => {
    expect(normaliseDate('ASAP').ok).toBe(false);
    expect(normaliseDate('2/30/2020').ok).toBe(false);
  });
});

describe('quantities and part numbers', () => {
  it('reads counts as partners write them', () => {
    expect(value(normaliseQuantity('1,500'))).toBe(1500);
    expect(value(normaliseQuantity('250 seats'))).toBe(250);
    expect(normaliseQuantity('lots').ok).toBe(false);
  });

  it('reads part numbers like SW-001-4.0-AL02 (seed 003)', () => {
    expect(value(normalisePartNumber('sw-001-4.0-al02'))).toBe('SW-001-4.0-AL02');
    expect(normalisePartNumber('I3_ACCESS_CLIENT').ok).toBe(false);
  });
});

describe('license server locations (seed 002)', () => {
  it('reads port@host, and @host with port 7260 implied', () => {
    expect(parseLicenseServerLocations('7260@ctiserver')).toEqual([
      { kind: 'server', hostName: 'ctiserver', port: 7260, portImplied: false },
    ]);
    expect(parseLicenseServerLocations('@ctiserver')).toEqual([
      { kind: 'server', hostName: 'ctiserver', port: 7260, portImplied: true },
    ]);
  });

  it('reads a license file path', () => {
    expect(parseLicenseServerLocations('/opt/mlink/license/license.dat')).toEqual([
      { kind: 'file', path: '/opt/mlink/license/license.dat' },
    ]);
  });

  it('splits a Windows list on ; and a UNIX list on :', () => {
    const names = (raw: string) =>
      parseLicenseServerLocations(raw).map((l) => (l.kind === 'server' ? l.hostName : l.path));
    expect(names('7260@a1;7261@b1;@c1')).toEqual(['a1', 'b1', 'c1']);
    expect(names('7260@a1:7261@b1:@c1')).toEqual(['a1', 'b1', 'c1']);
    expect(names('/opt/lic/license.dat:7260@b1')).toEqual(['/opt/lic/license.dat', 'b1']);
  });

  it('does not split a Windows drive letter', () => {
    expect(parseLicenseServerLocations('C:\\FlexLM\\license.dat;7260@lic2')).toEqual([
      { kind: 'file', path: 'C:\\FlexLM\\license.dat' },
      { kind: 'server', hostName: 'lic2', port: 7260, portImplied: false },
    ]);
    expect(parseLicenseServerLocations('C:\\FlexLM\\license.dat')).toEqual([
      { kind: 'file', path: 'C:\\FlexLM\\license.dat' },
    ]);
  });
});

describe('enum synonyms → canonical ids (DOMAIN.md §9)', () => {
  it.each([
    ['three redundant servers', 'three-redundant'],
    ['3-server', 'three-redundant'],
    ['Multiple, independent servers', 'multiple-independent'],
    ['Single server', 'single'],
  ])('server configuration %s → %s', (raw, expected) => expect(value(parseServerConfiguration(raw))).toBe(expected));

  it.each([
    ['prod', 'production'],
    ['Eval', 'evaluation'],
    ['QA', 'testing'],
    ['dev', 'development'],
  ])('purpose %s → %s', (raw, expected) => expect(value(parsePurpose(raw))).toBe(expected));

  it.each([
    ['Genesys', 'vendor'],
    ['Genesys Activation File', 'vendor'],
    ['Third Party', 'third-party'],
    ['Pay-Per-Use/Hosted', 'pay-per-use-hosted'],
  ])('category %s → %s', (raw, expected) => expect(value(parseCategory(raw))).toBe(expected));

  it.each([
    ['New Deployment', 'new-deployment'],
    ['Add-on', 'add-on'],
    ['re-host', 'reallocation'],
    ['Evaluation', 'evaluation'],
  ])('implementation type %s → %s', (raw, expected) => expect(value(parseImplementationType(raw))).toBe(expected));

  it.each([
    ['DR hot', 'dr-hot-standby'],
    ['Disaster Recovery Cold Standby', 'dr-cold-standby'],
    ['prod', 'production'],
    ['Lab', 'lab'],
  ])('deployment type %s → %s', (raw, expected) => expect(value(parseDeploymentType(raw))).toBe(expected));

  it('request type: Activation File Request → activation-file, Question → question', () => {
    expect(value(parseRequestType('Activation File Request'))).toBe('activation-file');
    expect(value(parseRequestType('Question'))).toBe('question');
    expect(parseRequestType('something else').ok).toBe(false);
  });
});

describe('operating systems', () => {
  it('splits the OS name from its version; a known family gets its canonical name (docs/license-requests.md)', () => {
    expect(normaliseOs('Windows Server 2019')).toEqual({ os: 'Windows Server', osVersion: '2019' });
    expect(normaliseOs('RHEL 8.6')).toEqual({ os: 'Red Hat Enterprise Linux', osVersion: '8.6' });
    expect(normaliseOs('Linux')).toEqual({ os: 'Linux' });
  });
});
