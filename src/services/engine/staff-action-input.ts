/**
 * What staff can do to a case, who may do it, and what an action carries — apart from staff-actions.ts so
 * the approval decision can name the input without importing the actions that use it.
 */
export const STAFF_ACTIONS = [
  'take',
  'reply',
  'set-severity',
  'approve',
  'reject',
  'resolve',
  'close',
  'acknowledge',
  'task-done',
] as const;
export type StaffActionName = (typeof STAFF_ACTIONS)[number];

export const ROLES_FOR: Record<StaffActionName, string[]> = {
  take: ['analyst', 'manager', 'admin'],
  reply: ['analyst', 'manager', 'admin'],
  'set-severity': ['analyst', 'manager'],
  approve: ['analyst', 'manager'],
  reject: ['analyst', 'manager', 'licensing'],
  resolve: ['analyst', 'manager'],
  close: ['analyst', 'manager', 'admin'],
  // Issue 22: pages are acknowledged by Customer Care; Licensing may also close a follow-up task.
  acknowledge: ['analyst', 'manager', 'head', 'admin'],
  'task-done': ['analyst', 'manager', 'head', 'licensing'],
};

export interface StaffActionInput {
  /** Slack user id or email of the staff member. */
  from: string;
  action: StaffActionName;
  /** A case number, or "last" for the newest case. */
  target: string;
  text?: string;
  severity?: string;
  attachment?: { filename: string; storagePath: string };
  at: Date;
  /**
   * Take: the owner the staff member saw (null: nobody). When someone else took the case meanwhile the
   * take is refused (compare-and-set, issue 20 §2); a take over a seen owner is an explicit reassignment.
   */
  expectedOwnerStaffId?: number | null;
  /** Reply: whether the case then waits on the customer (default true: a reply asks something of them). */
  waitOnCustomer?: boolean;
}
