/** Issue 25 round 5: a mail is a license request only if it asks for a license or a file (bad input). */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { assessRequest } from '../../../../src/domain/license-request/request-signals.ts';

const kindOf = (body: string, subject = '') => extractLicenseRequest({ body, subject }).kind;

describe('issue 25 round 5 §1: a question about the licenses a customer has is not a request for new ones', () => {
  it('"can you find out why the ports are exhausted" with lmstat output and server details is a problem report', () => {
    const body = [
      'Hello,',
      'Since 9am nobody can log in, the error is "no such feature". lmstat -a -c 27000@lic-east says:',
      'Users of SIP_PORT:  (Total of 64 licenses issued;  Total of 64 licenses in use)',
      'Host lic-east, host id 005056a1b2c3, RHEL 8.6, FlexLM port 27000.',
      'Could you investigate why all the ports are used up? Only 30 calls are live.',
      'Regards, Mia Chen, Harbour Telecom',
    ].join('\n');
    expect(kindOf(body)).toBe('not-a-request');
    expect(assessRequest(body, 0, 6)).toEqual({ isRequest: false, reason: 'problem-report' });
  });

  it('but "can you send us 50 more seats" in the same kind of mail is still a request', () => {
    const body =
      'Hello,\nAll 64 licenses are in use on lic-east (host id 005056a1b2c3, RHEL 8.6, port 27000).\nCan you send us a license file with 30 more seats of SIP Server 8.1?\nMia Chen, Harbour Telecom';
    expect(kindOf(body)).toBe('engage');
  });
});

describe('issue 25 round 5 §1: a thank-you that reports a file arrived or was applied is not a request', () => {
  it.each([
    'Great news, the license file came through and we applied it on the standby server (MAC 00-1A-2B-3C-4D-5E, GARN 0123456). Everything is running in Interaction Administrator. Nothing more to do here.',
    'Cheers, the activation file has arrived. Customer installed it this morning on their CIC 2018 R4 server, GARN 0099887, 80 client access licenses visible. Nothing further needed.',
  ])('%s', (body) => {
    expect(kindOf(`${body}\n\nSam Ortiz\nSenior Engineer, Lakeside Voice\n+1 312 555 0100`)).toBe('not-a-request');
  });

  it.each([
    'Morning, the new license file arrived overnight and the service restarted fine on lic-02.',
    'We loaded the activation file on the DR server; the 40 seats show up now.',
  ])('"%s" is a thank-you, whatever fields it names', (body) => {
    expect(assessRequest(body, 1, 6)).toEqual({ isRequest: false, reason: 'thanks' });
  });

  it('"nothing else needed" reads as needing no action', () => {
    expect(assessRequest('All good on our side. Nothing else needed.', 0, 5)).toEqual({
      isRequest: false,
      reason: 'informational',
    });
  });
});

describe('issue 25 round 5 §1: a billing question that lists part lines is not a request', () => {
  it('"please issue a credit note" for order lines with SW- part numbers is not a request', () => {
    const body = [
      'Hi,',
      'Finance team at Orchard Clinics. Order 6311234 was billed twice for these lines:',
      'SW-001-4.0-AL02   Interaction Client Business User   35',
      'SW-019-4.0-QM02   Interaction Quality Manager        35',
      'Please issue a credit note for the duplicate.',
      'Thanks, Finance',
    ].join('\n');
    expect(kindOf(body)).toBe('not-a-request');
    expect(assessRequest(body, 0, 4)).toEqual({ isRequest: false, reason: 'billing' });
  });

  it('a request that names its PO and asks for the file stays a request', () => {
    const body =
      'Please generate the activation file for Orchard Clinics, GARN 0155432, MAC 00-1A-2B-3C-4D-5F, PO 4500123456, invoice to follow:\nSW-001-4.0-AL02 x 35\nJo Park, Orchard IT';
    expect(kindOf(body)).toBe('pureconnect');
  });
});
