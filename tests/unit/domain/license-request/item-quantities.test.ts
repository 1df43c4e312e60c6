/** Issue 25 §1: quantities of sellable items in every position partners write them (seed 002: "Quantity"). */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const items = (text: string) =>
  (
    extractLicenseRequest({
      body: `Hi,\n\nPlease prepare the Engage license for our customer Pinecrest Utilities, production, single server, blended.\n\n${text}\n\nLicense server: lic1 (MAC 00-50-56-11-22-33), Windows Server 2019.\n\nThanks,\nLena`,
    }).fields as { sellableItems?: { name: string; version?: string; quantity?: number }[] }
  ).sellableItems?.map((i) => `${i.name} ${i.version} × ${i.quantity}`);

const ERS = 'Enterprise Routing Solution 8.5';
const TWO = [`${ERS} × 150`, 'SIP Server 8.5 × 80'];

describe('issue 25 §1: the quantity of each item, wherever it is written', () => {
  it.each([
    [`${ERS} (150) and SIP Server 8.5 (80)`, 'a bare count in brackets'],
    [`We need 150 ${ERS} and 80 SIP Server 8.5 licenses.`, 'a bare count before each name'],
    [`${ERS} - 150\nSIP Server 8.5 - 80`, 'a count after a dash'],
    ['- Enterprise Routing Solution, v8.5, 150 agents\n- SIP Server, v8.5, 80 agents', 'name, v-version, count'],
    ['Item 1: Enterprise Routing Solution 8.5, 150\nItem 2: SIP Server 8.5, 80', 'a count after a comma'],
    [
      'Enterprise Routing Solution (version 8.5): 150 seats\nSIP Server (version 8.5): 80 seats',
      'after "(version …):"',
    ],
    [`Product | Licenses\n${ERS} | 150\nSIP Server 8.5 | 80`, 'a two-column pipe table'],
  ])('%j (%s)', (text) => {
    expect(items(text)).toEqual(TWO);
  });

  it.each([
    [`${ERS} and SIP Server 8.5, 150 seats each.`],
    [`150 seats each of ${ERS} and SIP Server 8.5.`],
    [`Both ${ERS} and SIP Server 8.5 for 150 agents.`],
  ])('one count said for every item of the sentence: %j', (text) => {
    expect(items(text)).toEqual([`${ERS} × 150`, 'SIP Server 8.5 × 150']);
  });

  it.each([
    ['Qty: 150 x Enterprise Routing Solution 8.5', 'the item under a quantity label'],
    ['Seats: 150 of Enterprise Routing Solution 8.5', 'the item under a seats label'],
    ['Quantity: 150\nProduct: Enterprise Routing Solution 8.5', 'the quantity labelled before its item'],
    ['Enterprise Routing Solution 8.5 for 1.500 agents', 'a European thousands separator'],
    ['a 150-seat Enterprise Routing Solution 8.5 license', 'a hyphenated count'],
    ['Enterprise Routing Solution release 8.5, 150 licenses', '"release" before the version'],
    ['Enterprise Routing Solution 8.5: 150', 'a count after a colon'],
    ['150 agents on Enterprise Routing Solution 8.5', '"N agents on"'],
  ])('%j (%s)', (text) => {
    const [item] = items(text) ?? [];
    expect(item).toBe(text.includes('1.500') ? `${ERS} × 1500` : `${ERS} × 150`);
  });

  it('a year or a port number before a name is not its count', () => {
    expect(items(`Windows Server 2019 ${ERS}`)?.[0]).not.toContain('2019');
    expect(items(`port 7260 ${ERS}`)?.[0]).toBe(`${ERS} × undefined`);
  });
});
