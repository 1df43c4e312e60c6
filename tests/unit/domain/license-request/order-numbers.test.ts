/** Issue 25 §1: order numbers in their usual written forms, normalised to the record's form (docs "Conventions"). */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const request = (sentence: string) =>
  extractLicenseRequest({
    body: `Hi,\n\nPlease generate a PureConnect activation file for our customer Contoso Bank, production, MAC 00-50-56-9F-12-34. ${sentence}\n\nThanks,\nAna Ruiz\nNorthwind Partners`,
  }).fields as { orderNumber?: string };

describe('issue 25 §1: an order number named in a sentence is read as the mail writes it, without a separate SO/PO word', () => {
  it.each([
    ['The order number is 6100457.', '6100457'],
    ['Sales order number is SO-774120.', 'SO-774120'],
    ['This is for SO 6100457.', '6100457'],
    ['The SO is 6100457', '6100457'],
    ['Order ID: 6100457', '6100457'],
    ['Our PO is 4500123456.', '4500123456'],
    ['Customer PO 4500012345', '4500012345'],
    ['They ordered it under PO# 4500012345 on 3 March.', '4500012345'],
    ['Order confirmation 6100457 attached.', '6100457'],
    ['Order reference 6100457-02.', '6100457-02'],
    ['order number 00012345-A', '00012345-A'],
    ['Pedido 6100457', '6100457'],
    ['Bestellnummer 4711-2024', '4711-2024'],
  ])('"%s" → %s', (sentence, order) => {
    expect(request(sentence).orderNumber).toBe(order);
  });

  it.each([
    ['SO6100457', 'SO6100457'],
    ['PO4500012345 was placed last week.', 'PO4500012345'],
    ['Sales order # SO-CO-22871.', 'SO-CO-22871'],
  ])('a type glued to the number stays whole: "%s" → %s', (sentence, order) => {
    expect(request(sentence).orderNumber).toBe(order);
  });

  it.each([
    'They placed order SW-031-4.0-QM01 x 5.',
    'We would like to order 1500 more ACD licenses.',
    'Order Date: 2024-11-03',
    'Order 2 of 3',
    'PO Box 1234, Springfield',
    'Quote number 2024-0012',
    'Case 0123456 was opened yesterday.',
    'Order in 2024 for 300 users.',
  ])('no order number in "%s" (a part number, a count, a date, an address, a quote, a case)', (sentence) => {
    expect(request(sentence).orderNumber).toBeUndefined();
  });
});
