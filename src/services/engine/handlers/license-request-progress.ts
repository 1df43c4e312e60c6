/**
 * What happens to a read license request (DOMAIN.md §7, issue 25 §2–3):
 * | the record                                                        | the bot                                          |
 * |-------------------------------------------------------------------|--------------------------------------------------|
 * | written in French, German, Spanish or Japanese                     | routes it as read, marked for a person to complete; tells the partner in English and their language |
 * | missing or invalid required fields, or a contradiction             | asks for exactly those, and reads back every low-confidence value, in one message |
 * | complete, but a required value read with low confidence            | reads the low-confidence values back; routes once confirmed |
 * | complete and sure                                                 | routes it to the regional Licensing team          |
 * Routing issues nothing, so an identified Designated Contact is enough (no PIN needed).
 */
import type { RegionId } from '../../../domain/ids.ts';
import { isRequiredPath } from '../../../domain/license-request/requirements.ts';
import type { LicenseRequestExtraction } from '../../../domain/license-request/schema.ts';
import { calendarFor } from '../../../domain/sla/index.ts';
import { updateLicenseRequest } from '../../../store/license-request-store.ts';
import { enqueue } from '../../../store/outbox-store.ts';
import { IDLE } from '../dialogue.ts';
import { type Turn, toOutbound } from '../turn.ts';
import { contractConcern, entitlementConcern } from './license-entitlement.ts';
import { summariseLicenseRequest } from './license-summary.ts';

type RecordExtraction = Extract<LicenseRequestExtraction, { kind: 'engage' | 'pureconnect' }>;

const LANGUAGE_NAMES: Record<string, string> = {
  fr: 'French',
  de: 'German',
  es: 'Spanish',
  ja: 'Japanese',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
};

/** Low-confidence required values hold the request back; optional ones are read back only alongside. */
export function blockingConfirmations(extraction: RecordExtraction) {
  return extraction.confirmations.filter((c) => isRequiredPath(extraction.kind, c.field));
}

export async function progress(
  turn: Turn,
  id: number,
  reference: string,
  extraction: RecordExtraction,
  region: RegionId,
  unanswered = false,
): Promise<void> {
  if (extraction.handling.needsPerson) return await route(turn, id, reference, extraction, region);
  if (unanswered) return await route(turn, id, reference, extraction, region, true);
  const asking =
    extraction.missing.length > 0 || extraction.invalid.some((i) => isRequiredPath(extraction.kind, i.field));
  if (asking || blockingConfirmations(extraction).length > 0) {
    turn.setDialogue({ kind: 'license-request', requestId: id });
    turn.decision = asking ? 'license-request-incomplete' : 'license-request-confirm';
    await turn.send(questionsMessage(turn, reference, extraction, asking));
    return;
  }
  await route(turn, id, reference, extraction, region);
}

/** The reader's questions as the bullets of the `license-request-questions` template, each with its example. */
export function questionBullets(questions: LicenseRequestExtraction['questions']): string {
  return questions.map((q) => `• ${q.question}\n  for example: ${q.example}`).join('\n');
}

/** One message: the questions for what is missing, every value to read back, and any note. */
function questionsMessage(turn: Turn, reference: string, extraction: RecordExtraction, asking: boolean): string {
  const render = turn.ctx.templates.render.bind(turn.ctx.templates);
  const bullets = questionBullets(extraction.questions);
  const readBack = extraction.confirmations.map((c) => `• ${c.question}`).join('\n');
  const parts = asking
    ? [render('license-request-questions', { reference, questions: bullets })]
    : [render('license-request-confirm', { reference, confirmations: readBack })];
  if (asking && readBack) parts.push(render('license-request-confirm-also', { confirmations: readBack }));
  if (extraction.handling.notes.length > 0)
    parts.push(render('license-request-note', { notes: extraction.handling.notes.join(' ') }));
  return parts.join('\n\n');
}

async function route(
  turn: Turn,
  id: number,
  reference: string,
  extraction: RecordExtraction,
  region: RegionId,
  gaps = false,
): Promise<void> {
  const regionPolicy = turn.ctx.policy.regions[region];
  const forPerson = extraction.handling.needsPerson || gaps;
  const concern = await entitlementConcern(turn, extraction);
  const lapsed = await contractConcern(turn, extraction);
  const summary = summariseLicenseRequest(reference, extraction, gaps);
  const routed = await enqueue(
    turn.ctx.db,
    {
      channel: 'email',
      recipient: regionPolicy.licensingEmail,
      audience: 'staff',
      subject: `[${reference}]${concern ? ' [check entitlement]' : ''}${lapsed ? ' [check contract]' : ''}${forPerson ? ' [to complete]' : ''}${extraction.handling.urgent ? ' [urgent]' : ''} ${extraction.kind === 'engage' ? 'License order' : 'Activation file request'} from ${turn.identity.contact?.name ?? turn.identity.replyTo}`,
      text: [concern, lapsed, summary].filter((part) => part !== undefined).join('\n\n'),
      threadKey: null,
      attachments: turn.message.attachments.map((a) => a.storagePath ?? a.filename),
      inboundId: turn.inboundId,
    },
    turn.nowIso,
  );
  // One of this turn's messages: tied to the inbound message (a duplicate delivery reports it) and shown.
  turn.replies.push(toOutbound(routed, null));
  await updateLicenseRequest(turn.ctx.db, id, {
    state: 'routed',
    routedTo: regionPolicy.licensingEmail,
    routedAt: turn.nowIso,
  });
  turn.setDialogue(IDLE);
  turn.decision = gaps
    ? 'license-request-routed-with-gaps'
    : forPerson
      ? 'license-request-routed-for-completion'
      : 'license-request-routed';
  await turn.audit('license-request.routed', reference, {
    to: regionPolicy.licensingEmail,
    region,
    needsPerson: forPerson,
    unanswered: gaps,
    entitlementConcern: concern !== undefined,
    contractConcern: lapsed !== undefined,
  });
  const hours = regionPolicy.businessHours;
  const values = {
    reference,
    team: `${regionPolicy.name} Licensing team`,
    teamRegion: regionPolicy.name,
    address: regionPolicy.licensingEmail,
    hours: `Monday to Friday ${hours.open}–${hours.close} (${regionPolicy.timeZone}), except public holidays`,
    when: calendarFor(turn.ctx.policy, region).isOpen(turn.message.receivedAt)
      ? 'now, during their business hours'
      : 'when they next open',
    languageName: LANGUAGE_NAMES[extraction.handling.language] ?? extraction.handling.language,
  };
  if (!forPerson) {
    const notes = extraction.handling.notes.map((n) => turn.ctx.templates.render('license-request-note', { notes: n }));
    await turn.send([turn.ctx.templates.render('license-request-routed', values), ...notes].join('\n\n'));
    return;
  }
  if (gaps) return await turn.send(turn.ctx.templates.render('license-request-routed-with-gaps', values));
  const localized = `license-request-routed-for-completion.${extraction.handling.language}`;
  const texts = [turn.ctx.templates.render('license-request-routed-for-completion', values)];
  if (turn.ctx.templates.names().includes(localized)) texts.push(turn.ctx.templates.render(localized, values));
  await turn.send(texts.join('\n\n'));
}
