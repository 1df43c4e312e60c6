/**
 * Issue 25 round 9: a probe set written before the reader was run on it — for each weak field, ways a partner
 * writes it that the reader did not look for, and look-alikes that must not be read. Each probe is a short
 * mail; `expect` maps a record path to the value a careful reader takes (`null`: the reader must take none).
 */
export interface Probe {
  id: string;
  body: string;
  subject?: string;
  expect: Record<string, string | number | null>;
  /** The mail's date, for dates in words. */
  date?: string;
  /** The fields the mail really contradicts itself on (none unless given): no question for a look-alike. */
  invalid?: string[];
}

/** An Engage mail complete but for the lines a probe gives (a company, an item, a server, a configuration). */
const engage = (lines: { company?: string; item?: string; server?: string; rest?: string }) =>
  [
    'Hello Licensing,',
    '',
    lines.company ?? 'Please raise an Engage order kit for our customer Halden Freight AS.',
    lines.item ?? 'They have bought 120 seats of SIP Server 9.0.',
    lines.server ?? 'One license server, lic-hf-01, Red Hat Enterprise Linux 8.6, host id 0050569a1b2c, port 27000.',
    lines.rest ?? 'Single server, production use.',
    '',
    'Best regards',
    'Ingrid Solberg',
    'Brightwater Systems AS',
  ].join('\n');

/** A PureConnect activation file request complete but for the lines a probe gives. */
const pureconnect = (lines: { endUser?: string; mac?: string; order?: string; parts?: string; sign?: string }) =>
  [
    'Hi Licensing,',
    '',
    'Please send a PureConnect activation file for an add-on on the production server.',
    '',
    lines.endUser ?? 'End User: Kingfisher Leisure Ltd',
    'GARN: 0221846',
    'Sold To: Bramble Communications Ltd',
    lines.order ?? 'SO: 6327781',
    lines.mac ?? 'Server MAC: 00-50-56-9F-3A-10',
    lines.parts ?? 'SW-001-4.0-AL02 Interaction Client Business User 25',
    '',
    'Best wishes,',
    lines.sign ?? 'Alan Pike\nBramble Communications Ltd\nalan.pike@bramblecomms.example | +44 113 496 0742',
  ].join('\n');

export const PROBES: Probe[] = [
  // Company name (Engage): labels the reader has no entry for, a legal form, the customer said other ways.
  {
    id: 'company: "Licensee:" label',
    body: engage({ company: 'Licensee: Harrowgate Water plc' }),
    expect: { companyName: 'Harrowgate Water plc' },
  },
  {
    id: 'company: "Account name -" label',
    body: engage({ company: 'Account name - Pelham Rail Ltd' }),
    expect: { companyName: 'Pelham Rail Ltd' },
  },
  {
    id: 'company: "End-user organisation:" label',
    body: engage({ company: 'End-user organisation: Obsidian Health Pty Ltd' }),
    expect: { companyName: 'Obsidian Health Pty Ltd' },
  },
  {
    id: 'company: "in the name of X"',
    body: engage({ company: 'The licences should be in the name of Sandcastle Media Ltd.' }),
    expect: { companyName: 'Sandcastle Media Ltd' },
  },
  {
    id: 'company: a name with its legal form starting the sentence, then "has signed"',
    body: engage({ company: 'Kirkby Foods Limited has signed for a new Engage system.' }),
    expect: { companyName: 'Kirkby Foods Limited' },
  },
  {
    id: 'company: "Customer site:" label',
    body: engage({ company: 'Customer site: Coldharbour Bank N.A. (Leeds)' }),
    expect: { companyName: 'Coldharbour Bank N.A.' },
  },
  {
    id: 'company look-alike: the distributor with a legal form is not the company',
    body: engage({ company: 'Ordered through our distributor Ingram Micro Inc. last week.' }),
    expect: { companyName: null },
  },
  // Host names: by their shape near host-id, OS and server words.
  {
    id: 'host: "hostname ->" arrow',
    body: engage({ server: 'Server hostname -> lic-prd-01 / MAC 0050569a1b2c / RHEL 8.6 / port 27000' }),
    expect: { 'licenseServers[0].hostName': 'lic-prd-01', 'licenseServers[0].hostId': '0050569a1b2c' },
  },
  {
    id: 'host: "FQDN:" label',
    body: engage({ server: 'FQDN: lic01.corp.halden.example, RHEL 8.6, MAC 00:50:56:9a:1b:2c, TCP 27000' }),
    expect: { 'licenseServers[0].hostName': 'lic01.corp.halden.example' },
  },
  {
    id: 'host: "lmhostid on NAME returns"',
    body: engage({ server: 'lmhostid on gen-lic-02 returns 0050569a1b2d; it runs RHEL 8.6, port 27000.' }),
    expect: { 'licenseServers[0].hostName': 'gen-lic-02', 'licenseServers[0].hostId': '0050569a1b2d' },
  },
  {
    id: 'host: "Machine:" label',
    body: engage({ server: 'Machine: GENLIC02\nOS: Windows Server 2019\nHost ID: 0050569a1b2e\nPort: 27000' }),
    expect: { 'licenseServers[0].hostName': 'GENLIC02' },
  },
  {
    id: 'host: "DNS name of the server is"',
    body: engage({
      server: 'The DNS name of the server is genlic02.halden.local; MAC 0050569a1b2f, RHEL 8.6, port 27000.',
    }),
    expect: { 'licenseServers[0].hostName': 'genlic02.halden.local' },
  },
  {
    id: 'host: a name in brackets after "license server"',
    body: engage({ server: 'The license server (HFLIC01) is Windows Server 2022, MAC 0050569a1b30, port 27000.' }),
    expect: { 'licenseServers[0].hostName': 'HFLIC01' },
  },
  {
    id: 'host look-alike: a Windows domain and a mail address are no host name',
    body: engage({
      server: 'Host ID 0050569a1b31 on the box in domain halden.local (ask ops@halden.example), RHEL 8.6, port 27000.',
    }),
    expect: { 'licenseServers[0].hostName': null },
  },
  // Ports: any host:port, port@host, TCP nnnn, "port nnnn" form.
  {
    id: 'port: a FlexLM SERVER line',
    body: engage({ server: 'SERVER lic-hf-01 0050569a1b2c 27005\nOS: Red Hat Enterprise Linux 8.6' }),
    expect: { 'licenseServers[0].port': 27005, 'licenseServers[0].hostName': 'lic-hf-01' },
  },
  {
    id: 'port: "the license service will use 27010"',
    body: engage({
      server: 'License server lic-hf-01 (RHEL 8.6, host id 0050569a1b2c). The license service will use 27010.',
    }),
    expect: { 'licenseServers[0].port': 27010 },
  },
  {
    id: 'port: "27000 (TCP)"',
    body: engage({ server: 'Server: lic-hf-01, RHEL 8.6, host id 0050569a1b2c, 27001 (TCP)' }),
    expect: { 'licenseServers[0].port': 27001 },
  },
  {
    id: 'port: "listens on tcp/27005"',
    body: engage({ server: 'lic-hf-01 (host id 0050569a1b2c, RHEL 8.6) listens on tcp/27005.' }),
    expect: { 'licenseServers[0].port': 27005 },
  },
  {
    id: 'port: "firewall open on 27002"',
    body: engage({
      server: 'lic-hf-01, host id 0050569a1b2c, RHEL 8.6. The firewall is open on 27002 for the license server.',
    }),
    expect: { 'licenseServers[0].port': 27002 },
  },
  {
    id: 'port look-alike: a SIP port is not the license port',
    body: engage({ server: 'lic-hf-01, host id 0050569a1b2c, RHEL 8.6. SIP trunks use port 5060.' }),
    expect: { 'licenseServers[0].port': null },
  },
  {
    // Written as a look-alike; the dev corpus (b7-09) takes the only port a mail gives, a vendor daemon's, as the port.
    id: 'port: the vendor daemon port, the only port the mail gives',
    body: engage({ server: 'lic-hf-01, host id 0050569a1b2c, RHEL 8.6, vendor daemon port 27009.' }),
    expect: { 'licenseServers[0].port': 27009 },
  },
  // Part numbers with quantities.
  {
    id: 'parts: "2 x SW-…"',
    body: pureconnect({ parts: '25 x SW-001-4.0-AL02 (Interaction Client Business User)' }),
    expect: { 'partNumbers[0].partNumber': 'SW-001-4.0-AL02', 'partNumbers[0].quantity': 25 },
  },
  {
    id: 'parts: "SW-… (qty 25)"',
    body: pureconnect({ parts: 'SW-001-4.0-AL02 (qty 25)' }),
    expect: { 'partNumbers[0].quantity': 25 },
  },
  {
    id: 'parts: "SW-… – 25 units"',
    body: pureconnect({ parts: 'SW-001-4.0-AL02 – 25 units' }),
    expect: { 'partNumbers[0].quantity': 25 },
  },
  {
    id: 'parts: "25 units of SW-…"',
    body: pureconnect({ parts: 'We need 25 units of SW-001-4.0-AL02 added.' }),
    expect: { 'partNumbers[0].quantity': 25 },
  },
  {
    id: 'parts: lower case and glued "sw-001-4.0-al02 ×25"',
    body: pureconnect({ parts: 'sw-001-4.0-al02 ×25' }),
    expect: { 'partNumbers[0].partNumber': 'SW-001-4.0-AL02', 'partNumbers[0].quantity': 25 },
  },
  // Order numbers.
  {
    id: 'order: "sales order no. 6100457"',
    body: pureconnect({ order: 'Sales order no. 6100457' }),
    expect: { orderNumber: '6100457' },
  },
  {
    id: 'order: "Order #: 6100457"',
    body: pureconnect({ order: 'Order #: 6100457' }),
    expect: { orderNumber: '6100457' },
  },
  {
    id: 'order: "the SO is 6100457" in a sentence',
    body: pureconnect({ order: 'The SO for this one is 6100457.' }),
    expect: { orderNumber: '6100457' },
  },
  {
    id: 'order look-alike: a case number is no order',
    body: pureconnect({ order: 'See also case 0123456 for the history.' }),
    expect: { orderNumber: null },
  },
  // End User account and primary host id (PureConnect).
  {
    id: 'end user: "End customer -"',
    body: pureconnect({ endUser: 'End customer - Kingfisher Leisure Ltd' }),
    expect: { endUserAccount: 'Kingfisher Leisure Ltd' },
  },
  {
    id: 'end user: "Customer account:"',
    body: pureconnect({ endUser: 'Customer account: Kingfisher Leisure Ltd' }),
    expect: { endUserAccount: 'Kingfisher Leisure Ltd' },
  },
  {
    id: 'end user: "Licensee:"',
    body: pureconnect({ endUser: 'Licensee: Kingfisher Leisure Ltd' }),
    expect: { endUserAccount: 'Kingfisher Leisure Ltd' },
  },
  {
    id: 'primary host id: "Physical Address. . . :"',
    body: pureconnect({ mac: 'Physical Address. . . . . . . . . : 00-50-56-9F-3A-10' }),
    expect: { primaryHostId: '0050569f3a10' },
  },
  {
    id: 'primary host id: "the CIC server\'s NIC is"',
    body: pureconnect({ mac: "The CIC server's NIC is 00 50 56 9F 3A 10." }),
    expect: { primaryHostId: '0050569f3a10' },
  },
  {
    id: 'primary host id: "mac=…"',
    body: pureconnect({ mac: 'ic server mac=0050569F3A10' }),
    expect: { primaryHostId: '0050569f3a10' },
  },
  // Item versions and OS written other ways.
  {
    id: 'item version: "8.5.x"',
    body: engage({ item: 'They have bought 120 seats of SIP Server 8.5.x.' }),
    expect: { 'sellableItems[0].version': '8.5', 'sellableItems[0].quantity': 120 },
  },
  {
    id: 'item version: "version 9.0.1"',
    body: engage({ item: 'Item: SIP Server, version 9.0.1, qty 120' }),
    expect: { 'sellableItems[0].version': '9.0', 'sellableItems[0].quantity': 120 },
  },
  {
    id: 'os: "Win2019"',
    body: engage({ server: 'License server lic-hf-01 on Win2019, host id 0050569a1b2c, port 27000.' }),
    expect: { 'licenseServers[0].os': 'Windows Server', 'licenseServers[0].osVersion': '2019' },
  },
  {
    id: 'os: "SLES 15 SP4"',
    body: engage({ server: 'License server lic-hf-01 on SLES 15 SP4, host id 0050569a1b2c, port 27000.' }),
    // SUSE numbers its releases with the service pack (the reader keeps `15 SP4`, as it did before this probe).
    expect: { 'licenseServers[0].os': 'SUSE Linux Enterprise Server', 'licenseServers[0].osVersion': '15 SP4' },
  },
  {
    id: 'purpose: "UAT"',
    body: engage({ rest: 'Single server, for their UAT environment.' }),
    expect: { purpose: 'testing' },
  },
  {
    id: 'purpose: "live"',
    body: engage({ rest: 'Single server; this is their live system.' }),
    expect: { purpose: 'production' },
  },
  // Second batch, written after the first was run: shapes further from the reader's wording.
  {
    id: 'company: "Their company, X Ltd, has …"',
    body: engage({ company: 'Their company, Fenwick Opticians Ltd, has bought a new Engage system.' }),
    expect: { companyName: 'Fenwick Opticians Ltd' },
  },
  {
    id: 'company: "Licenses for: X"',
    body: engage({ company: 'Licenses for: Fenwick Opticians Ltd' }),
    expect: { companyName: 'Fenwick Opticians Ltd' },
  },
  {
    id: 'company: dotted leaders "End customer name ....... X"',
    body: engage({ company: 'End customer name ........ Fenwick Opticians' }),
    expect: { companyName: 'Fenwick Opticians' },
  },
  {
    id: 'company: "a new customer: X."',
    body: engage({ company: 'The order is for a new customer: Fenwick Opticians.' }),
    expect: { companyName: 'Fenwick Opticians' },
  },
  {
    id: 'company: the first line of the body names it with its legal form',
    body: engage({ company: 'Fenwick Opticians Ltd – Engage licence request' }),
    expect: { companyName: 'Fenwick Opticians Ltd' },
  },
  {
    id: 'company: "Customer/Site:" label',
    body: engage({ company: 'Customer/Site: Fenwick Opticians' }),
    expect: { companyName: 'Fenwick Opticians' },
  },
  {
    id: 'host: "Hostname/IP: name / address"',
    body: engage({ server: 'Hostname/IP: lic-a / 10.1.2.3\nHost ID: 0050569a1b2c\nOS: RHEL 8.6\nPort: 27000' }),
    expect: { 'licenseServers[0].hostName': 'lic-a' },
  },
  {
    id: 'host: a UNC path names the machine',
    body: engage({ server: 'The lmhostid of \\\\LICSRV01 is 0050569a1b2c (Windows Server 2019), port 27000.' }),
    expect: { 'licenseServers[0].hostName': 'LICSRV01' },
  },
  {
    id: 'host: "on LIC-A, which is a … VM, the MAC is …"',
    body: engage({ server: 'On LIC-A, which is a Windows Server 2019 VM, the MAC is 00-50-56-9A-1B-2C; port 27000.' }),
    expect: { 'licenseServers[0].hostName': 'LIC-A', 'licenseServers[0].hostId': '0050569a1b2c' },
  },
  {
    id: 'host: "computername LICSRV01"',
    body: engage({ server: 'computername LICSRV01, Windows Server 2019, host id 0050569a1b2c, port 27000' }),
    expect: { 'licenseServers[0].hostName': 'LICSRV01' },
  },
  {
    id: 'port: "27000 is the port"',
    body: engage({ server: 'License server lic-hf-01, RHEL 8.6, host id 0050569a1b2c. 27003 is the port we opened.' }),
    expect: { 'licenseServers[0].port': 27003 },
  },
  {
    id: 'port: "lic-a [27000]" in a list',
    body: engage({ server: 'Server: lic-hf-01 [27004], RHEL 8.6, host id 0050569a1b2c' }),
    expect: { 'licenseServers[0].port': 27004 },
  },
  {
    id: 'order: "SO6100457" glued',
    body: pureconnect({ order: 'Ref SO6100457' }),
    expect: { orderNumber: 'SO6100457' },
  },
  {
    id: 'order: "Genesys order 6100457"',
    body: pureconnect({ order: 'This was bought on Genesys order 6100457.' }),
    expect: { orderNumber: '6100457' },
  },
  {
    id: 'order look-alike: a quote number is no order',
    body: pureconnect({ order: 'As per quote Q-2291045.' }),
    expect: { orderNumber: null },
  },
  {
    id: 'os: "CentOS 7.9"',
    body: engage({ server: 'License server lic-hf-01 runs CentOS 7.9, host id 0050569a1b2c, port 27000.' }),
    expect: { 'licenseServers[0].os': 'CentOS', 'licenseServers[0].osVersion': '7.9' },
  },
  {
    id: 'os: "Windows 2016 Server"',
    body: engage({ server: 'License server lic-hf-01 runs Windows 2016 Server, host id 0050569a1b2c, port 27000.' }),
    expect: { 'licenseServers[0].os': 'Windows Server', 'licenseServers[0].osVersion': '2016' },
  },
  {
    id: 'os: "Rocky Linux 9.3"',
    body: engage({ server: 'License server lic-hf-01 runs Rocky Linux 9.3, host id 0050569a1b2c, port 27000.' }),
    expect: { 'licenseServers[0].os': 'Rocky Linux', 'licenseServers[0].osVersion': '9.3' },
  },
  {
    id: 'item: "SIP Server 9.0: 120 licenses"',
    body: engage({ item: 'SIP Server 9.0: 120 licenses' }),
    expect: { 'sellableItems[0].quantity': 120, 'sellableItems[0].version': '9.0' },
  },
  {
    id: 'item: "120 concurrent SIP Server 9.0 licences"',
    body: engage({ item: 'They bought 120 concurrent SIP Server 9.0 licences.' }),
    expect: { 'sellableItems[0].quantity': 120, 'sellableItems[0].version': '9.0' },
  },
  {
    id: 'item: "SIP Server (v9) – 120"',
    body: engage({ item: 'SIP Server (v9) – 120' }),
    expect: { 'sellableItems[0].quantity': 120, 'sellableItems[0].version': '9.0' },
  },
  {
    id: 'purpose: "POC" is an evaluation',
    body: engage({ rest: 'Single server, for a two-month POC.' }),
    expect: { purpose: 'evaluation' },
  },
  {
    id: 'purpose: "PROD"',
    body: engage({ rest: 'Single server. Env: PROD' }),
    expect: { purpose: 'production' },
  },
  {
    id: 'work phone: "T +44 …" in the signature',
    body: pureconnect({
      sign: 'Alan Pike\nBramble Communications Ltd\nT +44 113 496 0742\nalan.pike@bramblecomms.example',
    }),
    expect: { workPhone: '+44 113 496 0742' },
  },
  {
    id: 'work phone: "Ph. (03) 9555 0123"',
    body: pureconnect({
      sign: 'Alan Pike | Bramble Communications Ltd\nPh. (03) 9555 0123\nalan.pike@bramblecomms.example',
    }),
    expect: { workPhone: '(03) 9555 0123' },
  },
  {
    id: 'contradiction look-alike: two NICs, the writer says which',
    body: pureconnect({ mac: 'MACs: 00-50-56-9F-3A-10 (NIC1, use this one) and 00-50-56-9F-3A-11 (NIC2)' }),
    expect: { primaryHostId: '0050569f3a10' },
    invalid: [],
  },
  {
    id: 'contradiction look-alike: an upgrade from 8.5 to 9.0 is no second version',
    body: engage({ item: 'They are upgrading 120 seats of SIP Server from 8.5 to 9.0.' }),
    expect: { 'sellableItems[0].version': '9.0' },
    invalid: [],
  },
  {
    id: 'contradiction look-alike: port 27000 and 27000@host',
    body: engage({ server: 'lic-hf-01, RHEL 8.6, host id 0050569a1b2c, port 27000 (clients use 27000@lic-hf-01)' }),
    expect: { 'licenseServers[0].port': 27000 },
    invalid: [],
  },
  {
    id: 'contradiction look-alike: a label and the same company in prose with its legal form',
    body: engage({
      company: 'Customer: Fenwick Opticians\nFenwick Opticians Limited is expanding its contact centre.',
    }),
    expect: { companyName: 'Fenwick Opticians Limited' },
    invalid: [],
  },
  {
    id: 'contradiction look-alike: the SO beside the customer PO',
    body: pureconnect({ order: 'SO 6100457 (customer PO 4500012345)' }),
    expect: { orderNumber: '6100457' },
    invalid: [],
  },
  {
    id: 'contradiction: two host ids for the one server',
    body: pureconnect({ mac: 'Server MAC: 00-50-56-9F-3A-10\nMAC address of the server: 00-50-56-9F-3A-77' }),
    expect: { primaryHostId: null },
    invalid: ['primaryHostId'],
  },
  // Third batch, written after the second was fixed: the needless-question fields once more, and look-alikes
  // of a contradiction.
  {
    id: 'company: "Cust:" abbreviated label',
    body: engage({ company: 'Cust: Fenwick Opticians' }),
    expect: { companyName: 'Fenwick Opticians' },
  },
  {
    id: 'company: "Acct -" abbreviated label',
    body: engage({ company: 'Acct - Fenwick Opticians Ltd' }),
    expect: { companyName: 'Fenwick Opticians Ltd' },
  },
  {
    id: 'company: "The end user of the licences will be X"',
    body: engage({ company: 'The end user of the licences will be Fenwick Opticians Ltd.' }),
    expect: { companyName: 'Fenwick Opticians Ltd' },
  },
  {
    id: 'company: "for use by X"',
    body: engage({ company: 'These Engage licences are for use by Fenwick Opticians.' }),
    expect: { companyName: 'Fenwick Opticians' },
  },
  {
    id: 'company: "a large retailer, X Ltd."',
    body: engage({ company: 'The customer is a large retailer, Fenwick Opticians Ltd.' }),
    expect: { companyName: 'Fenwick Opticians Ltd' },
  },
  {
    id: 'company: plural possessive "X Opticians\' new contact centre"',
    body: engage({ company: "The licences are for Fenwick Opticians' new contact centre." }),
    expect: { companyName: 'Fenwick Opticians' },
  },
  {
    id: 'company: "Customer →" arrow label',
    body: engage({ company: 'Customer → Fenwick Opticians' }),
    expect: { companyName: 'Fenwick Opticians' },
  },
  {
    id: 'company: a table row "| Customer | X |"',
    body: engage({ company: '| Customer | Fenwick Opticians |' }),
    expect: { companyName: 'Fenwick Opticians' },
  },
  {
    id: 'host: "X is the license server"',
    body: engage({ server: 'lic01 is the license server (Windows Server 2019, MAC 00-50-56-9A-1B-2C, port 27000).' }),
    expect: { 'licenseServers[0].hostName': 'lic01' },
  },
  {
    id: 'host: "Servername LIC01" one word, no colon',
    body: engage({ server: 'Servername LIC01, Windows Server 2019, MAC 00-50-56-9A-1B-2C, port 27000' }),
    expect: { 'licenseServers[0].hostName': 'LIC01' },
  },
  {
    id: 'host: "VM name:" label',
    body: engage({ server: 'VM name: LICVM01\nOS: Windows Server 2019\nMAC: 00-50-56-9A-1B-2C\nPort: 27000' }),
    expect: { 'licenseServers[0].hostName': 'LICVM01' },
  },
  {
    id: 'host: "Its name is flexlic01." a sentence after the server',
    body: engage({
      server: 'We built a new RHEL 8.6 VM for the licences, host id 0050569a1b2c, port 27000. Its name is flexlic01.',
    }),
    expect: { 'licenseServers[0].hostName': 'flexlic01' },
  },
  {
    id: 'host: a bullet with slashes "- lic01 / MAC / OS"',
    body: engage({ server: 'License server:\n- lic01 / 00:50:56:9a:1b:2c / Windows Server 2019 / 27000' }),
    expect: { 'licenseServers[0].hostName': 'lic01', 'licenseServers[0].port': 27000 },
  },
  {
    id: 'os: "Windows 2019" without "Server"',
    body: engage({ server: 'License server lic-hf-01 runs Windows 2019, host id 0050569a1b2c, port 27000.' }),
    expect: { 'licenseServers[0].os': 'Windows Server', 'licenseServers[0].osVersion': '2019' },
  },
  {
    id: 'os: "Red Hat 8"',
    body: engage({ server: 'License server lic-hf-01 is Red Hat 8, host id 0050569a1b2c, port 27000.' }),
    expect: { 'licenseServers[0].os': 'Red Hat Enterprise Linux', 'licenseServers[0].osVersion': '8' },
  },
  {
    id: 'os: "OS: Windows (2019)"',
    body: engage({ server: 'Server: lic-hf-01\nOS: Windows (2019)\nHost ID: 0050569a1b2c\nPort: 27000' }),
    expect: { 'licenseServers[0].os': 'Windows Server', 'licenseServers[0].osVersion': '2019' },
  },
  {
    id: 'item version: "SIP Server rel. 9"',
    body: engage({ item: 'They have bought 120 seats of SIP Server rel. 9.' }),
    expect: { 'sellableItems[0].version': '9.0' },
  },
  {
    id: 'item version: "SIP Server version 9"',
    body: engage({ item: 'Item: SIP Server version 9 – 120 seats' }),
    expect: { 'sellableItems[0].version': '9.0', 'sellableItems[0].quantity': 120 },
  },
  {
    id: 'purpose: "their live contact centre"',
    body: engage({ rest: 'Single server, for their live contact centre.' }),
    expect: { purpose: 'production' },
  },
  {
    id: 'purpose: "for training" is development',
    body: engage({ rest: 'Single server, used for agent training.' }),
    expect: { purpose: 'development' },
  },
  {
    id: 'primary host id: "IC server NIC:"',
    body: pureconnect({ mac: 'IC server NIC: 00-50-56-9F-3A-10' }),
    expect: { primaryHostId: '0050569f3a10' },
  },
  {
    id: 'primary host id: "CIC server – MAC" with a dash',
    body: pureconnect({ mac: 'CIC server – 00-50-56-9F-3A-10' }),
    expect: { primaryHostId: '0050569f3a10' },
  },
  {
    id: 'primary host id: "the server\'s physical address is"',
    body: pureconnect({ mac: "The server's physical address is 00:50:56:9f:3a:10." }),
    expect: { primaryHostId: '0050569f3a10' },
  },
  {
    id: 'end user: "End User Account Name:"',
    body: pureconnect({ endUser: 'End User Account Name: Kingfisher Leisure Ltd' }),
    expect: { endUserAccount: 'Kingfisher Leisure Ltd' },
  },
  {
    id: 'end user: "Customer (End User):"',
    body: pureconnect({ endUser: 'Customer (End User): Kingfisher Leisure Ltd' }),
    expect: { endUserAccount: 'Kingfisher Leisure Ltd' },
  },
  {
    id: 'contradiction look-alike: the label and "our customer X\'s parent group Y"',
    body: pureconnect({
      endUser: 'End User: Kingfisher Leisure Ltd\nKingfisher is part of our customer Harbour Leisure Group.',
    }),
    expect: { endUserAccount: 'Kingfisher Leisure Ltd' },
    invalid: [],
  },
  {
    id: 'contradiction look-alike: seats split by role add up to the count',
    body: engage({ item: 'They have bought 120 seats of SIP Server 9.0 (100 agents and 20 supervisors).' }),
    expect: { 'sellableItems[0].quantity': 120 },
    invalid: [],
  },
  {
    id: 'contradiction look-alike: lmgrd port and a vendor daemon port',
    body: engage({
      server: 'lic-hf-01, host id 0050569a1b2c, RHEL 8.6, lmgrd port 27000 and vendor daemon port 27009.',
    }),
    expect: { 'licenseServers[0].port': 27000 },
    invalid: [],
  },
  {
    id: 'contradiction look-alike: the VM name and the ESX host it runs on',
    body: engage({
      server: 'License server: lic-hf-01 (a VM on ESX host esx-07), RHEL 8.6, host id 0050569a1b2c, port 27000',
    }),
    expect: { 'licenseServers[0].hostName': 'lic-hf-01' },
    invalid: [],
  },
  {
    id: 'contradiction look-alike: the host id with and without separators',
    body: pureconnect({ mac: 'Server MAC: 00-50-56-9F-3A-10 (0050569F3A10 in lmhostid)' }),
    expect: { primaryHostId: '0050569f3a10' },
    invalid: [],
  },
  {
    id: "contradiction look-alike: the old server's host id in a move",
    body: pureconnect({ mac: 'New server MAC: 00-50-56-9F-3A-10 (the old server was 00-50-56-9F-00-01)' }),
    expect: { primaryHostId: '0050569f3a10' },
    invalid: [],
  },
  // Fourth batch: the company in the run of a sentence, host names written without a host's shape.
  {
    id: 'company: "Following our call last week, X has purchased"',
    body: engage({ company: 'Following our call last week, Pinecrest Utilities has purchased a new Engage system.' }),
    expect: { companyName: 'Pinecrest Utilities' },
  },
  {
    id: 'company: "X recently purchased"',
    body: engage({ company: 'Pinecrest Utilities recently purchased a new Engage system.' }),
    expect: { companyName: 'Pinecrest Utilities' },
  },
  {
    id: 'company: "X, a water company in Ohio, has purchased"',
    body: engage({ company: 'Pinecrest Utilities, a water company in Ohio, has purchased a new Engage system.' }),
    expect: { companyName: 'Pinecrest Utilities' },
  },
  {
    id: 'company: "a new customer called X"',
    body: engage({ company: 'We have a new customer called Pinecrest Utilities.' }),
    expect: { companyName: 'Pinecrest Utilities' },
  },
  {
    id: 'company: "a new Engage customer, X"',
    body: engage({ company: 'This is for a new Engage customer, Pinecrest Utilities.' }),
    expect: { companyName: 'Pinecrest Utilities' },
  },
  {
    id: 'company: "X is the end customer"',
    body: engage({ company: 'Pinecrest Utilities is the end customer.' }),
    expect: { companyName: 'Pinecrest Utilities' },
  },
  {
    id: 'company look-alike: "our partner X is the reseller" is no company',
    body: engage({ company: 'Westbridge Telecom Ltd is the reseller on this deal.' }),
    expect: { companyName: null },
  },
  {
    id: 'host: "locked to genlic" a plain word',
    body: engage({
      server: 'Please lock the licence to genlic (MAC 00-50-56-9A-1B-2C), Windows Server 2019, port 27000.',
    }),
    expect: { 'licenseServers[0].hostName': 'genlic' },
  },
  {
    id: 'host: "the license server, genlic, runs …" appositive in lower case',
    body: engage({
      server: 'The license server, genlic, runs Windows Server 2019; MAC 00-50-56-9A-1B-2C, port 27000.',
    }),
    expect: { 'licenseServers[0].hostName': 'genlic' },
  },
  {
    id: 'host: "Hostname (FQDN): …"',
    body: engage({
      server: 'Hostname (FQDN): lic01.pinecrest.local\nOS: Windows Server 2019\nMAC: 00-50-56-9A-1B-2C\nPort: 27000',
    }),
    expect: { 'licenseServers[0].hostName': 'lic01.pinecrest.local' },
  },
  {
    id: 'host: lower-case plain name after "on server"',
    body: engage({ server: 'lmhostid on server flexbox gives 0050569a1b2c. Windows Server 2019, port 27000.' }),
    expect: { 'licenseServers[0].hostName': 'flexbox' },
  },
  {
    id: 'host look-alike: "the license server, which runs …" names no host',
    body: engage({
      server: 'The license server, which runs Windows Server 2019, has MAC 00-50-56-9A-1B-2C; port 27000.',
    }),
    expect: { 'licenseServers[0].hostName': null },
  },
  // Fifth batch: look-alikes of a contradiction or of a wrong number of servers.
  {
    id: 'servers look-alike: three redundant servers and the old one being decommissioned',
    body: engage({
      server: [
        'Three-server redundant set:',
        'lic-a  00-50-56-9A-1B-01  Windows Server 2019',
        'lic-b  00-50-56-9A-1B-02  Windows Server 2019',
        'lic-c  00-50-56-9A-1B-03  Windows Server 2019',
        'The old license server (MAC 00-50-56-00-00-99) will be decommissioned afterwards.',
      ].join('\n'),
      rest: 'Production, port 27000 on all three.',
    }),
    expect: {
      'licenseServers[2].hostName': 'lic-c',
      'licenseServers[3].hostId': null,
      serverConfiguration: 'three-redundant',
    },
    invalid: [],
  },
  {
    id: 'servers look-alike: three redundant servers and a DR server not part of this request',
    body: engage({
      server: [
        'Three redundant license servers: lic-a (00-50-56-9A-1B-01), lic-b (00-50-56-9A-1B-02) and lic-c (00-50-56-9A-1B-03), all Windows Server 2019, port 27000.',
        'The DR server lic-dr (00-50-56-9A-1B-04) is already licensed and not part of this request.',
      ].join('\n'),
      rest: 'Production.',
    }),
    expect: { 'licenseServers[3].hostId': null, serverConfiguration: 'three-redundant' },
    invalid: [],
  },
  {
    id: 'servers look-alike: two independent servers and a virtual adapter lmhostid also lists',
    body: engage({
      server: [
        'Two independent license servers, each with its own file:',
        'lic-a: MAC 00-50-56-9A-1B-01, RHEL 8.6, port 27000',
        'lic-b: MAC 00-50-56-9A-1B-02, RHEL 8.6, port 27000',
        'On lic-b lmhostid also shows 02-42-ac-11-00-02, which is a docker bridge; please ignore it.',
      ].join('\n'),
      rest: 'Production.',
    }),
    expect: { 'licenseServers[1].hostId': '0050569a1b02', 'licenseServers[2].hostId': null },
    invalid: [],
  },
  {
    id: 'quantity look-alike: seats in all and the supervisors among them',
    body: engage({ item: 'They have bought SIP Server 9.0 for 120 agents; 20 of them are supervisors.' }),
    expect: { 'sellableItems[0].quantity': 120 },
    invalid: [],
  },
  {
    id: 'quantity look-alike: the seats per site and the total',
    body: engage({ item: 'They have bought 120 seats of SIP Server 9.0 (60 per site, two sites).' }),
    expect: { 'sellableItems[0].quantity': 120 },
    invalid: [],
  },
  {
    id: 'version look-alike: the build installed is no second version',
    body: engage({ item: 'They have bought 120 seats of SIP Server 9.0. Build 9.0.103.12 is installed today.' }),
    expect: { 'sellableItems[0].version': '9.0' },
    invalid: [],
  },
  {
    id: 'date look-alike: the date needed and a later go-live',
    date: '2025-12-01T10:00:00Z',
    body: engage({
      rest: 'Single server, production. We need the file by 12 December; the go-live is on 15 December.',
    }),
    expect: {},
    invalid: [],
  },
  {
    id: 'end user look-alike: the label and its short form in a possessive',
    body: pureconnect({
      endUser: "End User: Kingfisher Leisure Ltd\nKingfisher Leisure's contact centre moves next month.",
    }),
    expect: { endUserAccount: 'Kingfisher Leisure Ltd' },
    invalid: [],
  },
  {
    id: 'part look-alike: the part in the table and again in the prose with the same count',
    body: pureconnect({
      parts:
        'SW-001-4.0-AL02 Interaction Client Business User 25\nThe 25 client licences (SW-001-4.0-AL02) are for the new team.',
    }),
    expect: { 'partNumbers[0].quantity': 25 },
    invalid: [],
  },
  {
    id: 'part look-alike: the count added and the total it brings them to',
    body: pureconnect({ parts: 'SW-001-4.0-AL02 x 25 (bringing them to 125 in total)' }),
    expect: { 'partNumbers[0].quantity': 25 },
    invalid: [],
  },
  {
    id: 'garn look-alike: the same GARN in the subject and the body',
    subject: 'AFR - GARN 0221846 - add-on',
    body: pureconnect({}),
    expect: { garn: '0221846' },
    invalid: [],
  },
];
