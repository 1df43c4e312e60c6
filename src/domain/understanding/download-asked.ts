/**
 * Whether a message asks for software to download (issue 21 §6): a download asked for is the `download`
 * request; a download told as done, one that fails, one of logs or documents, or one named only as the
 * condition of a policy question asks for none. A controlled release cannot be downloaded: ordering one is
 * its own request (controlled-order.ts).
 */
import { ordersControlledRelease } from './controlled-order.ts';
import { DOWNLOAD } from './cues.ts';
import { PROBLEM } from './description.ts';
import type { Intent, QuestionTopic, Slots } from './reading.ts';
import { DOWNLOAD_OF_NON_SOFTWARE, DOWNLOAD_TOLD, SOFTWARE_ASKED } from './request-families.ts';

type Asked = { intent: Intent; confidence: number };

/** What the intent scorer knows of a message that the download reading needs (intents.ts passes its evidence). */
interface DownloadEvidence {
  slots: Slots;
  topics: readonly QuestionTopic[];
  /** The message answers (some of) what was asked. */
  answers: boolean;
  productNamed: boolean;
}

/** The download request a message makes, or a how-downloads-work question, or nothing. */
export function softwareAsked(
  text: string,
  e: DownloadEvidence,
  policyTopics: readonly QuestionTopic[],
): Asked | undefined {
  const { slots } = e;
  const generalOnly = !e.productNamed && !slots.version;
  const problem = PROBLEM.test(text) && !!slots.description;
  // "Download via FTP" answering how an order is delivered is the delivery method; "how do downloads work?"
  // in general is a question. "downloaded the hotfix yesterday and installed it": told, not asked.
  const toldText = text.replace(DOWNLOAD_TOLD, ' ');
  const toldOnly = toldText !== text && !ASKS_FOR_SOMETHING.test(text);
  // "the download link worked fine": how a download went, told; "the installer we downloaded fails": a problem.
  const downloadText = toldText.replace(DOWNLOAD_WENT_WELL, ' ');
  if (DOWNLOAD_FAILS.test(text) && !ASKS_ANEW.test(text)) return undefined;
  if (
    DOWNLOAD.test(downloadText) &&
    !toldOnly &&
    !ordersControlledRelease(text, e.productNamed) &&
    !DOWNLOAD_OF_NON_SOFTWARE.test(text) &&
    !/\bdownload\w*\s+(?:the\s+)?(?:logs?|traces?|files?\s+from)/i.test(text) &&
    !(problem && DOWNLOAD_AS_SUBJECT.test(text)) &&
    !DOWNLOAD_OF_DOCUMENTS.test(text) &&
    // "the process for getting a release that is not offered for download": how a controlled one is had.
    !e.topics.includes('controlled-release-how') &&
    !(e.answers && slots.deliveryMethod) &&
    !(policyTopics.length > 0 && DOWNLOAD_AS_CONDITION.test(text))
  ) {
    if (generalOnly && e.topics.includes('download-how') && HOW_IT_WORKS.test(text))
      return { intent: 'question', confidence: 0.84 };
    return { intent: 'download', confidence: 0.85 };
  }
  if (e.productNamed && slots.version && GET_SOFTWARE.test(text) && !PROBLEM.test(text))
    return { intent: 'download', confidence: 0.8 };
  // "pls send GVP 9.0 SP2 for Windows Server 2019", "please send us the v9.0.010 of sip server": a release of a
  // named product asked to be sent, with nothing else named to send, is the software.
  if (
    e.productNamed &&
    slots.version &&
    SEND_ASKED.test(text) &&
    !SENT_OTHER.test(text) &&
    !PROBLEM.test(text) &&
    !ordersControlledRelease(text, e.productNamed)
  )
    return { intent: 'download', confidence: 0.8 };
  // "kindly share the SIP Server 9.0 setup", "need the bits for interaction server", "where do I get SIP Server 9 from".
  if (
    e.productNamed &&
    SOFTWARE_ASKED.test(text) &&
    !PROBLEM.test(text) &&
    !ordersControlledRelease(text, e.productNamed)
  )
    return { intent: 'download', confidence: 0.85 };
  return undefined;
}

/** Words of a request: a download told as done asks for nothing without one. */
const ASKS_FOR_SOMETHING = /\b(?:need|want|send|share|give|where|how|can|could|please|pls|link|provide)\b|\?/i;

/**
 * "the installer stops at 60%", "the download of call recordings fails": the thing that fails, in a problem
 * report, not software asked for.
 */
const DOWNLOAD_AS_SUBJECT =
  /\b(?:the|our|an?|this)\s+(?:\w+\s+)?(?:download|installer|installation|setup)(?:\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,3}?)?\s*(?:fails|failed|failing|stops|stopped|crashes|crashed|hangs|hung|freezes|froze|aborts|aborted|breaks|errors|times\s+out|is\s+(?:slow|stuck|failing|broken|hanging)|does\s*n[o']t|won'?t|never)\b|\bdownload\w*\s+(?:of\s+)?(?:the\s+)?(?:call\s+)?(?:recordings?|reports?|attachments?|exports?|csv|screenshots?|invoices?|transcripts?)\b/i;

/** Documents, not software: "a download for the release notes", "download the admin guide". */
const DOWNLOAD_OF_DOCUMENTS =
  /\bdownload\w*\s+(?:\w+\s+){0,2}?(?:for|of)?\s*(?:the\s+)?(?:[\w.-]+\s+){0,3}?(?:release\s+notes|documentation|docs|manuals?|guides?|user\s+guide|admin\s+guide|kb\s+articles?|knowledge\s+base|datasheets?|white\s*papers?)\b/i;

/** "before they can download WDE 8.5.120": a download named as the condition of a policy question. */
const DOWNLOAD_AS_CONDITION =
  /\b(?:before|after|until|to\s+be\s+able\s+to|(?:can|could|may|allowed\s+to|able\s+to|entitled\s+to)(?:\s+still)?)\s+(?:\w+\s+){0,2}?download|\b(?:to|in\s+order\s+to)\s+(?:get|have|keep|access|regain)\s+(?:\w+\s+)?downloads?\b/i;

/** "can I get SIP Server 9.0?", "could we have WDE 8.5.124": a release of a named product asked for. */
const GET_SOFTWARE = /\b(?:can|could|may)\s+(?:i|we)\s+(?:please\s+)?(?:get|have|obtain|grab)\b/i;

/** A sending asked of us: "please send", "pls share", "could you send", "send us". */
const SEND_ASKED =
  /\b(?:please|pls|plz|kindly|can\s+(?:you|u)|could\s+(?:you|u))\s+(?:\w+\s+)?(?:send|share|give|provide)\b|(?:^|[.!\n]\s*)(?:send|share|give|provide)\s+(?:me|us)\b/i;
/** What else may be asked to be sent: a license, logs, a quote, a document, a case's news. */
const SENT_OTHER =
  /\b(?:licen[cs]es?|logs?|traces?|quotes?|invoices?|documentation|docs|release\s+notes|manuals?|guides?|status|updates?|cases?|tickets?|reports?|details|information|info|confirmation)\b/i;

/** "how do downloads work", "what's the difference between": how the rules work, not a request. */
const HOW_IT_WORKS =
  /\bhow\s+is\s+(?:that|it|this)\s+(?:done|handled|organi[sz]ed)\b|\bgeneric\s+question\b|\bin\s+general\b|\bhow\s+(?:do|does|did)\b[^?.\n]{0,60}\bwork\b|\bdifference\s+between\b|\b(?:what\s+(?:is|are|counts\s+as)|what'?s|whats)\s+(?:a\s+|the\s+)?(?:major|minor|maintenance)\b|\bhow\s+(?:do|does)\s+(?:you|the\s+vendor)\s+(?:define|count|classify)\b/i;

/** A failure said of it: fails, times out, is corrupt, won't install, gives an error. */
const FAILURE = String.raw`(?:fails?|failed|failing|stops|stopped|crash\w*|hangs?|hung|freez\w*|froze|abort\w*|breaks?|broke|errors?\s+out|times?\s+out|timed\s+out|timing\s+out|keeps?\s+(?:failing|timing\s+out|crashing|hanging|breaking)|is\s+(?:slow|stuck|failing|broken|hanging|corrupt\w*|empty|damaged|incomplete)|was\s+(?:corrupt\w*|broken|damaged|incomplete|empty)|does\s*n[o']t\s+(?:work|load|open|start|finish|complete|install|run)|won'?t\s+(?:work|load|open|start|finish|complete|install|run)|can(?:not|'?t)\s+be\s+(?:opened|installed|extracted|unpacked)|never\s+(?:finishes|completes|loads)|(?:gives?|throws?|returns?|shows?)\s+(?:an?\s+|the\s+)?(?:error|exception))`;

/**
 * "the sip server 9.0 installer we downloaded yesterday fails checksum", "downloads page times out every time",
 * "the zip from your FTP was corrupt": the download or what it brought is the thing that fails — a problem
 * reported, not software asked for. The thing may be told with how it was had ("we downloaded yesterday").
 */
const DOWNLOAD_FAILS = new RegExp(
  String.raw`(?:\b(?:the|our|my|this|that|an?|your)\s+|(?:^|[.!?:;\n]\s{0,16}))(?:[\w.-]{1,40}\s+){0,4}?(?:downloads?(?:\s+(?:page|portal|site|area|link|tile|server|button|manager))?|installer|installation|setup(?:\.exe)?|package|iso|image|zip|archive|media|binar(?:y|ies))(?:\s+(?:that\s+|which\s+)?(?:we|i|you|they)\s+(?:downloaded|got|fetched|received|sent(?:\s+us)?|pulled)(?:\s+[\w-]+){0,3}?)?\s+(?:(?:still|always|now|just|then|also)\s+)?${FAILURE}\b`,
  'im',
);

/** Asked anew beside the failure: "can you send a new link?", "please share the installer again". */
const ASKS_ANEW =
  /\b(?:send|share|give|provide|upload|re-?send|re-?share)\s+(?:us\s+|me\s+)?(?:a\s+|the\s+)?(?:new|newer|newest|latest|another|fresh|working|different|second|fixed|patched)\s+(?:link|copy|installer|download|package|file|build|version|release)\b|\b(?:where|how)\s+(?:can|do|could|should)\s+(?:i|we)\s+(?:download|get|find|obtain)\b|\b(?:send|share|upload)\s+(?:it|the\s+\w+)\s+again\b|\bre-?(?:send|share|upload)\b/i;

/** "the download link worked fine", "the install went through": how a download went, told. */
const DOWNLOAD_WENT_WELL =
  /\b(?:download(?:\s+link)?|link|installer|install(?:ation)?)\s+(?:\w+\s+)?(?:worked|works|was\s+fine|went\s+(?:fine|well|through|ok)|succeeded|completed|finished)\b/gi;
