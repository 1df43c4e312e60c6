/**
 * Ordering controlled software (DOMAIN.md §5, seed 000): it cannot be downloaded; the bot collects what
 * the case description needs and opens a Support case for a product specialist. Everything the order
 * already says is taken (issue 21 §1); what is missing is asked in one message; an answer that does not
 * fit the question ("please set the severity to high" for the OS) is not taken and the question asked
 * again (issue 21 §2).
 */
import { findCoveringContract } from '../../../domain/access.ts';
import { mainIntent, type Reading, type Slots } from '../../../domain/understanding/reading.ts';
import { contractsOf, type PairGrant } from '../../../store/directory-reader.ts';
import { actingGrant } from '../case-access.ts';
import { askedList, type Dialogue, IDLE } from '../dialogue.ts';
import { readMessage } from '../read-message.ts';
import type { Turn } from '../turn.ts';
import { openCaseRecord } from './case-factory.ts';
import { pickPair, presetPair } from './choose-pair.ts';
import { explainNoCoverage } from './coverage.ts';
import { refuseLapsedContract } from './draft-case.ts';
import { handleAside } from './open-case-asides.ts';

type ControlledDialogue = Extract<Dialogue, { kind: 'controlled-software' }>;

/** Asked in this order; ship-to only for courier delivery; language "none" when not localized. */
const FIELDS = ['product', 'release', 'os', 'language', 'delivery', 'shipTo', 'reason'] as const;
type Field = (typeof FIELDS)[number];

const SLOT: Record<Field, keyof Slots> = {
  product: 'product',
  release: 'release',
  os: 'os',
  language: 'language',
  delivery: 'deliveryMethod',
  shipTo: 'shipTo',
  reason: 'reason',
};

/**
 * What the order still needs. The language is needed only if the release must be localized (DOMAIN.md §5,
 * seed 000: "language if a localized version is required"): it is offered, never required — an order that
 * says nothing of it is not localized.
 */
function missing(details: Record<string, string>): Field[] {
  return FIELDS.filter(
    (f) => f !== 'language' && !details[f] && !(f === 'shipTo' && details['delivery'] !== 'courier'),
  );
}

export async function startControlledSoftware(turn: Turn, text: string, reading?: Reading): Promise<void> {
  const pair = await pickPair(turn, 'open-case', { intent: 'controlled-software', text });
  if (!pair) return;
  if (await refuseLapsedContract(turn, pair)) return;
  const r = reading ?? (await readMessage(turn, text));
  const details = fill({}, r);
  await advance(turn, { kind: 'controlled-software', pairId: pair.pairId, details, askedBefore: [] }, pair, []);
}

export async function continueControlledSoftware(
  turn: Turn,
  dialogue: ControlledDialogue,
  text: string,
  reading: Reading,
): Promise<void> {
  const pair = actingGrant(turn, dialogue.pairId);
  if (!pair) {
    turn.setDialogue(IDLE);
    await turn.reply('no-access');
    return;
  }
  const asked = askedList(dialogue.asked) as Field[];
  // A later word on the platform, the language, the delivery or the address replaces the earlier one
  // ("actually scrap the courier — FTP"): the contact changed their mind.
  const details = fill({ ...dialogue.details }, reading, CHANGEABLE);
  // "none" answers the language question ("no localization needed"); "no idea" does not.
  if (
    asked.includes('language') &&
    !details['language'] &&
    /\b(?:no(?!\s+(?:idea|clue))|none|not\s+needed|english)\b/i.test(text)
  )
    details['language'] = 'none';
  const changed = FIELDS.some((f) => details[f] !== dialogue.details[f]);
  // The answer to "why do you need this release?" is the reason, however it is put, when it answers
  // nothing else and asks nothing ("they're rebuilding their DR site to match prod").
  if (asked.includes('reason') && !details['reason'] && !changed) {
    const told = toldReason(text, reading);
    if (told) details['reason'] = told;
  }
  // Asked again only when the message answered none of the questions (issue 21 §2).
  const answeredSome = asked.some((f) => details[f] && details[f] !== dialogue.details[f]);
  const unanswered = answeredSome ? [] : asked.filter((f) => !details[f]);
  await advance(turn, { ...dialogue, details, asked: undefined }, pair, unanswered);
}

/** Fields a contact may change midway: the last word on them is the order's. */
const CHANGEABLE: readonly Field[] = ['os', 'language', 'delivery', 'shipTo'];

/**
 * A request in passing while the order waits for answers ("Please raise case N to High", "is download
 * possible or only discs?"): handled for the order's account, and the order's questions stand. Asking how
 * the release ordered may be had — a download, the delivery options — is answered with how a controlled
 * release is delivered, and the questions follow.
 */
export async function asideInOrder(
  turn: Turn,
  dialogue: ControlledDialogue,
  text: string,
  reading: Reading,
): Promise<void> {
  presetPair(turn, dialogue.pairId);
  const product = reading.slots.product?.value;
  const aboutTheOrder = !product || product === dialogue.details['product'];
  const main = mainIntent(reading);
  if (aboutTheOrder && (main === 'download' || (main === 'question' && !reading.slots.questions))) {
    const pair = actingGrant(turn, dialogue.pairId);
    if (!pair) return await handleAside(turn, text, reading);
    const preface = `${turn.ctx.templates.render('controlled-delivery-options')}\n\n`;
    return await advance(turn, { ...dialogue, asked: undefined }, pair, [], preface);
  }
  await handleAside(turn, text, reading);
}

/** Takes every field the message carries; what was given is kept, unless it is one the message may change. */
function fill(
  details: Record<string, string>,
  reading: Reading,
  changeable: readonly Field[] = [],
): Record<string, string> {
  for (const field of FIELDS) {
    const value = reading.slots[SLOT[field]]?.value;
    const taken = !details[field] || changeable.includes(field);
    if (taken && typeof value === 'string' && value.trim()) details[field] = value.trim();
  }
  if (!details['product'] && reading.products[0] && reading.products[0].confidence >= 0.8)
    details['product'] = reading.products[0].name;
  // "Product: WDE 8.5" beside "Release: WDE 8.5.118.04 CD": the version the contact gives is the case's.
  const version = reading.slots.version?.value;
  if (!details['version'] && version && reading.slots.product) details['version'] = version;
  return details;
}

async function advance(
  turn: Turn,
  dialogue: ControlledDialogue,
  pair: PairGrant,
  unanswered: readonly Field[],
  answered = '',
): Promise<void> {
  const fields = missing(dialogue.details);
  const askedBefore = dialogue.askedBefore ?? [];
  if (fields.length > 0) {
    // Asked again: still missing after being asked (said so, with the reason, when nothing was answered).
    const again = fields.filter((f) => askedBefore.includes(f));
    const nothingTaken = unanswered.length > 0;
    // The language is offered once, beside the first questions, and read if it comes in any later answer.
    const offerLanguage = !dialogue.details['language'] && !askedBefore.includes('language');
    const lines = [...fields, ...(offerLanguage ? (['language'] as const) : [])].map(
      (f) => `• ${turn.ctx.templates.render(`controlled-ask-${f.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`)}`,
    );
    const listening: Field[] = dialogue.details['language'] ? fields : [...fields, 'language'];
    const offered = offerLanguage ? ['language' as const] : [];
    turn.setDialogue({
      ...dialogue,
      asked: listening,
      askedBefore: [...new Set([...askedBefore, ...fields, ...offered])],
    });
    turn.decision = 'controlled-software-collecting';
    await turn.reply(
      'controlled-ask',
      {
        questions: lines.join('\n'),
        preface: `${answered}${nothingTaken ? 'I could not take your last message as an answer to those questions.\n' : ''}`,
      },
      [],
      { asks: fields.map((f) => SLOT[f]), reasked: again.map((f) => SLOT[f]) },
    );
    return;
  }
  turn.setDialogue(IDLE);
  const d: Record<string, string> = { language: 'none', ...dialogue.details };
  const coverage = findCoveringContract(
    await contractsOf(turn.ctx.db, pair.soldTo),
    d['product']!,
    undefined,
    turn.nowIso.slice(0, 10),
  );
  if (!coverage.covered) return await explainNoCoverage(turn, coverage.reason, d['product']!, pair);
  const description = [
    'Controlled software order',
    `Release: ${d['release']}`,
    `Operating system: ${d['os']}`,
    `Language: ${d['language']}`,
    `Delivery: ${d['delivery']}`,
    ...(d['delivery'] === 'courier' ? [`Ship to: ${d['shipTo']}`] : []),
    `Reason: ${d['reason']}`,
  ].join('\n');
  const caseRow = await openCaseRecord(turn, {
    type: 'support',
    pair,
    contract: coverage.contract,
    // The version the contact gave, or the one the release ordered names ("SIP Server 8.5.104.12").
    draft: {
      description,
      product: d['product']!,
      ...(d['version'] ? { version: d['version'] } : releaseVersion(d['release'])),
    },
    state: 'open',
  });
  turn.decision = 'controlled-software-case';
  await turn.reply('controlled-case-opened', { number: caseRow.number });
  await turn.notifyStaff('analyst', 'staff-controlled-order', { number: caseRow.number, description }, caseRow.region);
}

/** Readings that tell nothing else: an answer, or words no rule read. */
const ONLY_TOLD: ReadonlySet<string> = new Set(['answer', 'not-understood']);

/**
 * The reason told in reply, as written: the message without the history it quotes and its sign-off. Not a
 * question, not a refusal, not a word or two ("ok", "no idea").
 */
function toldReason(text: string, reading: Reading): string | undefined {
  if (!reading.intents.every((i) => ONLY_TOLD.has(i.intent))) return undefined;
  const own = text
    .split('\n')
    .filter((l) => !/^\s*>/.test(l))
    .join('\n')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.split(' ').length >= 4 && !/^(?:hi|hello|dear|thanks?|regards|best|cheers)\b/i.test(p));
  const reason = own[0];
  if (!reason || /\?\s*$/.test(reason) || /^(?:no|none|n\/a|dunno|no\s+idea|not\s+sure)\b/i.test(reason))
    return undefined;
  return reason.length > 300 ? `${reason.slice(0, 297)}…` : reason;
}

function releaseVersion(release: string | undefined): { version?: string } {
  const version = release ? /(?<![\d.])\d{1,3}(?:\.\d{1,4}){1,3}(?![\d.])/.exec(release)?.[0] : undefined;
  return version ? { version } : {};
}
