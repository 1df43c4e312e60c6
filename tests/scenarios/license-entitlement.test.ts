/**
 * A Designated Contact's license request that names a customer of the directory the contact holds no
 * access to (red team, round 6): routed, but Licensing reads first that the entitlement must be checked.
 */
import { describe, expect, it } from 'vitest';
import { email, replay, toRecipient } from '../support/replay.ts';

const ORDER = (company: string, extra = '') =>
  [
    `Hello, please issue a new license for our customer ${company}.${extra}`,
    `Company name: ${company}`,
    'Sellable item: SIP Server 9.0, quantity 10',
    'License server host name: lic1',
    'Host ID: 0050568a1b2c',
    'OS: Windows Server 2019',
    'Server configuration: single',
    'Purpose: production',
    'Deployment mode: separate',
  ].join('\n');

async function routedFor(from: string, company: string) {
  const r = await replay([email(from, ORDER(company), { subject: 'License order' }, '+0s')]);
  const routed = toRecipient(r, 'license@genesys.com').concat(toRecipient(r, 'emea.licensing@genesys.com'));
  const audit = r.audit.find((a) => a.action === 'license-request.routed');
  return { routed: routed.join('\n'), audit, toWriter: toRecipient(r, from).join('\n') };
}

describe('DOMAIN.md §7: a license request naming a customer its writer holds no access to', () => {
  it('is routed with the entitlement check first, and the writer is told nothing about the other customer', async () => {
    const { routed, audit, toWriter } = await routedFor('carla@globex.example', 'ACME Corporation');
    expect(routed).toMatch(
      /^CHECK ENTITLEMENT BEFORE ISSUING: Carla Diaz holds no access to Acme Corp \(named as company\); their access covers Globex Inc\./,
    );
    expect(audit?.details).toMatchObject({ entitlementConcern: true });
    expect(toWriter).not.toContain('Acme');
  });

  it("a partner's order for an End User it holds carries no such line", async () => {
    const { routed, audit } = await routedFor('erin@northwind.example', 'Initech KK');
    expect(routed).toContain('Initech');
    expect(routed).not.toContain('CHECK ENTITLEMENT');
    expect(audit?.details).toMatchObject({ entitlementConcern: false });
  });

  it('a company the directory does not know (a new customer of the partner) carries no such line', async () => {
    const { routed, audit } = await routedFor('carla@globex.example', 'Wayne Logistics');
    expect(routed).toContain('Wayne Logistics');
    expect(routed).not.toContain('CHECK ENTITLEMENT');
    expect(audit?.details).toMatchObject({ entitlementConcern: false });
  });
});
