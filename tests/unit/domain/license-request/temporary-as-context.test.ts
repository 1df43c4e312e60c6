import { describe, expect, it } from 'vitest';
import { temporaryIsOnlyContext } from '../../../../src/domain/license-request/request-signals.ts';

describe('DOMAIN.md §7: a temporary license named only as the one ending is context, not the request', () => {
  it.each([
    'Their temporary license runs out at midnight tonight and the permanent order went through, so we need the permanent file today.',
    'The temp license expires on Friday; please issue the production license for the 40 seats below.',
    'our temporary licence is expiring next week - order attached, 120 seats of WDE 8.5',
    'The temporary license has expired, the PO is signed: permanent file for licA please.',
  ])('context: %s', (text) => {
    expect(temporaryIsOnlyContext(text)).toBe(true);
  });

  it.each([
    'Our license server died this morning, please send a temporary license for the new host.',
    'The temporary license expires tomorrow - can you extend it for two more weeks?',
    'Temp license runs out Friday, we need another temporary one until the PO clears.',
    'Please provide a temporary license file for our lab, 10 seats of SIP Server 9.0.',
    'We need 64 seats of SIP Server 8.1 on the new server.',
  ])('not only context: %s', (text) => {
    expect(temporaryIsOnlyContext(text)).toBe(false);
  });
});
