/**
 * Case numbers named in a message (issue 21): eight digits after a case word ("case 01000123", "ticket
 * #01000123", "[Case 01000123]"), or a bare eight-digit number starting with 0 — unless the words before it
 * say whose number it is. A number is what its label says: "order number 01234567", "account 00451234",
 * "build 09123456", "Tel. 08912345", "call me on 07123456", "+49 89 01234567", "INC-04412345" are an order,
 * an account, a build, a phone and another system's ticket, not one of our cases (round 20, caseNumbers
 * precision).
 */
import { normaliseDigits } from '../pin-text.ts';

const CASE_NUMBER =
  /(?:\b(?:case|ticket|sr|incident)\s*(?:number|no\.?|nr\.?|#|id)?\s*[:#]?\s*|\[case\s+|(?<!\b(?:SO|PO|order|invoice|quote|contract|PIN)\s*)#|\bcases?\s+)(\d{8})\b|(?<![\w.#/-])(?<!\b(?:SO|PO|order|invoice|quote|contract|host\s*id)\s*#?\s*:?\s*)(0\d{7})(?![\w]|\.\d)/gi;

/**
 * The owner of a bare number, just before it: a thing that has numbers of its own (an order, an account, a
 * build, a phone, a serial…) with an optional "number/no./id" and a colon, a "call me on", or a phone's
 * country and area code.
 */
const OWNER_BEFORE = new RegExp(
  String.raw`(?:\b(?:orders?|po|so|invoices?|quotes?|quotations?|contracts?|agreements?|accounts?|acct|customers?|clients?|members?|serials?|s/?n|builds?|jobs?|tasks?|batch|phones?|tel|telephone|mobile|mob|cell|fax|hotline|ext|extension|dn|employees?|users?|host|licen[cs]es?|garn|shipments?|tracking|deliver(?:y|ies)|iban|vat|tax|ports?|pin|zip|postcode|postal\s+code|part|sku|item|article|asset|device|kb|patch|hotfix|fix)` +
    String.raw`\.?\s*(?:(?:number|num|no|nr|id|code|ref)\.?\s*)?(?:(?:is|was|reads)\s+)?[:#=]?\s*` +
    String.raw`|\b(?:call|ring|reach|text|phone|contact)\s+(?:me|us|him|her|them)\s+(?:back\s+)?(?:(?:on|at|under|via)\s+(?:(?:my|our|his|her|the)\s+\w+\s+)?|:\s*)` +
    String.raw`|\+\d{1,3}[\s().-]*(?:\d{1,5}[\s().-]+){0,3})$`,
  'i',
);

/**
 * Case numbers as people type or paste them: full-width or other scripts' digits ("０１０００００１") and a
 * zero-width character pasted inside ("0100\u200b0001") read as the number (red team round 8; the
 * PIN search's normalised view, pin-text.ts).
 */
export function readCaseNumbers(text: string): string[] {
  const view = /^[\x00-\x7f]*$/.test(text) ? text : normaliseDigits(text);
  const found: string[] = [];
  for (const m of view.matchAll(CASE_NUMBER)) {
    if (m[1] !== undefined) found.push(m[1]);
    else if (!ownedByOtherThing(view, m.index)) found.push(m[2]!);
  }
  return [...new Set(found)];
}

function ownedByOtherThing(text: string, at: number): boolean {
  const line =
    text
      .slice(Math.max(0, at - 48), at)
      .split('\n')
      .pop() ?? '';
  return OWNER_BEFORE.test(line);
}
