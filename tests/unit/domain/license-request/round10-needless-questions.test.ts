/** Issue 25 round 10 §1: no question for a fact the mail gives as the kit's numbered answers or in a few more words. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import { labelKitAnswers } from '../../../../src/domain/license-request/kit-answers.ts';
import type { EngageRecord } from '../../../../src/domain/license-request/schema.ts';

const engage = (body: string) => {
  const result = extractLicenseRequest({ body });
  return { result, fields: result.fields as Partial<EngageRecord>, asked: result.questions.map((q) => q.field) };
};

const KIT_ANSWERS = [
  'Hello,',
  '',
  'Our answers to the order kit, same numbering:',
  '',
  '1) Harbourside Utilities Ltd',
  '2) Outbound Contact Solution 8.5',
  '3) 60',
  '4) none',
  '5) none',
  '6) hul-lm01.harbourside.example',
  '7) 00155D3A7C12',
  '8) Red Hat Enterprise Linux 9.2',
  '9) single server',
  '10) testing',
  '',
  'Thanks',
  'Priya Nair',
  'Coastline Integrators Ltd',
].join('\n');

describe("issue 25 round 10 §1: the order kit's answers numbered without its questions (seed 002's table order)", () => {
  it('each numbered answer is read as the kit row of its number: nothing the answers give is asked', () => {
    const { fields, asked } = engage(KIT_ANSWERS);
    expect(fields.companyName).toBe('Harbourside Utilities Ltd');
    expect(fields.sellableItems).toEqual([expect.objectContaining({ quantity: 60, version: '8.5' })]);
    expect(fields.licenseServers).toEqual([
      expect.objectContaining({
        hostName: 'hul-lm01.harbourside.example',
        hostId: '00155d3a7c12',
        os: 'Red Hat Enterprise Linux',
      }),
    ]);
    expect(fields.serverConfiguration).toBe('single');
    expect(fields.purpose).toBe('testing');
    expect(asked).toEqual([]);
  });

  it('numbered lines in a mail that does not name the kit, out of order, too few or labelled are left as written', () => {
    const steps = ['1. Install', '2. Run lmhostid', '3. Send', '4. Wait', '5. Load', '6. Restart'].join('\n');
    expect(labelKitAnswers(steps)).toBe(steps);
    const shuffled = KIT_ANSWERS.replace('3) 60', '4) 60');
    expect(labelKitAnswers(shuffled)).toBe(shuffled);
    const few = 'Order kit answers:\n1. Acme\n2. SIP Server 8.5\n3. 20';
    expect(labelKitAnswers(few)).toBe(few);
    const labelled = KIT_ANSWERS.replace('1) Harbourside', '1) Company: Harbourside');
    expect(labelKitAnswers(labelled)).toBe(labelled);
  });
});

describe('issue 25 round 10 §1: the server configuration and purpose in a few more words', () => {
  const request = (server: string, purpose = 'for production') =>
    [
      'Hi team,',
      '',
      `Tasman Freight (the customer) ordered SIP Server 9.0 with 40 seats ${purpose}.`,
      '',
      server,
      '',
      'Regards,',
      'Ana Lopes',
    ].join('\n');

  it('"a single Windows Server 2022 machine" is the single configuration, not asked', () => {
    const { fields, asked } = engage(
      request('The license service runs on tf-lic01, a single Windows Server 2022 machine with host ID 0050568A3C19.'),
    );
    expect(fields.serverConfiguration).toBe('single');
    expect(asked).not.toContain('serverConfiguration');
  });

  it('seed 002: servers that "each get their own file" are multiple-independent', () => {
    const { fields } = engage(
      request(
        'Two license servers, each gets its own file carrying the same 40 seats:\ntf-lic01 host ID 0a1b2c3d\ntf-lic02 host ID 0a1b2c4e\nBoth run Windows Server 2019.',
      ),
    );
    expect(fields.serverConfiguration).toBe('multiple-independent');
  });

  it('Dutch "Eén server" (capitalised) is single; a testomgeving/acceptatieomgeving is testing', () => {
    const { fields, asked } = engage(
      [
        'Beste Licensing,',
        '',
        'Namens onze klant Gemeente Zwolle vragen wij een licentie aan voor SIP Server 8.5, 20 licenties, voor hun acceptatieomgeving.',
        '',
        'De licentieserver heet gz-lic01, draait op Windows Server 2019 en heeft host-ID 00-15-5D-2B-77-C0. Eén server.',
        '',
        'Met vriendelijke groet,',
        'Sanne de Vries',
      ].join('\n'),
    );
    expect(fields.serverConfiguration).toBe('single');
    expect(fields.purpose).toBe('testing');
    expect(asked).not.toContain('purpose');
    expect(
      engage(request('Single server tf-lic01, Windows Server 2019, host ID 0050568A3C19.', 'voor hun testomgeving'))
        .fields.purpose,
    ).toBe('testing');
  });
});

describe('issue 25 round 10 §1: the requester in a longer signature, the Sold To from a CRM screen', () => {
  const crmCopy = (signature: string[]) =>
    [
      'Hi,',
      '',
      'Please raise an activation file for the add-on: Lakeside Clinic is adding 10 Interaction Client Business User licences to its production system. Copied from our CRM:',
      '',
      'Account Name:          Lakeside Clinic',
      'Sold-To Acct:          Granite Voice Partners LLC',
      'Order #:               SO-6331999',
      'Server MAC:            5C-26-0A-4B-19-E8',
      '',
      'Let me know if you need anything else.',
      '',
      ...signature,
    ].join('\n');
  const SIGNATURE = [
    'Dana Whitfield',
    'Sales Operations Coordinator',
    'Granite Voice Partners LLC',
    'dana.whitfield@granitevoice.example',
    'Direct (615) 555-0142 | Main (615) 555-0100',
  ];

  it('a five-line signature block that carries an address or a phone names the requester: none of it asked', () => {
    const result = extractLicenseRequest({ body: crmCopy(SIGNATURE) });
    expect(result.fields).toMatchObject({
      firstName: 'Dana',
      lastName: 'Whitfield',
      corporateEmail: 'dana.whitfield@granitevoice.example',
      workPhone: '(615) 555-0142',
    });
    const asked = result.questions.map((q) => q.field);
    for (const field of ['firstName', 'lastName', 'corporateEmail']) expect(asked).not.toContain(field);
  });

  it('"Sold-To Acct:" labels the Sold To account (the whole value, not the word after the hyphen)', () => {
    expect(extractLicenseRequest({ body: crmCopy(SIGNATURE) }).fields).toMatchObject({
      soldToAccount: 'Granite Voice Partners LLC',
    });
  });

  it('a long last paragraph with no address or phone is still no signature', () => {
    const result = extractLicenseRequest({
      body: crmCopy(['Dana Whitfield', 'Sales Operations', 'Granite Voice Partners LLC', 'Nashville', 'Tennessee']),
    });
    expect(result.fields).not.toHaveProperty('corporateEmail');
  });
});
