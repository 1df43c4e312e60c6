/**
 * Automatic mail that carries none of the RFC 3834 headers (red team round 7): a ticketing system's
 * "your ticket #1234 has been received, do not reply", or a mail loop with another auto-responder that
 * stacks "Re: Re: Re: …" on our subject. Answering either starts or feeds a loop, so neither is answered.
 */

/** Reply prefixes in the languages of the reply patterns: "Re:", "AW:", "SV:", "Réf. :", "RE[2]:". */
const PREFIX = /^\s*(?:re|aw|sv|vs|ref|réf|rif|antw|odp|r)\.?\s*(?:\[\d+\]|\(\d+\))?\s*[:：]\s*/iu;

/** How many reply prefixes open the subject: "Re: RE: AW: x" → 3. Mail clients add one, and never stack. */
export function leadingReplyPrefixes(subject: string): number {
  return splitReplyPrefixes(subject).count;
}

/** The subject without the reply prefixes that open it: "RE: AW: x" → "x". */
export function withoutReplyPrefixes(subject: string): string {
  return splitReplyPrefixes(subject).rest;
}

function splitReplyPrefixes(subject: string): { count: number; rest: string } {
  let rest = subject;
  let count = 0;
  for (let match = PREFIX.exec(rest); match && count < 100; match = PREFIX.exec(rest)) {
    count++;
    rest = rest.slice(match[0].length);
  }
  return { count, rest };
}

/** From this many stacked prefixes on, the subject is a loop's: people's clients do not stack them. */
export const LOOP_REPLY_PREFIXES = 5;

/**
 * A short body that says so near its start, in the languages customers write in (English, French, German,
 * Spanish, Japanese): "This is an automated message", "Please do not reply to this e-mail", "Your ticket
 * #1234 has been received / created / logged" — "Merci de ne pas répondre à ce message", "Bitte antworten
 * Sie nicht auf diese E-Mail", "Por favor no responda a este correo", "このメールには返信しないでください".
 * Each is the machine's own voice (the mail says it is automatic, forbids a reply, or reports a ticket
 * made); a person's words about such a mail ("I got no acknowledgement") name none of them. A forward
 * ("Fwd:") is a person's, and a customer's own words come first when they paste a monitoring alert below them.
 */
const AUTOMATIC_BODY_FORMS = [
  // English
  String.raw`this (?:is an? |e-?mail is an? |message (?:is|was) )?(?:automated|automatic(?:ally generated)?|auto-?generated|system-generated) (?:message|response|reply|notification|e-?mail|acknowledge?ment)`,
  String.raw`(?:please )?do not reply (?:to )?this (?:message|e-?mail|mail|address)`,
  String.raw`your (?:support )?(?:ticket|request|enquiry|inquiry)(?: number| no\.?| id| reference)?\s*(?:#\s*|:\s*)?[\w-]*\s+has been (?:received|created|logged|opened|registered|submitted)`,
  // French: "Ceci est un message automatique", "Merci de ne pas répondre", "Votre demande n°1042 a été créée"
  String.raw`(?:ceci est une?|ce (?:message|courriel|e-?mail|mail) (?:est|a été)) (?:une? )?(?:(?:message|courriel|e-?mail|mail|réponse|accusé de réception) )?(?:envoyé |généré )?automatique(?:ment)?`,
  String.raw`(?:merci de|veuillez|prière de) ne pas (?:y )?répondre|n['’]y répondez pas|ne répondez pas (?:à|a) (?:ce|cet) (?:message|courriel|e-?mail|mail)`,
  String.raw`votre (?:demande|requête|ticket|incident|réclamation)(?: n°| no\.?| numéro)?\s*[\w-]*\s+(?:a (?:bien )?été|est) (?:bien )?(?:reçue?|enregistrée?|créée?|ouverte?|prise? en compte)`,
  // German: "Dies ist eine automatisch erstellte Nachricht", "Bitte antworten Sie nicht auf diese E-Mail"
  String.raw`(?:dies ist eine|diese (?:e-?mail|nachricht) (?:ist|wurde)) automatisch`,
  String.raw`antworten sie nicht auf diese|nicht auf diese (?:e-?mail|nachricht|mail) antworten`,
  String.raw`ihre (?:anfrage|meldung|nachricht|ticket|supportanfrage)(?: nr\.?| nummer)?\s*[\w-]*\s+(?:wurde|ist)\s+(?:\S+\s+){0,5}?(?:erfasst|eingegangen|erstellt|registriert|angelegt|aufgenommen)`,
  // Spanish: "Este es un mensaje automático", "Por favor no responda a este correo", "Su solicitud ha sido registrada"
  String.raw`este (?:es un (?:mensaje|correo) automátic|(?:mensaje|correo) (?:es |ha sido |fue )?(?:generado |enviado )?automátic)`,
  String.raw`no (?:responda|conteste) (?:a )?este (?:mensaje|correo)`,
  String.raw`su (?:solicitud|consulta|ticket|caso|petición)(?: n[º°o]\.?| número)?\s*[\w-]*\s+(?:ha sido|fue) (?:recibid|registrad|cread|abiert)[oa]`,
  // Japanese: "このメールには返信しないでください", "自動送信されています", "受け付けました"
  String.raw`(?:この|本)メール(?:には|に|は|へは)(?:ご?返信(?:しないでください|できません|いただいても)|送信専用|自動)|自動(?:送信|配信)(?:されて|しています|です)|受け付けました|受付(?:いたしました|完了)`,
];
const AUTOMATIC_BODY = new RegExp(
  AUTOMATIC_BODY_FORMS.map((form) => String.raw`(?<![\p{L}\p{N}])(?:${form})`).join('|'),
  'iu',
);
const FORWARD = /^\s*(?:fwd?|wg|tr|rv|vs|fs)\s*:/i;
const AUTOMATIC_BODY_MAX = 1_200;
const AUTOMATIC_WITHIN = 300;

export function isAutomaticAcknowledgement(subject: string, body: string): boolean {
  if (FORWARD.test(subject)) return false;
  const text = body.trim();
  if (text.length > AUTOMATIC_BODY_MAX) return false;
  const found = AUTOMATIC_BODY.exec(text);
  return found !== null && found.index <= AUTOMATIC_WITHIN;
}
