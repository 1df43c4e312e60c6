/** Probe mails of issue 25 round 15 (fix-lic-a), second set, written before the reader was changed; see round15-who-and-why.test.ts. */
import type { WrittenProbe } from './round14-probes-who.data.ts';

/** §7: a contraction ("We'd", "They'll"), "PoC" or a prospect's label word is no company; "for prospect X" names X. */
export const NOT_A_COMPANY: WrittenProbe[] = [
  {
    from: { name: 'Hamish Reid', address: 'hamish.reid@tayside-energy.example' },
    body: "Hi,\n\nOur PureConnect servers are moving onto new hardware, new MAC 00:1B:21:C4:00:10. End User GARN 0164001; we bought through Forth Unified Ltd. It's our production system. We'd need the file by Friday, as the old kit is collected then.\n\nCheers,\nHamish Reid\nTayside Energy plc\n01382 555 010",
    want: { endUserAccount: 'Tayside Energy plc' },
  },
  {
    body: 'Hi Team,\n\nWe are running a proof of concept of PureConnect for prospect Konkan Shipping Ltd and need an evaluation activation file for the PoC server in our lab. MAC 10-7B-44-00-11-22.\n\nSold to: Sahyadri Voice Pvt Ltd.\n\nRegards,\nAnil\nSahyadri Voice Pvt Ltd',
    want: { endUserAccount: 'Konkan Shipping Ltd' },
  },
  {
    body: "Hello,\n\nThey'll need the activation file for the new lab box before Monday: MAC 00-0C-29-44-55-66. End user is Harbourview Clinics (GARN 0177123), sold to Bayline Comms Ltd.\n\nThanks\nZoe",
    want: { endUserAccount: 'Harbourview Clinics' },
  },
  {
    body: 'Hi,\n\nPlease send an evaluation activation file for the POC at our prospect, Riverstone Credit Union. MAC 00-50-56-12-AB-CD. Sold to: Valley Voice Inc.\n\nThanks,\nMia',
    want: { endUserAccount: 'Riverstone Credit Union' },
  },
];

/** §8: a signature's company with its role in brackets ("Acme Ltd (Sold To)", "(reseller)") is the company without it. */
export const ROLE_IN_SIGNATURE: WrittenProbe[] = [
  {
    from: { name: 'Luc Tremblay', address: 'luc.tremblay@laurentide-tel.example' },
    body: 'Hi,\n\nClinique Saint-Laurent bought ten more seats for their production system, so we need an add-on activation file. MAC 9C:B6:54:0E:00:01.\n\nThanks!\n\n--\nLuc Tremblay | Architecte\nLaurentide Téléphonie inc. (Sold To)\n514-555-0100 poste 12',
    want: { employer: 'Laurentide Téléphonie inc.', soldToAccount: 'Laurentide Téléphonie inc.' },
  },
  {
    from: { name: 'Gina Russo', address: 'gina.russo@adriavoice.example' },
    body: 'Hello,\n\nAdd-on file please for Ospedale San Marco, 8 more agents, production, MAC 00-15-5D-10-20-30. GARN 0150011.\n\nGina Russo\nAdria Voice S.r.l. (reseller)\n+39 02 5555 0101',
    want: { employer: 'Adria Voice S.r.l.' },
  },
  {
    from: { name: 'Ben Hart', address: 'ben.hart@kestrelcx.example' },
    body: 'Hi,\n\nUpgrade activation file for Moorland Housing from 2024 R1 to 2025 R2, production, MAC 00-0C-29-AA-00-01. GARN 0160002.\n\nBen Hart\nKestrel CX Ltd (partner)\n01632 960 555',
    want: { employer: 'Kestrel CX Ltd' },
  },
];

/** §9: a new server made, said in French, Spanish, Portuguese, Italian or German, is a new deployment. */
export const NEW_SYSTEM_ELSEWHERE: WrittenProbe[] = [
  {
    body: "Bonjour,\n\nNous souhaitons un fichier d'activation pour la Caisse Gasconne, qui installe un nouveau serveur de test PureConnect.\n\nCompte client final : Caisse Gasconne, GARN 0190001\nCompte Sold To : Pyrénées Télécom SAS\nAdresse MAC : 0C:C4:7A:00:11:22\n\nCordialement,\nLouise",
    want: { implementationType: 'new-deployment' },
  },
  {
    body: 'Hola,\n\nNecesitamos un archivo de activación para Seguros Andinos, que está montando un nuevo servidor de laboratorio PureConnect.\n\nCliente final: Seguros Andinos, GARN 0190002\nSold To: Altiplano Voz S.A.\nMAC: 0C-C4-7A-00-11-33\n\nSaludos,\nDiego',
    want: { implementationType: 'new-deployment' },
  },
  {
    body: 'Olá,\n\nPrecisamos de um arquivo de ativação para a Cooperativa Serrana, que implantou um novo servidor de homologação PureConnect.\n\nCliente final: Cooperativa Serrana, GARN 0190003\nSold To: Sul Voz Ltda\nMAC: 0C-C4-7A-00-11-44\n\nAbraços,\nPaulo',
    want: { implementationType: 'new-deployment' },
  },
  {
    body: 'Guten Tag,\n\nwir benötigen eine Aktivierungsdatei für die Stadtwerke Lindau, die einen neuen Testserver für PureConnect aufgebaut haben.\n\nEndkunde: Stadtwerke Lindau, GARN 0190004\nSold To: Bodensee Kommunikation GmbH\nMAC: 0C-C4-7A-00-11-55\n\nGrüße\nJonas',
    want: { implementationType: 'new-deployment' },
  },
  {
    body: "Bonjour,\n\nLe serveur PureConnect de la Mutuelle Landaise a été remplacé par un nouveau serveur ; merci de réaffecter le fichier d'activation. Nouvelle adresse MAC : 0C:C4:7A:00:11:66.\n\nCompte client final : Mutuelle Landaise, GARN 0190005\n\nCordialement,\nAnne",
    want: { implementationType: 'reallocation' },
  },
];

/** §10: an Engage environment for developers to build or debug in is for development, whatever it is called. */
export const FOR_DEVELOPERS: WrittenProbe[] = [
  {
    body: 'Hello,\n\nWe need Enterprise Routing Solution 9.0, 10 seats, for a sandbox where our developers build new IVR flows. Single server dev-lic1, Windows Server 2022, MAC 00-50-56-01-02-03. Company: Karoo Insurance Ltd.\n\nThanks',
    want: { purpose: 'development' },
  },
  {
    body: 'Hi,\n\nCompany: Fjord Freight AS\n\nOur programmers will use this lab to code and debug custom routing: SIP Server 9.0, 20 ports, one server ff-lab-lic, RHEL 9.2, hostid 00:1c:42:00:00:01.\n\nRegards',
    want: { purpose: 'development' },
  },
  {
    body: "Hi team,\n\nThis is for the developers' environment at Meadow Bank plc: Chat 8.5, 5 seats, single server mb-devlic (Windows Server 2019, MAC 00-0C-29-00-00-02).\n\nCheers",
    want: { purpose: 'development' },
  },
  {
    body: 'Hello,\n\nCompany: Lakeside Mutual\n\nA lab where our QA team tests patches before they reach production: Inbound Voice 9.0, 10 seats, single server lm-qa-lic (Windows Server 2022, MAC 00-0C-29-00-00-03).\n\nThanks',
    want: { purpose: 'testing' },
  },
];

/** §11: a signature's phone with its extension written "Extn" or "Extn.", or behind a "PBX" label, is the work phone; a direct line beside the PBX is. */
export const EXTN_PHONES: WrittenProbe[] = [
  {
    body: 'Hi,\n\nAdd-on activation file please for Kaveri Finance Ltd, 10 more agents, MAC 00-1A-A0-00-00-01, GARN 0170011.\n\nThanks & Regards,\nSuresh Nair\nSenior Consultant | Malabar Voice Pvt Ltd\n+91 484 555 0190 Extn 233',
    want: { workPhone: '+91 484 555 0190 Extn 233' },
  },
  {
    body: 'Hello,\n\nUpgrade activation file for Deccan Mills Ltd from 2024 R1 to 2025 R2, production, MAC 00-1A-A0-00-00-02, GARN 0170012.\n\nRegards,\nMeera Joshi\nPune Contact Systems\nTel: +91 20 5555 0117 Extn. 41',
    want: { workPhone: '+91 20 5555 0117 Extn. 41' },
  },
  {
    body: 'Hola,\n\nNecesitamos el archivo de activación de upgrade para Banco del Llano, producción, MAC 00-1A-A0-00-00-03, GARN 0170013.\n\nSaludos,\nAndrés Gómez\nLlanos Integradores S.A.S.\nPBX +57 4 555 0123 ext. 77',
    want: { workPhone: '+57 4 555 0123 ext. 77' },
  },
  {
    body: 'Hi,\n\nPlease reallocate the activation file of Nairobi Water Co to its new server, MAC 00-1A-A0-00-00-04, GARN 0170014.\n\nBest,\nAmina Yusuf\nSavanna Unified Ltd\nOffice: +254 20 555 0150 extn 9',
    want: { workPhone: '+254 20 555 0150 extn 9' },
  },
  {
    body: 'Hola,\n\nArchivo de activación de upgrade para Clínica del Valle, producción, MAC 00-1A-A0-00-00-05, GARN 0170015.\n\nSaludos,\nLucía Ramos\nValle Voz S.A.S.\nPBX +57 2 555 0100 | Directo +57 2 555 0144 ext. 12',
    want: { workPhone: '+57 2 555 0144 ext. 12' },
  },
];

/** §12: a table's "Name" column that names accounts (a legal form) is no contact's name; the writer is named elsewhere. */
export const ACCOUNT_NAME_COLUMN: WrittenProbe[] = [
  {
    from: { name: 'Rafael Souza', address: 'rafael.souza@paulistavoz.example' },
    body: 'Hi Licensing,\n\nPlease issue the activation file for the new host below.\n\nRole\tName\tGARN\nSold To\tPaulista Voz Ltda\t0140001\nEnd User\tBanco Ipiranga S.A.\t0180002\n\nMAC\t00-50-56-9A-00-01\nEnvironment\tProduction\n\nObrigado\nRafael Souza\nPaulista Voz Ltda',
    want: { firstName: 'Rafael', lastName: 'Souza' },
  },
  {
    from: { name: 'Grace Lee', address: 'grace.lee@hanriver.example' },
    body: 'Hello,\n\nAccount | Name | GARN\nEnd User | Busan Harbour Logistics Co., Ltd. | 0181818\nSold To | Han River CX Co., Ltd. | 0141414\n\nMAC: 00-0C-29-00-AA-01, production, new deployment.\n\nThanks,\nGrace Lee\nHan River CX Co., Ltd.',
    want: { firstName: 'Grace', lastName: 'Lee' },
  },
];

/** §13: an End User naming its own account in a sentence ("Our account is X", "our account: X, GARN …"); the partner's name in brackets after "we are the Sold To" is the Sold To, not the End User. */
export const OUR_ACCOUNT: WrittenProbe[] = [
  {
    body: 'Hello,\n\nWe stood up a second CIC server at our recovery site, kept in sync with the main one, and need an activation file for it. Our account is Northern Lakes Health, GARN 0207001, and we bought directly. MAC D4:AE:52:00:00:01.\n\nRegards,\nOwen',
    want: { endUserAccount: 'Northern Lakes Health' },
  },
  {
    body: 'Hi Fiona,\n\nWe need an activation file for the lab server we have just built for our PureConnect system.\n\nServer MAC: a4-bb-6d-00-00-02\nOur account: Galway Bay Ferries Ltd, GARN 0211001\n\nThanks,\nCiara',
    want: { endUserAccount: 'Galway Bay Ferries Ltd' },
  },
  {
    body: 'Hi,\n\nUpgrade activation file please, we moved to 2025 R2. Our end user account is Pinewood Schools Trust (GARN 0199001). MAC 00-15-5D-00-00-03, production.\n\nThanks,\nDave',
    want: { endUserAccount: 'Pinewood Schools Trust' },
  },
  {
    body: "Hi Licensing,\n\nPassing on our customer's request; we are the Sold To for this order (Harbour Unified Ltd).\n\nJack\n\n-----Original Message-----\nFrom: Rosa Diaz <rdiaz@bayside-vets.example>\n\nHi Jack, we need an activation file for the new DR server we built for our PureConnect system. MAC 00-0C-29-00-00-04. Our account is Bayside Veterinary Group, GARN 0211002.\n\nRosa",
    want: { endUserAccount: 'Bayside Veterinary Group', soldToAccount: 'Harbour Unified Ltd' },
  },
];

/** §14: the activation file in Spain's Spanish and Portugal's Portuguese ("fichero", "ficheiro"); "implantación" is a new deployment. */
export const FICHERO: WrittenProbe[] = [
  {
    body: 'Hola,\n\nNecesitamos un fichero de activación nuevo para el servidor de producción de Aguas de Castilla.\n\nCliente final: Aguas de Castilla (GARN 0181001)\nSold To: Meseta Voz S.L.\nMAC del servidor: 40-A8-F0-00-00-01\n\nUn saludo,\nPilar',
    want: { requestType: 'activation-file' },
  },
  {
    body: 'Buenos días,\n\nOs pedimos el fichero de licencia para la nueva implantación de PureConnect en Clínica Atlántica.\n\nCliente final: Clínica Atlántica (GARN 0181002)\nSold To: Galicia Contact S.L.\nMAC: 40-A8-F0-00-00-02\n\nGracias,\nXoán',
    want: { requestType: 'activation-file', implementationType: 'new-deployment' },
  },
  {
    body: 'Olá,\n\nPrecisamos de um ficheiro de ativação para o servidor de produção da Águas do Tejo, nova implantação.\n\nCliente final: Águas do Tejo (GARN 0181003)\nSold To: Lusovoz Lda\nMAC: 40-A8-F0-00-00-03\n\nCumprimentos,\nRui',
    want: { requestType: 'activation-file', implementationType: 'new-deployment' },
  },
];

/** §15: a legal name holding a common word ("Customer", "Client", "Partner", "Lab", "Support") is still the company's. */
export const COMMON_WORD_NAMES: WrittenProbe[] = [
  {
    body: 'Dear Licensing Team,\n\nKindly find below our request for Gulf Customer Care Co. Single license server, Inbound Voice 9.0, 80 agents, production.\n\n* kw-lic-01, e4:43:4b:00:00:01, Windows Server 2022\n\nRegards,\nFahad',
    want: { companyName: 'Gulf Customer Care Co.' },
  },
  {
    body: 'Hello,\n\nPlease issue the licence for Client First Services Ltd: Chat 9.0, 15 seats, production, one server cfs-lic (Windows Server 2019, MAC 00-0C-29-00-01-01).\n\nThanks,\nNora',
    want: { companyName: 'Client First Services Ltd' },
  },
  {
    body: 'Hi,\n\nActivation file needed for Partner Health Support Pty Ltd, upgrade from 2024 R2 to 2025 R1, production, MAC 00-0C-29-00-01-02, GARN 0188002. Sold To: Koala Voice Pty Ltd.\n\nCheers,\nJack',
    want: { endUserAccount: 'Partner Health Support Pty Ltd' },
  },
  {
    body: 'Hello,\n\nWe need a licence for User Experience Labs GmbH, SIP Server 9.0, 10 ports, testing, single server uxl-lic (RHEL 9.2, hostid 00:1c:42:00:01:03).\n\nGrüße\nTim',
    want: { companyName: 'User Experience Labs GmbH' },
  },
];

/** §16: a Japanese company whose name after 株式会社 is written in hiragana ("株式会社なにわ物流様向け") is named. */
export const HIRAGANA_NAMES: WrittenProbe[] = [
  {
    body: 'ライセンスご担当者様\n\n株式会社みどり運輸様向けに、以下の内容でライセンスの発行をお願いいたします。\n\n・製品：SIP Server 8.5\n・席数：40席\n・ライセンスサーバー：mdr-lic01\n・ホストID（MAC）：00:1E:67:00:00:01\n・OS：Windows Server 2019\n・構成：シングルサーバー\n・用途：本番環境\n\nよろしくお願いいたします。',
    want: { companyName: '株式会社みどり運輸' },
  },
  {
    body: 'ご担当者様\n\n株式会社さくら信販様の検証環境用に、Inbound Voice 9.0を20席お願いします。ライセンスサーバーはskr-test-lic（Windows Server 2022、MAC 00:1E:67:00:00:02）の1台です。',
    want: { companyName: '株式会社さくら信販' },
  },
  {
    body: 'お世話になっております。\n\nひばり物産株式会社様の本番環境向けにChat 8.5を15席発行をお願いします。サーバー：hbr-lic（Windows Server 2019、MAC 00:1E:67:00:00:03）、シングル構成です。',
    want: { companyName: 'ひばり物産株式会社' },
  },
];

/** §17: a request asked as a polite question ("Can we get an activation file …?", "Could you send …?") is a file request; a question about the file is not. */
export const POLITE_QUESTIONS: WrittenProbe[] = [
  {
    body: 'Hi team,\n\nCan we get a PureConnect activation file for a lab server at one of our customers? MAC 00155D0A0B0C, lab deployment. Sold to is us, Kangaroo Voice Pty Ltd.\n\nCheers,\nLiam',
    want: { requestType: 'activation-file' },
  },
  {
    body: 'Hello,\n\nCould you please send us an activation file for the new test server of Wattle Bank? MAC 00-15-5D-0A-0B-0D, GARN 0190101. Sold To: Banksia Comms Ltd.\n\nThanks',
    want: { requestType: 'activation-file' },
  },
  {
    body: 'Hi,\n\nWould you be able to issue the activation file for the production upgrade of Harbour Bridge Clinics to 2025 R2? MAC 00-15-5D-0A-0B-0E, GARN 0190102.\n\nRegards,\nSue',
    want: { requestType: 'activation-file' },
  },
  {
    body: 'Hi,\n\nQuick one: does the activation file need to be regenerated when only the NIC of the server changes? GARN 0190103.\n\nThanks,\nRaj',
    // A question about the file, not a request for one: never read as a file request.
    want: { requestType: null },
  },
];

/** §18: a labelled Sold To and a sentence naming another company as the one the order went through: asked, not guessed. */
export const TWO_SOLD_TOS: WrittenProbe[] = [
  {
    body: 'Hi,\n\nEnd User: Ironbark Minerals Ltd\nGARN: 0228101\nSold To: Mallee Unified Pty Ltd\nPrimary MAC: 00-50-56-B2-00-01\n\nThis order was placed through our distributor, Red Centre Distribution Pty Ltd, so they are the sold to on it.\n\nRegards,\nKim Lowe\nMallee Unified Pty Ltd\n+61 8 8555 0100',
    want: { soldToAccount: null },
  },
  {
    body: 'Hello,\n\nEnd User: Lakeside Dairy Co\nGARN: 0228102\nSold To: Pennine Voice Ltd\nMAC: 00-50-56-B2-00-02\n\nWe purchased the licences via Ingram Micro Inc.\n\nThanks,\nSam',
    want: { soldToAccount: null },
  },
  {
    body: 'Hi,\n\nEnd User: Wexford Foods Ltd\nGARN: 0228103\nSold To: Slaney Comms Ltd\nMAC: 00-50-56-B2-00-03\n\nThe order was placed through Slaney Comms, as always.\n\nThanks,\nAoife',
    want: { soldToAccount: 'Slaney Comms Ltd' },
  },
];

/** §19: blended said not to be in other words ("nothing blended", "never blended", "isn't blended") is separate-or-asked, never blended. */
export const NOT_BLENDED: WrittenProbe[] = [
  {
    body: 'Hello,\n\nCompany: Ardmore Water Ltd\n\nVoice only, nothing blended: Inbound Voice 9.0, 30 seats, production, single server aw-lic (Windows Server 2022, MAC 00-0C-29-00-02-01).\n\nThanks',
    want: { deploymentMode: null },
  },
  {
    body: 'Hi,\n\nCompany: Kilkenny Foods Ltd\n\nChat 9.0 x 10 and Inbound Voice 9.0 x 20, production; the teams are never blended. Single server kf-lic (Windows Server 2019, MAC 00-0C-29-00-02-02).\n\nThanks',
    want: { deploymentMode: null },
  },
  {
    body: 'Hi,\n\nCompany: Tralee Credit Union\n\nOutbound Contact Solution 8.5 x 15 and Inbound Voice 8.5 x 15, production, blended - the same agents take both. Single server tcu-lic (Windows Server 2019, MAC 00-0C-29-00-02-03).\n\nThanks',
    want: { deploymentMode: 'blended' },
  },
];

/** §20: the writer's own address given as where to send the file ("send the file to me at X") is the corporate email. */
const ORCHARD =
  'Hi,\n\nPlease issue an add-on activation file for Orchard Dental Ltd, 10 more agents, production, MAC 00-15-5D-00-00-09, GARN 0170099. Sold To: Pear Voice Ltd.\n\n';
export const TO_ME_AT: WrittenProbe[] = [
  {
    body: `${ORCHARD}Please send the file to me at anna.berg@pearvoice.example.\n\nAnna Berg\nPear Voice Ltd`,
    want: { corporateEmail: 'anna.berg@pearvoice.example', additionalRecipients: null },
  },
  {
    body: `${ORCHARD}Kindly mail the activation file to me on ravi.k@pearvoice.example, thanks.\n\nRavi Kumar\nPear Voice Ltd`,
    want: { corporateEmail: 'ravi.k@pearvoice.example' },
  },
  {
    body: `${ORCHARD}Forward it to me at li.wei@pearvoice.example and cc my colleague tom.reed@pearvoice.example please.\n\nLi Wei\nPear Voice Ltd`,
    want: { corporateEmail: 'li.wei@pearvoice.example', additionalRecipients: ['tom.reed@pearvoice.example'] },
  },
];
