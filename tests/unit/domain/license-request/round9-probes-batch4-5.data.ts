/** Issue 25 round 9: probe batches 4 and 5, each written before it was run. */
import { engage, type Probe, pureconnect } from './round9-probe-mails.ts';

export const BATCH_4_5: Probe[] = [
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
