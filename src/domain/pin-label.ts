/**
 * How a PIN is labelled, as a pattern source (pin-text.ts): "PIN", "PIN code", "code PIN", "PIN-Nummer",
 * "P I N", "暗証番号", "ПИН-код". Its own module so the readers built on it (pin-links.ts, pin-owner.ts)
 * need not import the whole PIN search.
 */
export const PIN_LABEL = String.raw`(?:\b(?:code|num[eé]ro|n[uú]mero|c[oó]digo|numer)\s+pin\b|(?<![\p{L}_])(?:p[\s._·-]{1,3}i[\s._·-]{1,3}n(?:\s*\.)?|pins?)(?:[\s_-]*(?:code|c[oó]digo|number|nummer|numero|n[uú]mero|nr\.?|no\.?|num\.?|#))?(?![a-z])|暗証番号|暗証|(?<!\p{L})пи[нh](?:[\s_-]*[кk][оo][дd])?(?!\p{L}))`;
