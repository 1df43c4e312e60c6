/**
 * Issue 25 round 14 (fix-lic-a): who the order is for and what it is for, as the fourth held-out part and the x5
 * batch put it — classes of writing, each with probe mails written before the reader was changed (not copied
 * from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { LicenseRequestInput } from '../../../../src/domain/license-request/schema.ts';

interface Probe {
  input: LicenseRequestInput;
  want: Record<string, unknown>;
}

const field = (fields: object, key: string) => (fields as Record<string, unknown>)[key];

function check({ input, want }: Probe): void {
  const read = extractLicenseRequest(input);
  for (const [key, value] of Object.entries(want)) {
    if (key === 'missing') expect(read.missing).toEqual(value);
    else expect([key, field(read.fields, key) ?? null]).toEqual([key, value]);
  }
}

const probes = (
  list: { body: string; subject?: string; from?: { name?: string; address: string }; want: Record<string, unknown> }[],
): [string, Probe][] =>
  list.map((p) => [
    p.body
      .split('\n')
      .find((l) => l.length > 20)!
      .slice(0, 70),
    {
      input: { body: p.body, ...(p.subject ? { subject: p.subject } : {}), ...(p.from ? { from: p.from } : {}) },
      want: p.want,
    },
  ]);

const P1 = probes([
  {
    body: 'Hi team,\n\nWe need 50 seats of Inbound Voice 9.0 for production in our new contact centre in Campinas, one license server paul-lic01 (MAC 00-1B-21-3C-4D-5E, Windows Server 2022), agents blended.\n\nObrigada,\nMarina Costa\nAnalista de TI | Paulista Seguros S.A.\n+55 11 4002 8922',
    want: {
      companyName: 'Paulista Seguros S.A.',
    },
  },
  {
    body: 'Hello Licensing,\n\nPlease send the production license for SIP Server 8.5, 30 ports, separate voice agents. Single server kob-lm1.kobemarine.example, hostid 3c:ec:ef:10:22:31, RHEL 9.2.\n\nBest,\nKenji Mori\nIT Infrastructure, Kobe Marine Logistics K.K.\n+81 78 555 0101',
    want: {
      companyName: 'Kobe Marine Logistics K.K.',
    },
  },
  {
    body: 'Good day,\n\nRequesting a licence file for our UAT environment: Outbound Contact 8.5 x 25, testing, single licence server pgc-test-lic (MAC 6C:2B:59:AA:01:7E, Windows Server 2019), blended.\n\nCheers\nDoug Fenwick | Systems Administrator\nPrairie Grain Co-operative Ltd.\nT 306 555 0199',
    want: {
      companyName: 'Prairie Grain Co-operative Ltd.',
    },
  },
  {
    body: 'Hi,\n\nLicence needed ahead of our go-live on 1 March: Genesys Voice Platform 9.0, 40 ports, production, blended. Server: nbo-gvp-lic, MAC 00:15:5D:01:99:A0, Ubuntu 22.04, single server.\n\nKind regards,\nWanjiru Kamau\nSenior Engineer\nRift Valley Water Services Ltd\n+254 20 555 3100',
    want: {
      companyName: 'Rift Valley Water Services Ltd',
    },
  },
  {
    body: 'Hello,\n\nOne of our clients needs a production licence for their environment: Workforce Management 8.5 x 70, single server wfm-lic-7 (MAC 00-50-56-9A-11-22, Windows Server 2022), separate.\n\nThanks,\nPaul Brennan\nShannon Integration Ltd',
    want: {
      missing: ['companyName'],
    },
  },
  {
    body: "Hi,\n\nWe're deploying Chat 9.0 for a customer of ours: 35 seats, lab, single server ch-lab-01 (MAC 00:0C:29:AB:CD:EF, Windows Server 2019), blended.\n\nRegards,\nLiam Cho\nBridgewater Digital Pty Ltd",
    want: {
      missing: ['companyName'],
    },
  },
  {
    body: 'Hi,\n\nWe need production licenses: 45 seats of SIP Server 9.0, single server sip-lic-3 (MAC 00:0C:29:AB:CD:01, RHEL 8.8), blended.\n\nRegards,\nGreta Lind\nNordic Voice Integrators AB',
    want: {
      missing: ['companyName'],
    },
  },
]);

describe("issue 25 round 14 §1: the Engage company is the writer's when the order is for its own environment, go-live or contact centre, or its license server sits in the writer's own domain; a mail for an unnamed customer is asked", () => {
  it.each(P1)('%s', (_, probe) => check(probe));
});

const P2 = probes([
  {
    subject: 'SIP Server 9.0 x 40 - TEST rig - single lic server',
    body: 'Hi,\n\nServer is tr-lic-09, RHEL 8.8, MAC 00:16:3e:11:22:33. Blended agents.\n\nThanks\nAmy Tran\nSaigon Retail Bank JSC',
    want: {
      purpose: 'testing',
      serverConfiguration: 'single',
    },
  },
  {
    body: 'Hello,\n\nCould we get 25 seats of Chat 8.5 for the demo machine at our office, one lic server only: dm-lic (MAC 001122aabbcc, Windows Server 2019). Blended.\n\nRegards,\nOle Berg\nNordkapp Data AS',
    want: {
      purpose: 'demo',
      serverConfiguration: 'single',
    },
  },
  {
    body: 'Hi all,\n\nOrder for Outbound Contact 9.0, 15 seats, for the lab VM, single lic. server labvm-lic (00-50-56-AB-CD-01, Windows Server 2022), separate agents.\n\nCheers,\nTom Reid\nGlenmore Distilling Ltd',
    want: {
      purpose: 'testing',
      serverConfiguration: 'single',
    },
  },
  {
    body: 'Hi,\n\nInbound Voice 8.5 x 300 for the prod cluster, 3 lic servers redundant: pc-l1, pc-l2, pc-l3 (MACs 0011223344a1, 0011223344a2, 0011223344a3), Windows Server 2022, blended.\n\nBR\nLena Vogt\nRheinhafen Logistik GmbH',
    want: {
      purpose: 'production',
      serverConfiguration: 'three-redundant',
    },
  },
  {
    subject: 'Designer 9.0 x 10 -- dev stack -- 1 lic server',
    body: 'Hey,\n\nHost dv-lic-2, MAC 3c:ec:ef:00:00:01, Ubuntu 22.04. Separate agents.\n\nThanks,\nRaj Patel\nGanges Power Ltd',
    want: {
      purpose: 'development',
      serverConfiguration: 'single',
    },
  },
]);

describe('issue 25 round 14 §2: "lic" is "license" ("single lic server", "3 lic servers"), and a purpose qualifies a rig, machine, VM, stack or cluster', () => {
  it.each(P2)('%s', (_, probe) => check(probe));
});

const P3 = probes([
  {
    body: 'Dear Team,\n\nPlease process below.\n\nCompany Name :- Godavari Textiles Ltd\nSellable Item :- Inbound Voice 8.5\nQuantity :- 45\nLicense server hostname :- GTL-LIC-01\nHost ID :- 00:1A:2B:3C:4D:5E\nOS :- Windows Server 2019\nServer configuration :- Single\nPurpose :- Production\nDeployment mode :- Blended\n\nRegards,\nSuresh Iyer\nInfra Lead, Kaveri Systems Pvt Ltd',
    want: {
      companyName: 'Godavari Textiles Ltd',
      purpose: 'production',
      serverConfiguration: 'single',
      deploymentMode: 'blended',
    },
  },
  {
    body: 'Hi,\n\nCompany name:- Lanka Mobile Banking PLC\nProduct:- Outbound Contact 9.0\nSeats:- 20\nHost name:- lmb-lic\nMAC:- 00-50-56-11-22-33\nOS:- RHEL 8.6\nConfig:- single\nPurpose:- testing\nMode:- separate\n\nThanks\nNimal Perera\nSerendib CX (Pvt) Ltd',
    want: {
      companyName: 'Lanka Mobile Banking PLC',
      purpose: 'testing',
      serverConfiguration: 'single',
      deploymentMode: 'separate',
    },
  },
  {
    body: 'Hello,\n\nCustomer :-  Punjab Agro Foods Ltd\nItem :- SIP Server 8.5 - 30\nServer :- paf-flex1 / 3C:EC:EF:AA:BB:CC / Windows Server 2022\nSingle server, production, blended.\n\nRegards\nHarpreet Singh',
    want: {
      companyName: 'Punjab Agro Foods Ltd',
      purpose: 'production',
      serverConfiguration: 'single',
    },
  },
  {
    body: 'Company Name :- Deccan Power Corp Ltd\nPurpose :- Produciton\nServer config :- Single\nSellable Item & Ver :- Chat 9.0\nQty :- 15\nHostname :- dpc-lic\nHost ID :- 00:11:22:33:44:55\nO/S :- Windows 2019\nBlended.',
    want: {
      companyName: 'Deccan Power Corp Ltd',
      purpose: 'production',
      serverConfiguration: 'single',
    },
  },
]);

describe('issue 25 round 14 §3: a form written "Label :- value" reads as "Label: value"', () => {
  it.each(P3)('%s', (_, probe) => check(probe));
});

const P4 = probes([
  {
    subject: 'Hillcrest Dental Group - new AF',
    body: "Hi,\n\nPlease generate the activation file for the customer's new production server, MAC 00-11-22-33-44-55, PureConnect 2025 R2. New deployment.\n\nThanks,\nMark Lee\nVoice Engineer\nCoastal Voice Ltd\n+44 20 7946 0100",
    from: {
      name: 'Mark Lee',
      address: 'mark.lee@coastalvoice.example',
    },
    want: {
      endUserAccount: 'Hillcrest Dental Group',
      soldToAccount: 'Coastal Voice Ltd',
    },
  },
  {
    subject: 'Banco Rio Sul / reallocation activation file',
    body: 'Hello,\n\nThe PureConnect server of this customer moves to new hardware, new MAC 00:50:56:AA:BB:01, production.\n\nThanks,\nMark Lee\nVoice Engineer\nCoastal Voice Ltd\n+44 20 7946 0100',
    from: {
      name: 'Mark Lee',
      address: 'mark.lee@coastalvoice.example',
    },
    want: {
      endUserAccount: 'Banco Rio Sul',
    },
  },
  {
    subject: 'Tamsin Water Board: migration AFR',
    body: 'Hi team,\n\nWe are migrating their CIC 4.0 system to PureConnect 2025 R1 on a new server, MAC 3C-EC-EF-01-02-03, production.\n\nThanks,\nMark Lee\nVoice Engineer\nCoastal Voice Ltd\n+44 20 7946 0100',
    from: {
      name: 'Mark Lee',
      address: 'mark.lee@coastalvoice.example',
    },
    want: {
      endUserAccount: 'Tamsin Water Board',
    },
  },
  {
    subject: 'Oakleaf Pharmacy Ltd -- DR activation file',
    body: 'Hi,\n\nThey built a cold standby PureConnect server for DR, MAC 00-0C-29-11-22-33. Please issue the file.\n\nThanks,\nMark Lee\nVoice Engineer\nCoastal Voice Ltd\n+44 20 7946 0100',
    from: {
      name: 'Mark Lee',
      address: 'mark.lee@coastalvoice.example',
    },
    want: {
      endUserAccount: 'Oakleaf Pharmacy Ltd',
    },
  },
  {
    subject: 'Project Falcon - upgrade activation file',
    body: 'Hi,\n\nThe customer is upgrading PureConnect to 2025 R3 on the same server, MAC 00-0C-29-11-22-44, production.\n\nThanks,\nMark Lee\nVoice Engineer\nCoastal Voice Ltd\n+44 20 7946 0100',
    from: {
      name: 'Mark Lee',
      address: 'mark.lee@coastalvoice.example',
    },
    want: {
      endUserAccount: null,
    },
  },
  {
    body: 'Hello,\n\nPlease issue the PureConnect activation file for Lakeside Clinics, new deployment, production, MAC 00-0C-29-11-22-55. We are the Sold To.\n\nThanks,\nMark Lee\nVoice Engineer\nCoastal Voice Ltd\n+44 20 7946 0100',
    from: {
      name: 'Mark Lee',
      address: 'mark.lee@coastalvoice.example',
    },
    want: {
      endUserAccount: 'Lakeside Clinics',
      soldToAccount: 'Coastal Voice Ltd',
    },
  },
  {
    body: 'Hello,\n\nActivation file please for Norwood Insurance, new PureConnect production server, MAC 00-0C-29-11-22-66, new deployment. Sold To is us, bought direct.\n\nThanks,\nMark Lee\nVoice Engineer\nCoastal Voice Ltd\n+44 20 7946 0100',
    from: {
      name: 'Mark Lee',
      address: 'mark.lee@coastalvoice.example',
    },
    want: {
      endUserAccount: 'Norwood Insurance',
      soldToAccount: 'Coastal Voice Ltd',
    },
  },
  {
    body: 'Hi,\n\nOur account is Eastgate Hospital Trust and we bought the licences ourselves, so we are the Sold To as well. Need an activation file for our new PureConnect lab server, MAC 00-0C-29-11-22-77, new deployment.\n\nThanks,\nJo Wells\nIT Manager\nEastgate Hospital Trust',
    from: {
      name: 'Jo Wells',
      address: 'jo.wells@eastgate-hospital.example',
    },
    want: {
      endUserAccount: 'Eastgate Hospital Trust',
      soldToAccount: 'Eastgate Hospital Trust',
    },
  },
]);

describe('issue 25 round 14 §4: a PureConnect subject that names the End User before the file asked for ("X - upgrade AFR", "X / reallocation activation file"); "Sold To is us" names no company by its lower-case remark', () => {
  it.each(P4)('%s', (_, probe) => check(probe));
});
