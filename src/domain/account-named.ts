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

/**
 * Whether the text holds any position `companiesNamedAsAccount` reads — a "for"-word, an account label, or a
 * colon — so a caller may skip loading the directory's companies for a text that names none ("medium",
 * "since the upgrade": answers cost no extra read).
 */
export function mayNameAnAccount(text: string): boolean {
  const folded = foldCompanyText(text);
  return folded.includes(':') || ACCOUNT_POSITION.test(folded);
}

const ACCOUNT_POSITION = new RegExp(String.raw`(?<![\p{L}\p{N}])${FOR}\s|${LABEL}`, 'iu');

/** The companies the text names as the account it is for (by name without legal form, or account id). */
export function companiesNamedAsAccount<T extends { id: string; name: string }>(text: string, companies: T[]): T[] {
  const folded = foldCompanyText(text);
  return companies.filter((company) =>
    writtenNames(company).some((written) => {
      const after = String.raw`(?:the\s+)?${written}(?![\p{L}\p{N}])`;
      return new RegExp(
        String.raw`(?:(?<![\p{L}\p{N}])${FOR}\s+${OUR_CUSTOMER}${after}|${LABEL}\s*[:=]?\s*${after}|^\s*${written}(?![\p{L}\p{N}])[^\n:]{0,16}:)`,
        'imu',
      ).test(folded);
    }),
  );
}

/**
 * The companies the text names anywhere, as a whole word (by name without legal form, or account id):
 * "Initech says it is fixed, please close the case" names Initech. Used where any mention counts — among
 * the End Users the writer holds, whose cases they may mean (red team round 13). Pure.
 */
export function companiesMentioned<T extends { id: string; name: string }>(text: string, companies: T[]): T[] {
  const folded = foldCompanyText(text);
  return companies.filter((company) =>
    writtenNames(company).some((written) =>
      new RegExp(String.raw`(?<![\p{L}\p{N}])${written}(?![\p{L}\p{N}])`, 'iu').test(folded),
    ),
  );
}

/** A company's name without legal form and its account id, each as a pattern of its words (3+ letters). */
function writtenNames(company: { id: string; name: string }): string[] {
  return [companyKey(company.name), company.id.toLowerCase()]
    .filter((name) => name.length >= 3)
    .map((name) => name.split(' ').map(escapeRegExp).join(String.raw`[\s.-]+`));
}
