/**
 * A message the bot cannot act on (issue 21 §6): it asks what was meant, adds nothing to any case and
 * notifies nobody. A plain "thanks", "ok" or "thx, we'll wait for your analysis" is acknowledged politely,
 * not answered with "I did not understand" nor with a list of abilities.
 */
import { singleLine } from '../../../domain/display-text.ts';
import { isAcknowledgement } from '../../../domain/understanding/acknowledgement.ts';
import type { Turn } from '../turn.ts';

export async function notUnderstood(turn: Turn, text: string): Promise<void> {
  turn.decision = 'not-understood';
  const caseRow = turn.caseRow;
  const inCase = caseRow !== undefined && caseRow !== null && caseRow.state !== 'collecting';
  if (isAcknowledgement(text)) {
    turn.decision = 'acknowledged';
    if (!inCase) return await turn.reply('acknowledged-no-case');
    // Kept in the case's history, answered, and no analyst is disturbed by it.
    await turn.recordMessageIn(caseRow.id, text);
    return await turn.reply('acknowledged', { number: caseRow.number });
  }
  // Only files, no words (a mail whose whole content is an attached .txt): say what was received.
  const files = text.trim() === '' ? attachedFiles(turn) : null;
  if (inCase) {
    if (files) return await turn.reply('not-understood-attachments-only-in-case', { files, number: caseRow.number });
    await turn.reply('not-understood-in-case', { number: caseRow.number });
    return;
  }
  if (files) return await turn.reply('not-understood-attachments-only', { files });
  await turn.reply('not-understood');
}

/** "the file “log.txt”" or "the files “a.txt” and “b.log”" (names on one line, no controls), or null. */
export function attachedFiles(turn: Turn): string | null {
  const names = turn.message.attachments.map((a) => `“${singleLine(a.filename).slice(0, 120)}”`);
  if (names.length === 0) return null;
  if (names.length === 1) return `the file ${names[0]}`;
  const shown = names.length > 5 ? [...names.slice(0, 4), `${names.length - 4} more`] : names;
  return `the files ${shown.slice(0, -1).join(', ')} and ${shown.at(-1)}`;
}
