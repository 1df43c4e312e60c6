/**
 * Counts a mail the engine never saw (noise, a bounce, a duplicate, one quarantined before it could be
 * read) once its record commits; mail the engine decides is counted by the engine itself.
 */
import type { EngineContext } from '../../services/engine/index.ts';
import { afterCommit } from '../../store/transaction.ts';

export function countMailIn(ctx: EngineContext, decision: string, duplicate = false): void {
  afterCommit(ctx.db, () => ctx.instruments.messageIn('email', duplicate ? 'duplicate' : decision));
}
