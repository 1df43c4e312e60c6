/** "No active contract covering the product" → an explanation and no case (DOMAIN.md §1, §5). */
import type { CoverageDecision } from '../../../domain/access.ts';
import type { PairGrant } from '../../../store/directory-reader.ts';
import type { Turn } from '../turn.ts';

export function explainNoCoverage(
  turn: Turn,
  reason: Extract<CoverageDecision, { covered: false }>['reason'],
  product: string,
  pair: PairGrant,
): void {
  turn.decision = 'no-coverage';
  turn.audit('case.refused', turn.actor, { reason, product, soldTo: pair.soldTo, endUser: pair.endUser });
  turn.reply(`no-coverage-${reason}`, { product, account: pair.soldToName });
}
