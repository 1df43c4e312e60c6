/**
 * Issue 25 round 11 §7: the PureConnect deployment type said by how the system behaves, and a new system stood
 * up beside a licensed one. Probe mails written for each rule (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const read = (paragraph: string) =>
  extractLicenseRequest({
    body: `Hello,\n\n${paragraph}\n\nGARN 0456400, MAC 00-50-56-AA-FF-01, Sold To: Westshore CX.\n\nThanks,\nLiam Walsh`,
  }).fields as Partial<PureConnectRecord>;

describe('issue 25 round 11 §7: a standby said by how it behaves, over its paragraph', () => {
  it.each([
    'Halden Water is setting up a recovery site in Bergen. The two servers there are kept switched off and only started by hand if Oslo goes down, so they need an activation file of their own.',
    'Fenwick Mutual wants a file for its standby IC server at the secondary data centre; it stays powered down unless we invoke failover.',
    'The DR box for Ravel Freight sits idle and switched off; it is only turned on during a disaster. Please issue its activation file - it is a new deployment, not a change to the production file.',
  ])('cold: %s', (paragraph) => {
    expect(read(paragraph).deploymentType).toBe('dr-cold-standby');
  });

  it.each([
    'We are standing up a second PureConnect system in our Leeds data centre that runs alongside production at all times and takes over within minutes if the main site fails. We need an activation file for it.',
    'Corran Health is adding a failover site whose CIC server is always running and synchronised with production, taking over automatically if the primary site is lost. It needs its own activation file.',
  ])('hot: %s', (paragraph) => {
    expect(read(paragraph).deploymentType).toBe('dr-hot-standby');
  });

  it('a production system that only names its own failover words stays production', () => {
    expect(
      read('Pellworth Bank is upgrading its production CIC server to 2025 R3 and needs an activation file.')
        .deploymentType,
    ).toBe('production');
  });
});

describe('issue 25 round 11 §7: a server for testing, and production named as where changes go next', () => {
  it.each([
    'We stood up a second CIC server for testing patches before they go to production. It needs its own activation file - a new deployment, test only.',
    'Thurso Council needs a file for a server used only for testing upgrades before they reach the live system; it is a new deployment.',
  ])('test: %s', (paragraph) => {
    expect(read(paragraph)).toMatchObject({ deploymentType: 'test', implementationType: 'new-deployment' });
  });
});

describe('issue 25 round 11 §7: a second or separate system stood up is a new deployment', () => {
  it.each([
    'We are standing up a second PureConnect system in our Leeds data centre and need an activation file for it.',
    'Avalon Dental is setting up a separate training environment and needs an activation file for it.',
    'Kelso Transit is spinning up a fresh lab instance of PureConnect and needs an activation file.',
  ])('%s', (paragraph) => {
    expect(read(paragraph).implementationType).toBe('new-deployment');
  });
});
