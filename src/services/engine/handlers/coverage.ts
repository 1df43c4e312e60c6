/** "No active contract covering the product" → an explanation and no case (DOMAIN.md §1, §5). */
import type { CoverageDecision } from '../../../domain/access.ts';
import type { PairGrant } from '../../../store/directory-reader.ts';
import type { Turn } from '../turn.ts';

export async function explainNoCoverage(
  turn: Turn,
  reason: Extract<CoverageDecision, { covered: false }>['reason'],
  product: string,
  pair: PairGrant,
): Promise<void> {
  turn.decision = 'no-coverage';
  await turn.audit('case.refused', turn.actor, { reason, product, soldTo: pair.soldTo, endUser: pair.endUser });
  await turn.reply(`no-coverage-${reason}`, { product, account: pair.soldToName });
}
