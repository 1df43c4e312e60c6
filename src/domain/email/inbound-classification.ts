import { isAutomaticAcknowledgement, LOOP_REPLY_PREFIXES, leadingReplyPrefixes } from './auto-acknowledgement.ts';
import type { DeliveryReport } from './delivery-report.ts';

export type InboundClassification =
  | { kind: 'answerable' }
  | { kind: 'ignore'; reason: string }
  | { kind: 'bounce'; reason: string; originalMessageId: string | null; failedRecipients: string[] };

export interface InboundClassificationInput {
  /** Header name (lower-case) → every value, as received (unfolded, decoded or not). */
  headers: Readonly<Record<string, readonly string[]>>;
  /** Our own mailbox addresses: mail from them is our own mail coming back. */
  ownAddresses: readonly string[];
  /** True for a Message-ID we minted (see message-id.ts); an inbound one means our mail looped back. */
  isOwnMessageId: (messageId: string) => boolean;
  /** The decoded Subject (the header map holds raw, possibly encoded-word values). */
  subject?: string;
  /** The new text of the body: an out-of-office reply without RFC 3834 headers is known by it. */
  body?: string;
  /** The parsed delivery report, when the message is a bounce candidate. */
  deliveryReport?: DeliveryReport | null;
  /** The METHOD of the message's calendar part, if it has one ("REQUEST", "REPLY", …). */
  calendarMethod?: string | null;
}

const NOISE_PRECEDENCE = new Set(['bulk', 'list', 'junk', 'auto_reply']);
const SUPPRESS_VALUES = new Set(['all', 'oof', 'autoreply']);
const DAEMON_LOCAL_PARTS = new Set(['mailer-daemon', 'postmaster', 'mail-daemon']);
/**
 * Addresses that say no person reads them (RFC 3834 §2: no automatic answer to "owner-…" or "…-request"
 * list addresses; "noreply@", "do-not-reply@", "bounces@" by common practice): a ticketing system's
 * acknowledgement in any language comes from one of them, and answering feeds a loop.
 */
const NO_REPLY_LOCAL_PART =
  /^(?:owner-.+|.+-request|no[-_.]?reply|do[-_.]?not[-_.]?reply|no[-_.]?response|bounces?|auto[-_.]?(?:reply|responder|mailer))(?:[+].*)?$/;
const LIST_HEADERS = ['list-id', 'list-unsubscribe', 'list-post', 'mailing-list', 'x-mailing-list'];
const AUTOREPLY_SUBJECT =
  /^\s*(?:automatic reply|auto(?:matic)?[- ]?(?:reply|response|respons)|out of (?:the )?office|abwesenheitsnotiz|automatische antwort|réponse automatique|respuesta automática|risposta automatica|automatyczna odpowiedź|automatisch antwoord|automatiskt svar|autosvar|自動応答)(?![\p{L}\p{N}])/iu;
/**
 * Out-of-office words anywhere in a subject (issue 18, Also): "RE: … (Out of Office)", "Automatisk svar:",
 * "Absence du bureau", in the languages of the reply patterns.
 */
const OOO_WORDS =
  '(?:out of (?:the )?office|automatic reply|auto[- ]?reply|automatisk svar|automatiskt svar|autosvar|absence du bureau|absent du bureau|réponse automatique|abwesenheitsnotiz|abwesend|automatische antwort|fuera de (?:la )?oficina|respuesta automática|fuori (?:sede|ufficio)|risposta automatica|poza biurem|automatyczna odpowiedź|afwezig|automatisch antwoord|frånvaro|fraværende|不在|自動応答)';
const OUT_OF_OFFICE_SUBJECT = new RegExp(
  // "(Out of Office)" anywhere; or the words right after reply/forward prefixes, followed by ":" or the end;
  // or words no request uses ("Automatisk svar", "Absence du bureau").
  `\\(\\s*${OOO_WORDS}\\s*\\)|^\\s*(?:(?:re|aw|sv|vs|ref|réf|rv|tr|wg|fw|fwd)\\s*:\\s*)*${OOO_WORDS}\\s*(?::|$)|automatiske? svar|automatiskt svar|absence du bureau`,
  'iu',
);
/** The opening of an out-of-office body, in the same languages: only a short message that starts so. */
const OUT_OF_OFFICE_BODY =
  /^\s*(?:(?:hello|hi|dear\s+\S+|thank you for your (?:e-?mail|message)[.!,]?)[\s,.!]*)?(?:i(?:'m| am| will be)\s+(?:currently\s+)?(?:out of (?:the )?office|away(?: from (?:the|my) office)?|on (?:annual |parental |sick )?leave|on (?:vacation|holiday))|(?:ich bin|ich befinde mich)\s+(?:bis|vom|derzeit|zurzeit|momentan|nicht)|je suis (?:actuellement )?absent|je serai absent|estoy (?:fuera de la oficina|de vacaciones|ausente)|sono (?:fuori (?:sede|ufficio)|in ferie|assente)|jestem (?:poza biurem|na urlopie|nieobecn)|ik ben (?:afwezig|niet op kantoor|met vakantie)|jag är (?:inte på kontoret|på semester|ledig|borta)|jeg er (?:ikke på kontoret|på ferie|fraværende)|(?:este|ce) message (?:est une|automatique))/iu;
const OUT_OF_OFFICE_BODY_MAX = 800;
/**
 * A calendar client's automatic answer to an invitation (RFC 6047: accepted, declined, tentative, a
 * refresh request), not an invitation or a cancellation, which a person sends.
 */
const CALENDAR_RESPONSES = new Set(['REPLY', 'REFRESH', 'DECLINECOUNTER']);
/**
 * A read receipt sent as an ordinary mail (Outlook through some gateways): "Read: …", "Lu : …",
 * "Gelesen: …", short. Receipts as multipart/report are reports (above).
 */
const READ_RECEIPT_SUBJECT =
  /^\s*(?:read|not read|lu|non lu|gelesen|ungelesen|le[ií]do|no le[ií]do|letto|non letto|gelezen|niet gelezen|läst|læst|lest|luettu|lido|odczytane|прочитано|既読|開封済み|已读)\s*[:：]/iu;
const READ_RECEIPT_BODY_MAX = 800;

/**
 * Should the bot answer this message? RFC 3834 §2 and common practice; a bot that answers
 * automatic mail starts mail loops, so every doubt resolves to "ignore".
 *
 * | signal (first match wins)                                         | outcome                    |
 * |-------------------------------------------------------------------|----------------------------|
 * | multipart/report; report-type=delivery-status, or from the daemon | bounce (original id, rcpts)|
 * | any other multipart/report (ARF, read receipts)                   | ignore                     |
 * | Message-ID is one of ours                                         | ignore (loop)              |
 * | From is one of our addresses                                      | ignore (loop)              |
 * | From a no-reply address (noreply@, owner-…@, …-request@)          | ignore                     |
 * | Auto-Submitted other than "no"                                    | ignore                     |
 * | X-Autoreply, X-Autorespond, X-Auto-Response-Suppress All/OOF/AutoReply, Exchange rules loop | ignore |
 * | Precedence bulk / list / junk                                     | ignore                     |
 * | List-Id, List-Unsubscribe and other list headers                  | ignore                     |
 * | Return-Path <> (null sender)                                      | ignore                     |
 * | "Automatic reply:" / "Out of office" subjects                     | ignore                     |
 * | out-of-office words in the subject, or a short OOO body (issue 18) | ignore                    |
 * | a calendar response (METHOD:REPLY…), a short "Read: …" receipt    | ignore                     |
 * | 5+ stacked "Re:" prefixes, or a short "automated message / ticket received" body (round 7) | ignore |
 * | otherwise                                                         | answerable                 |
 */
export function classifyInbound(input: InboundClassificationInput): InboundClassification {
  const first = (name: string) => input.headers[name]?.[0]?.trim() ?? '';
  const has = (name: string) => (input.headers[name]?.length ?? 0) > 0;
  const contentType = first('content-type').toLowerCase();
  const fromAddress = addressIn(first('from'));

  const isDsn = /^multipart\/report\b/.test(contentType) && /report-type\s*=\s*"?delivery-status/.test(contentType);
  const fromDaemon = DAEMON_LOCAL_PARTS.has(fromAddress.split('@')[0] ?? '');
  if (isDsn || fromDaemon) {
    const report = input.deliveryReport ?? null;
    const failed = report?.failedRecipients ?? [];
    const reason = isDsn ? 'delivery status notification' : `from ${fromAddress}`;
    const detail = failed.length > 0 ? reason : `${reason} (no failed recipient found)`;
    return {
      kind: 'bounce',
      reason: detail,
      originalMessageId: report?.originalMessageId ?? null,
      failedRecipients: failed,
    };
  }
  if (/^multipart\/report\b/.test(contentType)) return ignore(`report: ${reportType(contentType)}`);

  const messageId = first('message-id');
  if (messageId && input.isOwnMessageId(messageId)) return ignore('our own Message-ID came back');
  const own = input.ownAddresses.map((a) => a.toLowerCase());
  if (fromAddress && own.includes(fromAddress)) return ignore(`from our own address ${fromAddress}`);

  if (NO_REPLY_LOCAL_PART.test(fromAddress.split('@')[0] ?? ''))
    return ignore(`from a no-reply address ${fromAddress}`);
  const autoSubmitted = first('auto-submitted').toLowerCase();
  if (autoSubmitted && !/^no\b/.test(autoSubmitted)) return ignore(`Auto-Submitted: ${autoSubmitted}`);
  if (has('x-autoreply') || has('x-autorespond')) return ignore('X-Autoreply/X-Autorespond header');
  const suppress = first('x-auto-response-suppress')
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((v) => SUPPRESS_VALUES.has(v));
  if (suppress.length > 0) return ignore(`X-Auto-Response-Suppress: ${suppress.join(', ')}`);
  if (has('x-ms-exchange-inbox-rules-loop')) return ignore('Exchange inbox rule loop header');

  const precedence = first('precedence').toLowerCase();
  if (NOISE_PRECEDENCE.has(precedence)) return ignore(`Precedence: ${precedence}`);
  const listHeader = LIST_HEADERS.find(has);
  if (listHeader) return ignore(`mailing list (${listHeader})`);

  const returnPaths = input.headers['return-path'] ?? [];
  if (returnPaths.some((v) => /^<\s*>$/.test(v.trim()))) return ignore('null Return-Path <>');
  const subject = input.subject ?? first('subject');
  if (AUTOREPLY_SUBJECT.test(subject)) return ignore('automatic-reply subject');
  if (OUT_OF_OFFICE_SUBJECT.test(subject)) return ignore('out-of-office subject');
  const method = input.calendarMethod ?? '';
  if (CALENDAR_RESPONSES.has(method)) return ignore(`calendar response (METHOD:${method})`);
  const body = input.body?.trim() ?? '';
  if (READ_RECEIPT_SUBJECT.test(subject) && body.length <= READ_RECEIPT_BODY_MAX) return ignore('read receipt');
  if (body.length <= OUT_OF_OFFICE_BODY_MAX && OUT_OF_OFFICE_BODY.test(body)) return ignore('out-of-office body');
  const prefixes = leadingReplyPrefixes(subject);
  if (prefixes >= LOOP_REPLY_PREFIXES) return ignore(`mail loop: ${prefixes} stacked reply prefixes in the subject`);
  if (isAutomaticAcknowledgement(subject, body)) return ignore('automatic acknowledgement body');
  return { kind: 'answerable' };
}

function ignore(reason: string): InboundClassification {
  return { kind: 'ignore', reason };
}

function reportType(contentType: string): string {
  return /report-type\s*=\s*"?([a-z-]+)/.exec(contentType)?.[1] ?? 'unknown';
}

/** The bare address of a From header value ("Ann <ann@x>", "ann@x (Ann)", "ann@x"), lower-cased. */
export function addressIn(value: string): string {
  const angle = /<([^<>\s]+@[^<>\s]+)>/.exec(value);
  const bare = angle?.[1] ?? /[^\s<>()",;]+@[^\s<>()",;]+/.exec(value)?.[0] ?? '';
  return bare.toLowerCase().replace(/^mailto:/, '');
}
