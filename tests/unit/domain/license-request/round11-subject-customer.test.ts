/**
 * Issue 25 round 11 §4: a PureConnect subject that names what is asked and then the customer gives the End User
 * the body does not name; the partner's own name in the subject is none. Probe subjects written for the rule.
 */
import { describe, expect, it } from 'vitest';
import { findCompanyInSubject } from '../../../../src/domain/license-request/company-in-subject.ts';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const BODY = [
  'Hi,',
  '',
  'production server, GARN 0456300, MAC 00-50-56-AA-EE-01, upgrade to 2025 R3. Sold to Westshore CX.',
  '',
  'Liam Walsh',
  'Westshore CX',
  'liam.walsh@westshore.example',
].join('\n');
const read = (subject: string) => {
  const result = extractLicenseRequest({ subject, body: BODY });
  return {
    endUser: (result.fields as { endUserAccount?: string }).endUserAccount,
    asked: result.questions.map((q) => q.field),
  };
};

describe('issue 25 round 11 §4: what is asked, then for whom, in the subject', () => {
  it.each([
    ['new AF Greystone Veterinary', 'Greystone Veterinary'],
    ['temp licence Pellow Haulage (urgent)', 'Pellow Haulage'],
    ['AFR | Quarry Lane Nurseries | GARN 0456300 | prod', 'Quarry Lane Nurseries'],
    ['Upgrade activation file: Saltmarsh Credit Union', 'Saltmarsh Credit Union'],
    ['PureConnect license Holloway Group - upgrade', 'Holloway Group'],
  ])('%s', (subject, endUser) => {
    const { endUser: read_, asked } = read(subject);
    expect(read_).toBe(endUser);
    expect(asked).not.toContain('endUserAccount');
  });

  it('the partner’s own name in the subject is not the End User: it is asked', () => {
    const { endUser, asked } = read('Activation file - Westshore CX');
    expect(endUser).toBeUndefined();
    expect(asked).toContain('endUserAccount');
  });

  it('a subject that names no one after what is asked gives nothing', () => {
    expect(findCompanyInSubject('Activation file needed')).toBeUndefined();
    expect(findCompanyInSubject('license file')).toBeUndefined();
  });
});
