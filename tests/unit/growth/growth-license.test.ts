/**
 * Red team round 15: the license reader, given a Designated Contact's whole chain (200,000 characters), takes
 * time growing about linearly with pathological runs, alone or inside an order form. Before, hundreds of its
 * patterns read a long word or line again from each of its characters: 50,000 characters of one letter
 * inside a form took 27 s, of commas 15 s, of "Re: " 4 s (bounded-text.ts now cuts words past 200 characters,
 * lines past 2,000 and blank runs past 16 lines: 20,000 line ends inside a form took minutes); a run of line
 * ends was rescanned by the license-file line pattern (request-signals.ts), of blanks by the attribution test
 * (message-sections.ts).
 */
import { describe, expect, it } from 'vitest';
import { boundedForReading } from '../../../src/domain/license-request/bounded-text.ts';
import { readLicenseRequest } from '../../../src/domain/license-request/extract.ts';
import { expectAboutLinear, PATHOLOGICAL_UNITS, repeated } from '../../support/growth.ts';

/**
 * 10,000 and 20,000 characters: the reader is the slowest of all and the machine is shared; a square shows at
 * this size already (one letter inside the form took 1.5 s at 10,000 characters before bounded-text.ts).
 */
const N = 10_000;

const FORM = [
  'Please issue a permanent license file for our new server.',
  'Company name: Contoso Ltd',
  'Sellable item: SIP Server 8.5, quantity 20',
  'Host name of the license server: lic01',
  'Host ID: 0050569a1b2c',
  'OS: Windows Server 2019',
].join('\n');

const read = (body: string) => readLicenseRequest({ body, subject: 'license request' });

describe('round 15: the license reader reads in linear time', () => {
  it.each(PATHOLOGICAL_UNITS)(
    'a run of %s',
    (_name, unit) => {
      expectAboutLinear(read, (n) => repeated(unit, n), N);
    },
    240_000,
  );

  it.each(PATHOLOGICAL_UNITS)(
    'a run of %s inside an order form',
    (_name, unit) => {
      expectAboutLinear(read, (n) => `${FORM}\n${repeated(unit, n, '')}\nRegards,\nJo Park`, N);
    },
    240_000,
  );

  it('cuts only words and lines no request writes', () => {
    const form = `${FORM}\nSIGN="0A1B 2C3D 4E5F" path C:\\Program Files\\GCTI\\lic\\license.dat`;
    expect(boundedForReading(form)).toBe(form);
    expect(boundedForReading(`a ${'x'.repeat(500)} b`)).toBe(`a ${'x'.repeat(200)} b`);
    expect(
      boundedForReading(`${'word '.repeat(1000)}\nnext`)
        .split('\n')
        .map((l) => l.length),
    ).toEqual([2000, 4]);
    expect(boundedForReading(`a${'\n'.repeat(100)}b`)).toBe(`a${'\n'.repeat(17)}b`);
  });
});
