/**
 * Management attention asked for (issue 21 §6), read on the words that could ask it: not the words of a
 * product's name ("Workforce Management"), of a feature or a team of the customer's ("calls to our escalation
 * desk fail"), of a level being escalated ("escalate the severity only (not to management) from low to
 * medium"), or of management said not to be wanted ("no need to involve management").
 */
import type { CatalogProduct } from './port.ts';
import { ESCALATION_FEATURE } from './request-families.ts';

const LEVEL = String.raw`(?:critical|crit|high|medium|low|sev(?:erity)?\s*[1-4]|p[1-4]|production\s+down)`;

/** An escalation of a level, not of the case to someone: "escalate the severity", "escalate N from low to medium". */
const LEVEL_ESCALATED = new RegExp(
  String.raw`\bescalat\w*\s+(?:only\s+)?(?:the\s+|its\s+|our\s+|this\s+)?(?:severity|priority|level|sev|prio|urgency)\b|\bescalat\w*\b(?=[^.?!\n]{0,80}\bfrom\s+${LEVEL}\s+(?:up\s+)?to\s+${LEVEL}\b)`,
  'gi',
);

/** A team, line or place of the customer's called "escalation": "our escalation desk", "the escalation queue". */
const ESCALATION_PLACE =
  /\bescalation\s+(?:desk|team|line|queue|group|hotline|number|contacts?|flows?|scripts?|workflows?|rules?|agents?|center|centre|skill)s?\b/gi;

/** Management said not to be wanted. */
const NOT_WANTED =
  /\b(?:not|no\s+need\s+(?:to|for)|don'?t\s+(?:need\s+to\s+|want\s+to\s+)?|do\s+not\s+(?:need\s+to\s+|want\s+to\s+)?|without|rather\s+than)\s+(?:to\s+|for\s+)?(?:involve\s+|involving\s+|bother\s+|bothering\s+|escalat\w*\s+to\s+)?(?:the\s+|a\s+|your\s+|any\s+)?(?:management|managers?|supervisors?|boss)\b/gi;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const namesOf = new WeakMap<readonly CatalogProduct[], RegExp | null>();

/** The catalog's names of several words ("Workforce Management", "Genesys Administrator Extension"). */
function productNames(catalog: readonly CatalogProduct[]): RegExp | null {
  if (!namesOf.has(catalog)) {
    const names = catalog.flatMap((p) => [p.name, ...p.aliases]).filter((n) => /\s/.test(n.trim()));
    namesOf.set(
      catalog,
      names.length > 0 ? new RegExp(`\\b(?:${names.map((n) => escapeRe(n.trim())).join('|')})\\b`, 'gi') : null,
    );
  }
  return namesOf.get(catalog) ?? null;
}

/** The text with what cannot ask for management blanked out. */
export function managementWords(text: string, catalog: readonly CatalogProduct[] | undefined): string {
  const names = catalog ? productNames(catalog) : null;
  return (names ? text.replace(names, ' ') : text)
    .replace(ESCALATION_FEATURE, ' ')
    .replace(ESCALATION_PLACE, ' ')
    .replace(LEVEL_ESCALATED, ' ')
    .replace(NOT_WANTED, ' ');
}
