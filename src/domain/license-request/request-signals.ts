/**
 * Is this mail a license request at all? Some only look like one (issue 25 "Bad input"): a newsletter
 * quoting a license file, a problem report or a thank-you that names a host id. Decision table, first
 * row that applies:
 * | the mail                                                          | is a request |
 * |-------------------------------------------------------------------|--------------|
 * | an automatic reply ("Automatic reply:", "I am out of the office")   | no           |
 * | reads like a newsletter (unsubscribe, view in browser, webinar)     | no           |
 * | an automatically generated notice ("please do not reply") that asks nothing | no     |
 * | a quotation with its terms ("valid until …", "reply to accept") that asks for no file | no |
 * | asks for a license, a license file or an activation file, or says   | yes          |
 * | (not "can you check why the seats are all taken": a question)        |              |
 * | "license order", "order kit", "AFR" (in any of our languages)       |              |
 * | fills four or more labelled fields of a request                     | yes          |
 * | asks about an invoice, a credit note or a refund                    | no           |
 * | reports a problem, thanks for a file or says it loaded fine, or quotes a license file | no |
 * | says it needs no action ("for your records", a usage report)        | no           |
 * | has a subject that asks ("License order - Contoso")                  | yes          |
 * | yields three or more request fields, or two labelled ones            | yes          |
 * | anything else (a renewal quote naming a GARN, a note)                | no           |
 * A mail whose product family cannot be told is not assessed here: it is asked which family it is.
 */
export type RequestAssessment =
  | { isRequest: true }
  | {
      isRequest: false;
      reason:
        | 'newsletter'
        | 'problem-report'
        | 'thanks'
        | 'license-file'
        | 'informational'
        | 'status-chase'
        | 'billing'
        | 'no-request';
    };

const NEWSLETTER =
  /\bunsubscribe\b|\bnewsletter\b|\bview\s+(?:this\s+(?:e-?mail|message)\s+)?in\s+(?:your\s+)?browser\b|\byou\s+are\s+receiving\s+this\b|\bmanage\s+(?:your\s+)?preferences\b|\bwebinar\b/i;
const ASKS = [
  /\b(?:please|pls|plz|kindly|could\s+you|can\s+you|would\s+you|(?:can|could|may)\s+(?:we|I)\s+(?:get|have|receive|obtain)|we(?:'d|\s+would)\s+like|we\s+need|we\s+require|i\s+need|needs?|needed|needing|require[sd]?|requesting|request|order(?:ing)?|generate|issue|re-?issue|send|provide|prepare|create|reallocate|process|get\s+us|handle)\b(?:[^.?!\n]|(?<=\d)\.(?=\d)){0,80}?\b(?:licen[cs]es?|licen[cs]e\s+files?|activation\s+files?|order\s+kit|the\s+file|seats|ports)\b/i,
  // "the licence has to be rehosted to it", "the activation file must move", "the file needs moving" (UK, round 16):
  // a file said to need a change (round 12).
  /\b(?:licen[cs]es?|licen[cs]e\s+(?:files?|keys?)|activation\s+files?|the\s+file)\s+(?:has|have|needs?|must|will\s+need|should)\s+(?:to\s+)?(?:be\s+)?(?:re-?(?:host|issu|generat|alloc|assign|cut|point|activat|creat)[a-z]*|mov(?:e|ed|ing)|transferr(?:ed|ing)|transfer|updat(?:e|ed|ing)|issu(?:e|ed|ing)|generat(?:e|ed|ing)|chang(?:e|ed|ing))\b/i,
  // `AFR-0051234` names a request already made; a bare "AFR" asks for one.
  /\b(?:licen[cs]e|activation\s+file)\s+(?:request|order)\b|\b(?:order|licen[cs]e)\s+kit\b|\bAFR\b(?!-?\d)/i,
  /(?:merci\s+de|pourriez-vous|pouvez-vous|nous\s+avons\s+besoin|j'ai\s+besoin|veuillez|demande\s+de\s+licence)[^.?!\n]{0,80}?(?:licence|fichier)/i,
  /(?:bitte|benötigen|brauchen|bestellung|erstellen|ausstellen)[^.?!\n]{0,80}?(?:lizenz|aktivierungsdatei)|lizenzanfrage/i,
  /(?:por\s+favor|les\s+pedimos|necesitamos|solicit\w*|pedido|generar)[^.?!\n]{0,80}?(?:licencia|archivo)|solicitud\s+de\s+licencia/i,
  // Portuguese, Italian and Dutch asks, as the other request languages are asked in.
  /(?:precisamos|necessitamos|solicit\w*|pedimos|gerar|emitir|enviar)[^.?!\n]{0,80}?(?:licen[çc]a|arquivo)|(?:abbiamo\s+bisogno|chiediamo|richied\w*|richiesta|generare|emettere|inviare)[^.?!\n]{0,80}?(?:licenz|file)|(?:graag|hebben\s+\w+\s+nodig|verzoek|aanvra\w*|genereren|sturen)[^.?!\n]{0,80}?(?:licentie|bestand)/i,
  /(?:ライセンス|アクティベーションファイル)[^。\n]{0,40}(?:発行|依頼|お願い)|発行依頼|発行のお願い/,
];
/** "can you check why all the seats are taken": asks about the licenses it has, not for new ones. */
const ASKS_WHY = /\bwhy\b|\b(?:check|investigate|look\s+into|find\s+out)\s+(?:whether|if|what|how)\b/i;

/** Some phrase asks for a license or a file, and does not ask why or whether, nor for a bill ("issue a credit note for 30 seats"). */
function asksForALicense(text: string): boolean {
  return ASKS.some((pattern) =>
    [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].some(
      (m) => !ASKS_WHY.test(m[0]) && !new RegExp(BILLING_WORD, 'i').test(m[0]),
    ),
  );
}
/**
 * "no activation file change is needed for a renewal", "the licenses themselves are fine", "no action is needed on
 * your license files", "nothing needs doing to the licence": nothing to issue.
 */
const NO_LICENSE_CHANGE =
  /\bno\s+(?:activation\s+file|licen[cs]e(?:\s+file)?|file)\s+(?:change|update)\s+(?:is\s+)?(?:needed|required|necessary)\b|\b(?:no\s+(?:further\s+)?(?:action|change|update)s?|nothing)\s+(?:is\s+|are\s+)?(?:needed|required|necessary|needs\s+(?:doing|to\s+(?:be\s+)?(?:change|do)\w*))\s+(?:on|to|for|with|in)\s+(?:your|the|their|its|any)\s+(?:existing\s+|current\s+)?(?:licen[cs]es?|licen[cs]e\s+(?:files?|keys?)|activation\s+files?)\b|\blicen[cs]es?\s+(?:themselves\s+)?(?:are|is)\s+fine\b|\bnothing\s+to\s+change\b/i;
/** "if the main site fails", "in case of a failure": a failure supposed, not reported. */
const SUPPOSED_FAILURE =
  /\b(?:if|in\s+case(?:\s+of)?|should|whenever|unless|so\s+that|protect\w*\s+against)\b[^.,;]{0,60}?\b(?:fails?|failure|outage|crash\w*|goes\s+down)\b/gi;
const reportsProblem = (text: string) => PROBLEM.test(text.replace(SUPPOSED_FAILURE, ' '));
/** Accounts payable: "could you send a corrected invoice?" — an ask whose object is a bill, not a license. */
const BILLING_WORD = String.raw`(?:invoices?|credit\s+notes?|refunds?|billing|remittance|factures?|rechnungs?|gutschrift|facturas?|faturas?|請求書)`;
const ASKS_ABOUT_BILLING = new RegExp(
  String.raw`\b(?:could\s+you|can\s+you|would\s+you|please|kindly|merci\s+de|bitte|por\s+favor)\b[^.?!\n]{0,60}?\b${BILLING_WORD}\b|\b${BILLING_WORD}\b[^.!\n]{0,80}\?`,
  'i',
);
const PROBLEM =
  /\b(?:fails?|failing|failed|failure|errors?|cannot|can't|unable|not\s+(?:working|valid|starting|start)|crash\w*|invalid|warning|known\s+issue|problem|outage|stopped|broken)\b/i;
const THANKS =
  /\b(?:thanks|thank\s+you)\s+(?:for|again)\b[^.]*\b(?:licen[cs]e|file|turnaround|help)\b|\b(?:is|are|was)\s+(?:now\s+)?(?:installed|running|working)\b|\b(?:licen[cs]e|file)s?\s+(?:has\s+|have\s+)?(?:arrived|came\s+through)\b|\b(?:applied|installed|loaded|imported)\s+(?:it|the\s+(?:new\s+)?(?:licen[cs]e\s+|activation\s+)?file)\b|\b(?:licen[cs]e|file)s?\b(?:[^.!?\n]|(?<=\w)\.(?=\w)){0,80}?\b(?:went\s+in|(?:(?:was|were|got|has\s+been|have\s+been)\s+)?(?:loaded|installed|applied|imported|activated))\s+(?:fine|ok\b|okay|successfully|without\s+(?:any\s+)?(?:issues?|problems?|errors?|trouble)|correctly|properly|cleanly)/i;
const INFORMATIONAL =
  /\bno\s+action\s+(?:is\s+)?(?:needed|required|necessary)\b|\bfor\s+your\s+(?:records|information|reference)\b|\b(?:usage|utili[sz]ation|consumption|true-?up|compliance)\s+report\b|\bFYI\s+only\b|\bnothing\s+(?:else\s+|more\s+|further\s+)?(?:to\s+do|needed|required)\b/i;
/** "Just chasing AFR-0102447 which we submitted on the 2nd … an ETA for the file?": a request already made. */
/**
 * A chase said as a reminder ("gentle reminder", "friendly nudge"), as what has not come ("we have not received the
 * file yet", "still waiting for the activation file", "haven't had the file") or as when it will ("by when can we
 * expect it?", "when will it be ready?") — round 15 widened it from "chasing" and "any update on", round 16 added
 * "checking in on".
 */
const STATUS_CHASE = new RegExp(
  [
    String.raw`\b(?:chasing|following\s+up\s+on|follow(?:ing)?[\s-]up\s+on|(?:just\s+)?checking\s+in\s+on|any\s+(?:update|news|progress)\s+on|status\s+of|(?:an\s+)?ETA\s+(?:for|on))\b`,
    String.raw`\b(?:gentle|friendly|kind|quick|second|third|final|another)\s+(?:reminder|nudge)\b|\breminder\s+(?:on|about|for|regarding)\b|\bjust\s+a\s+(?:reminder|nudge)\b`,
    String.raw`\b(?:have|has)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:received|got(?:ten)?|seen|had)\b|\bnot\s+(?:yet\s+)?(?:been\s+)?received\b|\bstill\s+(?:waiting|awaiting|not\s+(?:received|got))\b`,
    // "Des nouvelles de notre demande AFR-…?", "Gibt es Neuigkeiten zu …", "¿alguna novedad sobre …?": the same in other languages.
    String.raw`\bdes\s+nouvelles\s+(?:de|sur|concernant)\b|\boù\s+en\s+est\b|\bNeuigkeiten\s+(?:zu|bezüglich)\b|\bnovedad(?:es)?\s+(?:de|sobre|con)\b|\bnovidades?\s+(?:de|sobre|do|da)\b|\bnotizie\s+(?:su|sull|della|del)\b`,
    String.raw`\bby\s+when\b|\bwhen\s+(?:can|could|will|would|should)\s+(?:we|I|it|the\s+file)\s+(?:expect|receive|get|be\s+(?:ready|sent|shared|issued))\b|\bupdate\s+us\s+on\s+the\s+status\b`,
  ].join('|'),
  'i',
);
const ALREADY_MADE =
  /\bAFR-?\d{4,}|\b(?:we\s+)?(?:submitted|sent\s+(?:you|in)|raised|requested)\b[^.?!\n]{0,40}\b(?:on|last|ago|yesterday)\b/i;
/**
 * A quotation the vendor sends ("RENEWAL QUOTATION Q-…", "Quote valid for 30 days. To accept, reply with your purchase
 * order"): it offers licenses with their GARN, host id and part numbers, and asks for no file.
 */
const QUOTATION = /\bquot(?:ation|e)\b/i;
const QUOTE_TERMS =
  /\bvalid\s+(?:for\s+\d+\s+days|until|till|through)\b|\b(?:reply|respond)\s+to\s+accept\b|\bto\s+accept,?\s+(?:please\s+)?(?:reply|respond|send|return|sign)\b/i;
/** "This is an automatically generated order confirmation. Please do not reply.": a system's notice. */
const AUTOMATED_NOTICE =
  /\bautomatically\s+generated\b|\bauto-?generated\s+(?:message|notification|notice|e-?mail|confirmation)\b|\b(?:please\s+)?do\s+not\s+reply\s+to\s+this\s+(?:e-?mail|message)\b|\bplease\s+do\s+not\s+reply\b/i;
const LICENSE_FILE_LINE = /^[^\S\n]*(?:SERVER|VENDOR|DAEMON|FEATURE|INCREMENT|USE_SERVER|PACKAGE)\s+\S+\s+\S+/gm;

const AUTOMATIC_SUBJECT =
  /^\s*(?:automatic\s+reply|auto(?:matic)?[\s-]*(?:reply|response)|out\s+of\s+(?:the\s+)?office|ooo\b|abwesenheitsnotiz|automatische\s+antwort|réponse\s+automatique|respuesta\s+automática|resposta\s+automática|risposta\s+automatica|不在)/i;
const AUTOMATIC_BODY =
  /\b(?:I\s+am|I'm|I\s+will\s+be)\s+(?:currently\s+)?(?:out\s+of\s+(?:the\s+)?office|on\s+(?:annual\s+|parental\s+)?leave|away|travell?ing)\b|\bthis\s+is\s+an\s+automat(?:ic|ed)\s+(?:reply|response|message)\b|\bnicht\s+im\s+büro\b|\babsente?\s+du\s+bureau\b|\bfuera\s+de\s+la\s+oficina\b/i;

/** An out-of-office or other automatic reply, whatever request it quotes (issue 25 "Bad input"). */
export function isAutomaticReply(subject: string, own: string): boolean {
  return AUTOMATIC_SUBJECT.test(subject) || (AUTOMATIC_BODY.test(own) && !ASKS.some((pattern) => pattern.test(own)));
}

/** The mail asks for a license or a file and reports no problem ("we need a new license for …"). */
export function plainlyAsksForALicense(text: string): boolean {
  return ASKS.some((pattern) => pattern.test(text)) && !reportsProblem(text) && !NEWSLETTER.test(text);
}

/** The newest message of a chain on its own: it thanks or reports a problem, and asks for nothing. */
export function ownMessageDeclines(own: string): boolean {
  if (own.trim() === '' || ASKS.some((pattern) => pattern.test(own))) return false;
  return THANKS.test(own) || reportsProblem(own);
}

export function assessRequest(text: string, labelledFields: number, fieldsRead = 3, subject = ''): RequestAssessment {
  if (NEWSLETTER.test(text) || NEWSLETTER.test(subject)) return { isRequest: false, reason: 'newsletter' };
  // The request chased may be named only by the subject ("RE: AFR-2026-118834 … - status?") above a quote of ours.
  if (STATUS_CHASE.test(text) && ALREADY_MADE.test(`${subject}\n${text}`) && labelledFields < 4)
    return { isRequest: false, reason: 'status-chase' };
  if (NO_LICENSE_CHANGE.test(text)) {
    // What else the mail says, without the sentence that says no license changes ("reply with your PO; no file change …").
    const rest = text.replace(new RegExp(String.raw`[^.!?\n]*(?:${NO_LICENSE_CHANGE.source})[^.!?\n]*`, 'gi'), ' ');
    if (!asksForALicense(rest) || ASKS_ABOUT_BILLING.test(rest)) return { isRequest: false, reason: 'informational' };
  }
  // An order system's own confirmation lists what a request would, and asks for nothing (issue 25 round 9 §2).
  if (AUTOMATED_NOTICE.test(text) && !asksForALicense(text)) return { isRequest: false, reason: 'informational' };
  if (QUOTATION.test(text) && QUOTE_TERMS.test(text) && !asksForALicense(text))
    return { isRequest: false, reason: 'informational' };
  if (asksForALicense(text) || labelledFields >= 4) return { isRequest: true };
  if (ASKS_ABOUT_BILLING.test(text)) return { isRequest: false, reason: 'billing' };
  if ((text.match(LICENSE_FILE_LINE)?.length ?? 0) >= 2) return { isRequest: false, reason: 'license-file' };
  if (THANKS.test(text)) return { isRequest: false, reason: 'thanks' };
  if (reportsProblem(text)) return { isRequest: false, reason: 'problem-report' };
  if (INFORMATIONAL.test(text)) return { isRequest: false, reason: 'informational' };
  // The subject speaks only for a body that neither thanks nor reports a problem ("Subject: License order").
  if (ASKS.some((pattern) => pattern.test(subject))) return { isRequest: true };
  return fieldsRead >= 3 || labelledFields >= 2 ? { isRequest: true } : { isRequest: false, reason: 'no-request' };
}

/** "their temporary license runs out at midnight": a temporary license named as what ends. */
const TEMPORARY_ENDS =
  /\btemp(?:orary)?\s+licen[cs]es?\s+(?:file\s+)?(?:(?:runs?|is\s+running)\s+out|expires?|is\s+expiring|will\s+(?:expire|run\s+out|end|lapse)|ends?|lapses?|(?:has\s+)?expired)\b/i;
/** "please send/extend a temporary license": a temporary license as what is asked for. */
const ASKS_FOR_TEMPORARY =
  /\b(?:need|want|request|send|issue|extend|give|get|provide)\w*\s+(?:us\s+|me\s+|them\s+)?(?:a\s+|an\s+|another\s+|the\s+)?(?:new\s+|further\s+)?(?:temp(?:orary)?\b|extension\b)|\b(?:temp(?:orary)?\s+licen[cs]e|extension)\s+(?:is\s+)?(?:needed|required|please)\b|\bextend\w*\s+(?:it|that|this|them|the\s+(?:file|licen[cs]e|temp\w*))\b/i;

/**
 * DOMAIN.md §7: a mail that names a temporary license only as the one that is ending ("runs out tonight,
 * we need the permanent file today") asks for a file of another kind; the temporary license is context.
 */
export function temporaryIsOnlyContext(text: string): boolean {
  return TEMPORARY_ENDS.test(text) && !ASKS_FOR_TEMPORARY.test(text);
}
