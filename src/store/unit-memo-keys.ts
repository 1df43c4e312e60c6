/**
 * The keys under which a unit remembers a read (unit-batch.ts), shared by the readers and the turn's
 * combined read (turn-state.ts); each names the tables its answer comes from, so that a write to one of
 * them in the unit makes the unit read it again.
 */
import type { MemoKey } from './unit-batch.ts';

const key = (name: string, ...tables: string[]): MemoKey => ({ key: name, tables });

export const memoKeys = {
  verification: (channel: string, senderKey: string) =>
    key(`verification:${channel}\u0000${senderKey}`, 'verifications'),
  contactByEmail: (address: string) => key(`contact-by-email:${address}`, 'contacts', 'contact_emails'),
  contactById: (id: number) => key(`contact-by-id:${id}`, 'contacts'),
  grantsOf: (contactId: number) =>
    key(`grants-of:${contactId}`, 'access_grants', 'account_pairs', 'companies', 'contacts'),
  contractsOf: (soldTo: string) => key(`contracts-of:${soldTo}`, 'contracts', 'contract_products'),
  productNames: key('product-names', 'contract_products'),
  allStaff: key('all-staff', 'staff'),
  allAbsences: key('all-absences', 'staff_absences'),
  conversation: (channel: string, threadKey: string) =>
    key(`conversation:${channel}\u0000${threadKey}`, 'conversations'),
  caseById: (id: number) => key(`case-by-id:${id}`, 'cases'),
  /** That the turn's combined read ran (turn-state.ts); what it read is under the keys above. */
  turnState: (channel: string, senderKey: string) => key(`turn-state:${channel}\u0000${senderKey}`),
} as const;
