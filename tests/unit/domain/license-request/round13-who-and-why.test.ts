/**
 * Issue 25 round 13 (fix-lic-a): who writes and why, as the third held-out part's writers put it — classes of
 * writing, each with probe mails written before the reader was changed (not copied from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord, PureConnectRecord } from '../../../../src/domain/license-request/schema.ts';

const engage = (body: string, subject?: string) => {
  const result = extractLicenseRequest({ body, ...(subject ? { subject } : {}) });
  return { kind: result.kind, fields: result.fields as Partial<EngageRecord>, missing: result.missing };
};
const pureconnect = (body: string, extra: { subject?: string; from?: { name?: string; address: string } } = {}) => {
  const result = extractLicenseRequest({ body, ...extra });
  return { kind: result.kind, fields: result.fields as Partial<PureConnectRecord>, missing: result.missing };
};

describe('issue 25 round 13 §1: a greeting that is also a closing ("Kia ora,", "Salam,") opens the mail, it does not sign it', () => {
  it.each([
    ['Kia ora,', 'Wellington'],
    ['Salam,', 'Muscat'],
    ['Greetings,', 'Lagos'],
    ['Mahalo,', 'Honolulu'],
    ['Cheers,', 'Perth'],
  ])('%s over an Engage request', (greeting, city) => {
    const read = engage(
      `${greeting}\n\nPlease issue 40 seats of SIP Server 8.5 for our customer Harbour ${city} Ltd, production, single license server ${city.toLowerCase()}-lic01 (host id 00-11-22-AA-BB-0C, Windows Server 2022).\n\nThanks,\nRua Tane\nKiwi CX Partners`,
    );
    expect(read.kind).toBe('engage');
    expect(read.fields.companyName).toBe(`Harbour ${city} Ltd`);
    expect(read.fields.licenseServers?.[0]?.hostName).toBe(`${city.toLowerCase()}-lic01`);
  });
});

describe('issue 25 round 13 §2: the Commonwealth spelling ("licence server", "licence order") says Engage as "license" does', () => {
  it.each([
    'Ashgrove Insurance is adding Interaction Concentrator to its production estate. One licence server:\n\nName            Host ID          Port\nash-lic01       A0B1C2D3E4F5     7260\n\nProduct: Interaction Concentrator 8.1   Qty: 2',
    'Could you cut a licence order for Birchfield Council? 25 seats of Designer 9.0 on their licence server bfc-lic1, MAC 00:1a:2b:3c:4d:5e, RHEL 8, production.',
    'Single licence server (cwm-flex01, 3C-52-82-11-22-33, Windows Server 2019) for Carrow Water, 60 x SIP Server 8.5, production please.',
    'Licence servers for Dunmore Foods, production, three-server redundant: dmf-l1, dmf-l2, dmf-l3 (MACs 001122334401, 001122334402, 001122334403). 200 seats of Enterprise Routing Solution 8.5.',
  ])('%s', (paragraph) => {
    expect(engage(`Hello,\n\n${paragraph}\n\nRegards,\nSam Hill\nOakridge Systems`).kind).toBe('engage');
  });
});

const PC_FACTS = 'GARN 0456400, MAC 00-50-56-AA-FF-01, new deployment, production server.';

describe('issue 25 round 13 §3: a family name with a particle ("Al Mansoori", "van der Berg") stays whole when the address names its last word', () => {
  it.each([
    ['Ahmed Al Mansoori', 'ahmed.mansoori@falconsys.example', 'Ahmed', 'Al Mansoori'],
    ['Sanne van der Berg', 'sanne.berg@polder-cx.example', 'Sanne', 'van der Berg'],
    ['Luis de la Fuente', 'l.fuente@iberiavoz.example', 'Luis', 'de la Fuente'],
    ['Omar bin Rashid', 'omar.rashid@gulfcx.example', 'Omar', 'bin Rashid'],
    ['Marie-Claire Le Goff', 'mc.legoff@armor-telecom.example', 'Marie-Claire', 'Le Goff'],
  ])('%s <%s>', (name, address, first, last) => {
    const read = pureconnect(
      `Hello,\n\nPlease issue the activation file for Dunes Retail LLC. ${PC_FACTS} Sold To: Gulf CX FZ-LLC.\n\nRegards,\n${name}\nGulf CX FZ-LLC`,
      {
        from: { name, address },
      },
    );
    expect([read.fields.firstName, read.fields.lastName]).toEqual([first, last]);
  });
});

describe('issue 25 round 13 §4: an extension written as a local line ("loc. 310", "local 22", "Nebenstelle 31") stays with the number', () => {
  it.each([
    ['+63 2 8555 0177 loc. 310'],
    ['+63 2 8555 0177 local 22'],
    ['(02) 8555 0177 loc 4'],
    ['+49 89 5555 0100 Nebenstelle 31'],
    ['+1 305 555 0100 ext 7'],
  ])('%s', (phone) => {
    const read = pureconnect(
      `Hi,\n\nWe need an activation file for Pasig Foods Inc. ${PC_FACTS} Sold To: Luzon CX Corp.\n\nThank you,\nAna Cruz\nLuzon CX Corp.\n${phone}`,
    );
    expect(read.fields.workPhone).toBe(phone);
  });
});

describe('issue 25 round 13 §5: bought or ordered "through"/"thru"/"via" a company names the Sold To', () => {
  it.each([
    [
      'We are the reseller, the order was placed thru Andes Channel Distribution S.A.',
      'Andes Channel Distribution S.A.',
    ],
    [
      'We (Harbour Credit Union) bought 20 more agent seats for our production server through Tidewater Voice Systems.',
      'Tidewater Voice Systems',
    ],
    ['The licences were purchased via Nordic Channel AB last month.', 'Nordic Channel AB'],
    [
      'Our customer ordered the seats through Keystone Distribution Inc. and we install them.',
      'Keystone Distribution Inc.',
    ],
    ['This went through Pacific Rim Distributors on PO 5521.', 'Pacific Rim Distributors'],
  ])('%s', (sentence, soldTo) => {
    const read = pureconnect(
      `Hello,\n\nActivation file please for Shoreline Foods. ${sentence}\n\n${PC_FACTS}\n\nRegards,\nKai Lee\nShoreline Foods`,
    );
    expect(read.fields.soldToAccount).toBe(soldTo);
  });
});

describe('issue 25 round 13 §6: the employer a signature clips is the same company the mail names in full', () => {
  it.each([
    [
      'Sold to: Kookaburra Contact Solutions Pty Ltd',
      'Kookaburra Contact Solutions',
      'Kookaburra Contact Solutions Pty Ltd',
    ],
    ['Sold To: Redgum Voice Pty. Ltd.', 'Redgum Voice', 'Redgum Voice Pty. Ltd.'],
    ['Sold-to account: Andean Telecom S.A.S.', 'Andean Telecom', 'Andean Telecom S.A.S.'],
    ['Sold To: Baltic CX Services SIA', 'Baltic CX Services', 'Baltic CX Services SIA'],
  ])('%s, signed %s', (label, signed, full) => {
    const read = pureconnect(
      `Hi,\n\nActivation file for Moreton Water please.\nEnd user: Moreton Water\n${label}\n${PC_FACTS}\n\nCheers,\nLiam Kerr\nSolutions Engineer | ${signed}\n+61 7 3555 0142`,
    );
    expect(read.fields.employer).toBe(full);
  });
});

const ENGAGE_FACTS =
  'SIP Server 8.5, 40 seats, production, single license server lic01 (MAC 00-11-22-33-44-55, Windows Server 2022).';

describe("issue 25 round 13 §7: an elided article inside a company name (d'Assurances, dell'Adriatico, l'Ouest) is part of it", () => {
  it.each([
    [
      "Merci d'établir les licences pour notre client Groupe Rhodanien d'Assurances SA : ",
      "Groupe Rhodanien d'Assurances SA",
    ],
    ["Le licenze sono per il nostro cliente Banca dell'Adriatico S.p.A.: ", "Banca dell'Adriatico S.p.A."],
    ['Licences for our customer Caisse Mutuelle de l’Ouest: ', 'Caisse Mutuelle de l’Ouest'],
    ["Please license this for Compagnie d'Électricité du Nord SAS: ", "Compagnie d'Électricité du Nord SAS"],
  ])('%s', (opening, company) => {
    expect(
      engage(`Bonjour,\n\n${opening}${ENGAGE_FACTS}\n\nCordialement,\nLéa Roux\nAzur Intégration`).fields.companyName,
    ).toBe(company);
  });
});

describe('issue 25 round 13 §8: "customer X orders …" names the company whatever the verb, in lower case at a line start', () => {
  it.each([
    ['customer Vltava Contact s.r.o. orders SIP Server 8.5, 40 seats.', 'Vltava Contact s.r.o.'],
    ['Customer Danube Health Kft. buys 40 seats of SIP Server 8.5.', 'Danube Health Kft.'],
    [
      'end user Tatra Logistics a.s. runs a single license server and orders 40 SIP Server 8.5 seats.',
      'Tatra Logistics a.s.',
    ],
    ['client Ostsee Versand GmbH requests 40 seats of SIP Server 8.5.', 'Ostsee Versand GmbH'],
  ])('%s', (sentence, company) => {
    const read = engage(
      `Hello,\n\n${sentence} Production, single license server lic01 (MAC 00-11-22-33-44-55, Windows Server 2022).\n\nBest regards\nPetr Dvorak\nBohemia CX Services`,
    );
    expect(read.fields.companyName).toBe(company);
  });
});

describe('issue 25 round 13 §9: a Japanese company the licences are for is written "X向け" as well as "X様"', () => {
  it.each([
    ['株式会社ミナト物流向けに、SIP Server 8.5 のライセンス（40席）をお願いします。', '株式会社ミナト物流'],
    [
      '北海ソリューションズ株式会社向けのライセンス発行をお願いします。SIP Server 8.5、40席です。',
      '北海ソリューションズ株式会社',
    ],
    ['今回は株式会社サクラ保険様向けに SIP Server 8.5 を 40 席お願いいたします。', '株式会社サクラ保険'],
    ['有限会社ヤマト電装向け SIP Server 8.5（40席）のライセンスです。', '有限会社ヤマト電装'],
  ])('%s', (sentence, company) => {
    const read = engage(
      `ライセンス担当者様\n\n${sentence}本番環境で、ライセンスサーバーは1台です。\n\nホスト名：lic01\nホストID：00-11-22-33-44-55\nOS：Windows Server 2022\n\nよろしくお願いいたします。\n鈴木 一郎\n株式会社テクノリンク`,
    );
    expect(read.fields.companyName).toBe(company);
  });
});

describe("issue 25 round 13 §10: pasted command output's vendor lines name no company; our own contact centre is the writer's", () => {
  it.each([
    'OS Manufacturer:           Microsoft Corporation',
    'System Manufacturer:       VMware, Inc.',
    'Registered Organization:   Microsoft Corporation',
    'Manufacturer: Dell Inc.',
  ])('%s', (line) => {
    const read = engage(
      `Hello Licensing\n\nWe bought 40 seats of SIP Server 8.5 for our own contact centre and need the production licence, single server.\n\nC:\\> systeminfo\n\nHost Name:                 KAR-LIC-01\nOS Name:                   Microsoft Windows Server 2022 Standard\n${line}\nPhysical Address. . . . . . . . . : 00-15-5D-01-7A-33\n\nKind regards\nThandi Nkosi\nInfrastructure Lead\nKaroo Call Centres (Pty) Ltd\n+27 21 555 0100`,
    );
    expect(read.fields.companyName).toBe('Karoo Call Centres (Pty) Ltd');
  });
});

const kindOfFile = (paragraph: string) =>
  pureconnect(
    `Hello,\n\n${paragraph}\n\nGARN 0456400, MAC 00-50-56-AA-FF-01, Sold To: Westshore CX.\n\nThanks,\nLiam Walsh`,
  ).fields.implementationType;

describe('issue 25 round 13 §11: a standby or DR server or site made for a system ("built a cold standby server") is a new deployment', () => {
  it.each([
    'Our customer has set up a hot standby pair in their Riyadh data centre; please issue the activation file for it.',
    'Kestrel Bank stood up a DR site in Leeds that runs as a cold standby, and needs an activation file for it.',
    "We've deployed a standby IC server at the secondary data centre and need its activation file.",
    'The customer commissioned a disaster recovery server last week, so an activation file is needed.',
    'We are building a warm spare CIC box for failover at their second site and need a licence file for it.',
  ])('%s', (paragraph) => {
    expect(kindOfFile(paragraph)).toBe('new-deployment');
  });

  it('a standby server built to replace a failed one stays a reallocation', () => {
    expect(
      kindOfFile('We built a standby server to replace the one that failed; the activation file has to move to it.'),
    ).toBe('reallocation');
  });
});

describe("issue 25 round 13 §12: a system's first file or its go-live is a new deployment", () => {
  it.each([
    'Lakeside Water goes live on PureConnect next month and needs its first activation file.',
    "This is the customer's first PureConnect licence; production go-live is on 3 February.",
    'Please issue the initial activation file for Redwood Clinic, who are going live in January.',
    'Ferncliff Council will go live with PureConnect in March and we need the production activation file.',
  ])('%s', (paragraph) => {
    expect(kindOfFile(paragraph)).toBe('new-deployment');
  });

  it('going live on a new release is an upgrade', () => {
    expect(kindOfFile('Ferncliff Council goes live on the upgrade to 2025 R2 on Monday and needs the file.')).toBe(
      'upgrade',
    );
  });
});

describe('issue 25 round 13 §13: a server moved to new equipment in Spanish, French, German or Italian is a reallocation', () => {
  it.each([
    'Nuestro cliente traslada su servidor PureConnect de producción a un equipo nuevo y necesitamos el archivo de activación.',
    'Le client déménage son serveur PureConnect sur une nouvelle machine, il faut un nouveau fichier d’activation.',
    'Der Kunde zieht seinen PureConnect-Server auf eine neue Maschine um und braucht eine neue Aktivierungsdatei.',
    'Il cliente sposta il server PureConnect su una nuova macchina e serve il file di attivazione.',
    'Trasladamos la licencia del servidor antiguo al nuevo servidor.',
  ])('%s', (paragraph) => {
    expect(kindOfFile(paragraph)).toBe('reallocation');
  });
});

describe('issue 25 round 13 §11 (continued): the made system said in the passive, and a lab made to evaluate', () => {
  it.each([
    'The new disaster recovery CIC server is built and stays powered off until a failover; it needs its own activation file.',
    'Their new standby pair has been set up in Perth and needs an activation file.',
  ])('%s', (paragraph) => {
    expect(kindOfFile(paragraph)).toBe('new-deployment');
  });

  it('a lab set up to evaluate a release asks for an evaluation file', () => {
    expect(
      kindOfFile('We set up a PureConnect lab for Harlow Foods to evaluate the new release; could we get a file?'),
    ).toBe('evaluation');
  });
});

describe('issue 25 round 13 §14: a table that lists several people (an agent roster) names none of them as the requester', () => {
  const body =
    'Hello,\n\nAltona Water goes live on PureConnect and needs its first production activation file; the agent list is attached.\n\nEnd user: Altona Water\nGARN: 0187720\nSold to: Prairie CX Inc.\nPrimary MAC: 00-50-56-BB-40-12\n\nThanks\nRuth Ekberg\nPrairie CX Inc.\n+1 (612) 555-0100';
  it.each([
    ['csv', 'agent_id,first_name,last_name,extension\nA1,Hana,Lund,4000\nA2,Sam,Dahl,4001\nA3,Milo,Berg,4002'],
    [
      'csv',
      'First Name,Last Name,Email,Phone\nHana,Lund,hana@altona.example,555-0101\nSam,Dahl,sam@altona.example,555-0102',
    ],
    ['text', 'Surname\tGiven name\tE-mail\nLund\tHana\thana@altona.example\nDahl\tSam\tsam@altona.example'],
    ['csv', 'name_first;name_last;skill\nHana;Lund;billing\nSam;Dahl;outage\nYara;Olsen;general'],
  ] as const)('%s: %s', (kind, text) => {
    const fields = extractLicenseRequest({
      body,
      from: { name: 'Ruth Ekberg', address: 'rekberg@prairiecx.example' },
      attachments: [{ name: kind === 'csv' ? 'roster.csv' : 'roster.txt', kind, text }],
    }).fields as Partial<PureConnectRecord>;
    expect([fields.firstName, fields.lastName, fields.corporateEmail]).toEqual([
      'Ruth',
      'Ekberg',
      'rekberg@prairiecx.example',
    ]);
  });

  it("a pasted table of one row is still the writer's own details", () => {
    const fields = extractLicenseRequest({
      body: 'Hello,\n\nActivation file please, new deployment for Altona Water, GARN 0187720, MAC 00-50-56-BB-40-12.\n\nFirst name\tLast name\tEmail\nRuth\tEkberg\trekberg@prairiecx.example\n\nThanks',
    }).fields as Partial<PureConnectRecord>;
    expect([fields.firstName, fields.lastName]).toEqual(['Ruth', 'Ekberg']);
  });
});

describe("issue 25 round 13 §15: the purpose said of the file, in a German speaker's English, or only in the subject", () => {
  const SERVER = 'Single licence server lic01, MAC 00-11-22-33-44-55, Windows Server 2022.';
  it.each([
    ['They need a production file for 300 seats of SIP Server 8.5.', undefined],
    ['40 seats of SIP Server 8.5, it is for the productive system.', undefined],
    [
      'Please create the licence keys for 40 seats of SIP Server 8.5 for Elbe Logistik GmbH, productive environment.',
      undefined,
    ],
    ['Order kit details for 40 seats of SIP Server 8.5 below.', 'Licence order kit - production - single server'],
    [
      'Can you do the licence for 40 seats of SIP Server 8.5 on the server below please.',
      'Genesys SIP Server 8.5 licence - production',
    ],
    ['Please issue 40 seats of SIP Server 8.5 for Kestrel Air.', 'PROD licence request: Kestrel Air'],
  ])('%s (subject: %s)', (sentence, subject) => {
    expect(engage(`Hi,\n\n${sentence} ${SERVER}\n\nThanks,\nJo Bell\nBell Systems`, subject).fields.purpose).toBe(
      'production',
    );
  });

  it('a subject offering choices states none', () => {
    expect(
      engage(
        `Hi,\n\nPlease issue 40 seats of SIP Server 8.5 for Kestrel Air. ${SERVER}\n\nThanks,\nJo Bell`,
        'licence - production or lab?',
      ).fields.purpose,
    ).toBeUndefined();
  });
});

describe('issue 25 round 13 §16: agents run "separately" (an adverb) is a separate deployment mode', () => {
  it.each([
    'Voice agents and IVR are run separately, not blended.',
    'Inbound and outbound teams work separately.',
    'The outbound campaigns are staffed separately from inbound.',
  ])('%s', (sentence) => {
    expect(
      engage(
        `Hi,\n\nFor Kestrel Air: 40 seats of SIP Server 8.5 and 20 of Outbound Contact Solution 8.5, production, single license server lic01 (MAC 00-11-22-33-44-55, Windows Server 2022). ${sentence}\n\nThanks,\nJo Bell`,
      ).fields.deploymentMode,
    ).toBe('separate');
  });
});

const requester = (signature: string, from: { name: string; address: string }) =>
  pureconnect(
    `Hello,\n\nActivation file please for Shoreline Foods. ${PC_FACTS} Sold To: Harbour CX Ltd.\n\nRegards,\n${signature}`,
    {
      from,
    },
  ).fields;

describe("issue 25 round 13 §17: a name the From header writes without its accents takes the signature's accented form", () => {
  it.each([
    ['Émilie Gagnon', 'Emilie Gagnon', 'egagnon@fleuve.example', 'Émilie', 'Gagnon'],
    ['José Muñoz', 'Jose Munoz', 'jmunoz@iberia-cx.example', 'José', 'Muñoz'],
    ['Søren Østergaard', 'Soren Ostergaard', 'soren.ostergaard@nordcx.example', 'Søren', 'Østergaard'],
    ['Zoë Brontë', 'Zoe Bronte', 'zbronte@moor.example', 'Zoë', 'Brontë'],
  ])('%s signed, %s in the header', (signed, header, address, first, last) => {
    const fields = requester(`${signed}\nHarbour CX Ltd\n+1 514 555 0100`, { name: header, address });
    expect([fields.firstName, fields.lastName]).toEqual([first, last]);
  });
});

describe('issue 25 round 13 §18: more ways to write an extension (toestel, wew., "- Ext: 105", "Kl.")', () => {
  it.each([
    '+31 (0)30 711 4420 toestel 208',
    '+48 12 345 67 89 wew. 21',
    '+84 28 3822 6610 - Ext: 105',
    '+90 212 555 0100 dahili 44',
    '+46 8 555 0100 anknytning 12',
  ])('%s', (phone) => {
    expect(
      requester(`Ana Cruz\nHarbour CX Ltd\nTel: ${phone}`, { name: 'Ana Cruz', address: 'ana.cruz@harbourcx.example' })
        .workPhone,
    ).toBe(phone);
  });
});

describe('issue 25 round 13 §19: "Our company:" labels the employer; a lower-case "inc." is a legal form', () => {
  it('Our company: Lotus Tech Solutions Co., Ltd', () => {
    const fields = requester('Hoa Nguyen\nTechnical Leader', {
      name: 'Hoa Nguyen',
      address: 'hoa.nguyen@lotus.example',
    });
    expect(fields.employer).not.toBe('Lotus Tech Solutions Co., Ltd');
    const labelled = pureconnect(
      `Hello,\n\nEvaluation file please for Saigon Water. ${PC_FACTS}\nSold to account: Mekong Distribution JSC\nOur company: Lotus Tech Solutions Co., Ltd\n\nBest regards,\nHoa Nguyen`,
    ).fields;
    expect(labelled.employer).toBe('Lotus Tech Solutions Co., Ltd');
  });

  it.each([
    ['Sold To is Fleuve Communications inc., we are the partner.', 'Fleuve Communications inc.'],
    ['The Sold To is Prairie Voice inc. as usual.', 'Prairie Voice inc.'],
  ])('%s', (sentence, soldTo) => {
    const fields = pureconnect(
      `Hello,\n\nActivation file for Shoreline Foods. ${sentence} ${PC_FACTS}\n\nMerci,\nOlivier Roy`,
    ).fields;
    expect(fields.soldToAccount).toBe(soldTo);
  });
});

describe('issue 25 round 13 §20: in a two-column key/value table, a row whose value is also a label word ("Category | Third party") is a field, not a new header', () => {
  const table = (rows: string[], sep: (a: string, b: string) => string) =>
    pureconnect(
      `Hi Licensing,\n\nActivation file please, details from our wiki:\n\n${rows
        .map((r) => {
          const [a, b] = r.split('=');
          return sep(a!, b!);
        })
        .join('\n')}\n\nThanks\nFarid Ismail`,
    ).fields;
  const pipes = (a: string, b: string) => `| ${a} | ${b} |`;
  const tabs = (a: string, b: string) => `${a}\t${b}`;
  it.each([
    [['End User=Bank Timur Berhad', 'Category=Third party', 'Implementation=New deployment', 'Deployment=Test'], pipes],
    [['End User=Bank Timur Berhad', 'Category=Third party', 'Implementation=New deployment', 'Deployment=Test'], tabs],
    [
      [
        'GARN=0456400',
        'Category=Third party',
        'Third party product=Nuance',
        'Implementation=New deployment',
        'Environment=Test',
      ],
      pipes,
    ],
    [
      [
        'GARN=0456400',
        'Sold To=Partner',
        'Implementation=New deployment',
        'Deployment=Test',
        'End User=Bank Timur Berhad',
      ],
      pipes,
    ],
  ])('%j', (rows, sep) => {
    const fields = table(rows, sep);
    expect([fields.implementationType, fields.deploymentType]).toEqual(['new-deployment', 'test']);
  });

  it('"| Primary MAC | 00:50:56:B8:3F:12 |": the bar splits label from value, the colons are the MAC\'s', () => {
    const fields = table(
      ['End User=Bank Timur Berhad', 'Category=Third party', 'Primary MAC=00:50:56:B8:3F:12'],
      pipes,
    );
    expect(fields.primaryHostId).toBe('005056b83f12');
  });
});

describe('issue 25 round 13 §21: Swedish closings in their plural form ("Med vänliga hälsningar / Best regards") start the signature', () => {
  it.each(['Med vänliga hälsningar / Best regards', 'Vänliga hälsningar', 'Med vänlig hälsning', 'Hälsningar'])(
    '%s',
    (closing) => {
      const fields = pureconnect(
        `Hej,\n\nActivation file please for Göta Foods AB. ${PC_FACTS} Sold To: Skandia Kontakt AB.\n\n${closing}\nErik Lindström\nSkandia Kontakt AB\n+46 31 555 0170`,
      ).fields;
      expect([fields.firstName, fields.lastName, fields.employer]).toEqual(['Erik', 'Lindström', 'Skandia Kontakt AB']);
    },
  );
});
