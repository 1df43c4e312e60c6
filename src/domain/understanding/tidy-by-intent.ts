/**
 * What the main request makes of the facts read (AUTHORING.md of the corpus, issue 21): which slots a
 * report, a note, a question, a status request or a non-request carry.
 */
import { measuresCost } from './impact.ts';
import type { ReadContext } from './port.ts';
import type { Slots } from './reading.ts';

/**
 * What the request makes of the facts (AUTHORING.md of the corpus, issue 21): a description belongs to a
 * problem reported for a case; new symptoms in a case's thread are a note; a cancel, help, PIN or
 * not-understood message carries no case facts.
 */
const LED_TO =
  /\b(?:since|after|following|once|aftr|snce|started|began|begun|caused\s+by|triggered\s+by|due\s+to|because\s+of)\b/i;

/** "the whole site is down", "all sites lost inbound calls", "the fault now hits every store": the outage itself. */
const TELLS_OUTAGE =
  /\b(?:is|are|went|goes|was|were)\s+(?:\w+\s+)?down\b|\blost\s+(?:all\s+)?(?:\w+\s+)?(?:calls|service|connectivity|audio|connection)\b|\b(?:fault|problem|issue|error|outage|bug)\s+(?:now\s+)?(?:hits?|reaches|spread\w*)\b/i;

const NO_IMPACT_INTENTS: ReadonlySet<string> = new Set([
  'controlled-software',
  'download',
  'question',
  'release-type',
  'my-cases',
  'case-status',
  'license-request',
]);

/** A fact put right in a message of its own: "sorry, I meant test", "oops, typo: 9.0", "my bad, it's prod". */
export const FACT_PUT_RIGHT =
  /^\W*(?:(?:sorry|oops|whoops|actually|correction|my\s+(?:bad|mistake)|typo|(?:no,?\s+)?wait)\b|i\s+meant?\b)/i;

export function tidyByIntent(slots: Slots, main: string, context: ReadContext): string | undefined {
  const answeringDescription = main === 'answer' && context.asked?.includes('description');
  if (main !== 'open-case' && !answeringDescription && slots.description?.source !== 'label') delete slots.description;
  // A license matter or a close request has no case circumstances ("we moved the license server"); only a
  // critical licensing problem (a temporary file) keeps its impact.
  if (main === 'license-request' || main === 'temp-license' || main === 'close-case') {
    if (slots.circumstances?.source !== 'label') delete slots.circumstances;
    const critical = main === 'temp-license' && slots.tempLicenseReason?.value === 'critical-licensing';
    if (!critical && slots.businessImpact?.source !== 'label') delete slots.businessImpact;
  }
  // "please set N to Critical, the whole site is down": the outage that justifies a new level is the
  // level's own criterion (DOMAIN.md §2), not a cost; a cost said outright ("legal needs it by Thursday") stays.
  const impact0 = slots.businessImpact;
  if (main === 'severity-change' && impact0?.source === 'text' && TELLS_OUTAGE.test(impact0.value))
    if (!measuresCost(impact0.value)) delete slots.businessImpact;
  // Circumstances belong to a problem reported (or a case's thread: "it started after the update"); in a
  // note, what the contact did since ("we applied the workaround") is news, not what led to the problem.
  if (!['open-case', 'answer', 'add-to-case'].includes(main) && slots.circumstances?.source === 'text')
    delete slots.circumstances;
  let deeds: string | undefined;
  if (main === 'add-to-case' && slots.circumstances?.source === 'text' && !LED_TO.test(slots.circumstances.value)) {
    deeds = slots.circumstances.value;
    delete slots.circumstances;
  }
  // "Agents cannot hear the whisper announcement" answering "describe the problem": the symptom asked
  // for, not its cost — unless it counts who or what it costs.
  const [impact, described] = [slots.businessImpact, slots.description];
  if (answeringDescription && impact?.source === 'text' && described?.source === 'text' && impact.span)
    if (overlaps(impact.span, described.span) && !measuresCost(impact.value)) delete slots.businessImpact;
  // "Do you ship controlled releases in Spanish too?": a question about orders places none; its language,
  // delivery and address are what it asks about, not an order's fields.
  if (main === 'question')
    for (const name of ['language', 'deliveryMethod', 'shipTo'] as const)
      if (slots[name]?.source === 'text') delete slots[name];
  // An order, a download, a question or a look at cases costs nothing to say: no business impact there.
  // …but a date at stake given with a status request ("where does case N stand? Our go-live is on Monday")
  // says why it matters; a go-live there tells nothing about which system the case is on.
  const atStake = main === 'case-status' && slots.businessImpact && measuresCost(slots.businessImpact.value);
  if (NO_IMPACT_INTENTS.has(main) && slots.businessImpact?.source !== 'label' && !atStake) delete slots.businessImpact;
  if ((main === 'case-status' || main === 'my-cases') && slots.system?.source === 'text') delete slots.system;
  // "the freeze also happens on the Windows 11 laptops", "they run a pilot of Windows 11 on two PCs": in a
  // problem report, a note on a case or a look at it, an operating system in prose is a fact about the
  // problem, not an order's platform (a form's "OS:" line stays).
  if (
    ['open-case', 'add-to-case', 'case-status', 'my-cases', 'close-case'].includes(main) &&
    slots.os?.source === 'text'
  )
    delete slots.os;
  if (main === 'cancel' || main === 'help' || main === 'not-understood' || main === 'pin') {
    for (const name of ['circumstances', 'businessImpact', 'severity', 'system', 'version', 'product'] as const) {
      if (slots[name]?.source !== 'label') delete slots[name];
    }
  }
  return deeds;
}

/** Two spans share at least one character. */
export const overlaps = (a: readonly [number, number], b: readonly [number, number] | undefined) =>
  b !== undefined && a[0] < b[1] && b[0] < a[1];
