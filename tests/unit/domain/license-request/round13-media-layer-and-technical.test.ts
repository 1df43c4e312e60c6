/**
 * Issue 25 round 13 (the x4 batch and the third held-out part in dev): the order kit's media layer, technical
 * license types and applications as partners write them in sentences, in several languages. Each rule is
 * probed with mails written for this test before the reader was changed (never the corpus's wording), so a
 * fix that moves only one corpus file fails here.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord } from '../../../../src/domain/license-request/schema.ts';

/** A complete Engage order in prose, with the probe's lines under it. */
const order = (lines: string): EngageRecord =>
  extractLicenseRequest({
    body: `Hello Licensing team,\n\nPlease prepare the Engage order kit for Kestrel Water Utilities Ltd: 150 seats of Enterprise Routing Solution 8.5 for production, single license server kwu-lic01, MAC 00-15-5D-22-41-0A, Windows Server 2019.\n\n${lines}\n\nKind regards,\nMorgan Lee\nBlueRidge Integration`,
  }).fields as EngageRecord;

/** A request whose only product is the probe's, and one license server. */
const onlyProduct = (lines: string): EngageRecord =>
  extractLicenseRequest({
    body: `Hi team,\n\n${lines}\n\nThe license server is kwu-lic01 (MAC 00-15-5D-22-41-0A) on Windows Server 2022, one server only.\n\nCheers,\nMorgan Lee\nBlueRidge Integration`,
  }).fields as EngageRecord;

describe('round 13, cause 1: the switch is what the sentence calls the switch, whatever its vendor', () => {
  it.each([
    [
      'a PBX of a known vendor after a labelled sentence',
      'Technical licenses: we will need Place and DN licenses for the Interaction Server 8.5 instance.\nTheir PBX is a Cisco Unified Communications Manager 12.5 with about 300 agent phones and 45 other DNs for routing points.',
      {
        switchType: 'Cisco Unified Communications Manager',
        switchVersion: '12.5',
        agentSeatDns: 300,
        technicalDns: 45,
      },
    ],
    [
      'a vendor no list knows, before the word switch',
      'On the telephony side they run a Mitel MX-ONE 7.4 switch: 120 agent extensions plus 25 technical DNs (queues and routing points).',
      { switchType: 'Mitel MX-ONE', switchVersion: '7.4', agentSeatDns: 120, technicalDns: 25 },
    ],
    [
      'a labelled switch with a model code and a v-marked version',
      'Switch: Panasonic KX-NS1000 v7, 80 agent DNs and 12 routing points.',
      { switchType: 'Panasonic KX-NS1000', switchVersion: '7', agentSeatDns: 80, technicalDns: 12 },
    ],
    [
      '"the switch is a …" with a release, DNs counted for agents and for queues',
      "The customer's switch is a Genband C20 release 19. It has DNs for 250 agents, and another 40 DNs for queues and routing points.",
      { switchType: 'Genband C20', switchVersion: '19', agentSeatDns: 250, technicalDns: 40 },
    ],
  ])('%s', (_, lines, media) => {
    expect(order(lines).mediaLayer).toEqual(media);
  });

  it.each([
    [
      'a known short name, handled by',
      'Telephony is handled by their CUCM 12.5 cluster, with 200 agent DNs.',
      'CUCM',
      '12.5',
    ],
    [
      'in apposition after the word',
      'The PBX, an Ericsson MX-ONE 7.3, has 90 agent extensions.',
      'Ericsson MX-ONE',
      '7.3',
    ],
    ['"… as the switch", an R-marked version', 'They run Alcatel OXE R12.4 as the switch.', 'Alcatel OXE', '12.4'],
    [
      'in brackets, a model number and a V-marked version',
      'PBX (Siemens HiPath 4000 V8) with 75 agent DNs.',
      'Siemens HiPath 4000',
      '8',
    ],
  ])('%s', (_, lines, switchType, switchVersion) => {
    expect(order(lines).mediaLayer).toMatchObject({ switchType, switchVersion });
  });

  it('"postes agents" are the seats an item is counted in, not agent DNs', () => {
    const record = order('Le commutateur est un Cisco UCM 14. Ils ont besoin de 150 postes agents.');
    expect(record.mediaLayer).toEqual({ switchType: 'Cisco UCM', switchVersion: '14' });
  });

  it('"switch" as a verb or a switch said to be down names no switch', () => {
    expect(
      order('They will switch to the new hardware next month; the PBX is down for maintenance on Sunday.').mediaLayer,
    ).toBeUndefined();
  });
});

describe('round 13, cause 2: the media layer and technical licences in the request languages', () => {
  it.each([
    [
      'German',
      'Technische Lizenzen: DN und Place für Stat Server 8.5.\nDie Telefonanlage ist eine Avaya Communication Manager 8.1 mit 200 Agenten-Nebenstellen und 30 technischen DNs.',
      ['DN', 'Place'],
      { switchType: 'Avaya Communication Manager', switchVersion: '8.1', agentSeatDns: 200, technicalDns: 30 },
    ],
    [
      'French',
      'Licences techniques : DN et Seat pour Stat Server 8.5.\nLe commutateur est un Cisco UCM 14 avec 150 DN agents et 20 DN techniques.',
      ['DN', 'Seat'],
      { switchType: 'Cisco UCM', switchVersion: '14', agentSeatDns: 150, technicalDns: 20 },
    ],
    [
      'Spanish',
      'Licencias técnicas: DN y Place para Stat Server 8.1.\nLa centralita es una Avaya Aura Communication Manager 10.1 con 90 extensiones de agente y 15 DN técnicos.',
      ['DN', 'Place'],
      { switchType: 'Avaya Aura Communication Manager', switchVersion: '10.1', agentSeatDns: 90, technicalDns: 15 },
    ],
  ])('%s', (_, lines, types, media) => {
    const record = order(lines);
    expect(record.technicalLicenseTypes).toEqual(types);
    expect(record.mediaLayer).toEqual(media);
    expect(record.applications?.map((a) => a.name)).toEqual(['Stat Server']);
  });
});

describe('round 13, cause 3: technical license types named in a sentence about technical licences', () => {
  it.each([
    [
      'a sentence under the label, the next line its own paragraph',
      'Technical licences: we need DN and Seat licences for Stat Server 9.0.\nThe switch is an Avaya CM 8.1.',
      ['DN', 'Seat'],
    ],
    [
      'types said as the licences to add',
      'For the technical licences please add DN and Agent Seat types, for Stat Server 8.5 and Universal Routing Server 8.5.',
      ['DN', 'Agent Seat'],
    ],
    [
      "a label not in the kit's words, types before the application",
      'Tech licence types needed: Seat, DN (for T-Server for Avaya CM 8.5).',
      ['Seat', 'DN'],
    ],
    [
      'types in brackets after the words',
      'We also need technical licenses (DN, Place) for the Stat Server 9.0 they run.',
      ['DN', 'Place'],
    ],
  ])('%s', (_, lines, types) => {
    expect(order(lines).technicalLicenseTypes).toEqual(types);
  });

  it('a labelled sentence leaves no words of it as a type, and its application keeps its own name', () => {
    const record = order('Technical licences: we need DN and Seat licences for Stat Server 9.0.');
    expect(record.technicalLicenseTypes).toEqual(['DN', 'Seat']);
    expect(record.applications).toEqual([{ name: 'Stat Server', version: '9.0' }]);
  });

  it('DNs counted and seats of an item are not types', () => {
    const record = order('Technical licences are covered already; they have 60 other DNs and want 20 more seats.');
    expect(record.technicalLicenseTypes).toBeUndefined();
  });

  it('"DN and Place for Stat Server": the type words are not part of the application name', () => {
    const record = order('Please add technical licences of type DN and Place for Stat Server 8.5.');
    expect(record.applications).toEqual([{ name: 'Stat Server', version: '8.5' }]);
    expect(record.technicalLicenseTypes).toEqual(['DN', 'Place']);
  });
});

describe('round 13, cause 4: a mail that orders only an application, with no technical licences, orders it as its item', () => {
  it.each([
    [
      'a request to license it',
      'Could you license Outbound Contact Server 8.1 for the test lab of Kestrel Water Utilities?',
      'Outbound Contact Server',
      '8.1',
    ],
    [
      'a purchase',
      'Kestrel Water Utilities Ltd is buying Stat Server 8.5 for production; reporting moves off their old platform.',
      'Stat Server',
      '8.5',
    ],
    [
      'a wish with a patch level',
      'Kestrel Water Utilities Ltd want Interaction Server 8.5.110 for their development environment.',
      'Interaction Server',
      '8.5',
    ],
  ])('%s', (_, lines, name, version) => {
    const record = onlyProduct(lines);
    expect(record.sellableItems).toEqual([{ name, version }]);
    expect(record.applications).toBeUndefined();
  });

  it('an application named for its DN licences stays an application', () => {
    const record = onlyProduct(
      'Kestrel Water Utilities Ltd, production: Stat Server 8.5 needs DN licences for its 40 routing points.',
    );
    expect(record.applications).toEqual([{ name: 'Stat Server', version: '8.5' }]);
    expect(record.sellableItems).toBeUndefined();
  });

  it('an application beside a sellable item stays an application', () => {
    const record = onlyProduct(
      'Kestrel Water Utilities Ltd needs 120 seats of Enterprise Routing Solution 8.5 and Stat Server 8.5 for production.',
    );
    expect(record.applications).toEqual([{ name: 'Stat Server', version: '8.5' }]);
    expect(record.sellableItems?.map((i) => i.name)).toEqual(['Enterprise Routing Solution']);
  });

  it('an application on a form line whose label was not read stays an application', () => {
    const record = onlyProduct(
      'Company name: Kestrel Water Utilities Ltd\nAplicaton & vers: Stat Server 8.5\nPurpose: production',
    );
    expect(record.applications).toEqual([{ name: 'Stat Server', version: '8.5' }]);
    expect(record.sellableItems).toBeUndefined();
  });
});

describe('round 13, cause 6: an order kit written in another language is recognised by its license server or its switch', () => {
  it.each([
    [
      'Portuguese',
      'Olá,\n\nPrecisamos da licença para 40 posições de Workspace Desktop Edition 8.5.\nServidor de licenças: tsa-lic01, MAC 00-50-56-B2-19-E4, servidor único. O PBX é um Cisco UCM 12.5.\n\nObrigado,\nRafael',
      'pt',
    ],
    [
      'Italian',
      'Buongiorno,\n\nvi chiediamo il file di licenza per 40 postazioni di Workspace Desktop Edition 8.5. Il server delle licenze è pbi-lic01 (MAC 00-50-56-B2-19-E4); il centralino è un Avaya CM 8.1.\n\nGrazie,\nGiulia',
      'it',
    ],
    [
      'Dutch',
      'Goedemiddag,\n\nGraag ontvangen wij een licentiebestand voor 40 plaatsen Workspace Desktop Edition 8.5. De licentieserver is ams-lic01, MAC 00-50-56-B2-19-E4, op Windows Server 2019.\n\nMet vriendelijke groet,\nSanne',
      'nl',
    ],
    [
      'German, by the switch alone',
      'Guten Tag,\n\nbitte senden Sie uns die Lizenzdatei für 80 Plätze Workspace Desktop Edition 8.5, MAC 00-50-56-B2-19-E4. Die Telefonanlage ist eine Avaya Communication Manager 8.1 mit 80 Agenten-Nebenstellen.\n\nMit freundlichen Grüßen\nJörg',
      'de',
    ],
  ])('%s', (_, body, language) => {
    const result = extractLicenseRequest({ body });
    expect(result.kind).toBe('engage');
    expect(result.handling.language).toBe(language);
  });
});
