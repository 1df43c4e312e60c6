/** What the case clock's plan asks the scheduler to do now (issue 22): domain/clock/case-clock.ts. */
export type ClockAction =
  | {
      kind: 'page';
      target: 'response' | 'target';
      level: 'at-risk' | 'breached';
      dueKey: string;
      at: Date;
      due: Date;
      /** Its breach page is due in the same plan: send once, keep closed. */
      superseded?: boolean;
    }
  | { kind: 'task-page'; taskId: number; at: Date; due: Date }
  | { kind: 'step-page'; pageId: number; at: Date }
  | { kind: 'cancel-page'; pageId: number; reason: string }
  | { kind: 'waiting-reminder'; key: string; at: Date; resolveAt: Date | null }
  | { kind: 'waiting-resolve'; key: string; at: Date }
  | { kind: 'license-reminder'; key: string; at: Date; approvalId: number; daysBefore: number; expiresOn: string }
  | { kind: 'settle-notice'; key: string };
