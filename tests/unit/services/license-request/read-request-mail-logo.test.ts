/** Issue 25 round 10 §1: a company named only by the mail's domain and its signature logo's alt text. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { forOwnUse } from '../../../../src/domain/license-request/organisation.ts';
import type { EngageRecord } from '../../../../src/domain/license-request/schema.ts';
import { readRequestMail } from '../../../../src/services/license-request/read-request-mail.ts';

const mail = (from: string, alt: string) =>
  Buffer.from(
    [
      `From: Ola Berg <${from}>`,
      'To: emea.licensing@vendor.example',
      'Subject: Licence file for our new contact centre',
      'Date: Thu, 4 Dec 2025 14:20:00 +0100',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<html><body><p>Hello,</p>',
      '<p>We need our Engage licence for SIP Server 9.0, 40 seats, in production.</p>',
      '<p>It is one license server: <b>fjord-lic-01</b>, Windows Server 2022, host ID 00-15-5D-E2-40-1A, port 7260.</p>',
      '<p>Best regards,<br>Ola Berg<br>IT Infrastructure</p>',
      `<p><img src="cid:logo" alt="${alt}" width="120"></p>`,
      '</body></html>',
    ].join('\r\n'),
  );

describe("issue 25 round 10 §1: the signature logo's alt text when it is the company the mail's domain names", () => {
  it('alt="Fjordline Seafood" from @fjordlineseafood.example is read as the writer\'s company, which orders for itself', async () => {
    const { input } = await readRequestMail('m.eml', mail('ola.berg@fjordlineseafood.example', 'Fjordline Seafood'));
    expect(input.body).toContain('Fjordline Seafood');
    const result = extractLicenseRequest(input);
    expect((result.fields as Partial<EngageRecord>).companyName).toBe('Fjordline Seafood');
    expect(result.questions.map((q) => q.field)).not.toContain('companyName');
  });

  it("an image whose alt text is not the domain's company (a banner, a partner's award) stays out of the text", async () => {
    const { input } = await readRequestMail('m.eml', mail('ola.berg@fjordlineseafood.example', 'Award winner 2025'));
    expect(input.body).not.toContain('Award winner');
  });

  it('"we need our … licence" is the writer\'s own use; "our licence request for a customer" is not', () => {
    expect(forOwnUse('We need our Engage licence for SIP Server.')).toBe(true);
    expect(forOwnUse('Please find our licence request below.')).toBe(false);
    expect(forOwnUse('We need our licence for our customer Acme.')).toBe(false);
  });
});
