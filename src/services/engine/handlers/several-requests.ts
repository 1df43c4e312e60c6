/**
 * One message, several requests about cases (issue 21 §6: never silence where an answer is due): "What is
 * the status of case N? Please raise it to critical and close case M." Each request is read from its own
 * part of the message and answered or acted on in turn, on the case that part names — or, for "it", on
 * the case named last before it.
 */

import { putsOffClose } from '../../../domain/understanding/negated-requests.ts';
import type { Intent, Reading } from '../../../domain/understanding/reading.ts';
import { requestParts } from '../../../domain/understanding/request-parts.ts';
import { readMessage } from '../read-message.ts';
import type { Turn } from '../turn.ts';

/** Requests about an existing case, each acted on by its own handler. */
const CASE_REQUESTS: ReadonlySet<Intent> = new Set([
  'case-status',
  'severity-change',
  'close-case',
  'management-attention',
]);

/**
 * What a part of such a message may ask besides: a policy question ("how long do you have to answer?"), the
 * list of one's cases, where to download — each answered in turn like the requests about cases.
 */
const ALSO_ANSWERED: ReadonlySet<Intent> = new Set([
  ...CASE_REQUESTS,
  'question',
  'release-type',
  'my-cases',
  'download',
]);

type RouteOne = (intent: Intent, text: string, reading: Reading) => Promise<void>;

/**
 * At most this many requests of one message are acted on, each answered; the writer is told to send the rest
 * again (red team round 14: 400 "status of case N?" in one Slack message were 400 replies in the thread, a
 * shared channel flooded by one message). More than any person asks at once.
 */
export const MAX_REQUESTS_PER_MESSAGE = 5;

/**
 * True when the message made two or more requests about cases (or one and a policy question) and each was
 * routed with its own part; false when it is one request, for the usual path.
 */
export async function routeEachRequest(turn: Turn, text: string, whole: Reading, route: RouteOne): Promise<boolean> {
  if (!whole.intents.some((i) => CASE_REQUESTS.has(i.intent) && i.confidence >= 0.7)) return false;
  const parts = requestParts(text);
  if (parts.length < 2) return false;
  const requests: { intent: Intent; part: string; reading: Reading }[] = [];
  let lastNamed: string[] | undefined;
  for (const part of parts) {
    const reading = await readMessage(turn, part);
    const intent = reading.intents[0]!.intent;
    const named = reading.slots.caseNumbers?.value;
    if (named) lastNamed = named;
    // "don't close it yet; what's the status?": the close put off is news for the analyst, added to the case.
    const putOff = intent === 'add-to-case' && putsOffClose(part);
    if (!ALSO_ANSWERED.has(intent) && !putOff) continue;
    // "raise it to critical": the case named last before it.
    const slots =
      !named && lastNamed && (CASE_REQUESTS.has(intent) || putOff)
        ? { ...reading.slots, caseNumbers: { value: lastNamed, confidence: 0.8, source: 'text' as const } }
        : reading.slots;
    requests.push({ intent, part, reading: { ...reading, slots } });
    // One past the bound tells that there are more; the rest of the message is not read.
    if (requests.length > MAX_REQUESTS_PER_MESSAGE) break;
  }
  const distinct = new Set(requests.map((r) => `${r.intent}|${r.reading.slots.caseNumbers?.value.join(',') ?? ''}`));
  if (requests.length < 2 || distinct.size < 2 || !requests.some((r) => CASE_REQUESTS.has(r.intent))) return false;
  for (const request of requests.slice(0, MAX_REQUESTS_PER_MESSAGE))
    await route(request.intent, request.part, request.reading);
  if (requests.length > MAX_REQUESTS_PER_MESSAGE)
    await turn.reply('several-requests-more', { max: MAX_REQUESTS_PER_MESSAGE });
  return true;
}
