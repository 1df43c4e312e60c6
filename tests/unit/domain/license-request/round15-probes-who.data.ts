/** Probe mails of issue 25 round 15 (fix-lic-a), written before the reader was changed; see round15-who-and-why.test.ts. */
import type { WrittenProbe } from './round14-probes-who.data.ts';

/** §1: an End User writing about its own system from a domain made of its name's word heads or initials. */
export const DOMAIN_OF_INITIALS: WrittenProbe[] = [
  {
    from: { name: 'Megan Doyle', address: 'megan.doyle@nwrh.example' },
    body: 'Hello,\n\nOur CIC server was moved onto a new VM last night and the licence has to follow it. New MAC 00-15-5D-44-21-0A. GARN 0164410, production.\n\nThanks\nMegan Doyle\nSystems Administrator\nNorth West Regional Hospital\n+44 161 555 0192',
    want: { endUserAccount: 'North West Regional Hospital' },
  },
  {
    from: { name: 'Carlos Mendez', address: 'cmendez@bayviewcu.example' },
    body: 'Hi team,\n\nWe upgraded our PureConnect from 2024 R2 to 2025 R3 over the weekend and need the new activation file for our production server, MAC 00:50:56:A1:22:7C. GARN 0172290.\n\nCarlos Mendez | IT Operations | Bayview Credit Union | 415-555-0133',
    want: { endUserAccount: 'Bayview Credit Union' },
  },
  {
    from: { name: 'Tane Walker', address: 'tane.walker@mbfes.example' },
    body: 'Kia ora,\n\nWe have built a lab server for our PureConnect so our admins can test changes, MAC 3C-52-82-0A-19-B4. Bought through Kiwi Voice Ltd. GARN 0190021.\n\nNgā mihi\nTane Walker\nICT Engineer, Manawatu Bay Fire & Emergency Services\n06 555 0177',
    want: { endUserAccount: 'Manawatu Bay Fire & Emergency Services' },
  },
  {
    from: { name: 'Joyce Lim', address: 'joyce.lim@sgmarinecs.example' },
    body: 'Dear Licensing,\n\nOur customer Pasir Ris Logistics needs an add-on activation file for 20 more agents, MAC 00-0C-29-11-22-33, GARN 0177001.\n\nRegards,\nJoyce Lim\nSG Marine Contact Solutions Pte Ltd',
    want: { endUserAccount: 'Pasir Ris Logistics' },
  },
  {
    from: { name: 'Ruth Okafor', address: 'ruth.okafor@lagosmetro.example' },
    body: 'Good morning,\n\nOur production CIC box died and we rebuilt it on new hardware, MAC 00-1B-44-11-3A-B7, we need the activation file reallocated. GARN 0169900.\n\nRuth Okafor\nLagos Metropolitan Water Corporation\n+234 1 555 0101',
    want: { endUserAccount: 'Lagos Metropolitan Water Corporation' },
  },
];

/** §2: the customer names itself ("We are X", "we're X") in its own words, forwarded or quoted by the partner. */
export const WE_ARE: WrittenProbe[] = [
  {
    from: { name: 'Ken Adams', address: 'ken@prairievoice.example' },
    body: 'Hi Licensing, customer details below for their Engage order.\n\nKen Adams | Prairie Voice Partners\n\n---------- Forwarded message ---------\nFrom: Dana Ross <dross@harbourdental.example>\nSubject: licence details\n\nKen,\n\nWe are Harbour Dental Group, 40 agents on Inbound Voice 9.0 in production. One licence server hdg-lic1 (Windows Server 2022), MAC 00-50-56-AA-10-01.\n\nDana',
    want: { companyName: 'Harbour Dental Group' },
  },
  {
    from: { name: 'Lea Wong', address: 'lea.wong@cxbridge.example' },
    body: "Forwarding the customer mail, please issue the licence.\n\nLea\n\n-----Original Message-----\nFrom: Tom Birch <tbirch@coastlinemutual.example>\nSent: Monday 30 November 2026 10:02\n\nHello Lea, we're Coastline Mutual and we need Chat 8.5 for 25 agents, production, single server cm-lic-01, Windows Server 2019, host id 6c2b59aa0177.\n\nTom",
    want: { companyName: 'Coastline Mutual' },
  },
  {
    body: 'Good afternoon,\n\nWe are Ridgeway Foods Ltd and would like the production licence for Outbound Contact Solution 8.5, 30 seats, on our single server rfl-lic (RHEL 9.2, hostid 00:1c:42:aa:bb:01).\n\nRegards,\nPeter Hale',
    want: { companyName: 'Ridgeway Foods Ltd' },
  },
  {
    from: { name: 'Sam Ito', address: 'sam@tokai-partners.example' },
    body: 'Please see the customer mail below.\n\nSam\n\n> From: Aiko Mori <a.mori@seto-bank.example>\n> We are Seto Regional Bank. We need SIP Server 8.5 with 60 ports for our test environment, one server sb-test-lic, Windows Server 2016, MAC 00-0C-29-5E-4F-10.',
    want: { companyName: 'Seto Regional Bank' },
  },
];

/** §3: a form's labels shortened the way people type them: "acct", "Ph", "Mail id", "Cust.", "Req. type". */
export const SHORT_LABELS: WrittenProbe[] = [
  {
    body: 'First name : Arjun\nLast name : Mehta\nMail id : arjun.mehta@tejasvoice.example\nPh : +91 80 4455 2211 Extn 30\nCompany : Tejas Voice Pvt Ltd\nEnd-user acct : Malabar Gold Finance Ltd\nSold-to acct : Tejas Voice Pvt Ltd\nGARN : 0181122\nRequest type : Activation File\nCategory : Genesys\nImplementation type : Upgrade\nPrimary MAC : 00-0C-29-AA-BB-01\nDeployment : Production',
    want: {
      corporateEmail: 'arjun.mehta@tejasvoice.example',
      workPhone: '+91 80 4455 2211 Extn 30',
      endUserAccount: 'Malabar Gold Finance Ltd',
    },
  },
  {
    body: 'Name: Jo Blake\nE-mail ID: jo.blake@eastwind.example\nTel. no.: 01632 960 111\nEmployer: Eastwind Comms Ltd\nCust. acct: Fenland Housing Trust\nSold to: Eastwind Comms Ltd\nGARN: 0150505\nRequest: Activation file\nImpl type: Add-on\nMAC: 00-15-5D-00-00-11\nDeployment: Production',
    want: {
      corporateEmail: 'jo.blake@eastwind.example',
      workPhone: '01632 960 111',
      endUserAccount: 'Fenland Housing Trust',
    },
  },
  {
    body: 'Requestor : Ines Duarte\nEmail addr : ines.duarte@atlanticcx.example\nPhone no : +351 21 555 0190 ext 7\nEmployer : Atlantic CX Lda\nEnd user acct name : Porto Seguros SA\nSold to acct : Atlantic CX Lda\nGARN : 0170707\nType of request : Activation file\nCategory : Genesys\nType : New deployment\nHost ID : 00-50-56-12-34-56\nDeployment type : Lab',
    want: {
      corporateEmail: 'ines.duarte@atlanticcx.example',
      endUserAccount: 'Porto Seguros SA',
    },
  },
  {
    body: 'Contact: Brian Kim\nMob: +61 412 555 019\nMail ID: brian.kim@southwave.example\nCompany: Southwave Pty Ltd\nEnd Usr Acct: Gold Coast Transit Authority\nSold To: Southwave Pty Ltd\nGARN: 0161616\nRequest type: Activation file\nImplementation: Reallocation\nMAC: 00-0C-29-99-88-77\nDeployment: Production',
    want: {
      corporateEmail: 'brian.kim@southwave.example',
      endUserAccount: 'Gold Coast Transit Authority',
    },
  },
];

/** §4: a new system said without "deploy": "for a brand new … test server", "their new tenant server", "the DR box we've just built". */
export const NEW_SYSTEM: WrittenProbe[] = [
  {
    body: 'Hello,\n\nPlease issue an activation file for a brand new PureConnect training server at Ashgrove Council. MAC 00-15-5D-AB-01-02. GARN 0188881. Sold To: Coastal Voice Ltd.\n\nThanks\nNina',
    want: { implementationType: 'new-deployment' },
  },
  {
    body: 'Hi,\n\nWe need an activation file for their new tenant server on our hosted platform, going into production. End user: Redcliffe Dental (GARN 0199123). Sold to: Moreton Cloud Pty Ltd. MAC E4-43-4B-00-11-22.\n\nCheers, Sam',
    want: { implementationType: 'new-deployment' },
  },
  {
    body: 'Hi Licensing,\n\nThe cold standby DR server we have just built in Cork for our PureConnect system needs its own activation file. MAC a4-bb-6d-00-11-22. Our account: Lee Valley Foods Ltd, GARN 0212233.\n\nRegards,\nAoife',
    want: { implementationType: 'new-deployment' },
  },
  {
    body: 'Good day,\n\nKindly share an activation file for the fresh CIC test box which the customer commissioned last week. End user: Accra Power Distribution (GARN 0177665). Sold to: Volta CX Ltd. MAC 00-50-56-8E-00-AA.\n\nKwame',
    want: { implementationType: 'new-deployment' },
  },
  {
    body: 'Hello,\n\nThe old CIC server of Brightwater Clinic failed and is replaced by a new server; please move the activation file. New MAC 00-15-5D-77-66-55. GARN 0155443. Sold To: Meridian Voice Ltd.\n\nPaul',
    want: { implementationType: 'reallocation' },
  },
];

/** §5: whose system it is, said with the product: "the upgrade of CIC at X", "PureConnect at X", "their Genesys at X". */
export const PRODUCT_AT: WrittenProbe[] = [
  {
    body: 'Good day,\n\nPlease we need activation file for the upgrade of CIC at Kumasi Teaching Hospital from 2021 R1 to 2025 R2, production server. MAC 00-50-56-8E-44-10. GARN 0183391. Sold To: Gold Coast Contact Ltd.\n\nKofi',
    want: { endUserAccount: 'Kumasi Teaching Hospital' },
  },
  {
    body: 'Hi,\n\nThe PureConnect at Tamar Valley Water moved to a new VM, please reallocate. New MAC 00-0C-29-10-20-30, GARN 0160001. Sold to: Westcountry Voice Ltd.\n\nThanks, Jen',
    want: { endUserAccount: 'Tamar Valley Water' },
  },
  {
    body: 'Hello team,\n\nWe need an add-on activation file for the Interaction Center at Salford Community Housing, 15 more agents. MAC 00-15-5D-AA-BB-CC. GARN 0170001. Sold To: Northern Unified Ltd.\n\nRegards, Mo',
    want: { endUserAccount: 'Salford Community Housing' },
  },
  {
    body: 'Hi,\n\nLab activation file please for CIC at Ballarat Grammar School, MAC 00-0C-29-AB-CD-EF, GARN 0169991, sold to Goldfields Comms Pty Ltd.\n\nCheers',
    want: { endUserAccount: 'Ballarat Grammar School' },
  },
];

/** §6: a chase of a request already made: a reminder, "not received yet", "by when", an AFR number — not a request. */
export const CHASES: WrittenProbe[] = [
  {
    subject: 'RE: AFR-2026-120044 Mysore Cooperative Bank',
    body: 'Hi team,\n\nJust a reminder on AFR-2026-120044 below, the file has not been received yet. By when can we expect it?\n\nThanks,\nRavi Kumar\nDeccan Voice Pvt Ltd\n+91 80 5555 0100',
    want: { kind: 'not-a-request' },
  },
  {
    subject: 'AFR-0199231 still waiting',
    body: 'Hello,\n\nWe are still waiting for the activation file for AFR-0199231 (GARN 0166001, MAC 00-15-5D-11-22-33) that we submitted last week. Could you advise when it will be sent?\n\nRegards,\nElena',
    want: { kind: 'not-a-request' },
  },
  {
    subject: 'Re: Activation file request AFR-2026-101010',
    body: 'Hi Licensing,\n\nFriendly nudge on AFR-2026-101010 — our customer goes live on Monday and we still have not got the file. When will it be ready?\n\nCheers,\nMatt\nHarbour CX Ltd',
    want: { kind: 'not-a-request' },
  },
  {
    subject: 'Second reminder - AFR-2026-117700',
    body: 'Dear team,\n\nSecond reminder for the request AFR-2026-117700 raised on 20 November for Kenya Ports Authority. Kindly update us on the status.\n\nBest regards,\nPeter Otieno',
    want: { kind: 'not-a-request' },
  },
];
