/** Issue 25 round 10 §2: a request written as a list of fields in its subject, over a body that points to it. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord } from '../../../../src/domain/license-request/schema.ts';
import { companyInSubjectList, withSubjectFields } from '../../../../src/domain/license-request/subject-fields.ts';

const SUBJECT =
  'Engage licence | Moorland Health System | Outbound Contact Solution 9.0 x 40 | mw-lm01 | 00155D4E9A08 | RHEL 9.2 | test';

describe('issue 25 round 10 §2: the fields of a pipe-separated subject when the body leaves the request to it', () => {
  it('a mail whose body says "see subject" is an Engage request with every field the subject lists', () => {
    const result = extractLicenseRequest({
      subject: SUBJECT,
      body: 'details in subject. single server, default port.\ncheers - Tom (Fellside CX)',
    });
    const fields = result.fields as Partial<EngageRecord>;
    expect(result.kind).toBe('engage');
    expect(fields.companyName).toBe('Moorland Health System');
    expect(fields.sellableItems).toEqual([{ name: 'Outbound Contact Solution', version: '9.0', quantity: 40 }]);
    expect(fields.licenseServers).toEqual([
      expect.objectContaining({
        hostName: 'mw-lm01',
        hostId: '00155d4e9a08',
        os: 'Red Hat Enterprise Linux',
        osVersion: '9.2',
      }),
    ]);
    expect(fields.purpose).toBe('testing');
    expect(result.questions.map((q) => q.field)).toEqual([]);
  });

  it('a pasted request that starts with its "Subject:" line is read the same way', () => {
    const result = extractLicenseRequest({
      body: `Subject: ${SUBJECT}\n\nsee subject. single server, port 7260.\nthx - Tom`,
    });
    expect(result.kind).toBe('engage');
    expect((result.fields as Partial<EngageRecord>).companyName).toBe('Moorland Health System');
  });

  it('a body that says the request in its own words, or a subject of a few parts, is left as written', () => {
    const body =
      'Moorland Health needs an Outbound Contact Solution 9.0 licence for 40 seats on their test server mw-lm01, a RHEL 9.2 box with host ID 00155D4E9A08; single server, default port. Thanks, Tom';
    expect(withSubjectFields(SUBJECT, body)).toBe(body);
    expect(withSubjectFields('Moorland Water | licence | urgent', 'see subject')).toBe('see subject');
  });

  it('the company is the first listed part that is neither what the mail is nor another value', () => {
    expect(companyInSubjectList(SUBJECT)).toBe('Moorland Health System');
    expect(companyInSubjectList('License request | SIP Server 8.5 | lic-01 | Windows 2019 | prod')).toBeUndefined();
  });
});
