/**
 * The account a request says it is for (red team round 8): "For Umbrella Retail: …", "On behalf of our
 * customer Umbrella, …", "End User: Umbrella Retail", a line opening "Umbrella Retail: …", and "for" a company
 * anywhere in a sentence ("How do I download WDE for Umbrella Retail?", red team round 9). A partner who
 * holds one End User and writes for another must not get a case, download steps, an order or a temporary
 * license filed under the one they hold. Only these positions count: a company named in passing ("calls
 * to Globex's numbers drop") is not what the request is for. Pure.
 */
import { companyKey, foldCompanyText } from './company-names.ts';
import { escapeRegExp } from './regexp-matches.ts';

const FOR = String.raw`(?:for|pour|für|fuer|para|on behalf of|au nom de|im auftrag von|en nombre de)`;
const OUR_CUSTOMER = String.raw`(?:(?:our|notre|unser(?:em|en|e)?|nuestro|el)\s+)?(?:(?:customer|client|cliente|kunden?|end[- ]?user)\s+)?`;
const LABEL = String.raw`(?:end[- ]?user|sold[- ]?to|customer|client|cliente|endkunde|kunde)(?:\s+(?:account|name|company))?`;

/** The companies the text names as the account it is for (by name without legal form, or account id). */
export function companiesNamedAsAccount<T extends { id: string; name: string }>(text: string, companies: T[]): T[] {
  const folded = foldCompanyText(text);
  return companies.filter((company) =>
    [companyKey(company.name), company.id.toLowerCase()]
      .filter((name) => name.length >= 3)
      .some((name) => {
        const written = name.split(' ').map(escapeRegExp).join(String.raw`[\s.-]+`);
        const after = String.raw`(?:the\s+)?${written}(?![\p{L}\p{N}])`;
        return new RegExp(
          String.raw`(?:(?<![\p{L}\p{N}])${FOR}\s+${OUR_CUSTOMER}${after}|${LABEL}\s*[:=]?\s*${after}|^\s*${written}(?![\p{L}\p{N}])[^\n:]{0,16}:)`,
          'imu',
        ).test(folded);
      }),
  );
}
