/**
 * Issue 21, round 18: a controlled-software order (DOMAIN.md §5) recognised by its form — a request (a verb
 * of asking, a need, a polite "could you ship us") for what only an order gives (physical media, a
 * controlled or localized build) or for a named release with how it is to reach the contact, or a filled-in
 * form — written in registers no rule had met: a phone chat, a formal mail, a partner for its End User, an
 * order form with odd labels, non-native English, "we'd need the DVD set of …". And the look-alikes that
 * order nothing: a download asked or failed, which release to take, a license file, media told of, logs
 * sent by FTP, a CD drive, a guide in another language.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../../../src/domain/policy/defaults.ts';
import { ruleReader } from '../../../../src/domain/understanding/rule-reader.ts';

const context = { inCaseThread: false, catalog: DEFAULT_POLICY.products };
const intentsOf = (text: string) => ruleReader.read(text, context).intents.map((i) => i.intent);

/** Orders written for this test, in many registers (none taken from the corpus). */
const ORDERS: string[] = [
  // phone chat
  'yo can u get us the stat server 8.5.110 dvd? linux box, courier is best',
  'hey — we need the SIP Server 8.5.102.03 restricted build for RHEL 8, over sftp pls',
  'need WFM 8.5.214 on physical disks for the plant, no internet there',
  // formal mail
  'Dear Customer Care,\n\nWe hereby request the delivery of the Interaction Server 8.5.109 installation media on DVD for Windows Server 2016. Please dispatch to Acme Corp, 12 Boulevard Haussmann, 75009 Paris.\n\nYours faithfully,\nAna Ruiz',
  'Good afternoon,\n\nKindly arrange shipment of the Genesys Administrator 8.1.3 media set for AIX 7.2. Our datacentre is isolated from the internet.\n\nBest regards',
  // partner for End User
  'On behalf of Umbrella Retail we would like to obtain the WDE 8.5.118.10 German build for Windows 11. Electronic delivery is fine.',
  'Our end customer Initech asks for the Korean localized Info Mart 8.5.015 release; please send it via FTP.',
  'For our client Initech: they require the GAX 8.1 package on a USB stick, courier to 3-1-1 Marunouchi, Tokyo 100-0005.',
  // order form with odd labels
  'Requested item: Interaction Server 8.5.109.04 CD\nPlatform: Windows Server 2019\nTransport: courier\nDestination: Globex, 5 Dock Rd, Newark NJ 07105\nWhy: audit rebuild',
  'Software wanted -> Stat Server 8.5.110\nOS -> RHEL 7\nShipment -> FTP\nMotive -> lab must match prod',
  'Article: WFM 8.5 media kit | Opsys: Solaris 11 | Deliver: DHL | Site: Hooli, 23 Teheran-ro, Seoul',
  // non-native English
  'Hello, we wish to receive the Info Mart 8.5.015 in spanish language for our Madrid centre, please sending by post.',
  'Good day. Please we are needing SIP Server 9.0.012 disc for Windows Server 2022, our network is closed, courier kindly.',
  'Bonjour, we want to have the WDE 8.5.118 french version on DVD, please send to our office Lyon.',
  'Guten Tag, we require Interaction Server 8.5.109 German edition for Windows Server 2019, via SFTP if possible.',
  'Hi, I would like to request for the PureConnect CIC 4.0 SU3 japanese build, Windows Server 2019, FTP ok.',
  'Olá, precisamos — sorry — we need Genesys Administrator 8.1.3 in Brazilian Portuguese, electronic delivery please.',
  // could you ship us
  'Could you ship us the Outbound Contact Server 8.1.5 CD set? RHEL 6, our old campaign box.',
  'Could you send us the GIM 8.5.015 ISO on DVD by courier? Windows Server 2016.',
  'Can you mail us a physical copy of SIP Server 8.5.1 for Solaris?',
  // we'd need the DVD set of
  "We'd need the DVD set of Workforce Management 8.5.214 for Windows Server 2019, FedEx to our Boston office.",
  "we'd need the media kit for Stat Server 8.5.110 on linux, please ship",
  // requesting the localized build
  'Requesting the localized build of WDE 8.5.118.10 (Italian) for Windows 10, to be delivered over FTP.',
  'requesting the Japanese localized GAX 8.1.3 release for windows server 2016',
  // mixed / others
  'Please order the controlled Info Mart 8.5.116.07 for us, Windows Server 2019, FTP.',
  'Pls arrange the courier delivery of the SIP Server 8.5.104.12 DVD to Acme Corp, 8 Avenue Foch, 69006 Lyon.',
  'We are asking for a physical media shipment of Interaction Server 8.5.109 — our air-gapped site cannot download.',
  'Need the localised WFM 8.5.214 build in Dutch for Windows Server 2022.',
  'I need a DVD of CIC 4.0 SU3 for Windows Server 2019 sent to our Singapore office, 1 Raffles Place 048616.',
  'Would it be possible to get the SIP Server 9.0.012 media for RHEL 9 delivered by courier? Our secure site has no internet.',
];

/** Messages that mention media, delivery, languages or releases and order nothing. */
const NOT_ORDERS: string[] = [
  'where can I download the SIP Server 9.0.012 installer for RHEL 9?',
  'the download of WDE 8.5.118.10 keeps failing at 80%, can you help?',
  'which release of Info Mart should we take for Windows Server 2022, 8.5.015 or 8.5.116?',
  'the license file for SIP Server 9.0 arrived, where do I put it?',
  'our DVD drive on the Interaction Server host is broken, the installer cannot read the disc',
  'the FTP upload of our logs to case 01000003 fails with a timeout',
  'is there a Japanese version of WDE 8.5? just asking for now',
  'we got the courier package with the GAX media yesterday, thanks',
  'how do I order a controlled release in general?',
  'the German UI of WDE 8.5 shows English labels in the settings dialog since the upgrade',
  'please send me the link to download Stat Server 8.5.110',
  'can you ship faster? we have been waiting on case 01000002 for a week',
  'our courier integration in WFM stopped sending shift data',
  'the ISO of Info Mart 8.5.015 I downloaded fails the checksum',
  'we need the SIP Server 9.0 license file for the new host',
  'I will send the SIP Server 9.0 logs via FTP this afternoon',
  'please send the WDE 8.5.118 traces by sftp to the case',
  'we need to order 20 more WDE 8.5 seats',
  'our CD drive died on the SIP Server 8.5 host, need a new one from Dell',
  'we want the WDE 8.5 admin guide in Spanish',
  'we need help with the localized date format in GAX 8.1.3, it shows US dates',
  'the courier delivered the wrong DVD for Info Mart 8.5.015, we got 8.5.014',
  'need the SIP Server 9.0.012 installer for windows please',
  'can you send me the download link for Stat Server 8.5.110?',
  'our Spanish agents need WDE 8.5 access to the new queue',
  'please ship a fix for SIP Server 9.0 asap, calls drop',
  'Can you send me the invoice for the SIP Server 9.0 media kit we ordered?',
  'the shipping module of our WFM 8.5 integration is failing',
  'we need the license key for the controlled GIM build you shipped last month',
  'could you check why the Japanese WDE 8.5 build shows boxes instead of characters?',
];

/**
 * A fresh set written in one go before the reader was run on it (issue 21 step 3): 9 of its 10 orders were
 * read at first; "we kindly ask you to dispatch …" was not, and a request put as "ask you to <send>" is now
 * a form of asking. None of its look-alikes was read as an order.
 */
const FRESH_ORDERS: string[] = [
  'Hi team, our branch in Lille needs the French build of WDE 8.5.118.10, Windows 10. SFTP would be ideal.',
  'We kindly ask you to dispatch two DVD copies of Info Mart 8.5.015 to our archive site, Windows Server 2016.',
  'pls courier SIP Server 8.5.1 on disc to Acme, 8 Avenue Foch, Lyon 69006 - solaris 10 box, no net',
  'For Umbrella Retail we require the restricted GAX 8.1.3 release, AIX 7.1, delivered electronically.',
  'Could we get the Portuguese (Brazil) localized WFM 8.5.214 for Windows Server 2019?',
  'Media request — Stat Server 8.5.110 for RHEL 7, physical copy needed because the lab is offline',
  'Product: Interaction Server\nVersion: 8.5.109.04\nOS: Windows Server 2019\nDelivery: courier\nAddress: Globex, 5 Dock Rd, Newark NJ 07105',
  'Dear support, I am writing to order the Chinese version of CIC 4.0 SU3 for our Shanghai partner. Windows Server 2019. FTP.',
  'we would appreciate a USB stick with SIP Server 9.0.012 for RHEL 9, sent to our Paris office',
  'Hallo, we need for our Munich site the German edition of GIM 8.5.015 on Windows Server 2022, by post please.',
];
const FRESH_NOT_ORDERS: string[] = [
  // A carrier's word in a company's name is no delivery (found by the license mail tests).
  'For Northern Courier Ltd we would like 40 more WDE 8.5 seats on the production license server.',
  'the WDE 8.5.118 installer I downloaded says "corrupt archive", can you check?',
  'which Info Mart release goes with SIP Server 9.0.012?',
  'is the Korean version of GAX available on the portal?',
  'we received the courier with the SIP Server DVDs today, thanks a lot',
  'Can I download Stat Server 8.5.110 for Linux somewhere?',
  'please ship the crash dumps of SIP Server 9.0 to your team? which FTP should I use?',
  'our Japanese agents see garbled characters in WDE 8.5.118 since the upgrade, high, production',
  'the license file for Interaction Server expires next week, we need a new permanent one',
  'how do I get a controlled release in general, what info do you need?',
  'the DVD burner on our build server failed while writing the GIM 8.5 media, any idea?',
];

describe('issue 21: the form of a controlled-software order', () => {
  it.each([...ORDERS, ...FRESH_ORDERS])(
    'issue 21: a request for media, a controlled or localized build, or a shipped release is an order: %s',
    (text) => {
      expect(intentsOf(text)[0]).toBe('controlled-software');
    },
  );

  it.each([...NOT_ORDERS, ...FRESH_NOT_ORDERS])('issue 21: a look-alike orders nothing: %s', (text) => {
    expect(intentsOf(text)).not.toContain('controlled-software');
  });
});
