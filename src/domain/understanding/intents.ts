/**
 * Scoring what a message asks for (issue 21 §6, §9, §10): every request it makes, with a confidence, the
 * main one first. A Designated Contact's problem report is a request for a case unless it names one; a
 * message in a case's thread adds to that case unless it announces another problem.
 */
import { isAcknowledgement } from './acknowledgement.ts';
import { asksAboutService, asksSomething, tellsNews } from './asking-or-telling.ts';
import {
  CASE_IN_QUESTION,
  HOW_TO_ESCALATE,
  NOT_A_CASE_LIST,
  onlyForComparison,
  PARTLY_FIXED,
  STATUS_OF_A_THING,
} from './case-named.ts';
import { asksToClose } from './close-asked.ts';
import { ordersControlledRelease } from './controlled-order.ts';
import {
  ADD_TO_CASE,
  AUTOMATIC,
  announcesNewIssue,
  CANCEL,
  CASE_STATUS,
  CLOSE_CASE,
  CONTROLLED_WORDS,
  HELP,
  HELP_QUESTION,
  isNonsense,
  LICENSE_REQUEST,
  MANAGEMENT,
  MY_CASES,
  OPEN_CASE,
  OWN_LICENSE_SITUATION,
  PIN,
  SEVERITY_CHANGE,
  SEVERITY_CHANGE_WORDS,
  SEVERITY_PAST,
  UPDATE_GIVEN,
} from './cues.ts';
import { BARE_CASE_REQUEST, PROBLEM } from './description.ts';
import { softwareAsked } from './download-asked.ts';
import { asksWhatAFieldMeans } from './field-asked.ts';
import { managementWords } from './management-asked.ts';
import { withoutLaterCloses, withoutRefusedRequests } from './negated-requests.ts';
import { aboutMoney, caseRequestWords, onlyAnOpinion, reportedWords } from './not-a-report.ts';
import { isNudge } from './nudge.ts';
import { asksAboutOwnPin, namesContactPin } from './pin-asked.ts';
import type { ReadContext } from './port.ts';
import { isQuestion, readTopicSentences } from './questions.ts';
import type { Intent, QuestionTopic, Slots } from './reading.ts';
import {
  INFORMATION_ONLY,
  LOG_LINE,
  MISDIRECTED,
  QUESTION_SENTENCE,
  SEVERITY_SET_BY_OTHERS,
  WHO_TO_TALK_TO,
} from './request-families.ts';
import { asksAboutTheBot, asksForCaseList, withoutUnfinished } from './service-asked.ts';
import { withoutSignOff } from './sign-off-lines.ts';
import { asksForTempLicense, asksWhatTheFileSays } from './temp-license-asked.ts';
import { sentences } from './text.ts';
import { withdrawsTheRequest } from './withdrawal.ts';

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

/** "is possible to have the controlled WDE in français canadien?": what exists asked, nothing ordered yet. */
const ASKS_WHAT_EXISTS =
  /\b(?:is\s+(?:it\s+)?possible\s+to\s+(?:have|get|receive)|do\s+you\s+(?:ship|offer|have|provide|make)|is\s+there|are\s+there|does\s+\w+\s+(?:exist|come))\b[^?\n]{0,80}\?/i;

export function scoreIntents(e: EvidenceInput): Scored[] {
  const { slots, context } = e;
  // Pasted log lines are evidence, not requests ("INFO download.manager: …", "status: OK").
  const text = e.text.replace(LOG_LINE, ' ');
  const out: Scored[] = [];
  const add = (intent: Intent, confidence: number) => {
    const existing = out.find((o) => o.intent === intent);
    if (existing) existing.confidence = Math.max(existing.confidence, confidence);
    else out.push({ intent, confidence });
  };
  const trimmed = text.trim();
  // "busy tone since the trunk change (like 01000003 last month)": a case named for comparison is not addressed.
  const caseNumber = slots.caseNumbers !== undefined && !onlyForComparison(text, slots.caseNumbers.value);
  const onACase = caseNumber || context.inCaseThread;
  const short = trimmed.split(/\s+/).length <= 14;

  if (AUTOMATIC.test(trimmed)) return [{ intent: 'not-understood', confidence: 0.9 }];
  // "sorry, wrong channel", "oops, that was meant for my colleague": written to someone else, nothing asked
  // here — unless we are in the middle of a question, where "forget it" still cancels.
  if (short && MISDIRECTED.test(trimmed) && !context.asked?.length)
    return [{ intent: 'not-understood', confidence: 0.9 }];
  if (short && CANCEL.test(trimmed) && !caseNumber) add('cancel', 0.97);
  // "Please cancel this request, it was our scheduler. Sorry for the noise.": withdrawn, with the reason why. A
  // reply's "[Case N]" subject names the draft withdrawn; a case number in the words names another thing.
  else if (
    withdrawsTheRequest(trimmed, { namesSomething: /\b\d{8}\b/.test(text) || !!slots.product || !!slots.version })
  )
    add('cancel', 0.95);
  // "hello?", "anyone there?", "any news?" in a case's thread: how that case stands, not the help text.
  if (onACase && isNudge(withoutSignOff(trimmed))) return [{ intent: 'case-status', confidence: 0.9 }];
  const nothingNamed = !e.productNamed && !slots.version && !caseNumber && !slots.description;
  // "what can u actually do for me", "how does this thing work", "is there a guide for this assistant?".
  const aboutTheBot = nothingNamed && asksAboutTheBot(text);
  if (HELP.test(withoutSignOff(trimmed))) add('help', 0.95);
  // "what do you mean by circumstances?": our own question explained.
  else if (asksWhatAFieldMeans(text)) add('help', 0.9);
  else if ((HELP_QUESTION.test(text) && nothingNamed) || aboutTheBot) add('help', 0.9);
  // "thx, we'll wait for your analysis", "great, thanks": nothing to act on, in a case's thread too (§6).
  if (!e.answers && out.length === 0 && isAcknowledgement(trimmed))
    return [{ intent: 'not-understood', confidence: 0.9 }];
  // "the bot asks me for a PIN but nobody ever gave me one", "how am I supposed to verify myself?".
  // "the voicemail PIN reset fails", "agents forget to enter their PIN": a PIN that is not the contact's own.
  if ((PIN.test(text) && namesContactPin(text)) || asksAboutOwnPin(text)) add('pin', 0.9);
  const generalOnly = !e.productNamed && !slots.version;
  // "need a temp one to run on the new host", "can you give temporary?": the forms of temp-license-asked.ts.
  const fileQuestion = asksWhatTheFileSays(text);
  const temp = !fileQuestion && (asksForTempLicense(text) || slots.tempLicenseReason !== undefined);
  const controlled = ordersControlledRelease(text, e.productNamed);
  // "Can Customer Care issue temporary licenses for demos?" asks about the rule, it is no request; the
  // contact's own license situation beside such a question makes it one ("… disk failed, please issue a
  // temporary file. Also, how long is it valid?").
  const ownLicense = OWN_LICENSE_SITUATION.test(text);
  if (temp && (!e.topics.includes('temp-license-policy') || ownLicense)) add('temp-license', 0.9);
  if (!temp && (LICENSE_REQUEST.test(text) || (slots.licenseFields?.value.length ?? 0) >= 3))
    add('license-request', 0.88);
  // "FTP is fine", "ship it by UPS to …" answering our order's questions is the answer, no new order.
  if (
    controlled &&
    (!e.answers || CONTROLLED_WORDS.test(text)) &&
    !(e.topics.includes('controlled-release-how') && (generalOnly || /\bin\s+general\b/i.test(text)))
  ) {
    // "is possible to have the controlled WDE in français canadien?" asks what exists; nothing is ordered yet.
    const asksWhatExists =
      ASKS_WHAT_EXISTS.test(text) && !slots.deliveryMethod && !slots.shipTo && !slots.os && !slots.reason;
    add(asksWhatExists ? 'question' : 'controlled-software', asksWhatExists ? 0.84 : 0.88);
  }
  // "How do I escalate a case in general?", "can I escalate if …?" with no case in sight ask how it works.
  const howToEscalate = !onACase && HOW_TO_ESCALATE.test(text);
  // "escalation of calls to supervisors fails" names a product feature; "who can I talk to about N?" asks for someone.
  const management = MANAGEMENT.test(managementWords(text, context.catalog)) || (onACase && WHO_TO_TALK_TO.test(text));
  if (management && !howToEscalate) add('management-attention', onACase ? 0.92 : 0.8);
  else if (howToEscalate && !e.productNamed) add('help', 0.8);
  // "make it Medium, not High" answering our severity question is the answer; a severity said to have been
  // changed ("we disagree with it being lowered to Medium") asks for nothing.
  const answeringSeverity = e.answers && context.asked?.includes('severity') === true && !caseNumber;
  const asked = withoutRefusedRequests(text.replace(SEVERITY_PAST, ' ').replace(SEVERITY_SET_BY_OTHERS, ' '));
  if ((onACase ? SEVERITY_CHANGE : SEVERITY_CHANGE_WORDS).test(asked) && !answeringSeverity)
    add('severity-change', onACase ? 0.93 : 0.6);
  // "problem solved, thanks" with no case in sight still closes one: which is asked next ("the case can be
  // closed from our side" too).
  // "Solved, close it please.", "pls close", "ferme le ticket svp": a close asked in the form of a request.
  const closeText = withoutLaterCloses(text);
  // A fix told with something still wanted ("the workaround works, but they want the root cause") or as the
  // reason for another request ("put N at Low, the workaround is working fine now") asks no close.
  const toldFixed =
    CLOSE_CASE.test(closeText) && !STILL_WANTED.test(text) && !out.some((o) => o.intent === 'severity-change');
  const closeRequested = asksToClose(closeText);
  // "the error is gone on two of the three servers; the third still shows it": a partial fix is news — unless a
  // close is asked outright ("please close N — and tell me which cases we still have open").
  if (
    (closeRequested || (toldFixed && !PARTLY_FIXED.test(text))) &&
    (onACase || closeRequested || /\bclosed?\b/i.test(text) || trimmed.split(/\s+/).length <= 8)
  )
    add('close-case', onACase ? 0.88 : 0.6);
  // "can you reopen case N? the problem is back": news for the case.
  if (caseNumber && /\bre-?open\w*\b/i.test(text)) add('add-to-case', 0.8);
  const listText = text.replace(NOT_A_CASE_LIST, ' ');
  // "anything still pending on our side? list them", "an overview of all Globex tickets not yet closed".
  const caseList =
    MY_CASES.test(listText) ||
    (!caseNumber &&
      !e.productNamed &&
      !out.some((o) => o.intent === 'license-request' || o.intent === 'temp-license') &&
      slots.description?.source !== 'label' &&
      !PROBLEM.test(withoutUnfinished(reportedWords(text))) &&
      asksForCaseList(listText));
  if (caseList) add('my-cases', 0.86);
  // "update on N - the vendor says it's not them": an update given, no status asked.
  const statusText = text.replace(STATUS_OF_A_THING, ' ').replace(UPDATE_GIVEN, ' ');
  // "nobody called. where are we?": a status asked as a question stands beside the complaint around it.
  const statusAsked = (text.match(QUESTION_SENTENCE) ?? []).some((q) =>
    CASE_STATUS.test(q.replace(STATUS_OF_A_THING, ' ')),
  );
  // "what's going on with my cases?": how the list stands is the list.
  const listOnly = caseList && !onACase;
  if (
    !listOnly &&
    CASE_STATUS.test(statusText) &&
    (!PROBLEM.test(statusText.replace(CASE_STATUS, '')) || statusAsked)
  ) {
    // "Any news on this?" with no case in sight still asks about a case: which one is asked next.
    // "status of 01000006, and are there other open cases?": the case named leads, the list comes after.
    if (onACase || /\bstatus\b/i.test(text)) add('case-status', caseNumber ? 0.87 : 0.85);
    else if (short && /\?\s*$/.test(trimmed) && /\b(?:this|it|that|my|our|the)\b/i.test(text)) add('case-status', 0.7);
    else if (short && /\b(?:my|our)\s+(?:case|ticket)\b/i.test(text)) add('case-status', 0.7);
  }
  const policyTopics = e.topics.filter((t) => t !== 'release-type' && t !== 'download-how');
  const software = softwareAsked(text, e, policyTopics);
  if (software) add(software.intent, software.confidence);
  // A release-type question is the release-type request, never the question intent, even with no release
  // named ("What's the difference between a minor and a maintenance release?": the settled convention).
  if (e.topics.includes('release-type') || slots.releaseVersions) add('release-type', 0.85);
  // "we move the license server on Saturday - what do we need to send you for a temporary license?": how
  // to make the request made, no question apart from it.
  // "I'd like to order the GIM 8.5 Spanish release, how does it work?": how to order the order made, likewise.
  const apart = policyTopics.filter(
    (t) =>
      (t !== 'temp-license-policy' || !ownLicense || tempRuleAskedApart(text)) &&
      (t !== 'controlled-release-how' ||
        !out.some((o) => o.intent === 'controlled-software') ||
        (!slots.release && !slots.product)),
  );
  if (apart.length > 0) add('question', 0.82);

  // "do hot fixes need a case first?": a case named in a question about the rules is no request for one.
  // "do not open a case", "we'll open a new one if it comes back", a footer's words: no case asked now.
  const explicitCase =
    (OPEN_CASE.test(caseRequestWords(text)) && !CASE_IN_QUESTION.test(text)) || BARE_CASE_REQUEST.test(trimmed);
  if (isNonsense(trimmed) && !explicitCase && !e.answers) {
    add('not-understood', 0.9);
    return out.sort((a, b) => b.confidence - a.confidence);
  }
  // "I suppose a low issue never gets a hotfix, but I'd like it confirmed": with no product named, problem
  // words only in the sentences that ask a policy topic are the question's own, no report.
  // Only the writer's own words report: not a footer, not the quoted history, not "finished without problem".
  const reported = reportedWords(text);
  const problem =
    PROBLEM.test(reported) &&
    !!slots.description &&
    (slots.product !== undefined || PROBLEM.test(outsideTopicSentences(reported)));
  // "how do I order a controlled release? It is not in the download list": with nothing named (no product,
  // version, system, level or circumstance), problem words beside another request are that request's own.
  const nothingOfACase = !e.productNamed && !slots.version && !slots.system && !slots.severity && !slots.circumstances;
  // …and a matter of money with nothing of a case named ("transfer the refund to IBAN …") reports no problem.
  const besideAnother = nothingOfACase && (out.some((o) => o.confidence >= 0.8) || aboutMoney(text));
  const announcesNew = announcesNewIssue(text);
  const asking = asksSomething(text);
  // "case N: severity Medium instead of High please": the case is named for a request already read.
  const caseRequest = out.some((o) => CASE_REQUESTS.has(o.intent));
  if (caseNumber && ADD_TO_CASE.test(text) && !caseRequest) add('add-to-case', 0.86);
  // "the portal is down, nothing to do with you, just FYI", "No action needed.": information only (§6).
  if (INFORMATION_ONLY.test(text) && !explicitCase && !e.answers && out.length === 0)
    return [{ intent: 'not-understood', confidence: 0.85 }];
  // "this is the worst support I have ever had", "thanks for the quick help on N, the team was very happy".
  if (out.length === 0 && !e.answers && !explicitCase && !asking && !e.productNamed && onlyAnOpinion(text, PROBLEM))
    return [{ intent: 'not-understood', confidence: 0.8 }];
  if (e.answers && !explicitCase && !announcesNew) {
    // An answer to our question that says something goes wrong is still only the answer.
  } else if (onACase && !announcesNew && !explicitCase) {
    // About a case, what matches no other request asks how it stands when it is a question ("is anyone
    // actually looking at this one?") and is information for the case when it tells something.
    const news = tellsNews(text);
    if (out.length === 0 && asking && !problem && !news.tells) add('case-status', 0.7);
    else if (
      out.length === 0 &&
      (problem || ADD_TO_CASE.test(text) || context.inCaseThread || (caseNumber && news.detail))
    )
      add('add-to-case', problem ? 0.72 : 0.62);
    // "new trace attached. also - are you open on Thanksgiving?": news beside a question is a note too.
    else if (context.inCaseThread && news.tells && out.every((o) => INFORMATION_ASKED.has(o.intent)))
      add('add-to-case', news.first ? 0.86 : 0.7);
  } else if (explicitCase) {
    add('open-case', 0.9);
  } else if (
    problem &&
    !besideAnother &&
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
    (slots.severity || slots.system || slots.circumstances || /\b(?:problem|issue|trouble|bug)s?\b/i.test(reported))
  )
    add('open-case', 0.7);
  // "stop. dont open anything" in the place of an answer cancels; it answers nothing.
  if (e.answers && !out.some((o) => o.intent === 'cancel')) add('answer', 0.8);
  // A problem reported with a question beside it: the report leads, the question is answered on the way.
  const opening = out.find((o) => o.intent === 'open-case');
  const fullReport = problem && e.productNamed && (slots.severity || slots.circumstances);
  if (opening && fullReport && out.some((o) => o.intent === 'question' || o.intent === 'release-type'))
    opening.confidence = Math.max(opening.confidence, 0.86);
  // A question the rules do not name is still a question ("does our contract include Stat Server?"):
  // answered as one, with what can be answered, rather than "I did not understand".
  if (out.length === 0 && asking && !context.inCaseThread && asksAboutService(text)) add('question', 0.6);
  if (out.length === 0) add('not-understood', isNonsense(trimmed) ? 0.9 : 0.6);
  // A question about the bot names what it might do ("open cases for my end users, check status?"): help.
  if (aboutTheBot) return out.filter((o) => !NAMED_IN_A_HELP_QUESTION.has(o.intent));
  return out.sort((a, b) => b.confidence - a.confidence);
}

/** "…, but they want the root cause", "but we need G.729": something still wanted after the fix. */
const STILL_WANTED =
  /\bbut\b[^.!?\n]{0,60}\b(?:want|wants|need|needs|require|requires|would\s+like|expect|root\s+cause|rca|explanation|keep\s+(?:an\s+eye|watching|monitoring|it\s+open)|monitor\w*)\b/i;

/** Requests a question about the bot names as examples of what it might do. */
const NAMED_IN_A_HELP_QUESTION: ReadonlySet<Intent> = new Set(['case-status', 'open-case', 'my-cases', 'question']);

export type EvidenceInput = IntentEvidence;

/** The text with the sentences that ask a policy topic blanked out. */
function outsideTopicSentences(text: string): string {
  return readTopicSentences(sentences(text)).reduce(
    (t, { piece }) => t.slice(0, piece.start) + ' '.repeat(piece.end - piece.start) + t.slice(piece.end),
    text,
  );
}

/** A question about temporary licenses in a sentence of its own, apart from the contact's situation. */
function tempRuleAskedApart(text: string): boolean {
  return sentences(text).some(
    (p) =>
      isQuestion(p.text) &&
      !OWN_LICENSE_SITUATION.test(p.text) &&
      /\b(?:temp\w*|valid|licen[cs]e|file|key)\b/i.test(p.text),
  );
}

/** Requests for information only: beside them, news told in a case's thread is a note as well. */
const INFORMATION_ASKED: ReadonlySet<Intent> = new Set(['question', 'release-type']);

/** Requests about a named case that say what to do with it. */
const CASE_REQUESTS: ReadonlySet<Intent> = new Set([
  'severity-change',
  'close-case',
  'management-attention',
  'case-status',
]);
