/**
 * The deterministic reader (issue 21): labelled lines first, then the prose, then — when the bot has
 * just asked for something — the message as an answer, accepted only when plausible for the question.
 * Every slot comes with a confidence and its span in the text read (quoted history removed).
 */
import { readAnswers } from './answers.ts';
import { readCaseFields } from './case-fields.ts';
import { readCaseNumbers } from './case-numbers.ts';
import { onlyWhen } from './circumstances.ts';
import { CASE_MATTERS, dropOrderFields, readControlledFields, readsAsOrder } from './controlled-fields.ts';
import { ordersControlledRelease } from './controlled-order.ts';
import { announcesNewIssue } from './cues.ts';
import { PROBLEM } from './description.ts';
import { readFormLabels } from './form-labels.ts';
import { preferNote } from './forwarded-note.ts';
import { scoreIntents } from './intents.ts';
import { splitIssues } from './issues.ts';
import { readLabelledLines, withoutOwnLabel } from './labelled-lines.ts';
import { currentText, joinSubject, subjectLength } from './message-text.ts';
import { readOsOnly } from './os-outside-order.ts';
import { policyTopics } from './policy-topics.ts';
import type { MessageReader, ReadContext } from './port.ts';
import { findNearMisses, findProducts } from './products.ts';
import { asksAvailability, dropQuestionSubjects } from './question-subjects.ts';
import { readReleaseVersions } from './questions.ts';
import type { Reading, Slots } from './reading.ts';
import { readSensitiveKinds } from './sensitive-kinds.ts';
import { readSeverity } from './severity.ts';
import { withFactsCarried } from './shared-facts.ts';
import { asksForTempLicense } from './temp-license-asked.ts';
import { readTempReason } from './temp-reason.ts';
import { sentences } from './text.ts';
import { FACT_PUT_RIGHT, tidyByIntent } from './tidy-by-intent.ts';
import { correctTyposMapped } from './typos.ts';
import { findVersions } from './versions.ts';
import { restoreWritten, toWrittenSpans } from './written-spans.ts';

export { readCaseNumbers };

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
    const known = readLabelledLines(text);
    // "Drop-off ..... Initech KK, …", "Send how .... courier": an order form's fields in its own words.
    const labels = [...known, ...readFormLabels(text, known)];
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
    const named =
      ordersControlledRelease(text, products.length > 0) ||
      context.asked?.some((a) => ['os', 'release', 'language', 'deliveryMethod', 'shipTo', 'reason'].includes(a)) ===
        true;
    // An order told by its fields alone ("SIP Server 9.0.012 for SLES 15, German UI, by courier to …").
    const byShape = !named && readsAsOrder(text, products);
    const controlled = named || byShape;
    if (controlled) readControlledFields(slots, text, labels, products, context);
    else readOsOnly(slots, text, labels);
    // "Is it possible to have the controlled WDE in français canadien?": a language asked about, not ordered.
    const language = slots.language;
    // "Can I order it in Korean by courier? Address: …": a carrier or an address given makes it an order.
    const ordered = slots.deliveryMethod?.source === 'text' || slots.shipTo?.source === 'text';
    if (language?.source === 'text' && language.span && !ordered && asksAvailability(sentences(text), language.span))
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
    // "The Japanese WDE 8.5.118 client crashes on Windows 10": a problem or a case matter with a release's
    // facts in it orders nothing.
    if (byShape && CASE_MATTERS.has(main)) dropOrderFields(slots, text);
    const newBeside = main === 'close-case' && intents.some((i) => i.intent === 'open-case');
    // "We ran a failover test on Sunday. Also, how fast do you answer a Medium?": an answer with a question
    // about the rules beside it keeps what it answers.
    // "Understood, High is fine. It began after the new antivirus agent.": a level said while answering keeps
    // what the answer tells, as a question beside it does.
    const asksBeside = answers && (main === 'question' || main === 'release-type' || main === 'severity-change');
    // "sorry, I meant test", "oops, version is 9.0": a fact put right is kept, however short the message.
    const putsRight = main === 'not-understood' && FACT_PUT_RIGHT.test(text);
    const deeds = tidyByIntent(slots, newBeside ? 'open-case' : asksBeside || putsRight ? 'answer' : main, context);
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
