/**
 * The PureConnect request's choices said in words (seed 003: request type, category, implementation
 * type, deployment type), in the partner's language where we know the words:
 * | said                                                         | read as                         |
 * |--------------------------------------------------------------|---------------------------------|
 * | "quick question", "not a file request"                        | requestType question            |
 * | "(new) activation file", "license file", "AFR"                | requestType activation-file     |
 * | Nuance, Zoom, "third-party"                                   | category third-party (+ type)   |
 * | "hosted", "pay per use", "subscription"                       | category pay-per-use-hosted     |
 * | PureConnect, CIC, an IC server, an I3_ key or SW- part         | category vendor                 |
 * | "for an upgrade", "moving to new hardware", "add 50 seats" …   | implementationType (table below) |
 * | "production server", "our lab", "cold standby DR server" …     | deploymentType                  |
 * Words that name the kind of file ("new deployment", "reallocated") win over words that describe the
 * situation ("new hardware"); the first of equal rank in the mail wins.
 */
import type { Collected } from './collector.ts';
import type { ProseUnit } from './prose-units.ts';
import type { PureConnectRecord } from './schema.ts';

type Implementation = NonNullable<PureConnectRecord['implementationType']>;
type Deployment = NonNullable<PureConnectRecord['deploymentType']>;

const QUESTION =
  /^(?:quick\s+|a\s+|one\s+|short\s+)?question\b|\b(?:I|we)\s+have\s+a\s+(?:quick\s+)?question\b|\bnot\s+a\s+(?:file\s+)?request\b/i;
const FILE_REQUEST =
  /\b(?:activation|licen[cs]e)\s+file|\bAFR\b|aktivierungsdatei|lizenzdatei|fichier\s+(?:d'activation|de\s+licence)|archivo\s+de\s+(?:activaci[oó]n|licencia)|アクティベーションファイル|ライセンスファイル|ライセンス(?:の)?発行/i;
const THIRD_PARTY = /\b(Nuance|Zoom|Verint|Calabrio)\b|third[\s-]party|3rd[\s-]party|drittanbieter|\btiers\b|terceros/i;
const HOSTED = /\bpay[\s-]*per[\s-]*use\b|\bPPU\b|\bhosted\b|\bsubscription\b/i;
const VENDOR = /pure\s*connect|\bCIC\b|interaction\s+center|\bIC\s+server|\bI3_[A-Z]|\bSW-?\s?\d{3}\b/i;

/** Rank 1 names the kind of file; rank 2 describes the situation that calls for it. */
const IMPLEMENTATION: [RegExp, Implementation, 1 | 2][] = [
  [
    /\badd[\s-]?on\b|\badditional\s+(?:licen[cs]es|seats|ports)\b|\badd(?:ing)?\s+(?:\d+|the\s+following)\b|\b\d+\s+more\s+(?:\w+\s+)?(?:seats|licen[cs]es|agents|ports)\b/i,
    'add-on',
    1,
  ],
  [/\bmigrat\w*|\bmigración|\bmigrer\b/i, 'migration', 1],
  [
    /\bnew\s+(?:deployment|install(?:ation)?|implementation|system)\b|\bfirst\s+(?:\w+\s+)?installation\b|\bgreenfield\b|\bnouveau\s+déploiement|\bneuinstallation|\bnueva\s+implementaci[oó]n|新規/i,
    'new-deployment',
    1,
  ],
  [/\brealloc\w*|\bre-?host\w*|réaffect|neuzuweisung|reasignaci/i, 'reallocation', 1],
  [/\btemporary\b|\btemporaire\b|\btemporär|\btemporal\b|一時/i, 'temporary', 1],
  [/\bupgrad\w*|mise\s+à\s+niveau|\bactualizaci[oó]n|アップグレード/i, 'upgrade', 1],
  [
    /\bevaluat\w*|\btrial\b|\bproof\s+of\s+concept\b|\bPOC\b|évaluation|evaluierung|evaluaci[oó]n|評価/i,
    'evaluation',
    1,
  ],
  [
    /\bnew\s+(?:hardware|server|machine)\b|\bhardware\s+(?:refresh|replacement|failure|change)\b|\b(?:server|hardware|machine)\s+(?:was\s+|has\s+been\s+)?(?:replaced|rebuilt|changed)\b|\brebuilt\s+on\b|\bmac\s+(?:address\s+)?(?:has\s+)?changed\b|\bmoving\s+(?:\w+\s+){0,5}to\s+(?:a\s+)?new\b|nouveau\s+(?:serveur|matériel)|neue\s+hardware|nuevo\s+(?:servidor|hardware)|ハードウェア交換|MACアドレスが変わ/i,
    'reallocation',
    2,
  ],
  [/\binstalling\b|\bsetting\s+up\b|\bset\s+up\s+(?:a|an)\b/i, 'new-deployment', 2],
];

const DEPLOYMENT: [RegExp, Deployment][] = [
  [/\b(?:dr|disaster\s+recovery)\b[^.]{0,30}\bhot\b|\bhot[\s-]+standby\b/i, 'dr-hot-standby'],
  [/\b(?:dr|disaster\s+recovery)\b[^.]{0,30}\bcold\b|\bcold[\s-]+standby\b/i, 'dr-cold-standby'],
  [/\blab\b|\blaboratoire\b|\blabor\b|\blaboratorio\b|ラボ|検証環境/i, 'lab'],
  [
    /\b(?:test|testing|QA|UAT|staging)\s+(?:server|system|environment|site|box|instance)\b|\bserveur\s+de\s+test\b|\btestserver\b|\bservidor\s+de\s+pruebas\b|テスト環境/i,
    'test',
  ],
  [/\bproduction\b|\bprod\b|\bproduktiv\w*|\bproducci[oó]n\b|本番/i, 'production'],
];

function firstOf<T>(
  units: ProseUnit[],
  table: [RegExp, T, ...unknown[]][],
  rank?: number,
): { value: T; line: number } | undefined {
  let best: { value: T; line: number; at: number } | undefined;
  units.forEach((unit, at) => {
    for (const [pattern, value, r] of table) {
      if (rank !== undefined && r !== rank) continue;
      if (pattern.test(unit.text) && (!best || at < best.at)) best = { value, line: unit.line, at };
    }
  });
  return best;
}

export function readRequestWords(units: ProseUnit[], all: string, out: Collected<PureConnectRecord>): void {
  const set = <K extends keyof PureConnectRecord>(
    field: K,
    found: { value: PureConnectRecord[K]; line: number } | undefined,
    c = 0.7,
  ) => {
    if (found && !out.has(field) && !out.contradicted.has(field)) out.set(field, found.value, found.line, c, 'prose');
  };
  const question = units.find((u) => QUESTION.test(u.text));
  const fileRequest = units.find((u) => FILE_REQUEST.test(u.text));
  if (question) set('requestType', { value: 'question', line: question.line });
  else if (fileRequest) set('requestType', { value: 'activation-file', line: fileRequest.line });
  if (out.fields.requestType === 'question') return;
  const thirdParty = units.find((u) => THIRD_PARTY.test(u.text));
  const hosted = units.find((u) => HOSTED.test(u.text));
  const vendor = units.find((u) => VENDOR.test(u.text));
  if (thirdParty) set('category', { value: 'third-party', line: thirdParty.line });
  else if (hosted) set('category', { value: 'pay-per-use-hosted', line: hosted.line });
  else if (vendor && out.fields.requestType === 'activation-file')
    set('category', { value: 'vendor', line: vendor.line });
  const product = THIRD_PARTY.exec(all)?.[1];
  if (out.fields.category === 'third-party' && product) {
    set('thirdPartyType', {
      value: product[0]!.toUpperCase() + product.slice(1).toLowerCase(),
      line: thirdParty?.line ?? 0,
    });
  }
  set('implementationType', firstOf(units, IMPLEMENTATION, 1) ?? firstOf(units, IMPLEMENTATION, 2));
  set('deploymentType', firstOf(units, DEPLOYMENT));
}
