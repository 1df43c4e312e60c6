/**
 * `directory import`: validate every file completely, then write everything in one transaction,
 * or nothing at all when any problem was found. Idempotent: the same files twice change nothing.
 */
import { checkDirectory } from '../domain/directory/check-directory.ts';
import { designatedCoverageWarnings } from '../domain/directory/designated-coverage.ts';
import {
  type LocatedDirectory,
  mergeLocatedDirectories,
  parseDirectorySource,
} from '../domain/directory/parse-source.ts';
import { countChanges, type ImportCounts, planImport } from '../domain/directory/plan-import.ts';
import { type DirectoryProblem, sortProblems } from '../domain/directory/problems.ts';
import type { DirectoryFile } from '../domain/directory/row-schemas.ts';
import { pairKey } from '../domain/directory/state.ts';
import type { PinPolicy } from '../domain/policy/schema.ts';
import type { Db } from '../store/database.ts';
import { readDirectoryState } from '../store/directory-snapshot.ts';
import { applyImportPlan } from '../store/directory-writer.ts';
import { touchPendingApprovalCards } from '../store/slack-card-store.ts';
import { resolvePinHashes } from './resolve-pin-hashes.ts';

export interface ImportSource {
  /** Shown in problems and in the audit entry, e.g. the path given on the command line. */
  name: string;
  text: string;
}

export interface ImportProgress {
  done: number;
  total: number;
}

export interface ImportDirectoryInput {
  sources: ImportSource[];
  pinPolicy: PinPolicy;
  actor: string;
  now?: Date;
  onProgress?: (progress: ImportProgress) => void;
}

export type ImportDirectoryResult =
  /** warnings: advice that does not stop the import (e.g. fewer than two designated contacts on a pair). */
  { ok: true; rows: number; counts: ImportCounts; warnings: string[] } | { ok: false; problems: DirectoryProblem[] };

function rowsOf(directory: LocatedDirectory): DirectoryFile {
  return {
    companies: directory.companies.map((r) => r.row),
    contracts: directory.contracts.map((r) => r.row),
    pairs: directory.pairs.map((r) => r.row),
    contacts: directory.contacts.map((r) => r.row),
    staff: directory.staff.map((r) => r.row),
  };
}

export async function importDirectory(db: Db, input: ImportDirectoryInput): Promise<ImportDirectoryResult> {
  const parts: LocatedDirectory[] = [];
  const problems: DirectoryProblem[] = [];
  let rows = 0;
  for (const source of input.sources) {
    const parsed = parseDirectorySource(source.name, source.text);
    if (parsed.ok) {
      parts.push(parsed.directory);
      rows += parsed.rows;
    } else problems.push(...parsed.problems);
  }
  // Cross-references are only meaningful once every file parsed: report shape problems first.
  if (problems.length > 0) return { ok: false, problems: sortProblems(problems) };

  const located = mergeLocatedDirectories(parts);
  const existing = await readDirectoryState(db);
  const checked = checkDirectory(located, existing, input.pinPolicy);
  if (checked.length > 0) return { ok: false, problems: sortProblems(checked) };

  const file = rowsOf(located);
  let done = rows - file.contacts.length;
  input.onProgress?.({ done, total: rows });
  const stored = new Map(existing.contacts.map((c) => [c.email, c.pinHash]));
  const pinHashes = await resolvePinHashes(file.contacts, stored, () =>
    input.onProgress?.({ done: ++done, total: rows }),
  );

  const plan = planImport(file, existing, pinHashes);
  const counts = countChanges(plan);
  const names = input.sources.map((s) => s.name);
  await applyImportPlan(db, plan, {
    at: input.now ?? new Date(),
    actor: input.actor,
    action: 'directory.import',
    subject: names.join(', '),
    details: { files: names, rows, counts },
  });
  // A contract or a grant this import changed may leave a pending approval impossible to issue.
  await touchPendingApprovalCards(db);
  return { ok: true, rows, counts, warnings: await coverageWarnings(db, file) };
}

/** Only about the pairs this import touched: a staff-only file should not warn about accounts. */
async function coverageWarnings(db: Db, file: DirectoryFile): Promise<string[]> {
  const touched = new Set([...file.pairs.map(pairKey), ...file.contacts.flatMap((c) => c.access.map(pairKey))]);
  const state = await readDirectoryState(db);
  return designatedCoverageWarnings({
    contacts: state.contacts,
    pairs: state.pairs.filter((p) => touched.has(pairKey(p))),
  });
}
