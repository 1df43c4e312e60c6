/** The policy questions a message asks (issue 21 §5, §11), told apart from requests worded as questions. */

import { asks } from './asking-or-telling.ts';
import { OWN_LICENSE_SITUATION, TEMP_LICENSE } from './cues.ts';
import { asksForInformation, withoutLeadIn } from './question-form.ts';
import { isQuestion, readTopicSentences } from './questions.ts';
import type { QuestionTopic } from './reading.ts';
import type { sentences } from './text.ts';

/**
 * The topics asked. "We have to move our license server tonight … can you issue a temporary license?" is a
 * request in the form of a question, not a question about the rules; "how long is such a file valid?"
 * beside it, or "what do we need to send you for one?", asks for information all the same.
 */
export function policyTopics(pieces: ReturnType<typeof sentences>, text: string): QuestionTopic[] {
  const own = OWN_LICENSE_SITUATION.test(text);
  const asked = readTopicSentences(pieces)
    .filter((a) => a.topic !== 'temp-license-policy' || !own || asksForInformation(a.piece.text))
    .map((a) => a.topic);
  // "… please issue a temporary one. And for how long will it be valid?": the file's validity, asked.
  if (TEMP_LICENSE.test(text) && pieces.some((p) => isQuestion(p.text) && VALIDITY_ASKED.test(p.text)))
    asked.push('temp-license-policy');
  if (!asked.includes('download-how') && asksAboutMissingDownload(pieces)) asked.push('download-how');
  asked.push(...howToGetAsked(pieces));
  return [...new Set(asked)];
}

/** "How can we get it?", "where do I find them?": how to get something named before, asked with a pronoun. */
const GET_IT_ASKED =
  /^\W*(?:how|where)\b[^?\n]{0,30}\b(?:get|obtain|find|download|grab|order|receive|request)\s+(?:it|them|this|that|one|those|these)\b/i;
/** A localized release (a language edition), which is a controlled release: ordered, never downloaded. */
const LANGUAGE_EDITION =
  /\b(?:localized|localised|language\s+(?:version|edition|pack|build)|(?:japanese|korean|chinese|french|german|spanish|portuguese|italian|russian|arabic|dutch|polish|turkish)\s+(?:language\s+)?(?:version|edition|build|release|localization|localisation)|in\s+(?:japanese|korean|chinese|french|german|spanish|portuguese|italian|russian|arabic|dutch|polish|turkish)(?:\s+language)?)\b|\bcontrolled\b/i;
/** Software named: a version number or a kind of software, and no license (its own request and topic). */
const SOFTWARE_NAMED =
  /\b\d{1,3}\.\d+|\b(?:installers?|packages?|builds?|software|binaries|iso|media|setup|hot\s*-?fix\w*|patch\w*)\b/i;
const LICENSE_NAMED = /\blicen[cs]\w*|\bkeys?\b|\bcases?\b|\btickets?\b/i;
/** "… is it available for download or we must order it?": both ways asked about. */
const DOWNLOAD_OR_ORDER =
  /\bdownload\w*\b[^?\n]{0,40}\bor\b[^?\n]{0,40}\border\w*|\border\w*\b[^?\n]{0,40}\bor\b[^?\n]{0,40}\bdownload/i;

/**
 * How to get software named in the message, asked: "We want Genesys Administrator in Japanese. How can we get
 * it?" asks how a controlled release is had; "We need WDE 8.5 for a new site. How can we get it?" how a
 * download is; "is it available for download or must we order it?" both. A license named is another request.
 */
function howToGetAsked(pieces: ReturnType<typeof sentences>): QuestionTopic[] {
  const out: QuestionTopic[] = [];
  pieces.forEach((p, i) => {
    if (!asks(p)) return;
    // …a release said to be controlled is never downloaded: only how it is ordered is asked.
    if (DOWNLOAD_OR_ORDER.test(p.text))
      out.push(...(/\bcontrolled\b/i.test(p.text) ? [] : ['download-how' as const]), 'controlled-release-how');
    if (!GET_IT_ASKED.test(withoutLeadIn(p.text))) return;
    const before = pieces
      .slice(Math.max(0, i - 2), i + 1)
      .map((q) => q.text)
      .join(' ');
    if (LICENSE_NAMED.test(before)) return;
    if (LANGUAGE_EDITION.test(before)) out.push('controlled-release-how');
    else if (SOFTWARE_NAMED.test(before)) out.push('download-how');
  });
  return out;
}

/** Software wanted from the Downloads, or not found there: "Downloads tile does not show …", "I want to download …". */
const DOWNLOAD_WANTED_OR_MISSING =
  /^(?=[^\n]*\bdownload)(?![^\n]*\bcontrolled\b)[^\n]*(?:\b(?:can'?t|cannot|can\s+not|couldn'?t|don'?t|do\s+not|doesn'?t|does\s+not|isn'?t|is\s+not|not|no\s+longer|never)\s+(?:\w+\s+){0,2}?(?:see|find|show|list|appear|visible|there|available)\w*\b|\b(?:shows?|lists?)\s+(?:nothing|only)\b|\bnot\s+(?:in|on)\s+(?:the\s+)?downloads?\b|\b(?:want|need|like)\s+(?:to\s+)?download\b)/i;
/** What a short question about it asks: why it is missing, what is wrong, where or which place. */
const ASKED_ABOUT_IT = /^\W*(?:\w+\W+){0,3}?(?:why|what|which|where|how|did|has|have|is|are|can|could)\b/i;

/**
 * "The Downloads tile does not show Interaction Server for Globex. What are we missing?", "I want to
 * download WDE 8.5. Which place?": how to get one's download, asked about the sentence before — asked in
 * the form of a question, so a topic (the convention), though the question itself names no download.
 */
function asksAboutMissingDownload(pieces: ReturnType<typeof sentences>): boolean {
  const at = pieces.findIndex((p) => DOWNLOAD_WANTED_OR_MISSING.test(p.text));
  if (at < 0) return false;
  return pieces
    .slice(at)
    .some((p) => asks(p) && ASKED_ABOUT_IT.test(withoutLeadIn(p.text)) && readTopicSentences([p]).length === 0);
}

const VALIDITY_ASKED =
  /\bhow\s+long\b[^?\n]{0,40}\b(?:valid|good\s+for|last|lasts|run|runs|work|works)\b|\bvalid\s+(?:for\s+)?how\s+long\b|\bwhen\s+(?:does|will|would)\s+(?:it|that|this|the\s+(?:file|key|license))\s+(?:expire|run\s+out|stop)\b/i;
