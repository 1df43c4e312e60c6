/**
 * What makes a sentence a question, by its form rather than by the phrases seen (issue 21 §5, §11): people
 * ask with a question mark, with an interrogative word or an inverted verb at the start — after whatever
 * lead-in they put first ("Excuse me,", "2.", "also -", "ok so") — or with the question folded into a
 * statement ("my director asks how much …", "please also tell me whether …", "I was wondering what …").
 * And what makes a question one about the rules rather than a request worded as a question: an
 * information question ("how long …", "what do we need …") or a choice between two ways ("… or is that
 * Licensing?") asks what the rule is; "can you send us …?" asks for the thing itself.
 */

/**
 * Words and marks people put before what they ask: greetings, politeness, list numbers, connectives, and a
 * pause in a dialogue ("wait, before that", "hold on -", "one sec,", "quick q:"): "before that" only where a
 * question or a break follows ("before that we changed the dial plan" tells what happened).
 */
const LEAD_IN =
  /^(?:\s*(?:[-–—•*>]+|\(?\d{1,2}[.)]|[a-z][.)](?=\s)|(?:hi|hello|hey|dear\s+\w+|good\s+(?:morning|afternoon|evening|day))(?:\s+(?:team|all|there|guys|folks))?|excuse\s+me|sorry(?:\s+to\s+(?:bother|ask|disturb)(?:\s+(?:you|again))?)?|pardon|please|pls|kindly|quick(?:\s+one|\s+question)?|one\s+(?:more\s+)?(?:thing|question)|(?:a|another|one)\s+(?:more\s+)?question|question|also|and|but|or|so|ok(?:ay)?|k|thx|thanks?(?:\s+(?:a\s+lot|again))?|thank\s+you|ty|cheers|great|cool|noted|got\s+it|well|btw|by\s+the\s+way|then|anyway|besides|plus|lastly|finally|first(?:ly)?|second(?:ly)?|just\s+(?:to\s+check|checking|curious|wondering)|wait(?:\s+a\s+(?:sec(?:ond)?|moment|minute))?|hold\s+on|hang\s+on|one\s+(?:sec(?:ond)?|moment|minute)|just\s+a\s+(?:sec(?:ond)?|moment)|before\s+(?:that|this|i\s+(?:answer|reply|go\s+on|continue)|we\s+(?:go\s+on|continue))(?=\s*[,:;–—-]|\s+(?:what|whats|what's|how|when|where|which|who|why|is|are|can|could|do|does|will|would)\b)|quick\s+q|q(?=\s*[:–—-]))[\s,:;!.–—-]*)+/i;

/** A sentence that opens as a question: an interrogative word or an auxiliary before its subject. */
const INTERROGATIVE_START =
  /^(?:what(?:'s|s)?|wats|how(?:'s)?|when|where|which|who(?:'s|m|se)?|why|is|are|can|could|do|does|will|would|should|may|any\s+idea)\s/i;

/** Auxiliaries that open a question only with a subject after them ("did you", "has anyone", "isn't it"). */
const AUXILIARY_WITH_SUBJECT =
  /^(?:am|was|were|did|have|has|had|must|shall|might|isn'?t|aren'?t|can'?t|couldn'?t|don'?t|doesn'?t|didn'?t|won'?t|wouldn'?t|shouldn'?t|haven'?t|hasn'?t)\s+(?:i|you|we|they|it|he|she|this|that|these|those|there|the|a|an|my|our|your|their|its|any(?:one|body)?|some(?:one|body)|every(?:one|body)|customer\s+care|cc|support|licensing|[\w-]+'s)\b/i;

/**
 * A question folded into a statement: a verb of asking, knowing, telling or wondering, a few words, then
 * an interrogative word or "whether/if" ("asks how much", "wants to know what", "tell me whether",
 * "let us know if", "not sure which", "I'd like to understand how").
 */
const EMBEDDED =
  /\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?|(?:en|in)quir(?:e|es|ed|ing)|know|knows|find\s+out|understand|learn|tell|explain|clarify|confirm|advise|inform|let\s+(?:me|us|them|him|her)\s+know|teach|show\s+(?:me|us)|(?:not\s+)?sure|unsure|curious|unclear|question\s+(?:is|was))\b(?:\s+(?:me|us|them|him|her|also|please|kindly|again|briefly|exactly|about|on|as\s+to))*(?:\s+(?:under|in|on|for|from|by|at|to|with|until|till|since))?\s+(?:what|whats|how|when|where|which|who|whom|whose|why|whether|if)\b/i;

/**
 * Information asked for in the imperative: "Kindly explain the procedure for …", "please describe the
 * process", "clarify how …" — the rule or the way asked, not a thing.
 */
const INFORMATION_IMPERATIVE =
  /^(?:(?:please|pls|kindly)\s+)?(?:explain|describe|clarify|outline|advise(?:\s+(?:on|about))?)\s+(?:(?:to\s+)?(?:me|us)\s+)?(?:the\s+|your\s+)?(?:procedure|process|steps|rules?|policy|conditions|way|difference|meaning)\b/i;

/**
 * Knowing asked for with a thing as its object: "I'd like to know the maintenance fee impact …", "we need to
 * know your restoration target for Critical" — a question folded into a statement with no question word.
 */
const WANTS_TO_KNOW =
  /\b(?:(?:i|we)(?:'d|\s+would)\s+(?:like|love|want)|(?:i|we)\s+(?:want|need|wish)|(?:i|we)\s+(?:would\s+)?(?:be\s+)?(?:glad|happy|grateful)|(?:would|could)\s+(?:you\s+)?(?:like|please\s+let\s+(?:me|us)))\s+to\s+(?:know|understand|learn|find\s+out)\s+(?:the|your|a|an|about|more\s+about)\b/i;

/**
 * A question asked after what it is about, with no question mark: "8.5.104 to 8.5.110 what kind of release is
 * that", "the sev high, what does it mean" — an interrogative, a few words, and the thing pointed back to.
 */
const TRAILING_QUESTION =
  /\b(?:what|which|how)\s+(?:[\w'-]+\s+){0,4}?(?:is|are|was|would\s+be|does|do)\s+(?:that|this|it|those|these)(?:\s+(?:mean|called|count(?:ed)?\s+as|considered))?\s*[.!]*\s*$/i;

/** Statements that only look like questions: a form's label ("When did it start: after the patch"). */
const LABELLED_ANSWER = /^\s*(?:when|what|how|which|where|who|why)\b[^?:\n]{0,40}:\s*\S/i;

/**
 * "Is Medium, and it start after the hotfix", "Is production": the subject left out, as Spanish, Italian or
 * Portuguese speakers write "it is" — a level, a system or a time ("Is during office hours, no emergency")
 * said, not asked (no question mark).
 */
const SUBJECT_DROPPED =
  /^(?:is|es|e)\s+(?:during|within|outside|in\s+(?:office|business|working)\s+hours)\b|^(?:is|es|e)\s+(?:a\s+)?(?:critical|high|medium|low|production|prod|test|lab|staging|uat|qa)\b(?:\s+(?:for\s+us|severity|priority|system|environment))?\s*(?:[,.;!]|$|\s+(?:and|because|but|since|so|not)\b)/i;

/** "Do not close the case", "Have a nice day": an imperative or a wish that starts like a question. */
const IMPERATIVE_DO =
  /^(?:do\s+(?:not|n't|check|note|let|send|call|close|open|keep|have\s+a\s+look)|have\s+a\s+(?:nice|good|great|lovely|look|safe)|has\s+to\b|had\s+to\b)\b/i;

/** The sentence without the lead-in words before what is asked. */
export function withoutLeadIn(sentence: string): string {
  return sentence.replace(LEAD_IN, '').trim();
}

/** A sentence that asks: a question mark, an interrogative opening after any lead-in, or a folded question. */
export function asksInForm(sentence: string): boolean {
  const s = sentence.trim();
  if (LABELLED_ANSWER.test(s) && !/\?\s*$/.test(s)) return false;
  if (/\?\s*[)"'!.]*\s*$/.test(s)) return true;
  const core = withoutLeadIn(s);
  if (SUBJECT_DROPPED.test(core)) return false;
  if ((INTERROGATIVE_START.test(core) || AUXILIARY_WITH_SUBJECT.test(core)) && !IMPERATIVE_DO.test(core)) return true;
  if (INFORMATION_IMPERATIVE.test(core)) return true;
  if (WANTS_TO_KNOW.test(s) || TRAILING_QUESTION.test(s)) return true;
  return EMBEDDED.test(s);
}

/**
 * A question that asks what the rule is: an information question (an interrogative word leads, or the
 * question is folded into a statement), or a choice between two ways ("… or is that always Licensing?",
 * "… or does that go somewhere else?"). "Can you send us a temporary file?" asks for the thing itself.
 */
export function asksForInformation(sentence: string): boolean {
  const core = withoutLeadIn(sentence.trim());
  if (/^(?:what(?:'s|s)?|wats|wat|how(?:'s)?|when|where|which|who(?:'s|m|se)?|why)\b/i.test(core)) return true;
  if (/\bor\s+(?:is|are|does|do|must|should|can|will|would|only|always|just|from|via|through)\b/i.test(core))
    return true;
  // "we move the license server on Saturday - what do we need to send you?": the question after a dash.
  if (/[-–—,;:]\s*(?:what|which|how|when|who|why)\b[^\n]*\?\s*$/i.test(core)) return true;
  return EMBEDDED.test(sentence) && !/^(?:can|could|would|will)\s+you\b/i.test(core);
}

/**
 * Questions asked for effect, not for an answer ("how would I know what changed?", "who knows?", "how am I
 * supposed to know"): nothing to answer from the rules.
 */
export const RHETORICAL =
  /^\s*(?:how\s+(?:would|should|could|can|do|am)\s+(?:i|we)\s+(?:be\s+)?(?:supposed\s+to\s+|meant\s+to\s+)?know|who\s+(?:knows|cares)|why\s+(?:would|should)\s+(?:i|we)\s+(?:know|care))\b/i;
