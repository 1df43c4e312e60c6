/**
 * Entities in what customers write: case numbers, products and versions, severity words, production
 * or test/lab, host ids, MAC addresses, part numbers, dates. Deterministic and conservative: an entity
 * is only taken when the wording is unambiguous.
 */
import type { SeverityId, SystemId } from '../ids.ts';

export interface Entities {
  caseNumbers: string[];
  products: string[];
  versions: string[];
  severity?: SeverityId;
  system?: SystemId;
  hostIds: string[];
  macAddresses: string[];
  partNumbers: string[];
  dates: string[];
}

const CASE_NUMBER = /(?:\bcase\s*(?:number|no\.?|#)?\s*:?\s*|\[case\s+|#)(\d{8})\b/gi;
const VERSION = /\b(?:v|version\s*|release\s*)?(\d{1,3}\.\d{1,3}(?:\.\d{1,4}){0,2})\b/gi;
const MAC = /\b([0-9a-f]{2}(?:[:-][0-9a-f]{2}){5}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})\b/gi;
const HOST_ID = /\bhost\s*id\s*(?:is|:|=)?\s*([0-9a-f]{8}|[0-9a-f]{12})\b/gi;
const PART_NUMBER = /\b(SW-\d{3}-\d+\.\d+-[A-Z0-9]{2,6})\b/g;
const DATE = /\b(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})\b/g;

const SEVERITY_PHRASES: Array<[RegExp, SeverityId]> = [
  [
    /\b(critical[\s–—-]*(?:production|prod)[\s-]*down|production[\s-]*down|prod[\s-]*down|sev(?:erity)?[\s-]*0)\b/i,
    'critical-production-down',
  ],
  [
    /\b(?:production|prod|live)\b(?:[^.!?\n]|\.(?=\d)){0,60}\b(?:is|are|went|has gone|completely)\s+(?:down|dead|offline)\b/i,
    'critical-production-down',
  ],
  [
    /\b(?:severity|sev|priority|prio)\s*(?:is|:|=|of|to|as)?\s*(?:a\s+)?critical\b|\bcritical\s+(?:severity|priority|issue|case)\b/i,
    'critical',
  ],
  [
    /\b(?:severity|sev|priority|prio)\s*(?:is|:|=|of|to|as)?\s*(?:a\s+)?high\b|\bhigh\s+(?:severity|priority)\b/i,
    'high',
  ],
  [
    /\b(?:severity|sev|priority|prio)\s*(?:is|:|=|of|to|as)?\s*(?:a\s+)?medium\b|\bmedium\s+(?:severity|priority)\b/i,
    'medium',
  ],
  [/\b(?:severity|sev|priority|prio)\s*(?:is|:|=|of|to|as)?\s*(?:a\s+)?low\b|\blow\s+(?:severity|priority)\b/i, 'low'],
];

/** A bare answer to "which severity?" — only read when the bot has just asked. */
export function severityFromAnswer(text: string): SeverityId | undefined {
  const t = text.trim().toLowerCase();
  for (const [pattern, id] of SEVERITY_PHRASES) if (pattern.test(t)) return id;
  if (/^(?:critical\s*[–—-]?\s*production\s*down|production\s*down|prod\s*down|1|sev\s*0)\b/.test(t))
    return 'critical-production-down';
  if (/^(?:critical|2|crit)\b/.test(t)) return 'critical';
  if (/^(?:high|3)\b/.test(t)) return 'high';
  if (/^(?:medium|4|med)\b/.test(t)) return 'medium';
  if (/^(?:low|5)\b/.test(t)) return 'low';
  return undefined;
}

export function systemFromText(text: string): SystemId | undefined {
  const test =
    /\b(test|testing|lab|staging|sandbox|dev(?:elopment)?|qa|uat)\s*(?:system|environment|env|server|box|lab)?\b/i.test(
      text,
    );
  const production = /\b(production|prod|live|pre-?production|pre-?prod)\b/i.test(text);
  if (production && !test) return 'production';
  if (test && !production) return 'test';
  return undefined;
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

export function extractEntities(text: string, knownProducts: readonly string[]): Entities {
  const lower = text.toLowerCase();
  const severity = SEVERITY_PHRASES.find(([pattern]) => pattern.test(text))?.[1];
  const products = knownProducts.filter((p) => lower.includes(p.toLowerCase()));
  return {
    caseNumbers: unique([...text.matchAll(CASE_NUMBER)].map((m) => m[1]!)),
    products: products.sort((a, b) => b.length - a.length),
    versions: unique([...text.matchAll(VERSION)].map((m) => m[1]!)),
    ...(severity ? { severity } : {}),
    ...(systemFromText(text) ? { system: systemFromText(text) } : {}),
    hostIds: unique([...text.matchAll(HOST_ID)].map((m) => m[1]!.toLowerCase())),
    macAddresses: unique([...text.matchAll(MAC)].map((m) => m[1]!.replace(/[:.-]/g, '').toLowerCase())),
    partNumbers: unique([...text.matchAll(PART_NUMBER)].map((m) => m[1]!)),
    dates: unique([...text.matchAll(DATE)].map((m) => m[1]!)),
  };
}
