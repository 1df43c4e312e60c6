/**
 * The conversation half of the understanding evaluation (issue 21): each corpus conversation replayed on
 * the demo directory; the cases, the replies and the questions asked compared with its expected outcome.
 * "Asked" is what the bot's replies say they ask (`asks` in the replay transcript); a slot asked twice
 * counts as a failure unless the second asking is marked as a re-ask after an answer that was not plausible.
 */
import { DEFAULT_POLICY } from '../../../src/domain/policy/defaults.ts';
import type { MessageReader } from '../../../src/domain/understanding/port.ts';
import { runReplay } from '../../../src/services/replay/run-replay.ts';
import { ReplayScriptSchema } from '../../../src/services/replay/script.ts';

export interface LabelledConversation {
  id: string;
  about: string;
  script: unknown;
  expect: {
    cases?: Array<Record<string, unknown>>;
    neverAsked?: string[];
    replies?: Array<{ afterStep: number; to: string; contains?: string[]; notContains?: string[] }>;
    staffNotified?: boolean;
    licenseRequests?: Array<Record<string, unknown>>;
    approvals?: Array<Record<string, unknown>>;
  };
}

type Result = Awaited<ReturnType<typeof runReplay>>;

const lower = (v: unknown) => String(v ?? '').toLowerCase();

function compareRecords(
  kind: string,
  actual: Array<Record<string, unknown>>,
  expected: Array<Record<string, unknown>>,
): string[] {
  const why: string[] = [];
  if (actual.length !== expected.length) why.push(`${expected.length} ${kind} expected, ${actual.length} made`);
  expected.forEach((want, i) => {
    const got = actual[i];
    if (!got) return;
    for (const [key, value] of Object.entries(want)) {
      const contains = /^(\w+)Contains$/.exec(key);
      if (contains) {
        if (!lower(got[contains[1]!]).includes(lower(value)))
          why.push(`${kind}[${i}].${contains[1]} ${JSON.stringify(got[contains[1]!])} lacks "${value}"`);
      } else if (JSON.stringify(got[key] ?? null) !== JSON.stringify(value)) {
        why.push(`${kind}[${i}].${key} ${JSON.stringify(got[key] ?? null)} ≠ ${JSON.stringify(value)}`);
      }
    }
  });
  return why;
}

/** Transcript entries answering each step: from the step's inbound entry to the next inbound one. */
function repliesAfter(result: Result, steps: unknown[], stepIndex: number, to: string): string[] {
  const inboundSteps = steps
    .map((s) => s as Record<string, unknown>)
    .map((s) => 'message' in s || 'pin' in s || 'staff' in s);
  const ordinal = inboundSteps.slice(0, stepIndex + 1).filter(Boolean).length;
  const entries = result.transcript;
  let seen = 0;
  const out: string[] = [];
  for (const e of entries) {
    if (e.direction === 'in') {
      seen++;
      if (seen > ordinal) break;
      continue;
    }
    if (seen === ordinal && e.to === to) out.push(e.text);
  }
  return out;
}

export async function evaluateConversation(
  conversation: LabelledConversation,
  image: Buffer,
  reader?: MessageReader,
): Promise<string[]> {
  const script = ReplayScriptSchema.parse(conversation.script);
  const result = await runReplay(script, {
    policy: DEFAULT_POLICY,
    loadDirectory: async () => {},
    image,
    ...(reader ? { reader } : {}),
  });
  const why: string[] = [];
  const e = conversation.expect;
  if (e.cases) why.push(...compareRecords('case', result.cases as unknown as Array<Record<string, unknown>>, e.cases));
  if (e.licenseRequests)
    why.push(
      ...compareRecords(
        'license request',
        result.licenseRequests as unknown as Array<Record<string, unknown>>,
        e.licenseRequests,
      ),
    );
  if (e.approvals)
    why.push(...compareRecords('approval', result.approvals as unknown as Array<Record<string, unknown>>, e.approvals));
  const asked = new Map<string, number>();
  let currentCase: string | undefined;
  // A slot of `neverAsked` asked for a request the contact then cancelled was not given to that request:
  // the slots "given" are those of the request the conversation goes on with.
  let givenAskedBeforeCancel: string[] = [];
  for (const entry of result.transcript) {
    if (entry.direction !== 'out') continue;
    // Questions are counted per case: a second case asks its own, and so does a request after "cancel".
    if (entry.case && currentCase && entry.case !== currentCase) asked.clear();
    if (/^Cancelled\./.test(entry.text)) {
      asked.clear();
      givenAskedBeforeCancel = [];
    }
    if (entry.case) currentCase = entry.case;
    for (const slot of entry.asks ?? []) {
      if (e.neverAsked?.includes(slot))
        givenAskedBeforeCancel.push(`asked for ${slot}, which was given: "${entry.text.slice(0, 80)}"`);
      const times = (asked.get(slot) ?? 0) + 1;
      asked.set(slot, times);
      if (times > 1 && !(entry.reasked ?? []).includes(slot)) why.push(`asked for ${slot} twice`);
    }
  }
  why.push(...givenAskedBeforeCancel);
  for (const check of e.replies ?? []) {
    const texts = repliesAfter(result, script.steps, check.afterStep, check.to);
    const all = texts.join('\n').toLowerCase();
    for (const phrase of check.contains ?? [])
      if (!all.includes(phrase.toLowerCase()))
        why.push(`after step ${check.afterStep}, no reply to ${check.to} says "${phrase}"`);
    for (const phrase of check.notContains ?? [])
      if (all.includes(phrase.toLowerCase()))
        why.push(`after step ${check.afterStep}, a reply to ${check.to} says "${phrase}"`);
  }
  if (e.staffNotified !== undefined) {
    const staffAddresses = new Set([
      'care@vendor.example',
      'care.apac@vendor.example',
      'manager@vendor.example',
      'licensing@vendor.example',
      'admin@vendor.example',
    ]);
    const notified = result.transcript.some((t) => t.direction === 'out' && staffAddresses.has(t.to ?? ''));
    if (notified !== e.staffNotified) why.push(e.staffNotified ? 'staff were not notified' : 'staff were notified');
  }
  return why;
}
