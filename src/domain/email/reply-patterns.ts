/**
 * The lines mail clients write above quoted history and below new text, in the languages our
 * customers use. Kept apart from the algorithm so a new client's wording is a one-line change.
 */

const L = '\\p{L}';

/** Verbs that end an attribution line ("On <date>, <name> wrote:"), all languages we have seen. */
const WROTE_VERBS = [
  'wrote',
  'writes',
  'schrieb',
  'a écrit',
  'escribió',
  'ha scritto',
  'scrisse',
  'escreveu',
  'schreef',
  'skrev',
  'kirjoitti',
  'napisał\\(a\\)',
  'napisała',
  'napisał',
  'написал\\(а\\)',
  'написала',
  'написал',
  'пишет',
];

/**
 * The same in scripts written without spaces, so right after the name or address: Japanese Gmail's
 * "…が書きました:", Apple Mail's "…のメッセージ:", Chinese "…写道：", Korean "…님이 작성:".
 */
const WROTE_SUFFIXES = ['が書きました', '書きました', 'のメッセージ', '写道', '寫道', '님이 작성'];

/** "... wrote:" at the very end (Gmail, Apple Mail, Thunderbird and their translations; Zoho's "---- ... wrote ----"). */
export const ATTRIBUTION_VERB_AT_END = new RegExp(
  `(?:(?<!${L})(?:${WROTE_VERBS.join('|')})|${WROTE_SUFFIXES.join('|')})\\s*[:：]?\\s*(?:-{2,})?\\s*$`,
  'iu',
);

/**
 * "<date> <name> <address>:" — the verb is elsewhere or missing (German "Am … schrieb X <a@b>:",
 * Dutch "Op … schreef X <a@b>:", Russian "ср, 30 апр. 2025 г. в 15:19, X <a@b>:", Japanese Gmail).
 */
export const ATTRIBUTION_ADDRESS_AT_END =
  /(?:<[^<>\s]+@[^<>\s]+>|\([^()\s]+@[^()\s]+\)|[^\s<>()"]+@[^\s<>()"]+)"?\s*:\s*$/u;

/** Separators that introduce a quoted or forwarded message. */
export const ORIGINAL_MESSAGE_SEPARATOR = new RegExp(
  '^\\s*-{2,}\\s*(?:' +
    [
      'original message',
      'forwarded message',
      'ursprüngliche nachricht',
      'weitergeleitete nachricht',
      'oprindelig besked',
      'videresendt besked',
      'opprinnelig melding',
      'ursprungligt meddelande',
      'alkuperäinen viesti',
      "message d'origine",
      'message original',
      'message transféré',
      'mensaje original',
      'mensaje reenviado',
      'messaggio originale',
      'messaggio inoltrato',
      'mensagem original',
      'mensagem encaminhada',
      'oorspronkelijk bericht',
      'doorgestuurd bericht',
      'исходное сообщение',
      'пересылаемое сообщение',
      'wiadomość oryginalna',
      'oryginalna wiadomość',
      '元のメッセージ',
      '転送されたメッセージ',
    ].join('|') +
    ')\\s*-*\\s*$',
  'iu',
);

/**
 * Lines that introduce a forwarded message, not quoted history: Gmail's "---------- Forwarded message
 * ---------", Thunderbird's "-------- Forwarded Message --------", Apple Mail's "Begin forwarded message:",
 * and their translations.
 */
export const FORWARD_SEPARATOR = new RegExp(
  '^\\s*(?:-{2,}\\s*)?(?:' +
    [
      'forwarded message',
      'begin forwarded message',
      'weitergeleitete nachricht',
      'anfang der weitergeleiteten nachricht',
      'videresendt besked',
      'videresendt melding',
      'vidarebefordrat meddelande',
      'välitetty viesti',
      'message transféré',
      'début du message réexpédié',
      'début du message transféré',
      'mensaje reenviado',
      'inicio del mensaje reenviado',
      'messaggio inoltrato',
      'inizio messaggio inoltrato',
      'mensagem encaminhada',
      'início da mensagem reencaminhada',
      'começo da mensagem encaminhada',
      'doorgestuurd bericht',
      'begin doorgestuurd bericht',
      'пересылаемое сообщение',
      'przekazana wiadomość',
      '転送されたメッセージ',
    ].join('|') +
    ')\\s*[:：]?\\s*-*\\s*$',
  'iu',
);

/**
 * A subject that says the mail is a forward (Outlook writes no forward separator, only its header
 * block): "Fwd:", "FW:", German "WG:", French "TR:", Spanish "RV:", Portuguese "Enc:", Dutch "Doorst:".
 * Only the first prefix counts: "RE: FW: …" answers a forward.
 */
export const FORWARD_SUBJECT = /^\s*(?:fwd?|wg|tr|rv|enc|doorst)\s*:/iu;

/** First line of an Outlook-style header block ("From: …", "Von: …", "De : …", "差出人: …"). */
export const HEADER_BLOCK_FROM =
  /^\s*\*?(?:from|von|de|van|da|fra|från|lähettäjä|от|od|message du|expéditeur|remitente|差出人)\s*\*?\s*[:：]/iu;

/** Other fields of such a block; one of them must follow within a few lines of the From line. */
export const HEADER_BLOCK_FIELD = new RegExp(
  '^\\s*\\*?(?:' +
    [
      'sent',
      'date',
      'to',
      'subject',
      'cc',
      'gesendet',
      'datum',
      'an',
      'betreff',
      'envoyé(?: le)?',
      'à',
      'a',
      'objet',
      'verzonden',
      'aan',
      'onderwerp',
      'inviato',
      'oggetto',
      'enviado(?: el)?',
      'enviada em',
      'para',
      'asunto',
      'assunto',
      'sendt',
      'til',
      'emne',
      'dato',
      'skickat',
      'till',
      'ämne',
      'lähetetty',
      'vastaanottaja',
      'aihe',
      'отправлено',
      'дата',
      'кому',
      'тема',
      'wysłano',
      'do',
      'temat',
      'data',
      '送信日時',
      '宛先',
      '件名',
    ].join('|') +
    ')\\s*\\*?\\s*[:：]',
  'iu',
);

/** "Sent from my iPhone", "Get Outlook for iOS", "Gesendet von Outlook für Android", … (no comma: that is a sentence). */
export const MOBILE_SIGNATURE = new RegExp(
  '^\\s*(?:sent from|sent with|get outlook for|envoyé (?:de|depuis|à partir de)|gesendet (?:von|mit)|von meinem|' +
    'enviado (?:desde|de)|inviato da|verzonden (?:met|vanaf|van)|verstuurd (?:vanaf|met)|skickat från|sendt fra|' +
    'lähetetty|отправлено с|wysłane z)\\b[^,]{0,80}$',
  'iu',
);

/** "-- " (RFC 3676 signature separator, trailing space often lost) and runs of underscores (list footers, Outlook). */
export const SIGNATURE_SEPARATOR = /^(?:--\s?|_{2,})$/u;

/**
 * A closing on its own line ("Regards,", "Cordialement", "Mit freundlichen Grüßen", "よろしくお願いいたします。"),
 * in the languages of the reply patterns; it starts the signature only when what follows is a name block.
 */
export const VALEDICTION = new RegExp(
  '^(?:' +
    [
      '(?:(?:best|kind|warm|warmest|many|with kind|with best)\\s+)?regards',
      '(?:best|kind|warm) wishes',
      '(?:many )?thanks(?: (?:in advance|again|a lot|(?:&|and) (?:best |kind )?regards))?',
      'rgds|br|lg|vg',
      'thank you(?: (?:in advance|again))?',
      'thx',
      'cheers',
      'best',
      '(?:yours )?sincerely',
      '(?:bien |très )?cordialement',
      'bien à (?:vous|toi)',
      'salutations(?: distinguées)?',
      "merci(?: d'avance| beaucoup| encore)?",
      'mit (?:freundlichen|besten|herzlichen) grüßen',
      '(?:viele|beste|liebe|freundliche|herzliche )?grüße',
      'mfg',
      'gruß',
      'danke(?: schön| im voraus)?',
      '(?:un )?saludos?(?: cordiales)?',
      'atentamente',
      '(?:muchas )?gracias(?: de antemano)?',
      '(?:cordiali|distinti) saluti',
      'saluti',
      'grazie(?: mille)?',
      'atenciosamente',
      '(?:com os )?melhores cumprimentos',
      'obrigad[oa]',
      '(?:met )?vriendelijke groet(?:en)?',
      'groeten',
      '(?:med )?vänliga hälsningar',
      'hälsningar',
      '(?:med )?venn?lig(?:e)? hilsen?',
      'mvh',
      'pozdrawiam(?: serdecznie)?',
      'z poważaniem',
      'с уважением',
      '(?:以上、?)?よろしくお願い(?:いた|致)?します',
      'よろしくお願い(?:いたし|致し)?申し上げます',
      '敬具',
      '谢谢',
      '此致',
    ].join('|') +
    ')[,.!。、]?$',
  'iu',
);

/**
 * Words of a legal disclaimer ("This e-mail is confidential … if you are not the intended recipient …"), in
 * the languages of the reply patterns. A paragraph with two different ones, at the end of a mail, is
 * signature: the customer's request is never in it.
 */
export const DISCLAIMER_TERMS = [
  /confidential/iu,
  /privileged/iu,
  /intended (?:solely|only|recipient|addressee)/iu,
  /not the (?:intended|named) (?:recipient|addressee)/iu,
  /notify the sender/iu,
  /(?:strictly )?prohibited/iu,
  /unauthori[sz]ed/iu,
  /vertraulich/iu,
  /(?:falsche[nr]?|beabsichtigte[nr]?|richtige[nr]?) (?:empfänger|adressat)/iu,
  /confidentiel/iu,
  /destinataire/iu,
  /confidencial/iu,
  /destinatario/iu,
  /riservat[oaie]/iu,
  /機密|秘密情報/u,
  /削除/u,
];

/** Lines that only draw a rule; dropped when they are left dangling above a cut. */
export const RULE_LINE = /^[-_=*~—–]{3,}$/u;

export const QUOTED_LINE = /^\s*>/u;

/** The text part's stand-in for an inline picture (Gmail "[image: logo.png]", Outlook "[cid:image001.png@…]"). */
export const INLINE_IMAGE_PLACEHOLDER = /^\s*\[(?:image:[^\]]*|cid:[^\]\s]+)\]\s*$/iu;
