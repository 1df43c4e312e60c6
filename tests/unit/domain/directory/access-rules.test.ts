import { describe, expect, it } from 'vitest';
import { accessGrantProblem } from '../../../../src/domain/directory/access-rules.ts';

describe('access grants on a Sold To + End User pair', () => {
  it('DOMAIN.md §1: direct pairs take read-write or read-only without approval', () => {
    for (const level of ['read-write', 'read-only'] as const) {
      expect(
        accessGrantProblem({ relation: 'direct', level, approvedBy: null, approverIsPartnerContact: false }),
      ).toBeNull();
    }
  });

  it("DOMAIN.md §1: read-only on an indirect pair needs the partner's approval", () => {
    expect(
      accessGrantProblem({
        relation: 'indirect',
        level: 'read-only',
        approvedBy: null,
        approverIsPartnerContact: false,
      })?.field,
    ).toBe('approvedBy');
  });

  it('DOMAIN.md §1: the approver must be a partner contact (read-write on the same pair)', () => {
    const grant = { relation: 'indirect' as const, level: 'read-only' as const, approvedBy: 'p@partner.example' };
    expect(accessGrantProblem({ ...grant, approverIsPartnerContact: false })?.message).toContain('cannot approve');
    expect(accessGrantProblem({ ...grant, approverIsPartnerContact: true })).toBeNull();
  });

  it("DOMAIN.md §1: read-write on an indirect pair is the partner's own access and takes no approval", () => {
    expect(
      accessGrantProblem({
        relation: 'indirect',
        level: 'read-write',
        approvedBy: null,
        approverIsPartnerContact: false,
      }),
    ).toBeNull();
    expect(
      accessGrantProblem({
        relation: 'indirect',
        level: 'read-write',
        approvedBy: 'p@x.example',
        approverIsPartnerContact: true,
      })?.field,
    ).toBe('approvedBy');
    expect(
      accessGrantProblem({
        relation: 'direct',
        level: 'read-only',
        approvedBy: 'p@x.example',
        approverIsPartnerContact: true,
      })?.field,
    ).toBe('approvedBy');
  });
});
