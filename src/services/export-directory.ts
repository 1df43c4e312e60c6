/**
 * `directory export`: the stored directory in exactly the import form (docs/directory.md), without
 * PINs; or a short summary for people.
 */
import { type ImportForm, toImportForm } from '../domain/directory/export-form.ts';
import type { Db } from '../store/database.ts';
import { readDirectoryState } from '../store/directory-snapshot.ts';

export async function exportDirectory(db: Db): Promise<ImportForm> {
  return toImportForm(await readDirectoryState(db));
}

export interface DirectorySummary {
  companies: number;
  contracts: { total: number; byStatus: Record<string, number> };
  pairs: { total: number; direct: number; indirect: number };
  contacts: { total: number; designated: number; withPin: number };
  staff: { total: number; byRole: Record<string, number> };
}

function tally(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

export async function summarizeDirectory(db: Db): Promise<DirectorySummary> {
  const state = await readDirectoryState(db);
  return {
    companies: state.companies.length,
    contracts: { total: state.contracts.length, byStatus: tally(state.contracts.map((c) => c.status)) },
    pairs: {
      total: state.pairs.length,
      direct: state.pairs.filter((p) => p.relation === 'direct').length,
      indirect: state.pairs.filter((p) => p.relation === 'indirect').length,
    },
    contacts: {
      total: state.contacts.length,
      designated: state.contacts.filter((c) => c.designated).length,
      withPin: state.contacts.filter((c) => c.pinHash !== null).length,
    },
    staff: { total: state.staff.length, byRole: tally(state.staff.flatMap((s) => s.roles)) },
  };
}
