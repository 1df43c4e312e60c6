import { describe, expect, it } from 'vitest';
import { companiesMentioned, companiesNamedAsAccount } from '../../../src/domain/account-named.ts';

const COMPANIES = [
  { id: 'acme', name: 'Acme Corp' },
  { id: 'globex', name: 'Globex Inc' },
  { id: 'initech', name: 'Initech KK' },
  { id: 'umbrella', name: 'Umbrella Retail' },
];
const named = (text: string) => companiesNamedAsAccount(text, COMPANIES).map((c) => c.id);

describe('the account a request says it is for (red team round 8)', () => {
  it.each([
    ['For Umbrella Retail: Workspace Desktop Edition crashes at login', ['umbrella']],
    ['Hello. On behalf of our customer Umbrella, please order the controlled release', ['umbrella']],
    ['End User: Umbrella Retail\nSold To: Northwind', ['umbrella']],
    ['Umbrella Retail: license server lost', ['umbrella']],
    ['Pour le client Globex : le serveur SIP est en panne', ['globex']],
    ['Für Endkunde Acme Corp. ist der SIP Server ausgefallen', ['acme']],
    ['Hi team. for INITECH KK, severity high', ['initech']],
    ['How do I download Workspace Desktop Edition 8.5 for Umbrella Retail?', ['umbrella']],
    ['We need an emergency temporary license pour le client Globex, urgent', ['globex']],
  ])('DOMAIN.md §1: "%s" is written for %j', (text, ids) => {
    expect(named(text)).toEqual(ids);
  });

  it.each([
    'Our SIP Server drops calls to Globex numbers since their change',
    'We migrated from Acme tools last year; the agents at Initech-like sites see it too',
    'Our production SIP Server 9.0 drops calls, severity medium',
    'The umbrella stand fell on the server',
    'We are looking forward to Acme-style dashboards',
  ])('DOMAIN.md §1: a company named in passing is not the account: "%s"', (text) => {
    expect(named(text)).toEqual([]);
  });
});

describe('the companies a text mentions anywhere (red team round 13)', () => {
  const mentioned = (text: string) => companiesMentioned(text, COMPANIES).map((c) => c.id);
  it.each([
    ['Initech says it is fixed, please close the case.', ['initech']],
    ['INITECH KK confirmed the fix', ['initech']],
    ['the Umbrella-Retail agents and Globex’s', ['globex', 'umbrella']],
    ['Initech-like sites', ['initech']],
  ])('"%s" mentions %j', (text, ids) => {
    expect(mentioned(text)).toEqual(ids);
  });

  it.each(['Initechnology is a word of its own', 'acmeglobex', 'please close the case'])(
    'no whole company name in "%s"',
    (text) => {
      expect(mentioned(text)).toEqual([]);
    },
  );
});
