/**
 * A message the bot cannot act on (issue 21 §6): it asks what was meant, adds nothing to any case and
 * notifies nobody. A plain "thanks", "ok" or "thx, we'll wait for your analysis" is acknowledged politely,
 * not answered with "I did not understand" nor with a list of abilities.
 */
import { isAcknowledgement } from '../../../domain/understanding/acknowledgement.ts';
import { addCaseEvent } from '../../../store/case-store.ts';
import type { Turn } from '../turn.ts';

export async function notUnderstood(turn: Turn, text: string): Promise<void> {
  turn.decision = 'not-understood';
  const caseRow = turn.caseRow;
  const inCase = caseRow !== undefined && caseRow !== null && caseRow.state !== 'collecting';
  if (isAcknowledgement(text)) {
    turn.decision = 'acknowledged';
    if (!inCase) return await turn.reply('acknowledged-no-case');
    // Kept in the case's history, answered, and no analyst is disturbed by it.
    await addCaseEvent(turn.ctx.db, {
      caseId: caseRow.id,
      at: turn.nowIso,
      kind: 'message-in',
      actor: turn.actor,
      text,
    });
    return await turn.reply('acknowledged', { number: caseRow.number });
  }
  if (inCase) {
    await turn.reply('not-understood-in-case', { number: caseRow.number });
    return;
  }
  await turn.reply('not-understood');
}
