/** License requests as partners write them (issue 25), end to end through the engine by email. */
import { describe, expect, it } from 'vitest';
import { email, lastTo, replay, toRecipient } from '../support/replay.ts';

const ANA = 'ana@acme.example';
const EMEA = 'emea.licensing@genesys.com';
const JAPAN = 'japanorder@genesys.com';

const PROSE_ORDER = [
  'Hi Licensing team,',
  '',
  'Acme Corp purchased 120 seats of Enterprise Routing Solution 9.0 and wants the three-server redundant',
  'configuration, for production. The license servers (port 27000 on all three):',
  '',
  '   licA    3c2a91f0    Solaris 11.4',
  '   licB    3c2a91f1    Solaris 11.4',
  '   licC    3c2a91f2    Solaris 11.4',
  '',
  'Thanks,',
  'Ana',
].join('\n');

describe('issue 25 §1–2: a prose request is read, what was read with low confidence is read back, then it is routed', () => {
  it('issue 25 §2: host ids read from a list without a header are read back ("I read the host ID of license server 2 (licB) as 3c2a91f1 — correct?"), not asked; "yes" routes it', async () => {
    const r = await replay([
      email(ANA, PROSE_ORDER, { subject: 'Licenses for Acme', thread: 'lr-1' }),
      email(ANA, 'Yes, that is all correct.', { subject: 'Re: Licenses for Acme', thread: 'lr-1' }),
    ]);
    const [first = '', second = ''] = toRecipient(r, ANA);
    expect(first).toContain('Before it goes to the Licensing team, please check what I read from your mail:');
    expect(first).toContain('• I read the host ID of license server 2 (licB) as 3c2a91f1 — correct?');
    expect(first).not.toContain('I still need');
    expect(second).toContain('Your license request LR-000001 is complete and has gone to the EMEA Licensing team');
    expect(r.licenseRequests).toMatchObject([
      {
        kind: 'engage',
        state: 'routed',
        fields: {
          companyName: 'Acme Corp',
          sellableItems: [{ name: 'Enterprise Routing Solution', version: '9.0', quantity: 120 }],
          serverConfiguration: 'three-redundant',
          purpose: 'production',
          licenseServers: [
            { hostName: 'licA', hostId: '3c2a91f0', os: 'Solaris', osVersion: '11.4', port: 27000 },
            { hostName: 'licB', hostId: '3c2a91f1', os: 'Solaris', osVersion: '11.4', port: 27000 },
            { hostName: 'licC', hostId: '3c2a91f2', os: 'Solaris', osVersion: '11.4', port: 27000 },
          ],
        },
      },
    ]);
    expect(lastTo(r, EMEA)).not.toContain('Read with low confidence');
  });

  it('issue 25 §2: questions only for what is missing, with the read-backs, in one message; the answer completes it', async () => {
    const order = PROSE_ORDER.replace(', for production', '');
    const r = await replay([
      email(ANA, order, { subject: 'Licenses for Acme', thread: 'lr-2' }),
      email(ANA, 'Production. The host IDs are right.', { subject: 'Re: Licenses for Acme', thread: 'lr-2' }),
    ]);
    const [first = '', second = ''] = toRecipient(r, ANA);
    expect(first).toContain(
      'I still need:\n• What is the purpose: demo, evaluation, testing, production or development?',
    );
    expect(first).toContain('Please also check what I read from your mail:');
    expect(first).toContain('• I read the host ID of license server 3 (licC) as 3c2a91f2 — correct?');
    expect(first.match(/What is|Which/g)).toHaveLength(1);
    expect(second).toContain('is complete and has gone to the EMEA Licensing team');
    expect(r.licenseRequests[0]).toMatchObject({ state: 'routed', fields: { purpose: 'production' } });
  });

  it('issue 25 §2: "no" to what was read back drops those values and asks for them instead of trusting them', async () => {
    const r = await replay([
      email(ANA, PROSE_ORDER, { subject: 'Licenses for Acme', thread: 'lr-3' }),
      email(ANA, 'No, those are not right.', { subject: 'Re: Licenses for Acme', thread: 'lr-3' }),
    ]);
    const second = toRecipient(r, ANA)[1]!;
    expect(second).toContain('What is the host ID of license server 2');
    expect(r.licenseRequests[0]).toMatchObject({ state: 'collecting' });
    expect(toRecipient(r, EMEA)).toEqual([]);
  });

  it('issue 25 §1: an "activation file for an upgrade" is not asked which implementation type; urgency and a date in words are read against the mail', async () => {
    const request = [
      'Hello,',
      '',
      'Urgent: we need an activation file for an upgrade of the Acme Corp PureConnect 2024 R1 production server',
      '(MAC 00-50-56-A2-33-F1) before 4 Dec, when the new campaign starts.',
      '',
      'End User Account: Acme Corp',
      'Sold To Account: Acme Corp',
      'End User GARN: garn 0012345',
      '',
      'Ana Ruiz',
    ].join('\n');
    const r = await replay(
      [email(ANA, request, { subject: 'Activation file for the upgrade' })],
      '2026-11-23T09:00:00-05:00',
    );
    expect(r.licenseRequests[0]).toMatchObject({
      kind: 'pureconnect',
      state: 'routed',
      fields: {
        implementationType: 'upgrade',
        urgent: true,
        dateNeeded: '2026-12-04',
        garn: '0012345',
        primaryHostId: '005056a233f1',
        deploymentType: 'production',
      },
    });
    expect(lastTo(r, EMEA)).toContain('Urgent: yes');
    expect(lastTo(r, EMEA)).toContain('Date needed: 2026-12-04');
  });
});

describe('issue 25 §3: requests in other languages', () => {
  const french = [
    'Bonjour,',
    '',
    'Merci de générer le fichier de licence pour notre client Acme Corp : 150 postes Enterprise Routing',
    'Solution 8.5, en production.',
    'Serveur de licences : acme-lic01, adresse MAC 00-50-56-9F-12-34, Windows Server 2019.',
    '',
    'Cordialement,',
    'Ana Ruiz',
  ].join('\n');

  it('issue 25 §3: a French request goes to the account’s regional team with what could be read, marked for a person to complete; the partner is told in English and in French', async () => {
    const r = await replay([email(ANA, french, { subject: 'Demande de licence - Acme Corp' })]);
    const reply = lastTo(r, ANA);
    expect(reply).toContain(
      'It is written in French, so I have passed it with what I could read to the EMEA Licensing team',
    );
    expect(reply).toContain('Merci : votre demande de licence porte la référence LR-000001.');
    const routed = lastTo(r, EMEA);
    expect(routed).toContain('TO COMPLETE BY A PERSON: the request is written in French');
    expect(routed).toContain('Still missing: serverConfiguration');
    expect(r.licenseRequests).toMatchObject([
      {
        state: 'routed',
        routedTo: EMEA,
        fields: { companyName: 'Acme Corp', licenseServers: [{ hostName: 'acme-lic01', hostId: '0050569f1234' }] },
      },
    ]);
  });

  it.each([
    {
      language: 'German',
      code: 'de',
      body: [
        'Hallo Lizenzteam,',
        '',
        'bitte erstellen Sie eine neue Aktivierungsdatei für PureConnect für unseren Kunden Acme Corp wegen',
        'eines Umzugs auf neue Hardware. Produktionsserver, MAC-Adresse 00-50-56-9F-12-35.',
        '',
        'Mit freundlichen Grüßen',
        'Ana Ruiz',
      ],
      subject: 'Lizenzanfrage - Acme Corp',
      localized: 'Vielen Dank: Ihre Lizenzanfrage hat die Referenz LR-000001.',
    },
    {
      language: 'Spanish',
      code: 'es',
      body: [
        'Hola equipo,',
        '',
        'Necesitamos un archivo de activación de PureConnect para nuestro cliente Acme Corp por una migración',
        'a servidores nuevos. Servidor de producción, dirección MAC 00-50-56-9F-12-36.',
        '',
        'Saludos cordiales,',
        'Ana Ruiz',
      ],
      subject: 'Solicitud de licencia - Acme Corp',
      localized: 'Gracias: su solicitud de licencia tiene la referencia LR-000001.',
    },
    {
      language: 'Portuguese',
      code: 'pt',
      body: [
        'Olá equipe,',
        '',
        'Precisamos de um novo arquivo de ativação do PureConnect para o nosso cliente Acme Corp, por causa de',
        'uma migração para servidores novos. Servidor de produção, endereço MAC 00-50-56-9F-12-37.',
        '',
        'Atenciosamente,',
        'Ana Ruiz',
      ],
      subject: 'Solicitação de licença - Acme Corp',
      localized: 'Obrigado: a sua solicitação de licença tem a referência LR-000001.',
    },
    {
      language: 'Italian',
      code: 'it',
      body: [
        'Buongiorno,',
        '',
        'vi chiediamo un nuovo file di attivazione PureConnect per il nostro cliente Acme Corp, per la migrazione',
        'su nuovi server. Server di produzione, indirizzo MAC 00-50-56-9F-12-38.',
        '',
        'Cordiali saluti,',
        'Ana Ruiz',
      ],
      subject: 'Richiesta di licenza - Acme Corp',
      localized: 'Grazie: la sua richiesta di licenza ha il riferimento LR-000001.',
    },
    {
      language: 'Dutch',
      code: 'nl',
      body: [
        'Goedemorgen,',
        '',
        'Graag ontvangen wij een nieuw activeringsbestand voor PureConnect voor onze klant Acme Corp, omdat de',
        'server naar nieuwe hardware verhuist. Productieserver, MAC-adres 00-50-56-9F-12-39.',
        '',
        'Met vriendelijke groet,',
        'Ana Ruiz',
      ],
      subject: 'Licentieaanvraag - Acme Corp',
      localized: 'Dank u: uw licentieaanvraag heeft referentie LR-000001.',
    },
  ])(
    'issue 25 §3: a $language request goes to the account’s regional team, marked for a person to complete; the partner is told in English and in $language',
    async ({ language, code, body, subject, localized }) => {
      const r = await replay([email(ANA, body.join('\n'), { subject })]);
      const reply = lastTo(r, ANA);
      expect(reply).toContain(
        `It is written in ${language}, so I have passed it with what I could read to the EMEA Licensing team`,
      );
      expect(reply).toContain(localized);
      expect(lastTo(r, EMEA)).toContain(`TO COMPLETE BY A PERSON: the request is written in ${language}`);
      expect(r.licenseRequests).toMatchObject([
        { state: 'routed', routedTo: EMEA, kind: 'pureconnect', handling: { language: code, needsPerson: true } },
      ]);
    },
  );

  it('issue 25 §3: a Japanese request goes to the Japan Licensing team, and the partner is told in English and Japanese', async () => {
    const japanese = [
      'ライセンス発行依頼',
      '',
      '会社名: 株式会社アクメ',
      '製品: Enterprise Routing Solution 8.5',
      '数量: 200',
      'ホスト名: acme-jp-lic01',
      'ホストID: 0050569a77b1',
      'OS: Windows Server 2019',
      '構成: シングルサーバー',
      '用途: 本番',
    ].join('\n');
    const r = await replay([email(ANA, japanese, { subject: 'ライセンス発行依頼' })]);
    expect(lastTo(r, ANA)).toContain('ライセンスのご依頼を受け付けました（参照番号 LR-000001）');
    expect(lastTo(r, ANA)).toContain('It is written in Japanese');
    expect(r.licenseRequests).toMatchObject([
      {
        state: 'routed',
        routedTo: JAPAN,
        fields: { serverConfiguration: 'single', purpose: 'production' },
        handling: { language: 'ja', needsPerson: true },
      },
    ]);
    expect(toRecipient(r, EMEA)).toEqual([]);
  });
});

describe('issue 25 §1: a file request that names a temporary license only as its context', () => {
  it('"reallocate … to the new hardware; the temporary license expires that day" is a license request, not a temporary-license request', async () => {
    const body = [
      'Hi team,',
      '',
      'Our customer Acme Corp lost the motherboard of the CIC server and it was replaced, so the MAC address changed.',
      'We need to reallocate the production PureConnect license to the new hardware.',
      '',
      'New MAC: 00:15:5D:0A:41:07',
      'GARN: 0087712',
      '',
      'We need it by Friday if possible, the temporary license expires on that day.',
      '',
      'Thanks,',
      'Ana Ruiz',
    ].join('\n');
    const r = await replay([email(ANA, body, { subject: 'Re-host of PureConnect license - Acme Corp' })]);
    expect(r.licenseRequests).toMatchObject([
      { kind: 'pureconnect', fields: { implementationType: 'reallocation', primaryHostId: '00155d0a4107' } },
    ]);
  });
});

describe('issue 25 bad input', () => {
  it('issue 25: a Designated Contact’s problem report that names a host id is not taken as a license request', async () => {
    const report =
      'Since this morning our license server lic-prod-01 (host id 0050569a3f10, Red Hat Enterprise Linux 8.6) fails to start and SIP Server 8.5 agents cannot log in. Production, 120 agents affected.';
    const r = await replay([email(ANA, report, { subject: 'License server down' })]);
    expect(r.licenseRequests).toEqual([]);
    expect(toRecipient(r, EMEA)).toEqual([]);
  });

  it('issue 25: a newsletter quoting a license file gets no record and no questions', async () => {
    const newsletter = [
      'Partner newsletter - view this email in your browser',
      'This month: the refreshed license order kit, and how to read a license file:',
      'SERVER ctiserver01 0050569a1b2c 7260',
      'VENDOR genesys.d',
      'FEATURE SIP_SERVER genesys.d 8.1 01-jan-00 250 SIGN=0123ABCD',
      'Unsubscribe | Manage preferences',
    ].join('\n');
    const r = await replay([email(ANA, newsletter, { subject: 'Partner newsletter' })]);
    expect(r.licenseRequests).toEqual([]);
    expect(lastTo(r, ANA)).toContain('I could not find a license request in your message');
    expect(toRecipient(r, EMEA)).toEqual([]);
  });

  it('issue 25: two host ids for one server get a question about the contradiction, never a record sent to Licensing', async () => {
    const order = [
      'Company name: Acme Corp',
      'Sellable item: SIP Server 8.1',
      'Quantity: 75',
      'Server configuration: multiple independent servers',
      'Purpose: production',
      '',
      'Server 1',
      'Host name: acme-lic-a',
      'Host ID: 00-50-56-A0-00-01',
      'OS: Windows Server 2019',
      '',
      'Server 2',
      'Host name: acme-lic-b',
      'Host ID: 00-50-56-A0-00-02',
      'OS: Windows Server 2019',
      'Host ID: 00-50-56-A0-00-22',
    ].join('\n');
    const r = await replay([
      email(ANA, order, { subject: 'License order', thread: 'lr-4' }),
      email(ANA, 'Server 2 Host ID: 00-50-56-A0-00-22', { subject: 'Re: License order', thread: 'lr-4' }),
    ]);
    const [first = '', second = ''] = toRecipient(r, ANA);
    expect(first).toContain(
      'Your mail gives two different host IDs for license server 2: 005056a00002 and 005056a00022. Which one is right?',
    );
    expect(second).toContain('is complete and has gone to the EMEA Licensing team');
    expect(r.licenseRequests[0]).toMatchObject({
      state: 'routed',
      fields: { licenseServers: [{ hostId: '005056a00001' }, { hostId: '005056a00022' }] },
    });
    expect(toRecipient(r, EMEA)).toHaveLength(1);
  });

  it('issue 25: an attached spreadsheet of thousands of rows is read in part and the partner is told so politely', async () => {
    const rows = Array.from({ length: 4200 }, (_, i) => `${70000 + i},Agent ${i + 1},Place_${i + 1}`).join('\n');
    const order = [
      'Company name: Acme Corp',
      'Sellable item: Enterprise Routing Solution 8.5',
      'Quantity: 4200',
      'Host name: acme-lic-01',
      'Host ID: 00-50-56-8F-10-09',
      'OS: Windows Server 2019',
      'Server configuration: single',
      'Purpose: production',
    ].join('\n');
    const r = await replay([
      email(ANA, order, {
        subject: 'License order',
        attachments: [{ filename: 'dn-plan.csv', contentType: 'text/csv', content: `DN,Agent,Place\n${rows}\n` }],
      }),
    ]);
    const reply = lastTo(r, ANA);
    expect(reply).toContain('is complete and has gone to the EMEA Licensing team');
    expect(reply).toContain('Please note: dn-plan.csv has 4,201 rows; only the first 200 were read');
    expect(lastTo(r, EMEA)).toContain('Note: dn-plan.csv has 4,201 rows');
  });
});

describe('issue 25: a Designated Contact’s plain ask for a license', () => {
  it('a short prose mail that plainly asks for a license is one, though it gives only two fields', async () => {
    const r = await replay([
      email(ANA, 'hi - we need a new license for SIP Server 8.1 for Acme Corp, 40 agents. what do you need from us?'),
    ]);
    expect(r.licenseRequests).toMatchObject([{ kind: 'engage', fields: { companyName: 'Acme Corp' } }]);
    expect(lastTo(r, ANA)).toContain('I still need');
  });
});
