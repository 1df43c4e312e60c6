/** Probe mails of issue 25 round 16 (fix-lic-a), written before the reader was changed; see round16-who-and-why.test.ts. */
import type { WrittenProbe } from './round14-probes-who.data.ts';

/** §1: a request pasted with its own header lines on top (`From: Name <address>`): that header names the writer. */
export const PASTED_FROM: WrittenProbe[] = [
  {
    body: 'Subject: Activation file for the lab server\nFrom: Priya Natarajan <priya.n@kaveri-cx.example>\n\nHello,\n\nOur customer Thanjavur Textiles needs an activation file for its new PureConnect lab server, MAC 00-50-56-9A-11-22, GARN 0177820, Genesys licences, new deployment.\n\nThanks\nPriya Natarajan\nKaveri CX Solutions\n+91 44 5555 0190',
    want: { corporateEmail: 'priya.n@kaveri-cx.example', firstName: 'Priya', lastName: 'Natarajan' },
  },
  {
    body: 'From: "Okonkwo, Chidi" <c.okonkwo@lagoonvoice.example>\nSent: Tuesday, 1 December 2026 09:14\nTo: Licensing\nSubject: PureConnect add-on - Ikeja Power\n\nHi,\n\nPlease create an add-on activation file for Ikeja Power Ltd (GARN 0166110), production server MAC 3C:52:82:10:20:30, part SW-001-4.0-AL02 x 10.\n\nChidi',
    want: { corporateEmail: 'c.okonkwo@lagoonvoice.example', lastName: 'Okonkwo' },
  },
  {
    body: 'FROM: Mateus Rocha <mrocha@sulcontact.example>\nSUBJECT: Reallocation - Cooperativa Vale Verde\n\nGood morning,\n\nThe CIC server of Cooperativa Vale Verde moved to new hardware. New MAC 00:1D:D8:22:33:44, GARN 0180001, production, Genesys licences. Please reallocate.\n\nMateus Rocha\nSul Contact Ltda',
    want: { corporateEmail: 'mrocha@sulcontact.example', firstName: 'Mateus' },
  },
  {
    body: 'Date: Mon, 7 Dec 2026 08:02:11 +0100\nFrom: Ines Vidal <ines.vidal@levante-it.example>\nTo: licensing@vendor.example\nSubject: test server activation\n\nBuenos días,\n\nWe need a new activation file for the test server of Hospital Marina Baixa, MAC 00-0C-29-44-55-66, GARN 0181234, Genesys, new deployment.\n\nSaludos\nInés Vidal\nLevante IT Services S.L.\n+34 96 555 0101',
    want: { corporateEmail: 'ines.vidal@levante-it.example' },
  },
  {
    body: 'From: Tom Becker [mailto:tbecker@northstar-voice.example]\nSubject: PureConnect DR server\n\nHi Licensing,\n\nWe built the cold standby DR server for Lakeshore Credit Union and need its own activation file. MAC 00:50:56:AB:CD:EF, GARN 0170707, Genesys licences.\n\nTom Becker | Northstar Voice LLC | 312-555-0117',
    want: { corporateEmail: 'tbecker@northstar-voice.example' },
  },
];

/** §2: the Sold To said as the writer itself ("us (X)", "we, X", "X (us)") or shortened from the name it signs with. */
export const SOLD_TO_OURSELVES: WrittenProbe[] = [
  {
    from: { name: 'Nadia Haddad', address: 'nadia@cedarvoice.example' },
    body: 'Hello,\n\nPlease issue a new activation file for the lab server of Byblos Shipping.\n\nEnd User: Byblos Shipping SAL (GARN 0161616)\nSold To: us (Cedar Voice Systems)\nMAC: 00-15-5D-01-02-03\nnew deployment, Genesys licences\n\nNadia Haddad\nCedar Voice Systems SARL',
    want: { soldToAccount: 'Cedar Voice Systems SARL' },
  },
  {
    from: { name: 'Pieter de Wit', address: 'p.dewit@polderit.example' },
    body: 'Goedemiddag,\n\nThe production CIC server of Waterschap Eemvallei was rebuilt on new hardware, new MAC 00-50-56-12-34-56. GARN 0175050, Genesys licences, reallocation.\nSold-to: we, PolderIT B.V.\n\nMet vriendelijke groet,\nPieter de Wit\nPolderIT B.V.',
    want: { soldToAccount: 'PolderIT B.V.' },
  },
  {
    from: { name: 'Aroha Ngata', address: 'aroha@kauriconnect.example' },
    body: 'Kia ora,\n\nThe new DR server for Otago Lakes Council is built (cold standby) and needs its own activation file. End user: Otago Lakes Council, GARN 0150505. Sold to: Kauri Connect (us). MAC 00:0C:29:AA:10:20, Genesys licences.\n\nAroha Ngata\nKauri Connect Limited\n+64 3 555 0144',
    want: { soldToAccount: 'Kauri Connect Limited' },
  },
  {
    from: { name: 'Diego Paredes', address: 'dparedes@pacificocx.example' },
    body: 'Hola,\n\nClínica del Sol is moving its PureConnect server to a new VM; new MAC 00-50-56-77-88-99, production, Genesys licences, End User GARN 0144001, sold to Pacifico CX. Please reallocate.\n\nSaludos,\nDiego Paredes\nPacifico CX S.A.C. - Lima\n+51 1 555 0123',
    want: { soldToAccount: 'Pacifico CX S.A.C.' },
  },
  {
    from: { name: 'Emma Clarke', address: 'emma.clarke@wessexcomms.example' },
    body: 'Hi,\n\nAdd-on needed for Dorset Police: SW-001-4.0-AL02 x 12, production server MAC 00-1B-21-55-66-77, GARN 0190090. Sold To: Wessex Comms (ourselves).\n\nThanks\nEmma Clarke\nWessex Comms Ltd\n01202 555 014',
    want: { soldToAccount: 'Wessex Comms Ltd' },
  },
];

/** §3: an account name with a small word, a possessive or a second mention longer than the first. */
export const LONGER_NAMES: WrittenProbe[] = [
  {
    from: { name: 'Rosa Lin', address: 'rosa.lin@gulfcx.example' },
    body: "Hi,\n\nWe need an add-on activation file for Harris County Fire Marshal's Office: ten more ACCESS licences, SW-001-4.0-AL02 qty 10. GARN 0180808, production MAC 00:50:56:10:20:30.\n\nRosa Lin | Gulf CX Partners",
    want: { endUserAccount: "Harris County Fire Marshal's Office" },
  },
  {
    from: { name: 'Luc Gagnon', address: 'luc@boreal-tel.example' },
    body: "Bonjour,\n\nNotre client, la Société de transport de Lévis, a besoin d'un fichier d'activation pour son nouveau serveur de test. Adresse MAC : 00-50-56-A0-B0-C0, GARN : 0171717, licences Genesys, nouveau déploiement.\n\nMerci,\nLuc Gagnon\nBoréal Télécom",
    want: { endUserAccount: 'Société de transport de Lévis' },
  },
  {
    from: { name: 'Ann Price', address: 'ann.price@redrivervoice.example' },
    body: 'Hello,\n\nThe PureConnect license server at Red River Farm Credit crashed and the replacement VM is ready, so the activation file needs moving to the new MAC 00-0D-3A-11-22-33. Production, reallocation, Genesys. End user Red River Farm Credit Services, sold to Red River Voice. GARN 0160606.\n\nAnn Price\nRed River Voice',
    want: { endUserAccount: 'Red River Farm Credit Services' },
  },
  {
    from: { name: 'Grace Mwangi', address: 'grace@savannahcx.example' },
    body: "Hi team,\n\nPlease create a new activation file for St. Mary's Mission Hospital, lab server MAC 00-15-5D-10-20-30, GARN 0188008, Genesys licences, new deployment.\n\nGrace Mwangi\nSavannah CX Ltd",
    want: { endUserAccount: "St. Mary's Mission Hospital" },
  },
];

/** §4: one labelled line holding the requester's name, address and phone; a label naming two roles for one company. */
export const REQUESTER_ON_ONE_LINE: WrittenProbe[] = [
  {
    body: 'Please generate a new activation file.\n\n- Requester: Ravi Shankar, ravi.s@deccanvoice.example, +91 40 5555 0101 ext 12\n- Employer / Sold To: Deccan Voice Pvt Ltd\n- End User: Hyderabad Metro Rail\n- GARN: 0155501\n- Category: Genesys\n- Primary MAC: 00-50-56-01-01-01\n- Deployment: production\n- Implementation: new deployment',
    want: {
      firstName: 'Ravi',
      lastName: 'Shankar',
      corporateEmail: 'ravi.s@deccanvoice.example',
      workPhone: '+91 40 5555 0101 ext 12',
      employer: 'Deccan Voice Pvt Ltd',
      soldToAccount: 'Deccan Voice Pvt Ltd',
    },
  },
  {
    body: 'Contact: Julia Novak (julia.novak@vltavacx.example, +420 2 5555 0177)\nCompany / Sold-to: Vltava CX s.r.o.\nEnd user: Pražská Energetika a.s.\nGARN: 0166601\nRequest: activation file, new deployment, production\nCategory: Genesys\nMAC: 00-1B-21-02-02-02',
    want: {
      firstName: 'Julia',
      corporateEmail: 'julia.novak@vltavacx.example',
      employer: 'Vltava CX s.r.o.',
      soldToAccount: 'Vltava CX s.r.o.',
    },
  },
  {
    body: 'Nombre / Apellido: Carmen Ruiz\nCorp. e-mail: carmen.ruiz@andaluz-it.example\nTel.: +34 95 555 1212\nCompany: Andaluz IT S.L.\nEnd user acct: Aguas de Córdoba S.A.\nSold-to acct: Andaluz IT S.L.\nGARN: 0133301\nRequest type: Activation File\nCategory: Genesys\nImplementation: new deployment\nPrimary host id: 00-50-56-03-03-03\nDeployment: Production',
    want: { firstName: 'Carmen', lastName: 'Ruiz', corporateEmail: 'carmen.ruiz@andaluz-it.example' },
  },
  {
    body: 'Name: Tomás Ibarra\nCorp. email: tibarra@pampacx.example\nPhone: +54 11 5555 0142\nEmployer: Pampa CX S.A.\nEnd User: Banco del Litoral\nSold To: Pampa CX S.A.\nGARN: 0149901\nCategory: Genesys\nImplementation: reallocation\nMAC: 00-0C-29-04-04-04\nDeployment: production',
    want: { firstName: 'Tomás', lastName: 'Ibarra', corporateEmail: 'tibarra@pampacx.example' },
  },
];

/** §5: a mail that chases a request already sent (its AFR number, "any news?") is not a new request. */
export const CHASING: WrittenProbe[] = [
  {
    from: { name: 'Mia Torres', address: 'mia@bluewavecx.example' },
    subject: 'Activation file - Seaside Clinics',
    body: 'Hi Licensing,\n\nJust following up on AFR-2026-204411 for Seaside Clinics (GARN 0190001, MAC 00:50:56:AA:BB:CC). We sent it on Monday and have not received the file yet. Could you let us know where it stands? Go-live is Thursday.\n\nThanks\nMia Torres\nBluewave CX',
    want: { kind: 'not-a-request' },
  },
  {
    from: { name: 'Oskar Lind', address: 'oskar@nordcx.example' },
    subject: 'RE: PureConnect reallocation for Gävle Energi',
    body: 'Hello again,\n\nAny news on our reallocation request AFR 2026-118002 for Gävle Energi? It was submitted ten days ago, new MAC 00-1B-21-99-88-77, GARN 0171100. The customer is asking every day.\n\nBR\nOskar Lind\nNord CX AB',
    want: { kind: 'not-a-request' },
  },
  {
    from: { name: 'Hamid Azizi', address: 'hamid@gulfcontact.example' },
    subject: 'Status of AFR-2026-330145',
    body: 'Dear team,\n\nKindly update the status of AFR-2026-330145 (Dubai Ports Logistics, GARN 0177333, production server MAC 3C-52-82-44-55-66). We raised it last week for the new deployment and the installer is waiting.\n\nRegards,\nHamid Azizi\nGulf Contact FZ-LLC',
    want: { kind: 'not-a-request' },
  },
  {
    from: { name: 'Beth Morgan', address: 'beth@cymrucx.example' },
    subject: 'Chasing: lab activation file',
    body: 'Hi,\n\nChasing this one: we asked for a lab activation file for Cardiff Bay Housing on 12 November (AFR-2026-190022, GARN 0160002, MAC 00-15-5D-33-44-55) and have heard nothing since. Is there a problem with it?\n\nDiolch,\nBeth Morgan\nCymru CX',
    want: { kind: 'not-a-request' },
  },
];

/** §6: a signature as people end a mail without a closing word, in other phone labels, with roles or `(at)` in it. */
export const SIGNATURES: WrittenProbe[] = [
  {
    from: { name: 'Dana Whitfield', address: 'dana.w@prairielink.example' },
    body: 'Licensing,\n\nThe CIC server at Elk Valley Clinics failed and we rebuilt it on new hardware; please move the activation file to the new MAC 00-1B-21-0A-0B-0C. Production, reallocation, Genesys. GARN 0166002.\n\nShout if you need anything else.\nDana Whitfield\nPrairieLink Communications\nDirect 306-555-0144 | Cell 306-555-0199',
    want: { workPhone: '306-555-0144', employer: 'PrairieLink Communications' },
  },
  {
    from: { name: 'Min-jun Kim', address: 'minjun.kim@saebyeok.example' },
    body: 'Dear Licensing,\n\nWe request new activation file for Busan Harbour Logistics lab server. MAC 00-0C-29-1A-2B-3C, GARN 0170101, Genesys licences, new deployment.\n\nKIM Min-jun / Senior Engineer\nSaebyeok Systems Co., Ltd.\nT. +82-51-555-0120 (ext. 33)',
    want: { workPhone: '+82-51-555-0120 (ext. 33)', employer: 'Saebyeok Systems Co., Ltd.' },
  },
  {
    from: { name: 'Ingrid Solberg', address: 'ingrid@fjordcx.example' },
    body: 'Hei,\n\nPlease generate an add-on activation file for Bergen Havn: SW-001-4.0-AL02 x 8, production server MAC 3C-52-82-AA-BB-CC, GARN 0181818.\n\nMed vennlig hilsen\nIngrid Solberg\nFjord CX AS\nTlf. +47 55 55 01 23',
    want: { workPhone: '+47 55 55 01 23' },
  },
  {
    from: { name: 'Aino Virtanen', address: 'aino.virtanen@saimaacx.example' },
    body: 'Hello,\n\nWe need a new activation file for the test server of Lappeenranta Energia, MAC 00-50-56-12-12-12, GARN 0150015, Genesys, new deployment.\n\nYstävällisin terveisin / Best regards\nAino Virtanen\nSaimaa CX Oy\nPuh. +358 5 555 0170',
    want: { workPhone: '+358 5 555 0170' },
  },
  {
    from: { name: 'Conor Walsh', address: 'conor@liffeyvoice.example' },
    body: 'Hi,\n\nPlease add 12 more ACD seats to the production file for Wicklow Foods: 12 x SW-003-4.0-ACD1, MAC 00-50-56-9A-9B-9C.\n\nThanks,\nConor\n\nConor Walsh | Liffey Voice Ltd (partner, Sold To) | +353 1 555 0190',
    want: { employer: 'Liffey Voice Ltd', soldToAccount: 'Liffey Voice Ltd' },
  },
  {
    from: { name: 'Helpdesk', address: 'helpdesk@outbackcomms.example' },
    body: 'Hi Licensing,\n\nThe PureConnect server at Kalgoorlie Shire moved to a new VM, new MAC 00-15-5D-77-66-55, production, GARN 0142424. Please reallocate the activation file.\n\nThis is a shared mailbox, please reply to me directly.\n\nCheers,\nMick Dunn\nOutback Comms Pty Ltd\nE: mick.dunn(at)outbackcomms.example\nP: 08 9555 0123',
    want: { corporateEmail: 'mick.dunn@outbackcomms.example', firstName: 'Mick' },
  },
];

/** §6b (found by the fresh mails of round 16): a pasted `Subject:` line over "Kia ora,", a signature's DDI/Mob lines, a phone in brackets on a requester line. */
export const PASTED_AND_PHONES: WrittenProbe[] = [
  {
    body: 'Subject: Lab activation file - Taupo Power\n\nKia ora,\n\nTaupo Power needs a new activation file for its PureConnect lab server, MAC 00-15-5D-3C-4D-5E, GARN 0150777, Genesys licences, new deployment, sold to Lakeland CX.\n\nGive me a call if anything is unclear.\nAroha Tane\nLakeland CX Limited\nDDI 07 555 0190 | Mob 027 555 0111',
    want: { garn: '0150777', firstName: 'Aroha', workPhone: '07 555 0190', employer: 'Lakeland CX Limited' },
  },
  {
    body: 'Please create an add-on activation file.\n\n- Requester: Dwayne Ross, dwayne.ross@bayoucx.example, (504) 555-0132 x41\n- Employer / Sold To: Bayou CX LLC\n- End User: Crescent City Transit\n- GARN: 0163636\n- Part: SW-001-4.0-AL02 x 10\n- Production MAC: 00-50-56-77-66-55',
    want: { workPhone: '(504) 555-0132 x41', corporateEmail: 'dwayne.ross@bayoucx.example' },
  },
];

/** §7: the mail names a contact for the request other than the mailbox it comes from, in a sentence. */
export const NAMED_CONTACT: WrittenProbe[] = [
  {
    from: { name: 'Orders Team', address: 'orders@meridiancx.example' },
    body: 'Hello,\n\nPlease issue a new activation file for the production server of Tamar Valley Water, MAC 00-50-56-31-32-33, GARN 0155155, Genesys licences, new deployment.\n\nThe contact for this request is Priya Shah, reply to priya.shah@meridiancx.example, +44 1752 555 014 ext. 22.\n\nMeridian CX Orders',
    want: {
      employer: 'Meridian CX',
      firstName: 'Priya',
      lastName: 'Shah',
      corporateEmail: 'priya.shah@meridiancx.example',
      workPhone: '+44 1752 555 014 ext. 22',
    },
  },
  {
    from: { name: 'Infra Ops', address: 'infra-ops@bluegumit.example' },
    body: 'Hi Licensing,\n\nThe CIC server of Hunter Valley Health moved to new hardware, new MAC 00-15-5D-41-42-43, production, GARN 0144144. Please reallocate the activation file.\n\nPoint of contact will be Liam Carter (liam.carter@bluegumit.example, 02 4955 0177).\n\nBluegum IT',
    want: { firstName: 'Liam', corporateEmail: 'liam.carter@bluegumit.example', workPhone: '02 4955 0177' },
  },
  {
    from: { name: 'NOC', address: 'noc@steppe-hosting.example' },
    body: 'Licensing team,\n\nWe need a new-deployment activation file for the PureConnect tenant we host for Almaty Metro, MAC 00-0C-29-51-52-53, production, Genesys licences, GARN 0166166.\n\nPlease direct questions to Aigerim Nurlanova at a.nurlanova@steppe-hosting.example or +7 727 555 0199.\n\nSteppe Hosting NOC',
    want: { employer: 'Steppe Hosting', firstName: 'Aigerim', corporateEmail: 'a.nurlanova@steppe-hosting.example' },
  },
  {
    from: { name: 'Licensing Desk', address: 'licensing@andinacx.example' },
    body: 'Buenos días,\n\nPlease create a new activation file for the lab server of Cooperativa Los Andes, MAC 00-50-56-61-62-63, GARN 0177177, Genesys licences, new deployment.\n\nContact person is Mr. Andrés Salgado, e-mail andres.salgado@andinacx.example, phone +57 1 555 0130.\n\nAndina CX',
    want: { firstName: 'Andrés', corporateEmail: 'andres.salgado@andinacx.example', workPhone: '+57 1 555 0130' },
  },
];

/** §8: what kind of mail it is — an ask with a version in it, a chase said as "checking in", a question in the request tool's words. */
export const KINDS: WrittenProbe[] = [
  {
    from: { name: 'Rhys Morgan', address: 'rhys@dragoncx.example' },
    subject: 'Harbour Foods OCS licence',
    body: "Hi,\n\nHarbour Foods needs its Outbound Contact Solution 8.5 licence, 40 seats, production. One license server hf-lic-01, Windows Server 2022, host id 00-1B-21-AA-01-02. A second server for the DR site is planned but not built, so I can't give you anything for it yet.\n\nCheers\nRhys",
    want: { kind: 'engage' },
  },
  {
    from: { name: 'Sofia Greco', address: 'sofia.greco@tirrenocx.example' },
    subject: 'SIP Server licence',
    body: "Hello,\n\nWe'd like the SIP Server 9.0.1 licence for 60 ports for Banca del Tirreno, test environment, single server bdt-test-lic (RHEL 8.8, hostid 00:0c:29:de:ad:01). The switch details are not available yet, we cannot get them before Monday.\n\nGrazie\nSofia Greco",
    want: { kind: 'engage' },
  },
  {
    from: { name: 'Marcus Reid', address: 'marcus@lakesidevoice.example' },
    subject: 'RE: Activation file for Greenfield Schools',
    body: "Hi there,\n\nJust checking in on AFR-2026-140210 for Greenfield Schools (GARN 0150210, MAC 00-50-56-44-55-66). We haven't had the file yet and the cut-over is Friday.\n\nThanks\nMarcus Reid\nLakeside Voice",
    want: { kind: 'not-a-request' },
  },
  {
    from: { name: 'Yuki Tanaka', address: 'y.tanaka@kansaicx.example' },
    subject: 'Re: reallocation for Osaka Bay Clinic',
    body: 'Hello,\n\nChecking in on our reallocation request AFR-2026-099120 (Osaka Bay Clinic, GARN 0149912) that we sent on 2 December: we have not had a reply so far. Could you tell us when to expect it?\n\nBest regards\nYuki Tanaka\nKansai CX K.K.',
    want: { kind: 'not-a-request' },
  },
  {
    from: { name: 'Olga Ivanova', address: 'olga@balticvoice.example' },
    subject: 'Question about a lab licence',
    body: 'Hello,\n\nIf a customer moves its development licence from one lab server to a new one, do we need a new order or is a reallocation request enough?\n\nEnd user: Riga Port Authority, sold to us (Baltic Voice SIA). Request type: question.\n\nThanks,\nOlga Ivanova\nBaltic Voice SIA',
    want: { kind: 'pureconnect', requestType: 'question' },
  },
  {
    from: { name: 'Tom Fraser', address: 'tom.fraser@highlandcx.example' },
    subject: 'Question - moving a licence',
    body: 'Hi,\n\nQuick question before we raise anything: can the licence of our end user Cairngorm Distillers be reallocated to a new server without a new order? It is sold to Highland CX. Request type: question.\n\nTom Fraser\nHighland CX Ltd',
    want: { kind: 'pureconnect', requestType: 'question' },
  },
];

/** §9: whom an Engage order is for — "pour la X", "licentie van X", a proof of concept with X, the writer's own lab. */
export const ENGAGE_COMPANY: WrittenProbe[] = [
  {
    from: { name: 'Julien Marchand', address: 'j.marchand@lyoncx.example' },
    body: 'Bonjour,\n\nNous avons besoin des licences de test pour la Caisse Régionale du Rhône : 25 postes Outbound Contact Solution 8.5. Un seul serveur de licences, cr-test-lic, Windows Server 2019, adresse MAC 00-50-56-70-71-72, port standard.\n\nCordialement,\nJulien Marchand\nLyon CX Services',
    want: { companyName: 'Caisse Régionale du Rhône' },
  },
  {
    from: { name: 'Sanne de Boer', address: 'sanne@deltacx.example' },
    body: 'Hallo,\n\nHierbij de aanvraag voor de licentie van Waterschap Rivierenland:\n- Inbound Voice 9.0, 45 agents\n- één licentieserver wsr-lic01, Windows Server 2022, MAC 00-15-5D-10-11-12\n- productie\n\nGroet,\nSanne de Boer\nDelta CX B.V.',
    want: { companyName: 'Waterschap Rivierenland' },
  },
  {
    from: { name: 'Lucas Pereira', address: 'lucas@atlanticocx.example' },
    body: 'Hello,\n\nWe are running a pilot with Transportes Serra Azul Ltda so they can try the platform before buying. We need an evaluation licence for Chat 9.0, 15 agents, on one server tsa-poc-lic (Windows Server 2022, MAC 00-0C-29-80-81-82).\n\nThanks\nLucas Pereira\nAtlantico CX',
    want: { companyName: 'Transportes Serra Azul Ltda' },
  },
  {
    from: { name: 'Callum Fraser', address: 'callum.fraser@thistlevoice.example' },
    body: "Hi,\n\nCan you send us a licence file for our test box please - it's where we check patches before they go live. Stat Server 9.0 and SIP Server 9.0, 10 seats, single server tv-test-lic, RHEL 9.2, hostid 00:1c:42:10:20:30.\n\nCheers\nCallum\n\nCallum Fraser | Engineer\nThistle Voice Ltd\n0131 555 0101",
    want: { companyName: 'Thistle Voice Ltd' },
  },
  {
    from: { name: 'Marina Lopes', address: 'marina.lopes@cariocacx.example' },
    body: 'Olá,\n\nWe need the licence for our own contact centre in Rio: Inbound Voice 9.0 for 60 agents, production, one server rio-lic01 (Windows Server 2022, MAC 00-50-56-90-91-92). This is the production system of the customer, not a lab.\n\nObrigada,\nMarina Lopes\nCarioca CX Ltda',
    want: { companyName: 'Carioca CX Ltda' },
  },
  {
    from: { name: 'Nia Roberts', address: 'nia.roberts@snowdoncomms.example' },
    body: 'Hiya,\n\nCould you cut us a licence for the lab please? It is where upgrades are tried before they reach production. Inbound Voice 9.0, 12 seats, one box snw-lab-lic, Windows Server 2022, MAC 00-50-56-A1-A2-A3.\n\nDiolch,\nNia\n\nNia Roberts | Systems Engineer\nSnowdon Comms Ltd\n01286 555 012',
    want: { companyName: 'Snowdon Comms Ltd' },
  },
];

/** §10: accounts and purposes said in passing — "we buy through X", "we (X) are the Sold To", "the upgrade of X from …". */
export const SAID_IN_PASSING: WrittenProbe[] = [
  {
    from: { name: 'Grant Hale', address: 'grant@tasmanlink.example' },
    body: 'Hi Licensing,\n\nHobart Port Corporation is moving its CIC server to a new VM, new MAC 00-15-5D-20-21-22, production, GARN 0151151. Please reallocate the activation file. We buy through Southern Cross Distribution Pty Ltd, so please show them as Sold To.\n\nThanks\nGrant Hale\nTasmanLink IT',
    want: { soldToAccount: 'Southern Cross Distribution Pty Ltd' },
  },
  {
    from: { name: 'Petra Novak', address: 'petra@adriavoice.example' },
    body: 'Hello,\n\nCan you tell us whether the activation file of Split Airport keeps working after their upgrade to 2025 R2, or do we need a new one? GARN 0162262. We (Adria Voice) are the Sold To. Request type: question.\n\nPetra Novak\nAdria Voice d.o.o.\n+385 21 555 010',
    want: { soldToAccount: 'Adria Voice d.o.o.' },
  },
  {
    from: { name: 'Ben Carter', address: 'ben.carter@ozarkcx.example' },
    body: 'Hi team,\n\nBefore we schedule the upgrade of Ozark Valley Electric Cooperative from 2021 R1 to 2025 R1, do we need a new activation file? GARN 0170770, sold to Ozark CX. Request type: question.\n\nBen Carter\nOzark CX',
    want: { endUserAccount: 'Ozark Valley Electric Cooperative' },
  },
  {
    from: { name: 'Lena Vogel', address: 'l.vogel@alpencx.example' },
    body: 'Hallo,\n\nThe CIC server of Bergbahnen Tirol crashed and was restored on new hardware; we need a temporary activation file for it.\n\nEnd customer: Bergbahnen Tirol AG, GARN 0159595\nNew MAC: 00-1B-21-33-44-55 (production)\nSold-To: Alpen CX GmbH\n\nViele Grüße\nLena Vogel\nAlpen CX GmbH',
    want: { deploymentType: 'production' },
  },
  {
    from: { name: 'Zoe Martin', address: 'zoe@maplecx.example' },
    body: 'Hi there,\n\nLakehead Power needs its Inbound Voice 9.0 licence, 80 seats, one server lhp-lic01, Windows Server 2022, MAC 00-50-56-B1-B2-B3.\n\nIt is all production.\n\nThanks,\nZoe Martin\nMaple CX',
    want: { purpose: 'production' },
  },
  {
    from: { name: 'Erik Dahl', address: 'erik.dahl@norlandcomms.example' },
    body: 'Hi Licensing,\n\nDoes the activation file of Tromsø Harbour keep working after we move their CIC server to 2025 R1, or do we need to request a new one? GARN 0158858. We (Norland) are the Sold To. Request type: question.\n\nErik Dahl\nNorland Communications\n+47 77 55 50 10',
    want: { soldToAccount: 'Norland Communications' },
  },
];
