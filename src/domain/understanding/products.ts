/**
 * Products as customers name them (issue 21 §8): the canonical name or an alias of the policy's product
 * catalog, in any case, with or without spaces ("SIPServer", "sip-server", "GIM", "wde"), matched
 * exactly; a loosely written name ("SIP Srvr", "Interaction Sever") is found with fuse.js and kept as a
 * near miss, which the dialogue offers as a choice instead of answering "not covered".
 */
import Fuse from 'fuse.js';
import { escapeRegExp, matchesOf } from '../regexp-matches.ts';
import type { CatalogProduct } from './port.ts';
import type { ProductMention } from './reading.ts';
import { findVersions, type VersionHit, versionNear } from './versions.ts';

interface CompiledCatalog {
  exact: Array<{ name: string; pattern: RegExp }>;
  fuzzy: Fuse<{ name: string; alias: string }>;
  tokens: Set<string>;
}

const compiled = new WeakMap<readonly CatalogProduct[], CompiledCatalog>();

/**
 * "Server" is written "Srv", "Svr", "Srvr", "Sever" too; a long word of a name may be written as two ("Work force
 * Management", "Orchestra tion"), each part at least three letters.
 */
const wordPattern = (word: string) => {
  if (/^server$/i.test(word)) return '(?:server|sever|servr|srvr|srv|svr)';
  if (word.length < 8 || !/^[A-Za-z]+$/.test(word)) return escapeRegExp(word);
  const splits = Array.from({ length: word.length - 5 }, (_, k) => `${word.slice(0, k + 3)}[\\s-]${word.slice(k + 3)}`);
  return `(?:${[word, ...splits].join('|')})`;
};

/** Words too common to make a product on their own ("server", "the"), for the fuzzy search. */
const GENERIC = new Set([
  'server',
  'servers',
  'the',
  'our',
  'my',
  'a',
  'an',
  'system',
  'platform',
  'management',
  'edition',
  'desktop',
  'contact',
  'extension',
  'center',
  'centre',
  'recording',
  'routing',
  'voice',
  'interaction',
  'interactions',
  'genesys',
  'universal',
  'outbound',
  'info',
  'stat',
  'and',
  'with',
  'on',
  'in',
  'is',
  'of',
  'for',
  'to',
]);

/** An acronym of three or four capitals ("GIM", "WFM", "GVP"). */
const ACRONYM = /^[A-Z]{3,4}$/;
/** An acronym may be written with dots between its letters: "G.I.M", "w.f.m.", "W.D.E." — all or none. */
const dotted = (alias: string) => `(?:${escapeRegExp(alias)}|${[...alias].map(escapeRegExp).join('\\.')}\\.?)`;

/**
 * A two-letter acronym ("GA" for Genesys Administrator) is only taken written in capitals, and not where it
 * means general availability ("the GA release", "9.0 went GA").
 */
function twoLetterPattern(alias: string): RegExp {
  return new RegExp(
    `(?<![\\w-])(?<!\\b(?:is|went|reached|be|since|until|before|after)\\s)${escapeRegExp(alias)}(?![A-Za-z_-])(?!\\s+(?:release|version|build|date|availability|status|quality|candidate))`,
    'g',
  );
}

function compile(catalog: readonly CatalogProduct[]): CompiledCatalog {
  let c = compiled.get(catalog);
  if (c) return c;
  const exact = catalog.flatMap((p) =>
    [p.name, ...p.aliases].map((alias) =>
      alias.length <= 2
        ? { name: p.name, pattern: twoLetterPattern(alias) }
        : {
            name: p.name,
            // Words may be written together or with - or _: "SIPServer", "sip-server", "Info_Mart"; a version may
            // follow without a space: "wde8.5", "IXNserver8.5".
            pattern: new RegExp(
              `(?<![\\w-])${ACRONYM.test(alias) ? dotted(alias) : alias.split(/\s+/).map(wordPattern).join('[\\s_-]*')}(?![A-Za-z_-]|\\d(?![\\d.]*\\d))`,
              'gi',
            ),
          },
    ),
  );
  // A name's first word alone, right before a version, when no other product starts with it: "SIP 9.0".
  const firsts = catalog.map((p) => p.name.split(/\s+/)[0]!.toLowerCase());
  for (const p of catalog) {
    const first = p.name.split(/\s+/)[0]!;
    if (p.name === first || GENERIC.has(first.toLowerCase()) || first.length < 3) continue;
    if (firsts.filter((f) => f === first.toLowerCase()).length > 1) continue;
    // "sip 9 in prod": a major version alone, not a count ("SIP 3 times", "sip 2 trunks").
    exact.push({
      name: p.name,
      pattern: new RegExp(
        `(?<![\\w-])${escapeRegExp(first)}(?=\\s*v?\\d+\\.\\d|\\s+v?\\d{1,2}(?![\\d.])(?!\\s*(?:x|%|times?|calls?|agents?|users?|sites?|trunks?|lines?|channels?|ports?|seats?|nodes?|servers?|secs?|seconds?|mins?|minutes?|hours?|days?|of)\\b))`,
        'gi',
      ),
    });
  }
  const entries = catalog.flatMap((p) =>
    [p.name, ...p.aliases].filter((a) => a.length >= 5).map((alias) => ({ name: p.name, alias })),
  );
  const fuzzy = new Fuse(entries, { keys: ['alias'], includeScore: true, threshold: 0.45, ignoreLocation: true });
  const tokens = new Set(entries.flatMap((e) => e.alias.toLowerCase().split(/\s+/)));
  c = { exact, fuzzy, tokens };
  compiled.set(catalog, c);
  return c;
}

/** Every product named exactly (name or alias), longest first where two overlap, in text order. */
export function findProducts(
  text: string,
  catalog: readonly CatalogProduct[],
  hits = findVersions(text),
): ProductMention[] {
  const { exact } = compile(catalog);
  const found: ProductMention[] = [];
  for (const { name, pattern } of exact) {
    for (const m of matchesOf(text, pattern)) {
      const start = m.index!;
      const end = start + m[0].length;
      found.push({ name, span: [start, end], confidence: 1 });
    }
  }
  found.sort((a, b) => b.span[1] - b.span[0] - (a.span[1] - a.span[0]));
  const kept: ProductMention[] = [];
  for (const f of found) {
    if (kept.some((k) => f.span[0] < k.span[1] && f.span[1] > k.span[0])) continue;
    kept.push(f);
  }
  kept.sort((a, b) => a.span[0] - b.span[0]);
  return kept.map((k) => withVersion(text, k, hits));
}

function withVersion(text: string, mention: ProductMention, hits: readonly VersionHit[]): ProductMention {
  const version = versionNear(text, mention.span[0], mention.span[1], hits);
  return version ? { ...mention, version: version.value } : mention;
}

const TOKEN = /[A-Za-z][A-Za-z0-9]*/g;

/**
 * Loosely written names: word groups of one to three words that look like a catalog name. A group is
 * only a candidate when one of its words starts like a word of the catalog that is not generic.
 */
export function findNearMisses(text: string, catalog: readonly CatalogProduct[]): ProductMention[] {
  const { fuzzy, tokens } = compile(catalog);
  const words = [...text.slice(0, 4000).matchAll(TOKEN)].map((m) => ({
    w: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
  }));
  const specific = [...tokens].filter((t) => !GENERIC.has(t) && t.length >= 3);
  const out: ProductMention[] = [];
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= 3 && i + n <= words.length; n++) {
      const group = words.slice(i, i + n);
      const lower = group.map((g) => g.w.toLowerCase());
      if (GENERIC.has(lower[0]!) || lower.every((w) => GENERIC.has(w))) continue;
      const anchored = lower.some(
        (w) =>
          !GENERIC.has(w) &&
          w.length >= 3 &&
          specific.some((t) => t.startsWith(w.slice(0, 3)) || w.startsWith(t.slice(0, 4))),
      );
      if (!anchored) continue;
      const phrase = group.map((g) => g.w).join(' ');
      const best = fuzzy.search(phrase)[0];
      if (!best || best.score === undefined) continue;
      const ratio = phrase.length / best.item.alias.length;
      if (ratio < 0.6 || ratio > 1.5) continue;
      out.push({
        name: best.item.name,
        span: [group[0]!.start, group.at(-1)!.end],
        confidence: Math.max(0.1, 0.9 - best.score),
      });
    }
  }
  out.sort((a, b) => b.confidence - a.confidence);
  const kept: ProductMention[] = [];
  for (const o of out) {
    if (kept.some((k) => k.name === o.name || (o.span[0] < k.span[1] && o.span[1] > k.span[0]))) continue;
    kept.push(o);
  }
  return kept;
}
