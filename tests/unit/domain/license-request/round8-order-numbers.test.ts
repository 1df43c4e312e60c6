/** Issue 25 round 8 §3: the vendor's sales order, labelled in more languages or said "with you", is the order number. */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';

const orderIn = (line: string) =>
  (
    extractLicenseRequest({
      body: `Please add 10 x SW-014-4.0-RC01 to the activation file of Pinecrest Transit, GARN 0144321, MAC 00-50-56-8E-10-20.\n\n${line}\n\nKen Ito`,
    }).fields as { orderNumber?: string }
  ).orderNumber;

describe('issue 25 round 8 §3: the sales order labelled in German, French and Japanese', () => {
  it.each([
    ['Auftragsnummer (SO): 6339012', '6339012'],
    ['Auftragsnummer: 6339013', '6339013'],
    ['Commande (SO) : 6339014', '6339014'],
    ['Numéro de commande (SO) : 6339015', '6339015'],
    ['受注番号: 6339016', '6339016'],
  ])('"%s" is order %s', (line, order) => {
    expect(orderIn(line)).toBe(order);
  });
});

describe('issue 25 round 8 §3: "our sales order with you is …" names the vendor order', () => {
  it.each([
    ['Our sales order with you is 6339020.', '6339020'],
    ['Our SO with you: 6339021. (Their PO to us was MVH-PO-55190.)', '6339021'],
  ])('"%s" is order %s', (line, order) => {
    expect(orderIn(line)).toBe(order);
  });

  it("the customer's purchase order to the partner is still not the order number", () => {
    expect(orderIn('Their PO to us is 4471902.')).toBeUndefined();
  });
});
