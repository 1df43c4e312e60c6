/**
 * Enum values as partners write them → canonical ids (DOMAIN.md §9). Each table is ordered: the first
 * pattern that matches wins, so the more specific phrasings come first ("DR hot" before "hot").
 */

import { damerauLevenshtein } from './label-match.ts';
import type { Normalised } from './normalised.ts';
import type {
  CATEGORIES,
  DEPLOYMENT_MODES,
  DEPLOYMENT_TYPES,
  IMPLEMENTATION_TYPES,
  PURPOSES,
  REQUEST_TYPES,
  SERVER_CONFIGURATIONS,
} from './schema.ts';

type Table<T> = ReadonlyArray<readonly [RegExp, T]>;

/**
 * The value a text names first ("homologação (test) - later we will request production" is a test);
 * at the same place, the table's order decides (more specific phrasings first).
 */
function lookup<T extends string>(table: Table<T>, what: string, example: string): (raw: string) => Normalised<T> {
  const first = (text: string) => {
    let best: { value: T; at: number } | undefined;
    for (const [pattern, value] of table) {
      const at = text.search(pattern);
      if (at >= 0 && (!best || at < best.at)) best = { value, at };
    }
    return best?.value;
  };
  const words = canonicalWords(table);
  return (raw) => {
    const text = raw.trim().toLowerCase().replace(/[_]/g, ' ');
    const value = first(text);
    if (value) return { ok: true, value, confidence: 1 };
    // "upgarde", "producton": a value typed with a slip is read, less surely, so the follow-up confirms it.
    const mended = first(mendTypos(text, words));
    if (mended) return { ok: true, value: mended, confidence: TYPO_CONFIDENCE };
    return { ok: false, problem: `not a known ${what}; expected ${example}` };
  };
}

const TYPO_CONFIDENCE = 0.6;
/** The words of a table's canonical values long enough to tell a slip from another word (`production`, `upgrade`). */
const canonicalWords = <T extends string>(table: Table<T>) => [
  ...new Set(table.flatMap(([, value]) => value.split('-')).filter((w) => w.length >= 5)),
];

/** Each word within one slip (two for a long word) of a canonical word becomes that word. */
function mendTypos(text: string, words: string[]): string {
  return text.replace(/\p{L}{4,}/gu, (word) => {
    const max = word.length >= 9 ? 2 : 1;
    return words.find((w) => damerauLevenshtein(word, w, max) <= max) ?? word;
  });
}

/**
 * Seed 002 "Selecting License Server Configuration", in the languages partners label it in (round 11: "tres
 * servidores redundantes", "tre server ridondanti", "drie redundante licentieservers", 独立したライセンスサーバー).
 */
const THREE = '(?:three|3|triple|trois|drei|tres|três|tre|drie)';
const REDUNDANT = '(?:redundan|redondan|ridondan)';
const SERVER_NOUNS = '(?:(?:licen\\w*|lizenz\\w*|servers?|serveurs?|servidor(?:es)?|nodes?|knoten)[\\s-]+)*';
const SERVER_CONFIGURATION_TABLE: Table<(typeof SERVER_CONFIGURATIONS)[number]> = [
  [
    new RegExp(
      String.raw`\b${THREE}[\s-]*(?:redundant|server|node|serveurs|redundante)|\b${THREE}[\s-]+${SERVER_NOUNS}${REDUNDANT}|${REDUNDANT}\w*\s+(?:\S+\s+){0,2}${THREE}\b|redundant.*\b(?:three|3)\b|\bquorum\b|冗長`,
    ),
    'three-redundant',
  ],
  [
    /multiple|independ|\bmulti\b|indépendant|unabhängig|indipendent|onafhankelijk|マルチ|複数|独立/,
    'multiple-independent',
  ],
  [
    // "un único servidor", "um único servidor", "ein einziger Server", "een enkele server": the word for "only one".
    /single|standalone|stand-alone|\bone server\b|^1 server|serveur unique|\bseul\b|einzel|einzig|(?<![\p{L}])[úu]nic[oa](?![\p{L}])|\bsolo\b|\benkele?\b|^(?:nur\s+)?ein(?:en)?\s+(?:lizenz)?server\b|^(?:un|una)\s+(?:seul\s+)?serv|シングル|単一/u,
    'single',
  ],
];
export const parseServerConfiguration = lookup(
  SERVER_CONFIGURATION_TABLE,
  'server configuration',
  'single, three-redundant or multiple-independent',
);

/** Seed 002 "Purpose of the license request". */
const PURPOSE_TABLE: Table<(typeof PURPOSES)[number]> = [
  [/\bd[ée]mo|デモ/, 'demo'],
  [/\bpilot\b/, 'evaluation'],
  [/\b[ée]val|\btrial\b|\bpoc\b|proof of concept|評価/, 'evaluation'],
  // A training environment is `development` (issue 25 round 7 conventions).
  [/\bdev|d[ée]veloppement|entwicklung|desarrollo|desenvolvimento|sviluppo|ontwikkel|\btraining\b|開発/, 'development'],
  [
    /\b(prod|production|productive|live|produktion|producción|produccion|produzione|productie|produktiv|produktivumgebung|produktivsystem)\b|\bproduç[ãa]o|本番/,
    'production',
  ],
  [
    /\b(test|tests|testing|testumgebung|testsystem|lab|labor|laboratoire|laborat[óo]rio|laboratorio|qa|uat|sit|staging|pruebas?|testes?|collaudo|recette|homologa\w*|pre-?prod\w*|acceptatie|acceptance|abnahme)\b|検証|テスト/,
    'testing',
  ],
];
export const parsePurpose = lookup(PURPOSE_TABLE, 'purpose', 'demo, evaluation, testing, production or development');

/** Seed 002 "Deployment mode": dedicated agents per solution = separate; shared agents = blended. */
const DEPLOYMENT_MODE_TABLE: Table<(typeof DEPLOYMENT_MODES)[number]> = [
  [
    /blend|mixte|gemischt|mezclad|mist[oa]s?\b|gemengd|compartilhad|compartid|condivis|gedeeld|混在|ブレンド/,
    'blended',
  ],
  [/separate|dedicated|s[ée]par|getrennt|separad|分離|セパレート|個別/, 'separate'],
];
export const parseDeploymentMode = lookup(DEPLOYMENT_MODE_TABLE, 'deployment mode', 'separate or blended');

/** Seed 003 "Request Type": Question | Activation File Request. */
const REQUEST_TYPE_TABLE: Table<(typeof REQUEST_TYPES)[number]> = [
  [/activation|\bafr\b|license file|licence file|\bfile request/, 'activation-file'],
  [/question|query|enquiry|inquiry/, 'question'],
];
export const parseRequestType = lookup(REQUEST_TYPE_TABLE, 'request type', 'question or activation-file');

/** Seed 003 "Activation File Category": Genesys (our canonical `vendor`) | Third Party | Pay-Per-Use/Hosted. */
const CATEGORY_TABLE: Table<(typeof CATEGORIES)[number]> = [
  [/pay[\s-]*per[\s-]*use|\bppu\b|hosted|subscription/, 'pay-per-use-hosted'],
  [/third|3rd|\bnuance\b|\bzoom\b/, 'third-party'],
  [/genesys|vendor|pureconnect|\bcic\b/, 'vendor'],
];
export const parseCategory = lookup(CATEGORY_TABLE, 'category', 'vendor, third-party or pay-per-use-hosted');

/** Seed 003 "Implementation Type" / "Activation File Type". */
const IMPLEMENTATION_TYPE_TABLE: Table<(typeof IMPLEMENTATION_TYPES)[number]> = [
  // "additional server for existing licence", "additional Interaction Recorder licences" (round 14).
  [
    /add[\s-]*on|additional\s+(?:[\w-]+\s+){0,2}?(?:licen|server|seats|ports|parts)|existing\s+licen|ampliaci[oó]n|amplia[çc][ãa]o|erweiterung|extension|追加/,
    'add-on',
  ],
  [/migra[tcçz]|移行/, 'migration'],
  [
    /new\s*(deployment|install|implementation|system)|greenfield|nouveau\s+d[ée]ploiement|neuinstallation|nueva\s+implementaci|nova\s+implanta|nuova\s+(?:installazione|implementazione)|nieuwe\s+(?:installatie|implementatie)|新規/,
    'new-deployment',
  ],
  [/realloc|re[\s-]*host|r[ée]affect|neuzuweisung|umzug|reasignaci|realoca[çc]|riallocaz|再発行/, 'reallocation'],
  [/\btemp|tempor[aäá]|一時|仮/, 'temporary'],
  [
    /upgrad|mise\s+à\s+(?:niveau|jour)|actualizaci|atualiza[çc]|aggiornamento|aktualisier|アップグレード|バージョンアップ/,
    'upgrade',
  ],
  [/\beval|[ée]valuation|evaluierung|evaluaci|評価/, 'evaluation'],
];
export const parseImplementationType = lookup(
  IMPLEMENTATION_TYPE_TABLE,
  'implementation type',
  'add-on, migration, new-deployment, reallocation, temporary, upgrade or evaluation',
);

/** Seed 003 "Deployment Type": production, lab, test, DR cold standby, DR hot standby. */
const DEPLOYMENT_TYPE_TABLE: Table<(typeof DEPLOYMENT_TYPES)[number]> = [
  [/(dr|disaster).*hot|hot[\s-]*standby/, 'dr-hot-standby'],
  [/(dr|disaster).*cold|cold[\s-]*standby|^dr$|disaster recovery$/, 'dr-cold-standby'],
  [
    /\b(prod|production|live|produktion|produktiv|producción|produccion|produzione|productie)\b|\bproduç[ãa]o|本番/,
    'production',
  ],
  [/\b(lab|labor|laboratoire|laboratorio|laborat[óo]rio)\b|ラボ|検証/, 'lab'],
  [/\b(test|testing|qa|uat|pruebas?|testes?|collaudo)\b|テスト/, 'test'],
];
export const parseDeploymentType = lookup(
  DEPLOYMENT_TYPE_TABLE,
  'deployment type',
  'production, lab, test, dr-cold-standby or dr-hot-standby',
);
