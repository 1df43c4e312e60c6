/**
 * The fields of a problem report read from one issue of the message (issue 21): product, version, severity,
 * system, circumstances, business impact and description — a labelled line first, then the prose.
 */
import { readCircumstances } from './circumstances.ts';
import { readDescription } from './description.ts';
import { impactAfterLevel, readImpact } from './impact.ts';
import { SET_APART } from './issues.ts';
import { type LabelledValue, labelled } from './labelled-lines.ts';
import type { ReadContext } from './port.ts';
import type { Reading, Slots } from './reading.ts';
import { readSeverity, severityFromWord } from './severity.ts';
import { severityByName, sharedSeverity, sharedSystem } from './shared-facts.ts';
import { readSystem, systemAnswer } from './system.ts';
import { findVersions } from './versions.ts';

export function readCaseFields(
  slots: Slots,
  text: string,
  issue: string,
  offset: number,
  labels: readonly LabelledValue[],
  products: Reading['products'],
  context: ReadContext,
): void {
  const at = (s: number | undefined, e: number | undefined): [number, number] | undefined =>
    s === undefined || e === undefined ? undefined : [s + offset, e + offset];
  const fromLabel = (l: LabelledValue | undefined) =>
    l ? { span: [l.start, l.end] as [number, number], source: 'label' as const } : undefined;
  /** A labelled value wins (0.97); otherwise what the text reading found, its span in the whole message. */
  const labelOrText = <V>(
    label: LabelledValue | undefined,
    labelValue: V | undefined,
    read: { value?: V | null | undefined; confidence: number; start?: number; end?: number },
  ) => {
    if (label && labelValue) return { value: labelValue, confidence: 0.97, ...fromLabel(label)! };
    if (!read.value) return undefined;
    return { value: read.value, confidence: read.confidence, span: at(read.start, read.end)!, source: 'text' as const };
  };

  const productLabel = labelled(labels, 'product');
  const inIssue = products.filter((p) => p.span[0] >= offset && p.span[1] <= offset + issue.length);
  const main =
    (productLabel && products.find((p) => p.span[0] >= productLabel.start && p.span[1] <= productLabel.end)) ??
    mainProduct(inIssue, issue, offset);
  if (main)
    slots.product = {
      value: main.name,
      confidence: main.confidence,
      span: main.span,
      source: productLabel ? 'label' : 'text',
    };

  const versionLabel = labelled(labels, 'version');
  const labelledVersion = versionLabel && /\d+(?:\.\d+)+/.exec(versionLabel.value)?.[0];
  // The version written with the product, here or where the product is named again ("WFM" in a subject, "WFM 8.5" below).
  const sameProduct = main && inIssue.find((p) => p.name === main.name && p.version);
  const mainVersion = main?.version ? main : sameProduct;
  if (labelledVersion) slots.version = { value: labelledVersion, confidence: 0.95, ...fromLabel(versionLabel)! };
  else if (mainVersion?.version) {
    // "gim 8.5 hotfix 8.5.011.16", "v9.0 SP2 (build 9.0.015.22)", "since the upgrade to 8.5.014": the build of
    // that line written right after it, or the one it was upgraded to, is the version. A fix told as what led to the
    // problem ("since the 8.5.118 hotfix") leaves the line as written; "Release: SIP Server 9.0.012.05" orders one.
    const line = mainVersion.version;
    const build = findVersions(issue).find((v) => {
      const before = issue.slice(Math.max(0, v.start - 32), v.start);
      return v.value.startsWith(`${line}.`) && (restatesLine(before, line) || UPGRADED_TO.test(before));
    });
    slots.version = build
      ? { value: build.value, confidence: 0.85, span: at(build.start, build.end)!, source: 'text' }
      : { value: line, confidence: 0.9, span: mainVersion.span, source: 'text' };
  } else {
    const cued = findVersions(issue).filter((v) => v.cued);
    const onlyOne = findVersions(issue);
    // One version and nothing else it could belong to: the product named, or the case this thread is about.
    const pick = cued[0] ?? (onlyOne.length === 1 && (main || context.caseProduct) ? onlyOne[0] : undefined);
    if (pick) slots.version = { value: pick.value, confidence: 0.75, span: at(pick.start, pick.end)!, source: 'text' };
  }

  const severityLabel = labelled(labels, 'severity');
  const labelledSeverity =
    severityLabel &&
    (severityFromWord(severityLabel.value.split(/[\s(,;/-]+/).find((w) => severityFromWord(w)) ?? '') ??
      readSeverity(severityLabel.value).value);
  // "…, both medium": a severity said for every problem of the message is the first one's too.
  const own = readSeverity(issue);
  const shared = severityByName(text, issue) ?? (!own.value ? sharedSeverity(text, issue) : undefined);
  const sev = shared ? { ...shared, confidence: 0.85, start: shared.start - offset, end: shared.end - offset } : own;
  if (labelledSeverity) slots.severity = { value: labelledSeverity, confidence: 0.97, ...fromLabel(severityLabel)! };
  else if (sev.value)
    slots.severity = { value: sev.value, confidence: sev.confidence, span: at(sev.start, sev.end)!, source: 'text' };

  const systemLabel = labelled(labels, 'system');
  const labelledSystem = systemLabel && systemAnswer(systemLabel.value);
  const ownSystem = readSystem(issue);
  const sharedSys = !ownSystem.value ? sharedSystem(text) : undefined;
  const system = sharedSys
    ? { ...sharedSys, confidence: 0.85, start: sharedSys.start - offset, end: sharedSys.end - offset }
    : ownSystem;
  const systemSlot = labelOrText(systemLabel, labelledSystem || undefined, system);
  if (systemSlot) slots.system = systemSlot;

  const circumstancesLabel = labelled(labels, 'circumstances');
  const circumstances = readCircumstances(issue);
  const circumstancesSlot = labelOrText(circumstancesLabel, circumstancesLabel?.value, circumstances);
  if (circumstancesSlot) slots.circumstances = circumstancesSlot;

  const impactLabel = labelled(labels, 'businessImpact');
  const cued = readImpact(issue);
  const impact = cued.value ? cued : impactAfterLevel(issue);
  const impactSlot = labelOrText(impactLabel, impactLabel?.value, impact);
  if (impactSlot && !wholeDescriptionLine(impactSlot, labelled(labels, 'description')))
    slots.businessImpact = impactSlot;

  const descriptionLabel = labelled(labels, 'description');
  // A short-valued label followed by prose on its line ("Priority: low - GIM 8.5 dev box, one report …")
  // leaves the prose to the description.
  const otherLabels = labels
    .filter((l) => l.field !== 'description')
    .map((l) => [l.start - offset, labelValueEnd(l) - offset] as const);
  const description = readDescription(
    issue,
    otherLabels.map(([s, e]) => [lineStart(issue, s), e] as const),
  );
  const descriptionSlot = labelOrText(descriptionLabel, descriptionLabel?.value, description);
  if (descriptionSlot) slots.description = descriptionSlot;
}

/** "Description: agents cannot transfer emails": the form's description line read whole is no impact. */
function wholeDescriptionLine(impact: { source: string; span?: [number, number] }, line: LabelledValue | undefined) {
  if (impact.source !== 'text' || !impact.span || !line) return false;
  const inside = Math.min(impact.span[1], line.end) - Math.max(impact.span[0], line.start);
  return inside >= 0.8 * (line.end - line.start);
}

/** "upgraded to", "moved to", "updated to": the build that runs now. */
const UPGRADED_TO = /\b(?:upgrad\w*|updat\w*|mov\w*|migrat\w*)\s+to\s+(?:v\.?\s*)?$/i;

/** "8.5 hotfix ", "9.0 SP2 (build ", "8.5 build ": the line named, then its build. */
function restatesLine(before: string, line: string): boolean {
  const escaped = line.replace(/\./g, '\\.');
  return new RegExp(
    `(?<![\\d.])${escaped}(?:\\s+SP\\s?\\d+)?\\s*[(,:-]?\\s*(?:hot[\\s-]?fix|patch|build|fix\\s*pack)\\s*[:#]?\\s*$`,
    'i',
  ).test(before);
}

const SHORT_VALUED: ReadonlySet<string> = new Set(['severity', 'system', 'version', 'product']);

function labelValueEnd(l: LabelledValue): number {
  if (!SHORT_VALUED.has(l.field) || l.value.length <= 30) return l.end;
  const separator = /\s+[-–—]\s+|[,;:.]\s+/.exec(l.value);
  return separator && separator.index <= 25 ? l.end - l.value.length + separator.index : l.end;
}

/** A labelled value's whole line, label included, is left out of the description. */
function lineStart(text: string, index: number): number {
  return Math.max(0, text.lastIndexOf('\n', Math.max(0, index - 1)) + 1);
}
/**
 * The product the problem is about: not one named as its cause ("since the SIP Server upgrade") or set apart
 * from it ("separate from the SIP Server case", "not the WDE one").
 */
function mainProduct(mentions: Reading['products'], issue: string, offset: number) {
  const primary = mentions.filter((m) => {
    const before = issue.slice(0, m.span[0] - offset);
    return (
      !/\b(?:after|since|following|when|because\s+of|due\s+to)\b[^.;\n]{0,40}$/i.test(before) && !SET_APART.test(before)
    );
  });
  return primary[0] ?? mentions[0];
}
