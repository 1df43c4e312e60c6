/**
 * Prose as the readers see it: consecutive lines joined into paragraphs (partners wrap sentences, and a
 * product name can break across lines), paragraphs split into sentences, and lines that are rows of an
 * aligned or pipe-separated list kept whole (`licA   3c2a91f1   Solaris 11`).
 */
import { splitCells } from './layout.ts';

export interface ProseLine {
  text: string;
  line: number;
  /** Indented in the mail: an item of a list, not the rest of the sentence above it. */
  indented?: boolean;
  /** Quoted (`>`) in the mail: an answer typed under a quoted question is not part of the question. */
  quoted?: boolean;
}

export interface ProseUnit {
  text: string;
  /** The line the unit starts on (1-based, in its source). */
  line: number;
  /** A row of an aligned, tab- or pipe-separated list. */
  row: boolean;
  /** Index of the paragraph the unit belongs to (sentences of one paragraph share it). */
  paragraph: number;
}

export interface Paragraph {
  text: string;
  line: number;
}

/**
 * A row of a list: cells split by tabs, pipes or wide spaces — or, on a line that names a host id, by
 * spaced dashes or slashes (`licA – 00:0C:29:7B:44:A0 – Windows Server 2019`).
 */
function isRow(text: string): boolean {
  const split = splitCells(text);
  const cells = split?.cells.filter((c) => c.text !== '') ?? [];
  // A cell of a dozen words or more is a sentence: "… sold to Andes Voice SA, thanks Ana Ruiz | Andes Voice SA | +56 …"
  // is a run-on request signed inline, not a row (round 12).
  if (split && cells.length >= (split.separator === 'spaces' ? 3 : 2) && cells.every((c) => shortCell(c.text)))
    return true;
  // "lic01 - 00-50-56-… - Windows 2019" is a row; "… Ana Ruiz - Andes Voice SA - +56 …" after a sentence is not.
  const dashed = text.split(/\s+[–—/-]\s+/);
  return /[0-9A-Fa-f]{2}[-:.]?[0-9A-Fa-f]{2}/.test(text) && dashed.length >= 3 && dashed.every(shortCell);
}

const shortCell = (cell: string) => cell.trim().split(/\s+/).length < 12;

/**
 * `ポート：7260`, `・構成: 3台冗長構成`: a Japanese (or Chinese) label, bulleted or not, with its colon — the
 * script has no capitals to tell a list of labelled lines from a sentence wrapped at the mail's width.
 */
const CJK_LABELLED = /^[・•●■◆\-*]?\s*[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}ー][^:：\n]{0,20}[:：]/u;

/**
 * Whether a line starts a new sentence though the one before has no full stop: a line that opens with a
 * label (`Host IDs, in the same order: …`), or a capital after a short line — a list written as lines,
 * not a sentence wrapped at the mail's width.
 */
function startsSentence(previous: string, next: string): boolean {
  const before = previous.trim();
  const after = next.trim();
  const labelled = (text: string) => /^[\p{Lu}][^:]{1,40}:\s/u.test(text) || CJK_LABELLED.test(text);
  if (labelled(after) && (labelled(before) || before.length < 60)) return true;
  // "Host IDs (same order): a, b, c" then "All three are Windows Server 2019.": a list ends at its line.
  if (/^[\p{Lu}][^:]{1,40}:\s/u.test(before) && /^[\p{Lu}]\p{Ll}/u.test(after) && !/[,;:(&-]$/.test(before))
    return true;
  return (
    before.length < 60 && /^[\p{Lu}\d]/u.test(after) && !/[,;:(&-]$|\b(?:and|or|of|for|the|a|an|to|with)$/i.test(before)
  );
}

/** Paragraphs of consecutive non-row lines; rows are their own paragraph. */
export function paragraphsOf(lines: ProseLine[]): (Paragraph & { row: boolean; lines: ProseLine[] })[] {
  const paragraphs: (Paragraph & { row: boolean; lines: ProseLine[] })[] = [];
  let current: ProseLine[] = [];
  const flush = () => {
    if (current.length === 0) return;
    const text = current
      .map((l) => l.text.trim())
      .join(' ')
      .replace(/\s+/g, ' ');
    paragraphs.push({ text, line: current[0]!.line, row: false, lines: current });
    current = [];
  };
  for (const entry of lines) {
    if (isRow(entry.text)) {
      flush();
      paragraphs.push({ text: entry.text, line: entry.line, row: true, lines: [entry] });
      continue;
    }
    const previous = current.at(-1);
    const starts =
      entry.indented === true ||
      (previous !== undefined && (previous.quoted ?? false) !== (entry.quoted ?? false)) ||
      startsSentence(previous?.text ?? '', entry.text);
    if (previous && (entry.line !== previous.line + 1 || starts)) flush();
    current.push(entry);
  }
  flush();
  return paragraphs;
}

/**
 * Sentence ends: `. ` before a capital, `!`/`?`, or `;` — not after a one-letter initial (`A. Datum`), nor
 * after the day of a date written with a dot before its month (`bis 4. Dezember`, round 12).
 */
const SENTENCE_END =
  /(?<=(?:[^A-Z\s.][.!?]|[.!?]["')\]]|;))(?<!\b(?:Co|Pvt|Pty|Corp|Mr|Mrs|Ms|Dr|No|no|Nr|nr|St|approx|incl|vs|e\.g|i\.e|i\.A|Qty|qty|QTY|Ref|ref|Tel|tel|Ext|ext|ver|Ver|vers|Vers|rel|Rel)\.)(?<!(?<![\d.])\d{1,2}\.(?=\s+(?:Jan|Feb|M[äa]r|Apr|Ma[iy]|Jun|Jul|Aug|Sep|O[ck]t|Nov|De[cz])))\s+(?=[\p{Lu}(\d"'])/u;

export function proseUnits(lines: ProseLine[]): ProseUnit[] {
  const units: ProseUnit[] = [];
  paragraphsOf(lines).forEach((paragraph, index) => {
    if (paragraph.row) {
      units.push({ text: paragraph.text, line: paragraph.line, row: true, paragraph: index });
      return;
    }
    for (const sentence of paragraph.text.split(SENTENCE_END)) {
      if (sentence.trim() === '') continue;
      units.push({ text: sentence.trim(), line: lineOf(paragraph.lines, sentence), row: false, paragraph: index });
    }
  });
  return units;
}

/** The line a sentence starts on: the first line containing its first few words. */
function lineOf(lines: ProseLine[], sentence: string): number {
  const head = sentence.trim().slice(0, 12);
  return lines.find((l) => l.text.includes(head))?.line ?? lines[0]!.line;
}
