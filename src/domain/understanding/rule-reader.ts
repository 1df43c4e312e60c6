/**
 * The deterministic reader (issue 21): labelled lines first, then the prose, then — when the bot has
 * just asked for something — the message as an answer, accepted only when plausible for the question.
 * Every slot comes with a confidence and its span in the text read (quoted history removed).
 */
import { extractReply } from '../email/extract-reply.ts';
import { normaliseDigits } from '../pin-text.ts';
import { readAnswers } from './answers.ts';
import { onlyWhen, readCircumstances } from './circumstances.ts';
import { readControlledFields } from './controlled-fields.ts';
import { ordersControlledRelease } from './controlled-order.ts';
import { findOs } from './controlled-release.ts';
import { announcesNewIssue } from './cues.ts';
import { PROBLEM, readDescription } from './description.ts';
import { preferNote } from './forwarded-note.ts';
import { impactAfterLevel, readImpact } from './impact.ts';
import { scoreIntents } from './intents.ts';
import { SET_APART, splitIssues } from './issues.ts';
import { type LabelledValue, labelled, readLabelledLines, withoutOwnLabel } from './labelled-lines.ts';
import { policyTopics } from './policy-topics.ts';
import type { MessageReader, ReadContext } from './port.ts';
import { findNearMisses, findProducts } from './products.ts';
import { asksAvailability, asksWhereToFind, dropQuestionSubjects } from './question-subjects.ts';
import { readReleaseVersions } from './questions.ts';
import type { Reading, Slots } from './reading.ts';
import { readSensitiveKinds } from './sensitive-kinds.ts';
import { readSeverity, severityFromWord } from './severity.ts';
import { severityByName, sharedSeverity, sharedSystem, withFactsCarried } from './shared-facts.ts';
import { readSystem, systemAnswer } from './system.ts';
import { asksForTempLicense } from './temp-license-asked.ts';
import { readTempReason } from './temp-reason.ts';
import { normalise, sentences, tidy } from './text.ts';
import { overlaps, tidyByIntent } from './tidy-by-intent.ts';
import { correctTyposMapped } from './typos.ts';
import { findVersions } from './versions.ts';

const CASE_NUMBER =
  /(?:\b(?:case|ticket|sr|incident)\s*(?:number|no\.?|nr\.?|#|id)?\s*[:#]?\s*|\[case\s+|(?<!\b(?:SO|PO|order|invoice|quote|contract|PIN)\s*)#|\bcases?\s+)(\d{8})\b|(?<![\w.#])(?<!\b(?:SO|PO|order|invoice|quote|contract|host\s*id)\s*#?\s*:?\s*)(0\d{7})(?![\w]|\.\d)/gi;

/**
 * Case numbers as people type or paste them: full-width or other scripts' digits ("０１０００００１") and a
 * zero-width character pasted inside ("0100\u200b0001") read as the number (red team round 8; the
 * PIN search's normalised view, pin-text.ts).
 */
export function readCaseNumbers(text: string): string[] {
  const view = /^[\x00-\x7f]*$/.test(text) ? text : normaliseDigits(text);
  return [...new Set([...view.matchAll(CASE_NUMBER)].map((m) => (m[1] ?? m[2])!))];
}

/**
 * Quoted history ("> …", "On … wrote:") is not what the contact says now. The subject of a new mail is part
 * of what it says ("Critical - Production Down: SIP Server 9.0"); a reply's subject is the thread's old one.
 */
function currentText(raw: string, subject: string | undefined): string {
  const reply = extractReply(raw).withoutQuotes;
  const body = reply.trim().length > 0 ? reply : raw;
  const fresh =
    subject &&
    // "[GLX-44812] RE: [Case N] …": a ticket system's tags before the reply marker.
    !/^\s*(?:\[[^\]\n]{1,40}\]\s*)*(?:re|aw|sv|fw|fwd|wg|tr|antw)\s*:/i.test(subject) &&
    !/^\s*(?:automatic\s+reply|auto(?:matic)?[\s-]reply|out\s+of\s+(?:the\s+)?office)/i.test(subject)
      ? subject.replace(/\[case\s+\d{8}\]/gi, '').trim()
      : '';
  return normalise(fresh && !body.includes(fresh) ? `${fresh}\n\n${body}` : body);
}

/**
 * A word of the release types, where version pairs are read as a release-type question. Maintenance paid
 * for ("do we pay extra maintenance if we go from 8.5 to 9", "maintenance fees") is the contract, not a type.
 */
const RELEASE_TYPE_WORD =
  /\b(?:major|minor|(?<!\bpay\w*\s+(?:extra\s+|more\s+|for\s+)?)maintenance(?!\s+(?:fees?|contracts?|costs?|renewals?|prices?|charges?)\b)|(?:release\s+)?types?)\b/i;

export const ruleReader: MessageReader = {
  read(raw: string, context: ReadContext): Reading {
    // An answer to our questions is its body alone: the thread's subject answers nothing.
    const original = currentText(raw, context.asked?.length ? undefined : context.subject);
    // Read on the text with its typos corrected, values cut from what was written.
    const corrected = correctTyposMapped(original);
    const text = corrected.text;
    const labels = readLabelledLines(text);
    const versions = findVersions(text);
    const products = findProducts(text, context.catalog, versions);
    const slots: Slots = {};
    const first = joinSubject(splitIssues(text, products), subjectLength(original, raw));
    const issueText = first.length > 1 ? first[0]!.text : text;
    const issueOffset = first.length > 1 ? first[0]!.start : 0;

    readCaseFields(slots, text, issueText, issueOffset, labels, products, context);
    preferNote(slots, text);
    const subjectCase = context.subject ? /\[case\s+(\d{8})\]/i.exec(context.subject)?.[1] : undefined;
    const caseNumbers = [...new Set([...(subjectCase ? [subjectCase] : []), ...readCaseNumbers(text)])];
    if (caseNumbers.length > 0) slots.caseNumbers = { value: caseNumbers, confidence: 0.95, source: 'text' };

    const pieces = sentences(text);
    const topics = policyTopics(pieces, text);
    const releaseVersions =
      topics.includes('release-type') || RELEASE_TYPE_WORD.test(text) ? readReleaseVersions(text) : [];
    if (topics.length > 0) slots.questions = { value: topics, confidence: 0.85, source: 'text' };
    if (releaseVersions.length > 0) {
      slots.releaseVersions = { value: releaseVersions, confidence: 0.9, source: 'text' };
      // Version pairs asked about ("9.0.012 to 9.0.014 is maintenance, right?") are a release-type question.
      if (!slots.questions) slots.questions = { value: ['release-type'], confidence: 0.8, source: 'text' };
      else if (!slots.questions.value.includes('release-type')) slots.questions.value.unshift('release-type');
      if (!slots.description) delete slots.version;
    }
    const controlled =
      ordersControlledRelease(text, products.length > 0) ||
      context.asked?.some((a) => ['os', 'release', 'language', 'deliveryMethod', 'shipTo', 'reason'].includes(a)) ===
        true;
    if (controlled) readControlledFields(slots, text, labels, products, context);
    else readOsOnly(slots, text, labels);
    // "Is it possible to have the controlled WDE in français canadien?": a language asked about, not ordered.
    const language = slots.language;
    if (language?.source === 'text' && language.span && asksAvailability(sentences(text), language.span))
      delete slots.language;
    if (asksForTempLicense(text)) {
      const reason = readTempReason(text);
      if (reason) slots.tempLicenseReason = { value: reason, confidence: 0.8, source: 'text' };
    }
    // "Hot-fix policy for High severity issues?": a value named only as the subject of a policy question is no slot.
    if (topics.length > 0) dropQuestionSubjects(slots, pieces, text);
    const sensitive = readSensitiveKinds(raw, context);
    if (sensitive.length > 0) slots.sensitiveData = { value: sensitive, confidence: 0.9, source: 'text' };

    const answers = context.asked?.length ? readAnswers(slots, text, context) : false;
    // An answer to other questions is not a new problem description ("High - it's production"); a symptom
    // it tells is kept as a detail.
    let detail: string | undefined;
    if (
      answers &&
      !context.asked?.includes('description') &&
      slots.description?.source === 'text' &&
      !announcesNewIssue(text)
    ) {
      if (PROBLEM.test(slots.description.value)) detail = slots.description.value;
      delete slots.description;
    }
    if (!slots.product && products.length === 0 && (slots.description || controlled)) {
      // A loosely written name: kept as a near miss for the dialogue to offer.
      for (const miss of findNearMisses(text, context.catalog)) products.push(miss);
    }
    if (text !== original) {
      if (text.length !== original.length) toWrittenSpans(slots, products, first, corrected.toWritten);
      restoreWritten(slots, original);
    }
    // "The reason: carrier certification …": the order's fields without the label the contact repeated.
    for (const name of ['reason', 'shipTo', 'release', 'os'] as const) {
      const slot = slots[name];
      if (slot && slot.source !== 'label') slot.value = withoutOwnLabel(slot.value, name);
    }
    const intents = scoreIntents({ text, slots, context, topics, answers, productNamed: products.length > 0 });
    // "close N, and open a new one: …": the new problem's facts are kept for the case it asks for.
    const main = intents[0]!.intent;
    const newBeside = main === 'close-case' && intents.some((i) => i.intent === 'open-case');
    // "We ran a failover test on Sunday. Also, how fast do you answer a Medium?": an answer with a question
    // about the rules beside it keeps what it answers.
    const asksBeside = answers && (main === 'question' || main === 'release-type');
    const deeds = tidyByIntent(slots, newBeside ? 'open-case' : asksBeside ? 'answer' : main, context);
    // "since Tuesday" says when, not what led to it: kept apart from the circumstances.
    const began =
      slots.circumstances?.source === 'text' && onlyWhen(slots.circumstances.value)
        ? slots.circumstances.value
        : undefined;
    if (began) delete slots.circumstances;
    const severity = readSeverity(text);
    return {
      intents,
      slots,
      products,
      issues: first.map((i, k) => ({
        text: k > 0 ? withFactsCarried(i.text, text, slots.system?.value) : i.text,
        span: [i.start, i.end] as [number, number],
      })),
      rejected: { severity: severity.rejected },
      announcesNewIssue: announcesNewIssue(text),
      ...(detail ? { detail } : {}),
      ...(deeds ? { deeds } : {}),
      ...(began ? { began } : {}),
    };
  },
};

function readCaseFields(
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
  else if (mainVersion?.version)
    slots.version = { value: mainVersion.version, confidence: 0.9, span: mainVersion.span, source: 'text' };
  else {
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

/** What follows an OS named as the change itself: "Windows 11 24H2 rollout", "RHEL 8 patching". */
const OS_CHANGED =
  /^\s*(?:\w+\s+)?(?:updates?|upgrades?|updat\w+|upgrad\w+|roll-?outs?|rolled\s+out|patch\w*|migrations?|cumulative|feature\s+update|KB\d+|hotfix\w*)\b/i;

/** The operating system outside an order: labelled ("OS: …"), or named after "for"/"on"/"OS is". */
function readOsOnly(slots: Slots, text: string, labels: readonly LabelledValue[]): void {
  const label = labelled(labels, 'os');
  if (label) {
    slots.os = { value: label.value, confidence: 0.95, span: [label.start, label.end], source: 'label' };
    return;
  }
  const os = findOs(text);
  if (!os) return;
  // A named release of an OS ("RHEL 8", "Windows Server 2019") is one wherever it is; "Windows" or "Linux"
  // alone only when said to be the platform ("for Linux", "the linux package").
  const specific = /\d/.test(os.value) || /server/i.test(os.value);
  const cued =
    /\b(?:for|on|os\s*(?:is|:)?|operating\s+system\s*(?:is|:)?|running)\s+(?:the\s+|a\s+)?$/i.test(
      text.slice(0, os.start),
    ) ||
    /^\s+(?:package|build|version|installer|binaries|media|server|host|machine|box|cd|dvd|iso|image|kit)\b/i.test(
      text.slice(os.end),
    );
  // "after the Windows 11 24H2 rollout", "since the RHEL 8.9 patching": the OS is what changed, not the platform.
  const changed =
    OS_CHANGED.test(text.slice(os.end, os.end + 24)) || overlaps([os.start, os.end], slots.circumstances?.span);
  if ((specific || cued) && !changed && !asksWhereToFind(sentences(text), [os.start, os.end]))
    slots.os = { value: os.value, confidence: 0.8, span: [os.start, os.end], source: 'text' };
}

/** "Description: agents cannot transfer emails": the form's description line read whole is no impact. */
function wholeDescriptionLine(impact: { source: string; span?: [number, number] }, line: LabelledValue | undefined) {
  if (impact.source !== 'text' || !impact.span || !line) return false;
  const inside = Math.min(impact.span[1], line.end) - Math.max(impact.span[0], line.start);
  return inside >= 0.8 * (line.end - line.start);
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

/** The product the issue is about: the first named outside a circumstance ("after the Stat Server restart"). */
/** How much of the text read is the new mail's subject, put before its body by currentText. */
function subjectLength(read: string, raw: string): number {
  const at = read.indexOf('\n\n');
  return at > 0 && !normalise(raw).startsWith(read.slice(0, at)) ? at : 0;
}

/** The subject announces the body's problem; it is never an issue apart from the body. */
function joinSubject<T extends { text: string; start: number; end: number }>(issues: T[], subjectEnd: number): T[] {
  if (subjectEnd === 0 || issues.length < 2 || issues[0]!.end > subjectEnd + 2 + 40) return issues;
  const [a, b, ...rest] = issues as [T, T, ...T[]];
  const joined = { ...b, text: `${a.text}\n\n${b.text}`, start: a.start };
  return rest.length === 0 ? [{ ...joined }] : [joined, ...rest];
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

const WRITTEN: ReadonlyArray<keyof Slots> = [
  'description',
  'circumstances',
  'businessImpact',
  'shipTo',
  'reason',
  'release',
  'os',
];

/** Free-text values as the contact wrote them (typos included), from the same spans. */
/** Spans read on a corrected text whose length changed, moved back onto the written one. */
function toWrittenSpans(
  slots: Slots,
  products: Reading['products'],
  issues: Array<{ start: number; end: number }>,
  toWritten: (position: number) => number,
): void {
  for (const slot of Object.values(slots) as Array<{ span?: [number, number] }>)
    if (slot?.span) slot.span = [toWritten(slot.span[0]), toWritten(slot.span[1])];
  for (const product of products) product.span = [toWritten(product.span[0]), toWritten(product.span[1])];
  for (const issue of issues) {
    issue.start = toWritten(issue.start);
    issue.end = toWritten(issue.end);
  }
}

function restoreWritten(slots: Slots, original: string): void {
  for (const name of WRITTEN) {
    const slot = slots[name] as { value: string; span?: [number, number] } | undefined;
    if (!slot?.span) continue;
    const written = tidy(original.slice(slot.span[0], slot.span[1]));
    if (written) slot.value = written;
  }
}
