/**
 * Where an import problem is: every problem names the file, line, row and field
 * (`directory.json:14: contacts[2].pin: a PIN has 6 to 10 digits`).
 */
import { formatJsonPath, type JsonPath } from './json-locator.ts';

export interface DirectoryProblem {
  file: string;
  line: number;
  /** Row and field in the import form, e.g. `contacts[2].pin`; empty for a whole-file problem. */
  path: string;
  message: string;
}

export function formatProblem(problem: DirectoryProblem): string {
  const where = `${problem.file}:${problem.line}`;
  return problem.path ? `${where}: ${problem.path}: ${problem.message}` : `${where}: ${problem.message}`;
}

/** Where one row came from: its file, its path in the import form, and the line of any field in it. */
export interface RowOrigin {
  file: string;
  path: JsonPath;
  lineOf(path: JsonPath): number;
}

export interface Located<T> {
  row: T;
  origin: RowOrigin;
}

export function problemAt(origin: RowOrigin, field: JsonPath, message: string): DirectoryProblem {
  const path = [...origin.path, ...field];
  return { file: origin.file, line: origin.lineOf(path), path: formatJsonPath(path), message };
}

/** Problems in file order, then line order, so the report reads top to bottom. */
export function sortProblems(problems: DirectoryProblem[]): DirectoryProblem[] {
  return [...problems].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
