import { describe, expect, it } from 'vitest';
import {
  type ContractView,
  contractInForce,
  decideAccess,
  decideCaseAccess,
  findCoveringContract,
  versionCovered,
} from '../../../src/domain/access.ts';

const grant = (level: 'read-write' | 'read-only') => ({ pairId: 1, soldTo: 'acme', endUser: 'acme', level });

function contract(overrides: Partial<ContractView> = {}): ContractView {
  return {
    id: 'C-1',
    soldTo: 'acme',
    tier: 'premium-care',
    region: 'emea',
    timeZone: null,
    holidayCountry: null,
    status: 'active',
    startDate: '2025-01-01',
    endDate: '2027-12-31',
    pilot: false,
    products: [{ name: 'SIP Server', versions: ['8.5', '9.0'] }],
    ...overrides,
  };
}

describe('who may do what (DOMAIN.md §1)', () => {
  it('only Designated Contacts may act at all', () => {
    expect(decideAccess(false, grant('read-write'), 'view')).toEqual({ allowed: false, reason: 'not-designated' });
  });
  it('a designated contact without a grant on the pair may do nothing there', () => {
    expect(decideAccess(true, undefined, 'view')).toEqual({ allowed: false, reason: 'no-grant' });
  });
  it('read-only contacts may see status but not open, update or download', () => {
    expect(decideAccess(true, grant('read-only'), 'view')).toEqual({ allowed: true });
    for (const action of ['open-case', 'update-case', 'download', 'temp-license'] as const) {
      expect(decideAccess(true, grant('read-only'), action)).toEqual({ allowed: false, reason: 'read-only' });
    }
  });
  it('read-write contacts may open and update cases and download', () => {
    for (const action of ['view', 'open-case', 'update-case', 'download', 'temp-license'] as const) {
      expect(decideAccess(true, grant('read-write'), action)).toEqual({ allowed: true });
    }
  });
});

describe('issue 18 §1–§2: who may see or change a case (decideCaseAccess)', () => {
  const acmeCase = { soldTo: 'acme', endUser: 'acme', contactId: 7 };
  const actor = (over: Partial<Parameters<typeof decideCaseAccess>[0]> = {}) => ({
    verified: true,
    contactId: 1,
    designated: true,
    grants: [grant('read-write')],
    ...over,
  });
  it('a sender not verified by PIN sees no case, even with a grant on its pair', () => {
    expect(decideCaseAccess(actor({ verified: false }), acmeCase, 'view')).toEqual({
      allowed: false,
      reason: 'unverified',
    });
    expect(decideCaseAccess(actor({ contactId: null }), acmeCase, 'view')).toMatchObject({ allowed: false });
  });
  it('a grant on another pair is no grant', () => {
    const other = [{ pairId: 2, soldTo: 'globex', endUser: 'globex', level: 'read-write' as const }];
    expect(decideCaseAccess(actor({ grants: other }), acmeCase, 'view')).toEqual({
      allowed: false,
      reason: 'no-grant',
    });
    expect(decideCaseAccess(actor({ designated: false }), acmeCase, 'view')).toEqual({
      allowed: false,
      reason: 'not-designated',
    });
  });
  it('read-only may view, not change; read-write may both', () => {
    expect(decideCaseAccess(actor({ grants: [grant('read-only')] }), acmeCase, 'view')).toEqual({ allowed: true });
    expect(decideCaseAccess(actor({ grants: [grant('read-only')] }), acmeCase, 'update')).toEqual({
      allowed: false,
      reason: 'read-only',
    });
    expect(decideCaseAccess(actor(), acmeCase, 'update')).toEqual({ allowed: true });
  });
  it('a case without a pair (an Admin case) is its own contact’s only', () => {
    const admin = { soldTo: null, endUser: null, contactId: 7 };
    expect(decideCaseAccess(actor({ contactId: 7 }), admin, 'update')).toEqual({ allowed: true });
    expect(decideCaseAccess(actor(), admin, 'view')).toEqual({ allowed: false, reason: 'no-grant' });
  });
});

describe('Service Contract coverage (DOMAIN.md §1, §5)', () => {
  it('a contract is in force when active and within its term', () => {
    expect(contractInForce(contract(), '2026-11-23')).toBe(true);
    expect(contractInForce(contract({ status: 'lapsed' }), '2026-11-23')).toBe(false);
    expect(contractInForce(contract({ endDate: '2026-11-22' }), '2026-11-23')).toBe(false);
    expect(contractInForce(contract({ startDate: '2026-11-24' }), '2026-11-23')).toBe(false);
  });
  it('approved Pilot/Beta sites count as covered', () => {
    expect(contractInForce(contract({ status: 'unpaid', pilot: true }), '2026-11-23')).toBe(true);
  });
  it('a version is covered by its major.minor entry; no versions listed covers all', () => {
    expect(versionCovered(['8.5'], '8.5.102.03')).toBe(true);
    expect(versionCovered(['8.5'], '8.50')).toBe(false);
    expect(versionCovered(['8.5'], '9.0')).toBe(false);
    expect(versionCovered([], '12.1')).toBe(true);
  });
  it('gives the reason there is no coverage', () => {
    expect(findCoveringContract([], 'SIP Server', undefined, '2026-11-23')).toEqual({
      covered: false,
      reason: 'no-contract',
    });
    expect(findCoveringContract([contract()], 'Info Mart', undefined, '2026-11-23')).toEqual({
      covered: false,
      reason: 'product-not-covered',
    });
    expect(findCoveringContract([contract({ status: 'lapsed' })], 'sip server', undefined, '2026-11-23')).toEqual({
      covered: false,
      reason: 'contract-not-in-force',
    });
    expect(findCoveringContract([contract()], 'SIP Server', '7.6', '2026-11-23')).toEqual({
      covered: false,
      reason: 'version-not-covered',
    });
  });
  it('picks the first contract in force by id when several cover the product', () => {
    const result = findCoveringContract(
      [contract({ id: 'C-9' }), contract({ id: 'C-2' }), contract({ id: 'C-1', status: 'lapsed' })],
      'SIP Server',
      '9.0',
      '2026-11-23',
    );
    expect(result).toMatchObject({ covered: true, contract: { id: 'C-2' } });
  });
});
