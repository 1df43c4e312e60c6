// Issue 25: a license order by mail reaches the license reader even when the keyword rules take it for
// something else — a software download (it names a product and a version) or a temporary license (it says
// "temporary"). Customer Care's own temporary file is cut from the customer's original license file; an order
// of parts or items for a host goes to Licensing. Probes written for this file, not taken from the corpus.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestMessage } from '../../../src/channels/email/ingest-message.ts';
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import { createEngineContext } from '../../../src/services/engine/index.ts';
import { openDatabase } from '../../../src/store/database.ts';
import { demoImage } from '../../support/replay.ts';
import { ingestSettings, mailFromAna } from '../support/mail-harness.ts';

const attachmentDir = mkdtempSync(join(tmpdir(), 'caseline-license-routing-'));
afterAll(() => rmSync(attachmentDir, { recursive: true, force: true }));

async function reasonFor(subject: string, body: string): Promise<string | null> {
  const db = openDatabase(':memory:', { image: await demoImage() });
  const ctx = createEngineContext({
    db,
    policy: DEFAULT_POLICY,
    staffChannel: 'email',
    now: () => new Date('2026-11-23T10:00:00Z'),
  });
  const result = await ingestMessage(ctx, ingestSettings(attachmentDir), mailFromAna(subject, 1, body));
  return result.reason;
}

describe('issue 25: an order by mail is a license request, whatever the keyword rules took it for', () => {
  it.each([
    [
      'Licence for Northwind Depot',
      'Hi team,\ncan we get the SIP Server 9.0 licence for Northwind Depot, 60 seats?\nHost name nwd-lic1, MAC 3C:52:82:1A:2B:3C, Windows Server 2022, port 7260.\nSingle server, production.\nThanks, Ana',
    ],
    [
      'GVP 8.5 – licence file needed',
      'Hello, could I have a GVP 8.5 license file with 24 ports for our customer Acme? License server acme-gvp-lic (host id 00155d0a0b0c), RHEL 8, port 27000, production, one server.\nRegards',
    ],
  ])('issue 25: "%s" names a product and a version, is read as an order, not a download', async (subject, body) => {
    expect(await reasonFor(subject, body)).toMatch(/^license-request/);
  });

  it.each([
    [
      'temp licence – Fabrikam Foods',
      'Hi,\nCould we get a temporary licence for 45 days for Fabrikam Foods until their purchase order is approved?\nParts: 12 x SW-001-4.0-AL02, 12 x SW-001-4.0-AA07\nPrimary host id: 9C-B6-D0-11-22-33\nEnd user: Fabrikam Foods Ltd\nSold to: Acme Corp\nThanks',
    ],
    [
      'Urgent: temporary license',
      'Good morning, our customer needs a temporary PureConnect license while the order is processed: ten SW-001-4.0-AL02 seats on primary MAC 00-50-56-AA-BB-01. End user Contoso Ltd, sold to Acme. Please hurry.',
    ],
  ])(
    'issue 25: "%s" orders parts for a host, so it goes to Licensing, not the temporary-license rules',
    async (subject, body) => {
      expect(await reasonFor(subject, body)).toMatch(/^license-request/);
    },
  );

  it('DOMAIN §6: a failed license server with the original file to re-host stays a temporary-license request', async () => {
    const reason = await reasonFor(
      'license server died',
      'Our license server crashed tonight and production SIP Server 9.0 is down. We have the original license file and need a temporary file until Licensing can rehost it.',
    );
    expect(reason).not.toMatch(/^license-request/);
  });
});
