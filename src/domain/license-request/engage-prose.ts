/**
 * What a careful reader finds in Engage prose (seed 002's order kit written as sentences): "For Coho
 * Vineyard we need 120 seats of Enterprise Routing Solution 9.0, three-server redundant, for
 * production", aligned server lists, "blended agents", "an Avaya CM 8.1 switch with 150 agent DNs".
 * It fills only what the labelled lines and tables of the same part left empty, at prose confidence;
 * servers are merged with the labelled ones by name, id or order (mergeServerMentions).
 */
import type { Collected } from './collector.ts';
import { findCompany } from './company-mentions.ts';
import { findItemMentions } from './item-mentions.ts';
import { SWITCH_PATTERN } from './lexicon.ts';
import { parseDeploymentMode, parsePurpose, parseServerConfiguration } from './normalise.ts';
import { type ProseLine, type ProseUnit, proseUnits } from './prose-units.ts';
import type { Application, EngageRecord, LicenseServer, MediaLayer, SellableItem } from './schema.ts';
import { findServerMentions } from './server-mentions.ts';
import { mergeServerMentions } from './server-merge.ts';

export interface EngageDraft {
  items: SellableItem[];
  apps: Application[];
  servers: LicenseServer[];
  media: MediaLayer;
}

const CONFIGURATION: [RegExp, string, number][] = [
  [
    /\b(?:three|3)[\s-]*(?:licen[cs]e\s+)?(?:server\s+)?redundant|redundant\s+(?:set|configuration|setup|trio|group)?\s*(?:of|with)\s+(?:three|3)\b|\bquorum\b|\b(?:three|3|trois|drei|tres)\s+(?:serveurs?\s+)?(?:redondants?|redundante)|冗長/i,
    'three-redundant',
    0.75,
  ],
  [
    /\b(?:multiple|two|2|several|three|3)?[\s,]*independent\s+(?:licen[cs]e\s+)?servers?|\bindependent\s+servers?\b|\bone\s+per\s+site\b|\bsplit\s+(?:the\s+)?(?:licen[cs]es|seats)|\bsplit\s+\d+\s*\/\s*\d+|indépendants|unabhängige|independientes/i,
    'multiple-independent',
    0.7,
  ],
  [
    /\bsingle[\s-]+(?:licen[cs]e\s+)?server\b|\bsingle\s+(?:server\s+)?(?:setup|configuration|config|instance)\b|\bone\s+licen[cs]e\s+server(?:\s+only)?\b|\bonly\s+one\s+(?:licen[cs]e\s+)?server\b|\bstand-?alone\b|^single\b|serveur\s+unique|un\s+seul\s+serveur|einzelserver|einzelner\s+server|servidor\s+único|un\s+solo\s+servidor|シングル/i,
    'single',
    0.75,
  ],
  [/(?<!\bnot\s|\bnon-|\bnon\s)\bredundant\b|redondan|redundan/i, 'three-redundant', 0.6],
];

const PURPOSE_WORD =
  'demo|demonstration|evaluation|eval|trial|poc|testing|test|lab|qa|uat|development|dev|production|prod|live|producción|produktion|pruebas?|laboratoire|labor|démo|développement|entwicklung|desarrollo|本番|検証|テスト|開発|評価|デモ';
const PURPOSE = new RegExp(
  [
    String.raw`\b(?:for|in|on|into|en|pour|para|für)\s+(?:[\w']+\s+)?(?:customer'?s?\s+)?(${PURPOSE_WORD})\b`,
    String.raw`\b(${PURPOSE_WORD})\s+(?:environment|system|site|use|usage|licen[cs]es?|purposes?|box|server|instance|only|setup|install(?:ation)?)\b`,
    String.raw`^(${PURPOSE_WORD})(?:\s+use)?\W*$`,
    String.raw`\bpurpose\s*(?:is|=|:)?\s*(${PURPOSE_WORD})\b`,
    String.raw`\b(?:it'?s|it\s+is|this\s+is)\s+(?:for\s+)?(?:their|our|the)?\s*(${PURPOSE_WORD})\b`,
    String.raw`\bto\s+(test|evaluate|demo)\b`,
    String.raw`(?:^|,\s*)(${PURPOSE_WORD})\s*(?:,|\.|$)`,
  ].join('|'),
  'i',
);
const MODE: [RegExp, 'blended' | 'separate'][] = [
  [
    /\bblended\b|\bsame\s+(?:group\s+of\s+|pool\s+of\s+)?agents\b|\bshared\s+agents\b|\bagents\s+(?:are\s+)?shared\b|\bagents\s+handle\s+both\b|\bmixte|\bgemischt|\bmezclad/i,
    'blended',
  ],
  [
    /\bseparate\b|\bdedicated\s+(?:agent\s+)?(?:agents?\s+|groups?\s+|teams?\s+)?(?:per|for\s+each)\b|\bagents\s+dedicated\b|\bdifferent\s+agents\b|\bsépar|\bgetrennt|\bseparad/i,
    'separate',
  ],
];
const AGENT_DNS = /(\d[\d,]*)\s+agent[\s-]*(?:seat[\s-]*)?(?:related\s+)?DNs?\b/i;
const TECHNICAL_DNS = /(\d[\d,]*)\s+(?:other\s+)?technical\s+DNs?\b/i;
const PROSE = 0.65;

export function readEngageProse(lines: ProseLine[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  if (lines.length === 0) return;
  const units = proseUnits(lines);
  if (!out.has('companyName')) {
    const company = findCompany(units);
    if (company) out.set('companyName', company.name, company.line, company.confidence, 'prose');
  }
  readItems(units, draft, out);
  readQuantityCorrection(units, draft, out);
  mergeServerMentions(findServerMentions(units), draft.servers, out);
  readEnums(units, out);
  readMediaLayer(units, draft.media, out);
}

function readItems(units: ProseUnit[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  const mentions = findItemMentions(units);
  const fillItems = draft.items.length === 0;
  const fillApps = draft.apps.length === 0;
  for (const mention of mentions) {
    const list: (SellableItem | Application)[] = mention.application ? draft.apps : draft.items;
    if (mention.application ? !fillApps : !fillItems) continue;
    if (list.some((e) => e.name.toLowerCase() === mention.name.toLowerCase() && e.version === mention.version))
      continue;
    const entry: SellableItem = { name: mention.name, version: mention.version };
    if (mention.quantity !== undefined && !mention.application) entry.quantity = mention.quantity;
    list.push(entry);
    out.note(mention.application ? 'applications' : 'sellableItems', mention.line, mention.confidence, 'prose');
  }
}

/**
 * "The quantity should be 180, not 150": in a reply, the count of the one item the request names. With no
 * item in this message it is kept nameless, and merging it with the quoted request gives it its name.
 */
const QUANTITY_STATEMENT =
  /\b(?:the\s+)?(?:quantity|qty|number\s+of\s+(?:seats|licen[cs]es|agents))\s+(?:should\s+be|must\s+be|is|=|:)\s+(\d{1,3}(?:,\d{3})+|\d+)\b/i;

function readQuantityCorrection(units: ProseUnit[], draft: EngageDraft, out: Collected<EngageRecord>): void {
  const unit = units.find((u) => QUANTITY_STATEMENT.test(u.text));
  if (!unit || draft.items.length > 1 || draft.items[0]?.quantity !== undefined) return;
  const quantity = Number(QUANTITY_STATEMENT.exec(unit.text)![1]!.replace(/,/g, ''));
  if (draft.items[0]) draft.items[0].quantity = quantity;
  else draft.items.push({ name: '', quantity });
  out.note('sellableItems', unit.line, PROSE, 'prose');
}

function readEnums(units: ProseUnit[], out: Collected<EngageRecord>): void {
  for (const unit of units) {
    const text = unit.text;
    if (!out.has('serverConfiguration')) {
      const found = CONFIGURATION.find(([pattern]) => pattern.test(text));
      const parsed = found ? parseServerConfiguration(found[1]) : undefined;
      if (found && parsed?.ok) out.set('serverConfiguration', parsed.value, unit.line, found[2], 'prose');
    }
    if (!out.has('purpose')) {
      const match = PURPOSE.exec(text);
      const word = match?.slice(1).find(Boolean);
      const parsed = word ? parsePurpose(word) : undefined;
      if (parsed?.ok) out.set('purpose', parsed.value, unit.line, PROSE + 0.05, 'prose');
    }
    if (!out.has('deploymentMode')) {
      const found = MODE.find(([pattern]) => pattern.test(text));
      const parsed = found ? parseDeploymentMode(found[1]) : undefined;
      if (parsed?.ok) out.set('deploymentMode', parsed.value, unit.line, PROSE + 0.05, 'prose');
    }
  }
}

function readMediaLayer(units: ProseUnit[], media: MediaLayer, out: Collected<EngageRecord>): void {
  for (const unit of units) {
    const before = Object.keys(media).length;
    const switchMatch = SWITCH_PATTERN.exec(unit.text);
    if (switchMatch && media.switchType === undefined) {
      media.switchType = switchMatch[1]!.replace(/\s+(?:version\s+|v|R)?\d+(?:\.\d+)*$/i, '').trim();
      if (switchMatch[2]) media.switchVersion ??= switchMatch[2];
    }
    const agents = AGENT_DNS.exec(unit.text);
    if (agents && media.agentSeatDns === undefined) media.agentSeatDns = Number(agents[1]!.replace(/,/g, ''));
    const technical = TECHNICAL_DNS.exec(unit.text);
    if (technical && media.technicalDns === undefined) media.technicalDns = Number(technical[1]!.replace(/,/g, ''));
    if (Object.keys(media).length > before) out.note('mediaLayer', unit.line, PROSE, 'prose');
  }
}
