/** Action and view ids of the staff side (issue 20); every id starts `caseline.` (others are ignored). */
export const STAFF_ACTIONS = {
  take: 'caseline.case.take',
  reply: 'caseline.case.reply',
  ask: 'caseline.case.ask',
  severity: 'caseline.case.severity',
  resolve: 'caseline.case.resolve',
  close: 'caseline.case.close',
  approve: 'caseline.approval.approve',
  reject: 'caseline.approval.reject',
  acknowledge: 'caseline.page.ack',
  showCase: 'caseline.home.show-case',
} as const;

export const STAFF_VIEWS = {
  reply: 'caseline.case.reply',
  ask: 'caseline.case.ask',
  severity: 'caseline.case.severity',
  approve: 'caseline.approval.approve',
  reject: 'caseline.approval.reject',
} as const;

export const STAFF_VIEW_IDS: readonly string[] = Object.values(STAFF_VIEWS);
