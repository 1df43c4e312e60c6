/**
 * Issue 25 round 11 §3: a note above a quoted or forwarded request that is about that message (it corrects,
 * completes, points at or answers it) does not describe the request; the request's own paragraph does.
 * Probe notes written for the rule, in different wording (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const ORIGINAL = [
  '-----Original Message-----',
  'From: Liam Walsh <liam.walsh@westshore.example>',
  'Sent: Monday, November 16, 2026 9:12 AM',
  'To: licensing@vendor.example',
  'Subject: Activation file - Rowan Leisure',
  '',
  'Hello,',
  '',
  'Rowan Leisure is upgrading its production PureConnect system from 2024 R2 to 2025 R3 and needs an activation file for the new release.',
  '',
  'Sold To: Westshore CX',
  'GARN: 0456200',
  'Order: SO 6334001',
  'MAC: 00-50-56-AA-DD-01',
  '',
  'Thanks,',
  'Liam Walsh',
].join('\n');
const DESCRIPTION =
  'Rowan Leisure is upgrading its production PureConnect system from 2024 R2 to 2025 R3 and needs an activation file for the new release.';

const descriptionOf = (body: string) =>
  (extractLicenseRequest({ body }).fields as { description?: string }).description;

describe('issue 25 round 11 §3: a note about the quoted message is not the description', () => {
  it.each([
    "One more thing I left out of my mail below: the backup server's MAC is 00-50-56-AA-DD-02. The rest is as it was.",
    'Small slip on my part - the order number quoted underneath should read 6334010, not 6334001. Nothing else changes.',
    'Here are the host IDs you asked for: primary 00-50-56-AA-DD-03, backup 00-50-56-AA-DD-04.',
    'Please ignore the MAC in my earlier message; that one belongs to the server being decommissioned. Use 00-50-56-AA-DD-05 instead.',
    "Passing on our customer's request underneath. We resell to them, so send the file to me please.",
    'Since writing the mail below, Rowan Leisure has decided to move the upgrade onto new hardware, so please use the new MAC 00-50-56-AA-DD-06.',
  ])('%s', (note) => {
    expect(descriptionOf(`Hi,\n\n${note}\n\nLiam\n\n${ORIGINAL}`)).toBe(DESCRIPTION);
  });

  it('a mail with no earlier message keeps its own paragraph, apology and all', () => {
    const note =
      'Sorry for the short notice: Rowan Leisure is upgrading its production PureConnect system to 2025 R3 and needs an activation file.';
    expect(
      descriptionOf(`Hi,\n\n${note}\n\nSold To: Westshore CX\nGARN: 0456200\nMAC: 00-50-56-AA-DD-01\n\nLiam`),
    ).toBe(note);
  });
});
