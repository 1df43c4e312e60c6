/**
 * Software downloads and release types (DOMAIN.md §5, seed 000). Downloads are self-service on the
 * portal for Designated Contacts with read-write access on an active contract covering the product.
 */
import { findCoveringContract } from '../../../domain/access.ts';
import type { Reading } from '../../../domain/understanding/reading.ts';
import { contractsOf } from '../../../store/directory-reader.ts';
import type { Turn } from '../turn.ts';
import { pickPair } from './choose-pair.ts';
import { refuseLapsedContract } from './draft-case.ts';

export async function answerDownload(turn: Turn, text: string, u: Reading): Promise<void> {
  const pair = await pickPair(turn, 'download', { intent: 'download', text });
  if (!pair) return;
  if (await refuseLapsedContract(turn, pair)) return;
  const product = u.slots.product?.value;
  const today = turn.nowIso.slice(0, 10);
  const contracts = await contractsOf(turn.ctx.db, pair.soldTo);
  const values = { portal: turn.ctx.policy.supportPortalName, endUser: pair.endUserName, soldTo: pair.soldToName };
  if (product) {
    const coverage = findCoveringContract(contracts, product, u.slots.version?.value, today);
    if (!coverage.covered) {
      turn.decision = 'download-not-covered';
      await turn.reply('download-not-listed', { ...values, product });
      return;
    }
  } else if (!contracts.some((c) => c.status === 'active' || c.pilot)) {
    turn.decision = 'download-not-covered';
    await turn.reply('download-not-listed', { ...values, product: 'your products' });
    return;
  }
  turn.decision = 'download-steps';
  await turn.audit('download.steps-given', `${pair.soldTo}/${pair.endUser}`, { product: product ?? null });
  await turn.reply('download-steps', { ...values, product: product ?? 'the product' });
}
