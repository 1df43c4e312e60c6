/**
 * Scoring what a message asks for (issue 21 §6, §9, §10): every request it makes, with a confidence, the
 * main one first. A Designated Contact's problem report is a request for a case unless it names one; a
 * message in a case's thread adds to that case unless it announces another problem.
 */
import {
  ADD_TO_CASE,
  AUTOMATIC,
  CANCEL,
  CASE_STATUS,
  CLOSE_CASE,
  CONTROLLED,
  DOWNLOAD,
  HELP,
  isNonsense,
  LICENSE_REQUEST,
  MANAGEMENT,
  MY_CASES,
  NEW_ISSUE,
  OPEN_CASE,
  PIN,
  SEVERITY_CHANGE,
  TEMP_LICENSE,
} from './cues.ts';
import { BARE_CASE_REQUEST, PROBLEM } from './description.ts';
import type { ReadContext } from './port.ts';
import type { Intent, QuestionTopic, Slots } from './reading.ts';

export interface IntentEvidence {
  text: string;
  slots: Slots;
  context: ReadContext;
  topics: QuestionTopic[];
  /** The message answers (some of) what was asked. */
  answers: boolean;
  productNamed: boolean;
}

type Scored = { intent: Intent; confidence: number };

export function scoreIntents(e: EvidenceInput): Scored[] {
  const { text, slots, context } = e;
  const out: Scored[] = [];
  const add = (intent: Intent, confidence: number) => {
    const existing = out.find((o) => o.intent === intent);
    if (existing) existing.confidence = Math.max(existing.confidence, confidence);
    else out.push({ intent, confidence });
  };
  const trimmed = text.trim();
  const caseNumber = slots.caseNumbers !== undefined;
  const onACase = caseNumber || context.inCaseThread;
  const short = trimmed.split(/\s+/).length <= 14;

  if (AUTOMATIC.test(trimmed)) return [{ intent: 'not-understood', confidence: 0.9 }];
  if (short && CANCEL.test(trimmed) && !caseNumber) add('cancel', 0.97);
  if (HELP.test(trimmed)) add('help', 0.95);
  if (PIN.test(text)) add('pin', 0.9);
  const generalOnly = !e.productNamed && !slots.version;
  const temp = TEMP_LICENSE.test(text) || slots.tempLicenseReason !== undefined;
  // "Can Customer Care issue temporary licenses for demos?" asks about the rule, it is no request.
  if (temp && !e.topics.includes('temp-license-policy')) add('temp-license', 0.9);
  if (!temp && (LICENSE_REQUEST.test(text) || (slots.licenseFields?.value.length ?? 0) >= 3))
    add('license-request', 0.88);
  if (
    CONTROLLED.test(text) &&
    !(e.topics.includes('controlled-release-how') && (generalOnly || /\bin\s+general\b/i.test(text)))
  )
    add('controlled-software', 0.88);
  if (MANAGEMENT.test(text)) add('management-attention', onACase ? 0.92 : 0.8);
  if (SEVERITY_CHANGE.test(text)) add('severity-change', onACase ? 0.92 : 0.6);
  if (CLOSE_CASE.test(text) && (onACase || /\bclose\b/i.test(text))) add('close-case', onACase ? 0.88 : 0.6);
  if (MY_CASES.test(text)) add('my-cases', 0.86);
  if (CASE_STATUS.test(text) && !PROBLEM.test(text.replace(CASE_STATUS, ''))) {
    // "Any news on this?" with no case in sight still asks about a case: which one is asked next.
    if (onACase || /\bstatus\b/i.test(text)) add('case-status', 0.85);
    else if (short && /\?\s*$/.test(trimmed) && /\b(?:this|it|that|my|our|the)\b/i.test(text)) add('case-status', 0.7);
  }
  // A controlled release cannot be downloaded: ordering one is its own request.
  if (
    DOWNLOAD.test(text) &&
    !CONTROLLED.test(text) &&
    !/\bdownload\w*\s+(?:the\s+)?(?:logs?|traces?|files?\s+from)/i.test(text)
  )
    add('download', 0.85);
  if (e.topics.includes('release-type') || slots.releaseVersions) add('release-type', 0.85);
  const policyTopics = e.topics.filter((t) => t !== 'release-type' && t !== 'download-how');
  if (policyTopics.length > 0) add('question', 0.82);

  const explicitCase = OPEN_CASE.test(text) || BARE_CASE_REQUEST.test(trimmed);
  if (isNonsense(trimmed) && !explicitCase && !e.answers) {
    add('not-understood', 0.9);
    return out.sort((a, b) => b.confidence - a.confidence);
  }
  const problem = PROBLEM.test(text) && !!slots.description;
  const announcesNew = NEW_ISSUE.test(text);
  if (caseNumber && ADD_TO_CASE.test(text)) add('add-to-case', 0.86);
  if (e.answers && !explicitCase && !announcesNew) {
    // An answer to our question that says something goes wrong is still only the answer.
  } else if (onACase && !announcesNew && !explicitCase) {
    // In a case's thread, what matches no other request is information for the case.
    if (out.length === 0 && (problem || ADD_TO_CASE.test(text) || context.inCaseThread))
      add('add-to-case', problem ? 0.72 : 0.62);
  } else if (explicitCase) {
    add('open-case', 0.9);
  } else if (
    problem &&
    !out.some((o) => o.confidence >= 0.85 && o.intent !== 'question' && o.intent !== 'release-type')
  ) {
    add('open-case', e.productNamed || slots.system || slots.severity ? 0.84 : 0.74);
  }
  // Another problem in a case's thread: announced as such, or about another product than the case's.
  const otherProduct =
    context.caseProduct !== undefined && slots.product !== undefined && slots.product.value !== context.caseProduct;
  if ((announcesNew || otherProduct) && context.inCaseThread && problem) add('open-case', 0.88);
  else if (announcesNew && onACase && problem) add('open-case', 0.88);
  if (caseNumber && out.length === 0 && !e.answers) add('case-status', 0.6);
  // A product with a severity, a system or a circumstance and nothing else asked: a report, however worded.
  if (
    out.length === 0 &&
    !e.answers &&
    e.productNamed &&
    (slots.severity || slots.system || slots.circumstances || /\b(?:problem|issue|trouble|bug)s?\b/i.test(text))
  )
    add('open-case', 0.7);
  if (e.answers) add('answer', 0.8);
  if (out.length === 0) add('not-understood', isNonsense(trimmed) ? 0.9 : 0.6);
  return out.sort((a, b) => b.confidence - a.confidence);
}

export type EvidenceInput = IntentEvidence;
