/**
 * A message the bot cannot act on (issue 21 §6): it asks what was meant, adds nothing to any case and
 * notifies nobody. A plain "thanks" or "ok" is acknowledged, not answered with a list of abilities.
 */
import type { Turn } from '../turn.ts';

const ACKNOWLEDGEMENT =
  /^(?:ok(?:ay)?|k|thanks?(?:\s+(?:a\s+lot|again|you))?|thank\s+you(?:\s+(?:very\s+much|so\s+much))?|thx|ty|cheers|great|perfect|noted|got\s+it|understood|all\s+good|cool|fine|good)[\s.!,:)]*$/i;

export async function notUnderstood(turn: Turn, text: string): Promise<void> {
  turn.decision = 'not-understood';
  if (ACKNOWLEDGEMENT.test(text.trim())) {
    await turn.reply('acknowledged');
    return;
  }
  const caseRow = turn.caseRow;
  if (caseRow && caseRow.state !== 'collecting') {
    await turn.reply('not-understood-in-case', { number: caseRow.number });
    return;
  }
  await turn.reply('not-understood');
}
