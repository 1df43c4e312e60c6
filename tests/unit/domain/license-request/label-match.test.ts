import { describe, expect, it } from 'vitest';
import { damerauLevenshtein } from '../../../../src/domain/license-request/label-match.ts';
import { matchEngageLabel, matchPureConnectLabel } from '../../../../src/domain/license-request/labels.ts';

describe('Damerau-Levenshtein distance (typo-tolerant labels, issue 5)', () => {
  it('counts a transposition as one edit', () => {
    expect(damerauLevenshtein('host id', 'hsot id')).toBe(1);
    expect(damerauLevenshtein('sellable', 'sellabel')).toBe(2 - 1);
    expect(damerauLevenshtein('abc', 'abc')).toBe(0);
    expect(damerauLevenshtein('kitten', 'sitting')).toBe(3);
  });

  it('gives up above the limit', () => expect(damerauLevenshtein('company name', 'x', 2)).toBe(3));
});

describe('label dictionaries (seed 002 order kit, seed 003 request form)', () => {
  it.each([
    ['Comapny Name', 'companyName'],
    ['Sellabel Item', 'sellableItem'],
    ['Host-ID', 'hostId'],
    ['HOSTID', 'hostId'],
    ['Operating Sytem', 'os'],
    ['Server Configuraton', 'serverConfiguration'],
  ])('Engage label %s → %s', (label, field) => expect(matchEngageLabel(label)?.field).toBe(field));

  it('reads a server index out of the label', () => {
    expect(matchEngageLabel('Server 2 Host ID')).toMatchObject({ field: 'hostId', index: 1 });
    expect(matchEngageLabel('Backup server host name')).toMatchObject({ field: 'hostName', index: 1 });
  });

  it.each([
    ['Frist Name', 'firstName'],
    ['Corprate Email', 'corporateEmail'],
    ['Sold-To Acount', 'soldToAccount'],
    ['SO# or PO#', 'orderNumber'],
    ['Primary MAC ID or Host ID', 'primaryHostId'],
  ])('PureConnect label %s → %s', (label, field) => expect(matchPureConnectLabel(label)?.field).toBe(field));

  it('does not stretch short labels: OS must be exact, prose is no label', () => {
    expect(matchEngageLabel('OX')).toBeUndefined();
    expect(matchEngageLabel('We would like to order')).toBeUndefined();
    expect(matchPureConnectLabel('Thanks a lot')).toBeUndefined();
  });
});
