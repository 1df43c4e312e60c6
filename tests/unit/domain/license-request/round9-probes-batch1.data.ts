/** Issue 25 round 9: probe batch 1, written before the reader was run on it. */
import { engage, type Probe, pureconnect } from './round9-probe-mails.ts';

export const BATCH_1: Probe[] = [
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
];
