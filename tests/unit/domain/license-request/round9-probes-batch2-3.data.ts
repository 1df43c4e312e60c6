/** Issue 25 round 9: probe batches 2 and 3, each written before it was run. */
import { engage, type Probe, pureconnect } from './round9-probe-mails.ts';

export const BATCH_2_3: Probe[] = [
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
];
