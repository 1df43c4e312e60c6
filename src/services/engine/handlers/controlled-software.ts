/**
 * Ordering controlled software (DOMAIN.md §5, seed 000): it cannot be downloaded; the bot collects
 * what the case description needs and opens a Support case for a product specialist.
 */
import { findCoveringContract } from '../../../domain/access.ts';
import { extractEntities } from '../../../domain/conversation/entities.ts';
import { contractsOf, knownProductNames, type PairGrant } from '../../../store/directory-reader.ts';
import { actingGrant } from '../case-access.ts';
import { type Dialogue, IDLE } from '../dialogue.ts';
import type { Turn } from '../turn.ts';
import { openCaseRecord } from './case-factory.ts';
import { pickPair } from './choose-pair.ts';
import { explainNoCoverage } from './coverage.ts';

type ControlledDialogue = Extract<Dialogue, { kind: 'controlled-software' }>;

/** Asked in this order; ship-to only for courier delivery, language is optional ("none"). */
const FIELDS = ['product', 'release', 'os', 'language', 'delivery', 'shipTo', 'reason'] as const;

function nextField(details: Record<string, string>): (typeof FIELDS)[number] | undefined {
  return FIELDS.find((f) => !details[f] && !(f === 'shipTo' && details['delivery'] !== 'courier'));
}

export function startControlledSoftware(turn: Turn, text: string): void {
  const pair = pickPair(turn, 'open-case', { intent: 'controlled-software', text });
  if (!pair) return;
  const details: Record<string, string> = {};
  fill(turn, details, text);
  advance(turn, { kind: 'controlled-software', pairId: pair.pairId, details }, pair);
}

export function continueControlledSoftware(turn: Turn, dialogue: ControlledDialogue, text: string): void {
  const pair = actingGrant(turn, dialogue.pairId);
  if (!pair) {
    turn.setDialogue(IDLE);
    turn.reply('no-access');
    return;
  }
  const details = { ...dialogue.details };
  if (dialogue.asked) answer(details, dialogue.asked, text, turn);
  fill(turn, details, text);
  advance(turn, { ...dialogue, details, asked: undefined }, pair);
}

function answer(details: Record<string, string>, field: string, text: string, turn: Turn): void {
  const value = text.trim();
  if (field === 'product') {
    const product = extractEntities(value, knownProductNames(turn.ctx.db)).products[0];
    if (product) details['product'] = product;
    return;
  }
  if (field === 'delivery') {
    if (/courier/i.test(value)) details['delivery'] = 'courier';
    else if (/ftp/i.test(value)) details['delivery'] = 'ftp';
    return;
  }
  if (value.length >= 2) details[field] = value;
}

function fill(turn: Turn, details: Record<string, string>, text: string): void {
  const entities = extractEntities(text, knownProductNames(turn.ctx.db));
  if (!details['product'] && entities.products[0]) details['product'] = entities.products[0];
  if (!details['delivery'] && /\bcourier\b/i.test(text)) details['delivery'] = 'courier';
  if (!details['delivery'] && /\bftp\b/i.test(text)) details['delivery'] = 'ftp';
}

function advance(turn: Turn, dialogue: ControlledDialogue, pair: PairGrant): void {
  const field = nextField(dialogue.details);
  if (field) {
    turn.setDialogue({ ...dialogue, asked: field });
    turn.decision = 'controlled-software-collecting';
    turn.reply(`controlled-ask-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`);
    return;
  }
  turn.setDialogue(IDLE);
  const d = dialogue.details;
  const coverage = findCoveringContract(
    contractsOf(turn.ctx.db, pair.soldTo),
    d['product']!,
    undefined,
    turn.nowIso.slice(0, 10),
  );
  if (!coverage.covered) return explainNoCoverage(turn, coverage.reason, d['product']!, pair);
  const description = [
    'Controlled software order',
    `Release: ${d['release']}`,
    `Operating system: ${d['os']}`,
    `Language: ${d['language']}`,
    `Delivery: ${d['delivery']}`,
    ...(d['delivery'] === 'courier' ? [`Ship to: ${d['shipTo']}`] : []),
    `Reason: ${d['reason']}`,
  ].join('\n');
  const caseRow = openCaseRecord(turn, {
    type: 'support',
    pair,
    contract: coverage.contract,
    draft: { description, product: d['product']! },
    state: 'open',
  });
  turn.decision = 'controlled-software-case';
  turn.reply('controlled-case-opened', { number: caseRow.number });
  turn.notifyStaff('analyst', 'staff-controlled-order', { number: caseRow.number, description }, caseRow.region);
}
