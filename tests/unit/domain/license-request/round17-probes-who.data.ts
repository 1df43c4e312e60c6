/** Probe mails of issue 25 round 17 (fix-lic-a), written before the reader was changed; see round17-who-and-why.test.ts. */
import type { LicenseRequestInput } from '../../../../src/domain/license-request/schema.ts';

export interface Round17Probe {
  body: string;
  subject?: LicenseRequestInput['subject'];
  from?: LicenseRequestInput['from'];
  want: {
    kind?: string;
    fields?: Record<string, string>;
    notAsked?: string[];
    asked?: string[];
    invalid?: string[];
    notInvalid?: string[];
  };
}

/** §1: a renewal or notice that says nothing needs doing to the licence files is no request; a request that says so of another file still is. */
export const NO_CHANGE_NEEDED: Round17Probe[] = [
  {
    body: 'Dear partner,\n\nAttached is the support renewal for Harrow Fields Trust (GARN 0177-410), covering CIC 2024 R1 on hf-cic01 (MAC 00-15-5D-33-10-02).\n\nSW-001-4.0-AL02   qty 30\nSW-010-4.0-ACD1   qty 30\n\nPlease return a signed PO by 20 January. Nothing needs to be done to the licence files - they carry on as they are.\n\nRenewals desk\n',
    want: { kind: 'not-a-request' },
  },
  {
    body: 'Hello,\n\nYour annual maintenance quote Q-88121 for Ostrava Energie a.s. is below. No action is required on the existing license; the activation file stays valid.\n\nPart SW-001-4.0-AL02 x 25, MAC 0050569ab001\n\nRegards, Partner Renewals\n',
    want: { kind: 'not-a-request' },
  },
  {
    body: 'Hi Licensing,\n\nNo change is needed to the existing licence on the primary. Please issue an activation file for the new backup server of Kilnsey Water (GARN 0190-334), backup MAC 00:15:5D:44:01:9A, primary MAC 00:15:5D:44:01:99. CIC 2025 R1, production, new deployment of the standby box.\n\nSold To: Fellside Comms Ltd\n\nThanks\nOwen Pryce\nFellside Comms Ltd\n',
    want: { kind: 'pureconnect' },
  },
];

/** §2: the purpose said of the servers as a whole, under a "What for" label, before the step to production, or before "build". */
export const PURPOSE_SAID: Round17Probe[] = [
  {
    body: 'Hello,\n\nLicence order for Varanger Kraft AS: Genesys Workforce Management 9.0, 40 seats.\n\nServers - one file each, they are independent:\nvk-lic-1  00-50-56-AA-01-01  Windows Server 2022\nvk-lic-2  00-50-56-AA-01-02  Windows Server 2022\n\nBoth are production.\n\nRegards\nIngrid Solberg\nNordkapp Integrasjon AS\n',
    want: { kind: 'engage', fields: { purpose: 'production' }, notAsked: ['purpose'] },
  },
  {
    body: 'Company : Lowther Mining Ltd\nProduct / ver : SIP Server 8.5\nQty : 25\nLicence server : lm-lic01\nHost ID : 001c42a0b1c2\nOS : Windows Server 2019\nConfig : single\nWhat for : training the new intake of agents\n\ncheers, Dave\n',
    want: { kind: 'engage', fields: { purpose: 'development' }, notAsked: ['purpose'] },
  },
  {
    body: 'Buenos días,\n\nNecesitamos la licencia Engage para Aguas del Maipo S.A., entorno de pruebas (se valida aquí antes de pasar a producción).\n\nProducto: SIP Server 9.0, 80 puestos\nServidor de licencias único: adm-qa-lic / 00:0C:29:AB:10:01 / Windows Server 2019\n\nSaludos,\nPedro Ruiz\nAndes Integración Ltda.\n',
    want: { kind: 'engage', fields: { purpose: 'testing' }, notAsked: ['purpose'] },
  },
  {
    body: 'Hallo zusammen,\n\nbitte eine Engage-Lizenz für die Stadtwerke Ellwangen GmbH. Das ist die Testumgebung, bevor es in die Produktion geht.\n\nProdukt: SIP Server 9.0, 30 Plätze\nLizenzserver: swe-test-lic, MAC 00-15-5D-20-30-40, Windows Server 2022, ein einzelner Server\n\nViele Grüße\nJonas Maier\nSüdwest Kommunikation GmbH\n',
    want: { kind: 'engage', fields: { purpose: 'testing' }, notAsked: ['purpose'] },
  },
  {
    body: 'Hi all,\n\nPulled from the build sheet for the Tamar Housing pre-production build: Genesys Interaction Recording 9.0, 20 seats, single server tam-lic-pp (MAC 3C-EC-EF-44-55-66, RHEL 8), port 7260.\n\nTa,\nLuke\nWestcountry Voice Ltd\n',
    want: { kind: 'engage', fields: { purpose: 'testing' }, notAsked: ['purpose'] },
  },
];

/** §3: ブレンド is blended; two items and no mode still ask the mode. */
export const MODE_IN_JAPANESE: Round17Probe[] = [
  {
    body: 'ライセンスご担当者様\n\n北陸信用金庫様向けに以下の通りライセンス発行をお願いします。本番環境です。\n\n・SIP Server 9.0　50席\n・Genesys Chat 9.0　50席\n同じエージェントが電話とチャットの両方を担当するため、ブレンドでお願いします。\n\nライセンスサーバー：hks-lic01 / 00-0C-29-11-22-33 / Windows Server 2022（1台構成）\n\n山本 太郎\n北陸テック株式会社\n',
    want: { kind: 'engage', fields: { deploymentMode: 'blended' }, notAsked: ['deploymentMode'] },
  },
  {
    body: 'Hi,\n\nPlease send a licence for Fenwick Retail: SIP Server 9.0 x 60 and Genesys Chat 9.0 x 20, production, single server fr-lic01, MAC 00155d102030, Windows Server 2022.\n\nThanks, Amy\nBrightline Voice\n',
    want: { kind: 'engage', asked: ['deploymentMode'] },
  },
];

/** §4: a provider running its own hosted platform is its End User and Sold To. */
export const HOSTED_PLATFORM: Round17Probe[] = [
  {
    body: 'Hi team,\n\nWe operate our own hosted PureConnect (pay-per-use) for our clients and need 25 more ACD users added to the activation file. Part SW-010-4.0-ACD1 x 25. Primary 00-50-56-12-34-56, backup 00-50-56-12-34-57, production.\n\nRegards,\nMariana Lopes\nNimbus Contact Serviços Ltda\n',
    want: {
      kind: 'pureconnect',
      fields: { endUserAccount: 'Nimbus Contact Serviços Ltda', soldToAccount: 'Nimbus Contact Serviços Ltda' },
      notAsked: ['endUserAccount', 'soldToAccount'],
    },
  },
];

/** §5: a labelled End User and another company a sentence says the request is for are a contradiction; the same company twice is not. */
export const END_USER_TWICE: Round17Probe[] = [
  {
    body: 'Hello,\n\nEnd User: Brackley District Council\nSold To: Ouse Valley Telecom\nGARN: 0188-200\n\nPlease create a new production activation file (new deployment) for our customer Wendover Parish Trust, CIC 2025 R1, MAC 00-15-5D-77-88-99.\n\nThanks,\nHannah Cole\nOuse Valley Telecom\nhannah.cole@ousevalley.example\n',
    want: { kind: 'pureconnect', invalid: ['endUserAccount'] },
  },
  {
    body: 'Hello,\n\nEnd User: Brackley District Council\nSold To: Ouse Valley Telecom\n\nPlease create a new production activation file (new deployment) for our customer Brackley District Council, CIC 2025 R1, MAC 00-15-5D-77-88-98.\n\nThanks,\nHannah Cole\nOuse Valley Telecom\nhannah.cole@ousevalley.example\n',
    want: {
      kind: 'pureconnect',
      fields: { endUserAccount: 'Brackley District Council' },
      notInvalid: ['endUserAccount'],
    },
  },
];

/** §6: the customer named where the rollout goes, and "will upgrade". */
export const CUSTOMER_IN_PASSING: Round17Probe[] = [
  {
    body: "Hi,\n\nRollout to Marlow Building Society's mortgage desk is next, so please cut the licence: SIP Server 9.0, 45 seats, one server ml-lic01 (00-50-56-99-00-11, Windows Server 2022), production.\n\nJo\nThameside Voice\n",
    want: { kind: 'engage', fields: { companyName: 'Marlow Building Society' }, notAsked: ['companyName'] },
  },
  {
    body: 'Hello,\n\nWe are building a brand-new CIC 2025 R1 server for our customer Arden Vets (GARN 0199-123) and need a production activation file. MAC 6C:2B:59:00:11:22.\n\nThank you,\nLeah Grant\nAvon Unified Comms\n',
    want: { kind: 'pureconnect', fields: { implementationType: 'new-deployment' }, notAsked: ['implementationType'] },
  },
];
