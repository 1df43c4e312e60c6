/**
 * The words that mark a count beside a sellable item or a part number, in the languages and abbreviations
 * partners write (issue 25 round 15): "qty 40", "qtd 90" and "qtde" (Portuguese), "qté" (French), "cant."
 * (Spanish), "Menge"/"Anzahl"/"Stk." (German), "aantal" (Dutch), "antal" (Nordic), "quantità" (Italian).
 * One list, so the item reader and the part-number reader agree on what a count looks like.
 */
export const COUNT_MARKER = `(?:qty|qtty|qtd[ea]?|qt[ée]|quantity|quantidade|quantit[éeà]|quantita|cantidad|cant|menge|anzahl|stk|aantal|antal|count)`;

/**
 * Units said after a count that are not seats: pieces as an order form counts them, and "nos"/"no." (numbers)
 * as Indian and East African English counts anything ordered ("75 nos", "45 no.").
 */
export const PIECES = `(?:pcs|pieces?|pz[as]?|stk|stück|unidades|unités|nos|no(?=\\.))`;

/**
 * "also", as partners say a count again for the next item (`…, also 60`, `…, same 45`, `…, ook 70`, `…: idem, 30`,
 * `também 40`).
 */
export const ALSO_WORD = `(?:also|too|likewise|again|(?:the\\s+)?same|ebenfalls|auch|ook|eveneens|idem|aussi|également|tamb[ée]m|tambi[ée]n|anche|pure)`;

/**
 * A table column's header that asks for a count, however it is worded ("How many", "No. required", "Licences
 * wanted", "Anzahl", "Cantidad"): under a part number table, its cells are the parts' quantities (round 16).
 */
export const COUNT_HEADER = new RegExp(
  `^(?:.*\\b)?(?:how\\s+many|no\\.?\\s*(?:required|needed|wanted|of\\b)|number|nbr|nr\\.?|#\\s*of|${COUNT_MARKER}|required|needed|wanted|ordered|nombre|n[uú]mero)\\b`,
  'i',
);
