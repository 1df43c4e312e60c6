/**
 * What a careful reader finds in PureConnect prose (seed 003's request written as a mail): the GARN in
 * any usual form, MACs named primary or backup ("… and 00-50-56-A7-10-02 for the switchover server"),
 * the request type, category, implementation and deployment type in words (pureconnect-words.ts), the
 * End User and Sold To accounts, order and part numbers, and the paragraph that describes the request.
 * It fills only what the labelled lines of the same part left empty, at prose confidence.
 */
import type { Collected } from './collector.ts';
import { findCompany, findSoldTo } from './company-mentions.ts';
import { findHostIds, HOST_ID_CUE } from './host-id-tokens.ts';
import { normaliseGarn, normaliseOrderNumber } from './normalise.ts';
import { readPartNumbersInProse } from './part-numbers.ts';
import { type ProseLine, type ProseUnit, paragraphsOf, proseUnits } from './prose-units.ts';
import { readRequestWords } from './pureconnect-words.ts';
import type { PureConnectRecord } from './schema.ts';

const PROSE = 0.65;
const GARN = /\bGARN\b\s*(?:number|no\.?|nr\.?|is|=)?\s*[:#-]?\s*(?:GARN)?[\s#:-]*(\d{5,})\b/i;
/** Case matters: `SO`/`PO` in capitals is an order, "so" in a sentence is not. */
const ORDER =
  /\b(?:[Ss]ales\s+[Oo]rder|[Pp]urchase\s+[Oo]rder|S\.?O\.?|P\.?O\.?|[Oo]rder)\s*(?:#|[Nn]o\.?|[Nn]umber|[Nn]r\.?)?\s*[:#]?\s*(?:(?:SO|PO|so|po)\s*[#:-]?\s*)?([A-Z]{0,2}-?\d[\d-]{2,}\d)\b/;
const BACKUP = /\b(?:backup|back-up|secondary|switchover|switch-over|second\s+server)\b/i;
const TERMS =
  /\b(?:activation|licen[cs]e|file|server|mac|host|upgrade|migrat\w*|realloc\w*|new|hardware|lab|production|test|deploy\w*|pureconnect|cic|evaluat\w*|temporary|add|seats?|ports?|agents?|replac\w*|nuance|asr|dr|standby)\b|aktivierung|fichier|archivo|アクティベーション|ライセンス|サーバー/gi;
const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|bonjour|hallo|hola|guten tag)\b[^.]{0,40}[,!:]?$/i;

export interface ProseContext {
  /** Read the describing paragraph as the description (not when reading an answer to our questions). */
  describe: boolean;
  /** The partner's own words in labelled fields (subject, description): they say what kind of file, too. */
  ownWords: ProseLine[];
}

export function readPureConnectProse(
  lines: ProseLine[],
  out: Collected<PureConnectRecord>,
  context: ProseContext,
): void {
  const units = proseUnits(lines);
  const withOwnWords = [...units, ...proseUnits(context.ownWords)];
  readGarnAndOrder(units, out);
  readHostIds(units, out);
  readRequestWords(withOwnWords, withOwnWords.map((u) => u.text).join('\n'), out);
  if (!out.has('endUserAccount')) {
    const company = findCompany(units);
    if (company) out.set('endUserAccount', company.name, company.line, company.confidence, 'prose');
  }
  if (!out.has('soldToAccount')) {
    const soldTo = findSoldTo(units);
    if (soldTo) out.set('soldToAccount', soldTo.name, soldTo.line, soldTo.confidence, 'prose');
  }
  readRequesterIntroduction(units, out);
  const parts = readPartNumbersInProse(units);
  const listed = out.fields.partNumbers ?? [];
  const more = parts.lines.filter((p) => !listed.some((l) => l.partNumber === p.partNumber));
  if (more.length > 0)
    out.set(
      'partNumbers',
      [...listed, ...more],
      out.provenance['partNumbers']?.line ?? parts.line,
      PROSE + 0.1,
      listed.length > 0 ? 'label' : 'prose',
    );
  if (context.describe) {
    const paragraph = describingParagraph(lines);
    if (paragraph) out.fallback('description', paragraph.text, paragraph.line, 0.55 * paragraph.weight);
  }
}

function readGarnAndOrder(units: ProseUnit[], out: Collected<PureConnectRecord>): void {
  for (const unit of units) {
    const garn = GARN.exec(unit.text);
    if (garn && !out.has('garn')) out.setNormalised('garn', normaliseGarn(garn[1]!), garn[0], unit.line, PROSE + 0.1);
    const order = ORDER.exec(unit.text);
    if (order && !out.has('orderNumber')) {
      const normalised = normaliseOrderNumber(order[0]);
      if (normalised.ok) out.set('orderNumber', normalised.value, unit.line, PROSE, 'prose');
    }
  }
}

function readHostIds(units: ProseUnit[], out: Collected<PureConnectRecord>): void {
  for (const unit of units) {
    const text = unit.text;
    for (const token of findHostIds(text)) {
      const around = text.slice(Math.max(0, token.index - 40), token.end + 30);
      if (token.needsCue && !HOST_ID_CUE.test(around)) continue;
      const before = text.slice(Math.max(0, token.index - 40), token.index);
      const after = text.slice(token.end, token.end + 30);
      // A cue right after the id ("… (backup)", "… for the switchover server") says more than one before it.
      // Only "(backup)" or "for/as the backup …": in "X, backup Y" the cue introduces the next id, not this one.
      const saysAfter =
        /^\s*(?:\(\s*|,?\s*(?:for|as|on)\s+(?:the\s+)?)(backup|secondary|switchover|standby|primary|main)\b/i.exec(
          after,
        );
      const field = saysAfter
        ? /primary|main/i.test(saysAfter[1]!)
          ? 'primaryHostId'
          : 'backupHostId'
        : BACKUP.test(before)
          ? 'backupHostId'
          : 'primaryHostId';
      const confidence = HOST_ID_CUE.test(around) ? 0.8 : 0.7;
      if (!out.has(field) && !out.contradicted.has(field)) out.set(field, token.value, unit.line, confidence, 'prose');
    }
  }
}

/** "I'm Laura Chen from Proseware", "My name is …": the requester, when no label or signature said. */
function readRequesterIntroduction(units: ProseUnit[], out: Collected<PureConnectRecord>): void {
  if (out.has('firstName')) return;
  for (const unit of units) {
    const match =
      /\b(?:I'?m|I\s+am|my\s+name\s+is|this\s+is)\s+([\p{Lu}][\p{Ll}]+)\s+((?:van|von|de|der|da|O['’])?\s*[\p{Lu}][\p{Ll}'’-]+)/u.exec(
        unit.text,
      );
    if (!match) continue;
    out.set('firstName', match[1]!, unit.line, PROSE, 'prose');
    out.set('lastName', match[2]!.trim(), unit.line, PROSE, 'prose');
    return;
  }
}

/**
 * The paragraph that says most about the request (newest message first on a tie): a cover note
 * ("FYI, please handle") says less than the customer's own words below it.
 */
function describingParagraph(lines: ProseLine[]): { text: string; line: number; weight: number } | undefined {
  let best: { text: string; line: number; weight: number; score: number } | undefined;
  for (const paragraph of paragraphsOf(lines)) {
    if (paragraph.row || GREETING.test(paragraph.text) || paragraph.text.split(/\s+/).length < 4) continue;
    const score = paragraph.text.match(TERMS)?.length ?? 0;
    if (score > 0 && (!best || score > best.score)) best = { ...paragraph, weight: 1, score };
  }
  // The score lifts the confidence a little, so the most telling paragraph of the chain wins (mergeCollected).
  return best && { ...best, weight: Math.min(1.1, 0.8 + best.score * 0.04) };
}
