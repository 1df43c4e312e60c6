/**
 * A change of mind about an open case (issue 21 §10): "sorry, it is production, not test", "it is High
 * now". The system is corrected on the case and the analyst told; a new severity goes through the
 * severity change (targets restart, the analyst keeps the final say). A passing mention ("go-live is next
 * week") changes nothing: only what mergeIntoDraft takes as a correction.
 */
import { mergeIntoDraft } from '../../../domain/cases/merge-draft.ts';
import type { CaseDraft } from '../../../domain/cases/required-info.ts';
import type { Reading } from '../../../domain/understanding/reading.ts';
import { type CaseRow, updateCase } from '../../../store/case-store.ts';
import type { Turn } from '../turn.ts';
import { requestSeverityChange } from './severity-change.ts';

/** True when the message corrected the case's system or severity (the replies are sent). */
export async function applyCorrections(turn: Turn, caseRow: CaseRow, text: string, reading: Reading): Promise<boolean> {
  const current: CaseDraft = {
    ...(caseRow.system ? { system: caseRow.system as 'production' } : {}),
    ...(caseRow.severity ? { severity: caseRow.severity as CaseDraft['severity'] & string } : {}),
  };
  const { draft, changed } = mergeIntoDraft(current, reading, text);
  const systemChanged = changed.includes('system') && caseRow.system !== null && draft.system !== caseRow.system;
  const severityChanged =
    changed.includes('severity') && caseRow.severity !== null && draft.severity !== caseRow.severity;
  let row = caseRow;
  if (systemChanged && draft.system) {
    // First, so a critical level asked in the same message meets the right system (DOMAIN.md §2).
    row = await updateCase(turn.ctx.db, caseRow.id, { system: draft.system, updatedAt: turn.nowIso });
    await turn.recordMessageIn(row.id, text, { corrected: ['system'] });
    turn.attachCase(row);
    const system = draft.system === 'test' ? 'test/lab' : 'production';
    await turn.reply('case-system-corrected', { number: row.number, system });
    await turn.notifyStaff(
      'analyst',
      'staff-case-updated',
      { number: row.number, contact: turn.identity.contact?.name ?? '', text: `system corrected: ${system}` },
      row.region,
    );
  }
  if (severityChanged) {
    turn.attachCase(row);
    await requestSeverityChange(turn, text, reading);
  }
  return systemChanged || severityChanged;
}

/** Details a case still lacks, taken from a later message in its thread ("version is 8.5.011.14"). */
const FILLABLE = ['version', 'system', 'businessImpact'] as const;
const LABEL: Record<(typeof FILLABLE)[number], string> = {
  version: 'version',
  system: 'system',
  businessImpact: 'business impact',
};

/** Fills what the case lacks from what the message says; the summary of what was added, or ''. */
export async function fillMissingDetails(
  turn: Turn,
  caseRow: CaseRow,
  text: string,
  reading: Reading,
): Promise<string> {
  // Another product named is another matter, not this case's version.
  const product = reading.slots.product?.value;
  if (product && caseRow.product && product !== caseRow.product) return '';
  const empty: CaseDraft = {};
  const { draft } = mergeIntoDraft(empty, reading, text);
  const values: Partial<Record<(typeof FILLABLE)[number], string>> = {};
  for (const field of FILLABLE) {
    const value = draft[field];
    // A system only when said plainly, not guessed from "go-live next week".
    if (field === 'system' && (reading.slots.system?.confidence ?? 0) < 0.8) continue;
    if (value && !caseRow[field]) values[field] = value;
  }
  const fields = Object.keys(values) as Array<(typeof FILLABLE)[number]>;
  if (fields.length === 0) return '';
  const updated = await updateCase(turn.ctx.db, caseRow.id, { ...values, updatedAt: turn.nowIso });
  turn.attachCase(updated);
  return fields.map((f) => `${LABEL[f]}: ${values[f]}`).join('; ');
}
