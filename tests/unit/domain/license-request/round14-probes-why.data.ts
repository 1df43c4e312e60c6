/** Probe mails of issue 25 round 14 (fix-lic-a), written before the reader was changed; see round14-who-and-why.test.ts. */
import type { WrittenProbe } from './round14-probes-who.data.ts';

export const P2: WrittenProbe[] = [
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
  {
    body: 'Hello,\n\nLicence for our acceptance environment please: Chat 9.0 x 12, single server acc-lic1 (MAC 00-50-56-77-88-01, Windows Server 2022), blended.\n\nRegards,\nHugo Smit\nVeluwe Data B.V.',
    want: {
      purpose: 'testing',
    },
  },
  {
    body: 'Hello,\n\nSIP Server 8.5 x 200, one server only, live production. Server pr-lic1, MAC 00-50-56-77-88-02, Windows Server 2022, separate agents.\n\nRegards,\nHugo Smit\nVeluwe Data B.V.',
    want: {
      purpose: 'production',
    },
  },
  {
    body: 'Hello,\n\nPlease issue the activation file for Zwolle Care, GARN 0500101, new deployment. The CIC box is a test machine, MAC 00-50-56-77-88-03. Sold To is us.\n\nRegards,\nHugo Smit\nVeluwe Data B.V.',
    from: {
      name: 'Hugo Smit',
      address: 'hugo@veluwedata.example',
    },
    want: {
      deploymentType: 'test',
    },
  },
];

export const P5: WrittenProbe[] = [
  {
    body: 'Hello,\n\nPlease issue a production licence for Fenwick Rail Ltd: Inbound Voice 8.5 x 60 and Chat 8.5 x 60. Agents are multi-skilled across voice and chat. Single licence server fr-lic01, MAC 00-50-56-AB-00-00, Windows Server 2022.\n\nRegards,\nAnn Lowe\nPennine CX Ltd',
    want: {
      deploymentMode: 'blended',
    },
  },
  {
    body: 'Hello,\n\nPlease issue a production licence for Fenwick Rail Ltd: Inbound Voice 8.5 x 60 and Chat 8.5 x 60. The same trainee agents use both. Single licence server fr-lic01, MAC 00-50-56-AB-00-01, Windows Server 2022.\n\nRegards,\nAnn Lowe\nPennine CX Ltd',
    want: {
      deploymentMode: 'blended',
    },
  },
  {
    body: 'Hello,\n\nPlease issue a production licence for Fenwick Rail Ltd: Inbound Voice 8.5 x 60 and Chat 8.5 x 60. One team of operators handles both channels. Single licence server fr-lic01, MAC 00-50-56-AB-00-02, Windows Server 2022.\n\nRegards,\nAnn Lowe\nPennine CX Ltd',
    want: {
      deploymentMode: 'blended',
    },
  },
  {
    body: 'Hello,\n\nPlease issue a production licence for Fenwick Rail Ltd: Inbound Voice 8.5 x 60 and Chat 8.5 x 60. The same staff take the calls and answer the chats. Single licence server fr-lic01, MAC 00-50-56-AB-00-03, Windows Server 2022.\n\nRegards,\nAnn Lowe\nPennine CX Ltd',
    want: {
      deploymentMode: 'blended',
    },
  },
  {
    body: 'Hello,\n\nPlease issue a production licence for Fenwick Rail Ltd: Inbound Voice 8.5 x 60 and Chat 8.5 x 60. Each solution has its own agents. Single licence server fr-lic01, MAC 00-50-56-AB-00-04, Windows Server 2022.\n\nRegards,\nAnn Lowe\nPennine CX Ltd',
    want: {
      deploymentMode: 'separate',
    },
  },
  {
    body: 'Hello,\n\nPlease issue a production licence for Fenwick Rail Ltd: Inbound Voice 8.5 x 60 and Chat 8.5 x 60. Voice and chat are handled by different teams. Single licence server fr-lic01, MAC 00-50-56-AB-00-05, Windows Server 2022.\n\nRegards,\nAnn Lowe\nPennine CX Ltd',
    want: {
      deploymentMode: 'separate',
    },
  },
  {
    body: 'Hello,\n\nPlease issue a production licence for Fenwick Rail Ltd: Inbound Voice 8.5 x 60 and Chat 8.5 x 60. Our agents are cross-skilled, they switch between calls and chats. Single licence server fr-lic01, MAC 00-50-56-AB-00-06, Windows Server 2022.\n\nRegards,\nAnn Lowe\nPennine CX Ltd',
    want: {
      deploymentMode: 'blended',
    },
  },
];

export const P6: WrittenProbe[] = [
  {
    body: 'Hello,\n\nKowloon Dental Group bought additional Interaction Analyzer seat licences and we need their activation file regenerated to include them. GARN 0312200, production server MAC 00-25-B5-11-22-33. Sold To is us.\n\nRegards,\nNadia Farouk\nNile Contact Systems S.A.E.\n+20 2 2555 0190',
    from: {
      name: 'Nadia Farouk',
      address: 'nadia@nilecontact.example',
    },
    want: {
      implementationType: 'add-on',
    },
  },
  {
    body: 'Hello,\n\nActivation file please.\n\nEnd User: Alexandria Port Authority\nSold To: Nile Contact Systems S.A.E.\nGARN: 0312201\nPrimary MAC: 00-25-B5-11-22-34\nDeployment: production\nType: additional server for the existing licence\n\nRegards,\nNadia Farouk\nNile Contact Systems S.A.E.\n+20 2 2555 0190',
    from: {
      name: 'Nadia Farouk',
      address: 'nadia@nilecontact.example',
    },
    want: {
      implementationType: 'add-on',
    },
  },
  {
    body: 'Hello,\n\nPlease issue a new lab activation file for Delta Agro Holdings, whose new PureConnect server is ready. GARN 0312202, MAC 00-25-B5-11-22-35. We are the Sold To.\n\nRegards,\nNadia Farouk\nNile Contact Systems S.A.E.\n+20 2 2555 0190',
    from: {
      name: 'Nadia Farouk',
      address: 'nadia@nilecontact.example',
    },
    want: {
      implementationType: 'new-deployment',
    },
  },
  {
    body: "Hello,\n\nWe have finished setting up the warm standby DR server for Giza Retail's PureConnect system and it needs its own activation file. GARN 0312203, MAC 00-25-B5-11-22-36, Sold To: us.\n\nRegards,\nNadia Farouk\nNile Contact Systems S.A.E.\n+20 2 2555 0190",
    from: {
      name: 'Nadia Farouk',
      address: 'nadia@nilecontact.example',
    },
    want: {
      implementationType: 'new-deployment',
    },
  },
  {
    body: 'Hello,\n\nLuxor Hotels has a second PureConnect pair at their disaster recovery site, kept running and in sync with the main site. We need an activation file for it as a new deployment. GARN 0312204, MAC 00-25-B5-11-22-37. Sold To: Nile Contact Systems S.A.E.\n\nRegards,\nNadia Farouk\nNile Contact Systems S.A.E.\n+20 2 2555 0190',
    from: {
      name: 'Nadia Farouk',
      address: 'nadia@nilecontact.example',
    },
    want: {
      deploymentType: 'dr-hot-standby',
    },
  },
  {
    body: 'Hello,\n\nAswan Water is deploying a new PureConnect DR server for the licences they hold for production. GARN 0312205, MAC 00-25-B5-11-22-38, new deployment, Sold To is us.\n\nPlease treat it as a hot standby.\n\nRegards,\nNadia Farouk\nNile Contact Systems S.A.E.\n+20 2 2555 0190',
    from: {
      name: 'Nadia Farouk',
      address: 'nadia@nilecontact.example',
    },
    want: {
      deploymentType: 'dr-hot-standby',
    },
  },
  {
    body: 'Hello,\n\nSinai Telecom finished building the disaster recovery node for their PureConnect platform; it stays powered off until failover. Please send its activation file. GARN 0312206, MAC 00-25-B5-11-22-39. Sold To: us.\n\nRegards,\nNadia Farouk\nNile Contact Systems S.A.E.\n+20 2 2555 0190',
    from: {
      name: 'Nadia Farouk',
      address: 'nadia@nilecontact.example',
    },
    want: {
      implementationType: 'new-deployment',
      deploymentType: 'dr-cold-standby',
    },
  },
];

export const P7: WrittenProbe[] = [
  {
    body: "Hi,\n\nOur customer Loch Ness Tours plans to upgrade to 2025 R3. Will their current activation file keep working afterwards? It's only a question, no file needed today. GARN 0400101.\n\nBest,\nOwen Marsh\nHighland Voice Ltd\n+44 1463 555 010",
    from: {
      name: 'Owen Marsh',
      address: 'owen@highlandvoice.example',
    },
    want: {
      requestType: 'question',
    },
  },
  {
    body: 'Hi,\n\nCan the I3_LICENSE_ACD seats in our activation file be shared between two sites? No activation file is required right now. GARN 0400102.\n\nBest,\nOwen Marsh\nHighland Voice Ltd\n+44 1463 555 010',
    from: {
      name: 'Owen Marsh',
      address: 'owen@highlandvoice.example',
    },
    want: {
      requestType: 'question',
    },
  },
  {
    body: 'Hi,\n\nJust a quick question for now: does a reallocation to a VM change the host id the activation file needs? GARN 0400103.\n\nBest,\nOwen Marsh\nHighland Voice Ltd\n+44 1463 555 010',
    from: {
      name: 'Owen Marsh',
      address: 'owen@highlandvoice.example',
    },
    want: {
      requestType: 'question',
    },
  },
  {
    body: "Hi,\n\nSkye Ferries is moving PureConnect to Hyper-V next year. Which MAC will the activation file need on the VM, the virtual NIC's?\n\nBest,\nOwen Marsh\nHighland Voice Ltd\n+44 1463 555 010",
    from: {
      name: 'Owen Marsh',
      address: 'owen@highlandvoice.example',
    },
    want: {
      requestType: 'question',
    },
    subject: 'Question - host id on Hyper-V',
  },
  {
    body: 'Hi,\n\nWe do not need a new file yet, we only want to know if our activation file covers the WebRTC agents. GARN 0400105.\n\nBest,\nOwen Marsh\nHighland Voice Ltd\n+44 1463 555 010',
    from: {
      name: 'Owen Marsh',
      address: 'owen@highlandvoice.example',
    },
    want: {
      requestType: 'question',
    },
  },
  {
    body: "Hi,\n\nPlease issue the activation file for Orkney Energy's new PureConnect server, MAC 00-11-22-33-44-AA, GARN 0400106, new deployment, production. Sold To is us.\n\nBest,\nOwen Marsh\nHighland Voice Ltd\n+44 1463 555 010",
    from: {
      name: 'Owen Marsh',
      address: 'owen@highlandvoice.example',
    },
    want: {
      requestType: 'activation-file',
    },
    subject: 'Question answered - now the file please',
  },
];

export const P8: WrittenProbe[] = [
  {
    body: 'Hi,\n\nPlease issue a production activation file for Raffles Clinics, new deployment, GARN 0411001, MAC 00-50-56-A1-B2-01. Genesys licences only, no third party. Sold To is us.\n\nThanks,\nRosa Lim\nBanyan CX Pte Ltd\n+65 6555 0101',
    from: {
      name: 'Rosa Lim',
      address: 'rosa@banyancx.example',
    },
    want: {
      category: 'vendor',
    },
  },
  {
    body: 'Hi,\n\nPlease issue a production activation file for Orchid Bank, new deployment, GARN 0411002, MAC 00-50-56-A1-B2-02. Standard PureConnect licences, nothing third-party. Sold To is us.\n\nThanks,\nRosa Lim\nBanyan CX Pte Ltd\n+65 6555 0101',
    from: {
      name: 'Rosa Lim',
      address: 'rosa@banyancx.example',
    },
    want: {
      category: 'vendor',
    },
  },
  {
    body: 'Hi,\n\nPlease issue a production activation file for Merlion Foods, new deployment, GARN 0411003, MAC 00-50-56-A1-B2-03. It is not a third-party file. Sold To is us.\n\nThanks,\nRosa Lim\nBanyan CX Pte Ltd\n+65 6555 0101',
    from: {
      name: 'Rosa Lim',
      address: 'rosa@banyancx.example',
    },
    want: {
      category: 'vendor',
    },
  },
  {
    body: 'Hi,\n\nPlease issue a production activation file for Jurong Port, new deployment, GARN 0411004, MAC 00-50-56-A1-B2-04, without any third party products. Sold To is us.\n\nThanks,\nRosa Lim\nBanyan CX Pte Ltd\n+65 6555 0101',
    from: {
      name: 'Rosa Lim',
      address: 'rosa@banyancx.example',
    },
    want: {
      category: 'vendor',
    },
  },
  {
    body: 'Hi,\n\nPlease issue a third-party activation file for Nuance ASR at Sentosa Resorts, add-on, GARN 0411005, MAC 00-50-56-A1-B2-05, production. Sold To is us.\n\nThanks,\nRosa Lim\nBanyan CX Pte Ltd\n+65 6555 0101',
    from: {
      name: 'Rosa Lim',
      address: 'rosa@banyancx.example',
    },
    want: {
      category: 'third-party',
    },
  },
];
