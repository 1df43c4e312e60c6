/**
 * Values named only as the subject of a question are no slots (issue 21 §5): "Hot-fix policy for High
 * severity issues?" asks for no level, "Is the controlled WDE available in Korean?" orders no language.
 */
import { OWN_LICENSE_SITUATION } from './cues.ts';
import { questionStart } from './description.ts';
import { isQuestion } from './questions.ts';
import type { Slots } from './reading.ts';
import { readSeverity } from './severity.ts';
import type { sentences } from './text.ts';

const AVAILABILITY =
  /\b(?:is\s+(?:it\s+)?possible|do\s+you\s+(?:ship|offer|have|provide|deliver|make)|can\s+(?:we|i|you)\s+(?:get|have|order|receive)|is\s+there|are\s+there|does\s+(?:it|the\s+\w+)\s+(?:exist|come))\b/i;

export function asksAvailability(pieces: ReturnType<typeof sentences>, span: [number, number]): boolean {
  const piece = pieces.find((p) => span[0] >= p.start && span[1] <= p.end);
  // "Initech needs WDE 8.5 in Korean — is there a localized build?": the need comes first, the question after.
  const asked = piece && AVAILABILITY.exec(piece.text);
  return !!asked && isQuestion(piece.text) && piece.start + asked.index < span[0];
}

/**
 * "Where can I download Info Mart 8.5 for Linux?", "how to obtain WFM 8.5.214 for Windows?", "where is the Solaris
 * build on the portal?": a platform named
 * in a question on finding a download is what the question is about, not a platform given for an order.
 */
const WHERE_TO_FIND =
  /\b(?:where|how)\b[^?]{0,80}\b(?:download|find|get|obtain|locate|see)\b|\bwhere(?:\s+(?:is|are)|'s)\b/i;

export function asksWhereToFind(pieces: ReturnType<typeof sentences>, span: [number, number]): boolean {
  const piece = pieces.find((p) => span[0] >= p.start && span[1] <= p.end);
  // "I need the WDE 8.5 for Windows Server 2022, where do I find it?": the platform said as the need, before
  // the question, is given; only one named inside the question is what it asks about.
  const asked = piece && WHERE_TO_FIND.exec(piece.text);
  return !!asked && isQuestion(piece.text) && piece.start + asked.index < span[0];
}

/**
 * "please raise 01000003 to high - and what does High mean?": a change asked for, then a question in the
 * same sentence — the level of the change stands.
 */
function askedAfterAChange(pieces: ReturnType<typeof sentences>, text: string, span: [number, number]): boolean {
  const piece = pieces.find((p) => span[0] >= p.start && span[1] <= p.end);
  if (!piece) return false;
  return (
    /\b(?:raise|lower|make|set|change|bump|escalate|downgrade|upgrade|move|put|reclassify|increase|reduce)\b/i.test(
      text.slice(piece.start, span[0]),
    ) &&
    /^\s*(?:please\s+)?(?:\s[-–—]+|;|,)\s*(?:and\s+|also\s+|btw\s+|but\s+)?(?:what|how|when|why|which|who|where|is|are|do|does|can|could|will|would)\b/i.test(
      text.slice(span[1], piece.end),
    )
  );
}

export function dropQuestionSubjects(slots: Slots, pieces: ReturnType<typeof sentences>, text: string): void {
  const inQuestion = (span: [number, number] | undefined) =>
    span !== undefined && pieces.some((p) => span[0] >= questionStart(p) && span[1] <= p.end && isQuestion(p.text));
  if (
    slots.severity?.source === 'text' &&
    inQuestion(slots.severity.span) &&
    !askedAfterAChange(pieces, text, slots.severity.span!)
  ) {
    delete slots.severity;
    // "ETL fails since the upgrade (Low), and I'd like to know whether you hot-fix Low severity issues":
    // the level said for the report, outside its question, still stands.
    const outside = pieces.reduce(
      (t, p) =>
        isQuestion(p.text) ? t.slice(0, questionStart(p)) + ' '.repeat(p.end - questionStart(p)) + t.slice(p.end) : t,
      text,
    );
    const own = readSeverity(outside);
    if (own.value && own.start !== undefined && own.end !== undefined)
      slots.severity = { value: own.value, confidence: own.confidence, span: [own.start, own.end], source: 'text' };
  }
  if (slots.system?.source === 'text' && inQuestion(slots.system.span)) delete slots.system;
  // …but the reason of the contact's own situation, beside a question about the rule, is the request's.
  if (
    slots.tempLicenseReason &&
    slots.questions?.value.includes('temp-license-policy') &&
    !OWN_LICENSE_SITUATION.test(text)
  )
    delete slots.tempLicenseReason;
}
