/**
 * One issue per case (DOMAIN.md §4, seed 001 §3.3: "report each issue separately"): the separate problems
 * in one message — numbered items, or sentences about different products each saying something goes
 * wrong, or "also, another issue: …" — each with its own product and version.
 */

import { NEW_ISSUE } from './cues.ts';
import { PROBLEM } from './description.ts';
import type { ProductMention } from './reading.ts';
import { type Piece, sentences } from './text.ts';

/** "separate from the SIP Server case", "not the WDE one": a product named to set it apart. */
export const SET_APART =
  /\b(?:separate(?:ly)?\s+from|apart\s+from|unrelated\s+to|not\s+related\s+to|other\s+than|besides|unlike|not)\s+(?:the\s+|our\s+|my\s+)?$/i;

const ITEM = /^[ \t]*(?:\d+[.)]|[-*•]|[a-z][.)])\s+(.{12,})$/gm;

/**
 * Several problems announced by the writer — "two things:", "a couple of issues", "2 unrelated:", or items
 * numbered inside a line ("1) … 2) …"): each part about another product is its own issue, even where it
 * does not say in a word of failure what goes wrong ("the report double counts", "the export is late").
 */
const SEVERAL =
  /(?:^|\n)\W*(?:(?:hi|hello|hey|ok|so)\b\W*)?(?:(?:two|three|2|3|several|a\s+couple\s+of|couple\s+of)\s+(?:(?:separate|unrelated|different|distinct|small|quick|more)\s+)?(?:things|issues|problems|topics|points|items)\b|(?:two|2|three|3)\s+(?:separate|unrelated|different)\b)|\(?\b1\)\s[\s\S]*\s\(?2\)\s/i;

/** "…, high; and …", "…, prod, and …": a level or a system said as a clause ends the part before it. */
const TRAILING_FACT =
  /^(?:critical|high|medium|low|prod(?:uction)?|test|lab)\b\s*(?:[;,.!]|$|\(?\d\)\s|\s[-–—]\s|\s+(?:and|but|also|plus)\b)/i;

export function splitIssues(text: string, products: readonly ProductMention[]): Piece[] {
  const whole: Piece[] = [{ text: text.trim(), start: 0, end: text.length }];
  const several = SEVERAL.test(text);
  const problem = (t: string) => PROBLEM.test(t) || several;
  const items = [...text.matchAll(ITEM)]
    .map((m) => ({ text: m[1]!.trim(), start: m.index! + m[0].indexOf(m[1]!), end: m.index! + m[0].length }))
    .filter((i) => PROBLEM.test(i.text));
  if (items.length >= 2 && distinctProblems(items, products)) return items;

  const pieces = sentences(text).flatMap((p) => splitAtConnector(p, products, problem));
  // Sentences about another product that say something goes wrong start a new issue.
  const starts: number[] = [0];
  let currentProduct = productOf(pieces[0], products);
  for (let i = 1; i < pieces.length; i++) {
    const piece = pieces[i]!;
    const product = productOf(piece, products);
    const announces = NEW_ISSUE.test(piece.text);
    const differs = product && currentProduct && product !== currentProduct;
    if (problem(piece.text) && (differs || (announces && !sameTopic(piece.text)))) {
      starts.push(i);
      currentProduct = product ?? currentProduct;
      continue;
    }
    currentProduct ??= product;
  }
  if (starts.length < 2) return whole;
  const issues = starts.map((s, k) => {
    const from = pieces[s]!;
    const to = pieces[(starts[k + 1] ?? pieces.length) - 1]!;
    const start = k === 0 ? 0 : from.start;
    const end = k + 1 < starts.length ? pieces[starts[k + 1]!]!.start : text.length;
    const body = text.slice(start, Math.max(end, to.end));
    // The connector that joined the next problem ("…, and", "… also") belongs to neither.
    const kept = body.replace(/(?:[\s,;+&]|\b(?:and|but|also|plus)\b)+$/i, '');
    return { text: kept.trim(), start, end: start + kept.length };
  });
  return issues.filter((i) => problem(i.text)).length >= 2 ? issues : whole;
}

function productOf(piece: Piece | undefined, products: readonly ProductMention[]): string | undefined {
  if (!piece) return undefined;
  // The product the sentence is about: its first mention outside a circumstance ("after the Stat Server restart").
  const inside = products.filter((p) => p.span[0] >= piece.start && p.span[1] <= piece.end);
  return inside.find((p) => {
    const before = piece.text.slice(0, p.span[0] - piece.start);
    return !/\b(?:after|since|following|when)\b[^.]{0,30}$/i.test(before) && !SET_APART.test(before);
  })?.name;
}

function distinctProblems(items: readonly Piece[], products: readonly ProductMention[]): boolean {
  const named = items.map((i) => productOf(i, products)).filter(Boolean);
  return new Set(named).size >= 2 || named.length < items.length || items.length >= 2;
}

/** "also, the same problem happens on …": the same issue, said again. */
function sameTopic(text: string): boolean {
  return /\b(?:same|this|that|the\s+above)\s+(?:issue|problem|error|behaviou?r)\b|\bas\s+well\b/i.test(text);
}

/**
 * "+", "&", ";", "plus", ", and (also)", ", also", " and (also)", and an item number inside a line ("… since the
 * DST change 2) Interaction Server drops …"): where a second problem may start.
 */
const CONNECTOR =
  /\s(?:\+|&|;|and\s+also|plus|as\s+well\s+as)\s|;\s|\s(?=\(?\d\)\s)|,\s*(?:and\s+|but\s+)?(?:also\s+)?(?=\S)|\s+(?:and|but)\s+(?:also\s+)?(?=\S)|\s+also\s+(?=\S)/g;

/**
 * "sip server … drops transfers (medium) + GIM … ETL slow (low)", "SIP Server drops calls, and GIM reports
 * are empty": two problems joined in one sentence, each side naming its own product and saying what fails.
 */
function splitAtConnector(
  piece: Piece,
  products: readonly ProductMention[],
  problem: (text: string) => boolean,
): Piece[] {
  for (const m of piece.text.matchAll(CONNECTOR)) {
    const at = piece.start + m.index!;
    const left = { text: piece.text.slice(0, m.index!).trim(), start: piece.start, end: at };
    const right = { text: piece.text.slice(m.index! + m[0].length).trim(), start: at + m[0].length, end: piece.end };
    if (TRAILING_FACT.test(right.text)) continue;
    const a = productOf(left, products);
    const b = productOf(right, products);
    if (a && b && a !== b && problem(left.text) && problem(right.text)) return [left, right];
  }
  return [piece];
}
