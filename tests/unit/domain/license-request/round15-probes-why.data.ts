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
