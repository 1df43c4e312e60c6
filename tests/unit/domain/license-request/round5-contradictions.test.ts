/** Issue 25 round 5 §3: a labelled value and the same field in the prose that differ are asked about. */
import { describe, expect, it } from 'vitest';
import { CONTRADICTION } from '../../../../src/domain/license-request/collector.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

describe('issue 25 round 5 §3: a part number counted one way in the prose and another in the table', () => {
  it('neither count is kept, and the quantity is asked about', () => {
    const result = extractLicenseRequest({
      body: [
        'Please add 12 x SW-014-4.0-RC01 to the activation file of Lakeshore Transit, GARN 0144321, MAC 00-50-56-8E-10-20.',
        '',
        'Part number          Qty',
        'SW-014-4.0-RC01      15',
        '',
        'Ken Ito, Lakeshore Transit IT',
      ].join('\n'),
    });
    expect(result.kind).toBe('pureconnect');
    expect(result.invalid).toContainEqual(
      expect.objectContaining({ field: 'partNumbers[0].quantity', problem: CONTRADICTION }),
    );
    expect(result.fields).toMatchObject({ partNumbers: [{ partNumber: 'SW-014-4.0-RC01' }] });
    expect((result.fields as { partNumbers: { quantity?: number }[] }).partNumbers[0]!.quantity).toBeUndefined();
    expect(result.questions.map((q) => q.field)).toContain('partNumbers[0].quantity');
  });

  it('the same count in both places is read, not asked', () => {
    const result = extractLicenseRequest({
      body: 'Please add 15 x SW-014-4.0-RC01 to the activation file of Lakeshore Transit, GARN 0144321, MAC 00-50-56-8E-10-20.\n\nPart number          Qty\nSW-014-4.0-RC01      15\n',
    });
    expect(result.fields).toMatchObject({ partNumbers: [{ partNumber: 'SW-014-4.0-RC01', quantity: 15 }] });
    expect(result.invalid).toEqual([]);
  });
});
