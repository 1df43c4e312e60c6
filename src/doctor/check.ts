/**
 * A doctor check's result: one line an operator reads — what was checked, what was found, and what to
 * do when it failed. `skipped` lines are informational (a part not configured, a step that could not
 * run because the one before it failed) and do not decide the exit code.
 */
export type CheckStatus = 'ok' | 'failed' | 'skipped';

export interface CheckResult {
  part: 'configuration' | 'database' | 'directory' | 'mailbox' | 'slack';
  name: string;
  status: CheckStatus;
  detail: string;
  /** What to do about a failure. */
  fix?: string;
}

export const ok = (part: CheckResult['part'], name: string, detail: string): CheckResult => ({
  part,
  name,
  status: 'ok',
  detail,
});

export const failed = (part: CheckResult['part'], name: string, detail: string, fix?: string): CheckResult => ({
  part,
  name,
  status: 'failed',
  detail,
  ...(fix ? { fix } : {}),
});

export const skipped = (part: CheckResult['part'], name: string, detail: string): CheckResult => ({
  part,
  name,
  status: 'skipped',
  detail,
});

const MARKS: Record<CheckStatus, string> = { ok: '✔', failed: '✖', skipped: '–' };

export function formatCheck(result: CheckResult): string {
  const fix = result.fix ? ` → ${result.fix}` : '';
  return `${MARKS[result.status]} ${result.name}: ${result.detail}${fix}`;
}

/** Exit 0 only when every check that ran passed. */
export const allPassed = (results: CheckResult[]): boolean => results.every((r) => r.status !== 'failed');
