/**
 * Software downloads and release types (DOMAIN.md §5, seed 000). Downloads are self-service on the
 * portal for Designated Contacts with read-write access on an active contract covering the product.
 */
import { findCoveringContract } from '../../../domain/access.ts';
import type { Understanding } from '../../../domain/conversation/intents.ts';
import { classifyRelease } from '../../../domain/release-type.ts';
import { contractsOf } from '../../../store/directory-reader.ts';
import type { Turn } from '../turn.ts';
import { pickPair } from './choose-pair.ts';

export function answerDownload(turn: Turn, text: string, u: Understanding): void {
  const pair = pickPair(turn, 'download', { intent: 'download', text });
  if (!pair) return;
  const product = u.entities.products[0];
  const today = turn.nowIso.slice(0, 10);
  const contracts = contractsOf(turn.ctx.db, pair.soldTo);
  const values = { portal: turn.ctx.policy.supportPortalName, endUser: pair.endUserName, soldTo: pair.soldToName };
  if (product) {
    const coverage = findCoveringContract(contracts, product, u.entities.versions[0], today);
    if (!coverage.covered) {
      turn.decision = 'download-not-covered';
      turn.reply('download-not-listed', { ...values, product });
      return;
    }
  } else if (!contracts.some((c) => c.status === 'active' || c.pilot)) {
    turn.decision = 'download-not-covered';
    turn.reply('download-not-listed', { ...values, product: 'your products' });
    return;
  }
  turn.decision = 'download-steps';
  turn.audit('download.steps-given', `${pair.soldTo}/${pair.endUser}`, { product: product ?? null });
  turn.reply('download-steps', { ...values, product: product ?? 'the product' });
}

/** "Is 8.5.1 → 9.0 a major upgrade?" — the release-type rule of seed 000. */
export function answerReleaseType(turn: Turn, text: string): void {
  const versions = [...text.matchAll(/\bv?(\d+(?:\.\d+)+|\d+)\b/g)].map((m) => m[1]!);
  turn.decision = 'release-type';
  if (versions.length < 2) {
    turn.reply('release-type-ask');
    return;
  }
  const result = classifyRelease(versions[0]!, versions[1]!);
  if (!result.ok) {
    turn.reply('release-type-ask');
    return;
  }
  turn.reply('release-type-answer', { from: result.from, to: result.to, type: result.type, reason: result.reason });
}
