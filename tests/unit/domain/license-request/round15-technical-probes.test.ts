/**
 * Issue 25 round 15 (technical fields): causes found on the promoted fifth held-out part and the x6 batch, each
 * probed with mails written for this test in other wording than the corpus's.
 */
import { describe, expect, it } from 'vitest';
import { extractLicenseRequest } from '../../../../src/domain/license-request/extract.ts';
import type { EngageRecord } from '../../../../src/domain/license-request/schema.ts';

const read = (body: string) =>
  extractLicenseRequest({
    body: `Hello Licensing,\n\n${body}\n\nRegards,\nAna Ruiz\nBajío Contact Integradores\nana.ruiz@bajio-ci.example`,
  });
const engage = (body: string) => read(body).fields as EngageRecord;

const server =
  'License server: lic-01, Windows Server 2019, MAC 00-50-56-a4-8c-22. Production. Customer: Torreón Seguros S.A.';

describe('round 15, cause 1: a count marked in any language or abbreviation is the item quantity', () => {
  it.each([
    ['Sellable item: Interaction Recording 8.5 - qtd 75', 'Interaction Recording', 75],
    ['Produit : SIP Server 9.0, qté 40', 'SIP Server', 40],
    ['Producto: SIP Server 8.5 — cant. 35', 'SIP Server', 35],
    ['Artikel: Enterprise Routing Solution 9.0, Menge 50', 'Enterprise Routing Solution', 50],
    ['Item: Outbound Contact Solution 8.5 - 25 pcs', 'Outbound Contact Solution', 25],
    ['Producto: SIP Server 8.5, cantidad: cuarenta licencias', 'SIP Server', 40],
    ['Produto: SIP Server 8.5 - quantidade: trinta posições', 'SIP Server', 30],
    ['Item: Workforce Management 8.5, aantal 45', 'Workforce Management', 45],
    ['We need 30 pcs of SIP Server 9.0.', 'SIP Server', 30],
  ])('%s', (line, name, quantity) => {
    const fields = engage(`${line}\nSingle server. ${server}`);
    expect(fields.sellableItems).toEqual([expect.objectContaining({ name, quantity })]);
  });

  it('a count in words followed by its unit in Spanish is read, not asked about as invalid', () => {
    const result = read(`Producto: Outbound Contact Solution 8.5, cantidad: sesenta agentes\nSingle server. ${server}`);
    expect((result.fields as EngageRecord).sellableItems?.[0]?.quantity).toBe(60);
    expect(result.invalid).toEqual([]);
  });
});

describe('round 15, cause 2: "only one server" in the partners\' languages is the single configuration', () => {
  const order = 'Item: SIP Server 9.0, 40 seats.';
  it.each([
    'Configuración: un único servidor',
    'Configuração: um único servidor',
    'Konfiguration: ein einziger Server',
    'Configuratie: één enkele server',
    'Configurazione: un solo server',
  ])('%s', (line) => {
    const result = read(`${order}\n${line}\n${server}`);
    expect((result.fields as EngageRecord).serverConfiguration).toBe('single');
    expect(result.invalid).toEqual([]);
  });
});
