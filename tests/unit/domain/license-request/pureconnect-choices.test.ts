/** Issue 25 §1: the PureConnect request's choices read from what the request says, not from its context. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const read = (body: string) => extractLicenseRequest({ body }).fields as { implementationType?: string };

describe('issue 25 §1: implementation type', () => {
  it('"their temp license expires on June 6" is why a file is needed; "this is a reallocation" is the kind', () => {
    expect(
      read(
        'Need a PureConnect activation file for Meridian Retail asap - their temp license expires on june 6. MAC 0050569a7b8c. This is a reallocation, the old server died.',
      ).implementationType,
    ).toBe('reallocation');
  });

  it('a temporary file asked for is still temporary', () => {
    expect(
      read('Please send a temporary PureConnect activation file for Meridian Retail, MAC 0050569a7b8c.')
        .implementationType,
    ).toBe('temporary');
  });
});
