/** Probe mails of issue 25 round 14 (fix-lic-a), written before the reader was changed; see round14-who-and-why.test.ts. */
import type { LicenseRequestInput } from '../../../../src/domain/license-request/schema.ts';

export interface WrittenProbe {
  body: string;
  subject?: LicenseRequestInput['subject'];
  from?: LicenseRequestInput['from'];
  want: Record<string, unknown>;
}

export const P1: WrittenProbe[] = [
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
];

export const P3: WrittenProbe[] = [
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
];

export const P4: WrittenProbe[] = [
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
];

export const P9: WrittenProbe[] = [
  {
    body: 'Hi,\n\nWe need Inbound Voice 9.0 for 50 agents on our own contact centre, license on one box, TBC-LIC1 (Windows Server 2022), MAC 00-50-56-12-34-56, production.\n\nCheers,\nDana Kerr\nTasman Bay Council\n+64 3 555 0199',
    want: {
      kind: 'engage',
    },
  },
  {
    body: 'Hello,\n\nWe are needing licences for Chat 8.5 x 30 and Email 8.5 x 30 for our service desk, single server tb-lic2, MAC 00:50:56:12:34:57, RHEL 8.8, production, same agents for both.\n\nCheers,\nDana Kerr\nTasman Bay Council\n+64 3 555 0199',
    want: {
      kind: 'engage',
    },
  },
  {
    body: 'Hi, can we get the Outbound Contact licence for Nelson Freight please, 20 users. It will sit on NF-APP01 (Windows Server 2022), MAC 00-50-56-12-34-58.\n\nDana',
    want: {
      kind: 'engage',
    },
  },
  {
    body: 'Morning, could I get the Info Mart licence for Richmond Dairy, 10 seats, on rd-im-01 (RHEL 9), MAC 00-50-56-12-34-59? Ta\n\nDana',
    want: {
      kind: 'engage',
    },
  },
  {
    body: 'Hi, may we have the Workforce Management licence for Picton Ferries, 25 users, host PF-WFM (Windows Server 2019), MAC 00-50-56-12-34-5A.\n\nDana',
    want: {
      kind: 'engage',
    },
  },
];
