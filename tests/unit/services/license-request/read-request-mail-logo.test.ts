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

const alternative = (from: string, alt: string) =>
  Buffer.from(
    [
      `From: Ruth Mwangi <${from}>`,
      'To: licensing@vendor.example',
      'Subject: Activation file - Nakuru Water',
      'Date: Mon, 7 Dec 2026 10:00:00 +0300',
      'MIME-Version: 1.0',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please create a new production activation file for Nakuru Water, new CIC server. GARN 0181818. We are the Sold To.',
      'MAC 2C-59-E5-00-11-22',
      '',
      'Regards,',
      'Ruth Mwangi',
      '+254 20 555 0101 ext. 12',
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Please create a new production activation file for Nakuru Water, new CIC server. GARN 0181818. We are the Sold To.</p>',
      `<p>MAC 2C-59-E5-00-11-22</p><p>Regards,<br>Ruth Mwangi<br>+254 20 555 0101 ext. 12<br><img src="cid:l" alt="${alt}"></p>`,
      '--b1--',
    ].join('\r\n'),
  );

describe('issue 25 round 17: a mail with a text and an HTML part keeps the HTML signature logo of the domain company', () => {
  it('alt="Rift Link Networks" from @riftlink.example ends the text part and names the Sold To', async () => {
    const { input } = await readRequestMail('m.eml', alternative('ruth@riftlink.example', 'Rift Link Networks'));
    expect(input.body.trimEnd().endsWith('Rift Link Networks')).toBe(true);
    const result = extractLicenseRequest(input);
    expect(result.fields).toMatchObject({ soldToAccount: 'Rift Link Networks' });
  });

  it('an alt text that is not the domain company is not added to the text part', async () => {
    const { input } = await readRequestMail('m.eml', alternative('ruth@riftlink.example', 'Best partner 2026'));
    expect(input.body).not.toContain('Best partner');
  });
});
