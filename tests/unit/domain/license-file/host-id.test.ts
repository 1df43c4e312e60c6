import { describe, expect, it } from 'vitest';
import { normaliseHostIds } from '../../../../src/domain/license-file/index.ts';

const ok = (raw: string) => {
  const result = normaliseHostIds(raw);
  if (!result.ok) throw new Error(result.message);
  return result.hostIds;
};

describe('normaliseHostIds (DOMAIN.md §9 host id forms)', () => {
  it.each([
    ['ETHER=00:50:56:9A:1B:2C', '0050569a1b2c'],
    ['ETHER=00-50-56-9a-1b-2c', '0050569a1b2c'],
    ['ether=0050569A1B2C', '0050569a1b2c'],
    ['0050569A1B2C', '0050569a1b2c'],
    ['00:50:56:9a:1b:2c', '0050569a1b2c'],
  ])('DOMAIN.md §9: MAC %s becomes 12 lowercase hex digits without separators', (raw, expected) => {
    expect(ok(raw)).toEqual([expected]);
  });

  it('DOMAIN.md §9: a UNIX hostid is 8 lowercase hex digits', () => {
    expect(ok('80E2E5D8')).toEqual(['80e2e5d8']);
    expect(ok('0x80e2e5d8')).toEqual(['80e2e5d8']);
  });

  it('DOMAIN.md §9: ANY and DEMO keep their type, upper case', () => {
    expect(ok('any')).toEqual(['ANY']);
    expect(ok('DEMO')).toEqual(['DEMO']);
  });

  it('DOMAIN.md §9: typed ids keep their type; hex values are lowercased', () => {
    expect(ok('DISK_SERIAL_NUM=1A2B3C4D')).toEqual(['DISK_SERIAL_NUM=1a2b3c4d']);
    expect(ok('ID=1234-5678-90')).toEqual(['ID=1234-5678-90']);
    expect(ok('INTERNET=10.20.*.*')).toEqual(['INTERNET=10.20.*.*']);
    expect(ok('HOSTNAME=CtiServer')).toEqual(['HOSTNAME=CtiServer']);
    expect(ok('COMPOSITE=ABCDEF012345')).toEqual(['COMPOSITE=abcdef012345']);
  });

  it('a quoted space-separated list gives one normalised id per host', () => {
    expect(ok('0050569A1B2C  ETHER=00:50:56:9a:1b:2d DISK_SERIAL_NUM=AB')).toEqual([
      '0050569a1b2c',
      '0050569a1b2d',
      'DISK_SERIAL_NUM=ab',
    ]);
  });

  it.each([
    ['', 'empty'],
    ['ETHER=0050569a1b', 'not a MAC'],
    ['SERIAL=1234', 'unknown host id type'],
    ['DISK_SERIAL_NUM=xyz', 'not hexadecimal'],
    ['ID=', 'has no value'],
    ['ctiserver', 'not a host id'],
  ])('rejects %j with a message (%s)', (raw, message) => {
    const result = normaliseHostIds(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});
