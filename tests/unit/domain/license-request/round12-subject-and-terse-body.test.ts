/**
 * Issue 25 round 12: a request whose facts sit in the subject, over a body of a few words — the body pointing at
 * the subject ("the box named in the subject"), or saying only who is invoiced and when. Probe mails written for
 * each rule before the reader was changed (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord, PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

describe('issue 25 round 12 §9: a body that points at its subject has the subject read as its first line', () => {
  it.each([
    [
      'GVP 9.0 x 40 - new licence file for our lab server ridge-lic02',
      'please cut a licence file for the server named in the subject.',
    ],
    ['Lab licences: SIP Server 9.0 x 40 on ridge-lic02', 'details are in the subject line - could you send the file?'],
    [
      'SIP Server 9.0 x 40, lab server ridge-lic02',
      'As given in the subject, please. Host ID 0050.56b2.0002, single server, RHEL 8.8, default port.',
    ],
  ])('%s', (subject, body) => {
    const read = extractLicenseRequest({
      subject,
      body: `Hi,\n\n${body}${body.includes('Host ID') ? '' : ' Single server, host ID 0050.56b2.0002, RHEL 8.8, default port.'}\n\nThanks,\nOwen\n\n--\nOwen Hart | Telephony Lead\nRidgeway Freight Ltd\n+1 904 555 0102`,
      from: { name: 'Owen Hart', address: 'owen.hart@ridgewayfreight.example' },
    });
    const fields = read.fields as Partial<EngageRecord>;
    expect(fields.purpose).toBe('testing');
    // (A host name after a bare "on" is a server cue of its own, outside this rule: round 12's report.)
    if (/server ridge/.test(subject)) expect(fields.licenseServers?.[0]?.hostName).toBe('ridge-lic02');
    expect(read.missing).not.toContain('purpose');
  });
});

describe('issue 25 round 12 §10: a body of a few words, its facts in the subject, is the description', () => {
  it.each([
    [
      'AFR | Fenwick Vets | GARN 0456410 | MAC 00-50-56-9A-00-10 | prod | add-on 6 IC seats',
      'sold to is us, Brook Voice Ltd, SO 6340110. by thursday please, their new wing opens friday.',
    ],
    [
      'Activation file | Fenwick Vets | GARN 0456410 | MAC 00-50-56-9A-00-10 | production | new deployment',
      'Invoice us (Brook Voice Ltd) as usual, order 6340111. Needed early next week if possible.',
    ],
    [
      'AFR | Fenwick Vets | 0456410 | 00-50-56-9A-00-10 | prod | upgrade',
      'Sold To Brook Voice Ltd, SO 6340112 - the upgrade window is Saturday night.',
    ],
  ])('%s', (subject, body) => {
    const read = extractLicenseRequest({
      subject,
      body: `${body}\n\nJo\nSent from my phone`,
      from: { name: 'Jo Marsh', address: 'jo.marsh@brookvoice.example' },
    });
    expect((read.fields as Partial<PureConnectRecord>).description).toBe(body);
    expect(read.missing).not.toContain('description');
  });
});
