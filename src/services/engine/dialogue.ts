/** The dialogue state kept on a conversation (JSON in the database, so it survives restarts). */

import type { CaseDraft, DraftField } from '../../domain/cases/required-info.ts';
import type { Intent } from '../../domain/conversation/intents.ts';

export interface PendingRequest {
  intent: Intent;
  text: string;
  /**
   * The case the request arrived about (its thread's, its subject tag's) while the sender could not yet
   * be shown it: looked at again, with the same access check, once they are verified (issue 18 §1).
   */
  caseId?: number;
  /** A dialogue that acts for an account and waited for the PIN: it goes on with `text` once given. */
  resume?: Dialogue;
}

export type Dialogue =
  | { kind: 'idle' }
  | { kind: 'awaiting-verification'; pending: PendingRequest }
  | { kind: 'choose-pair'; options: number[]; pending: PendingRequest }
  | {
      kind: 'open-case';
      pairId: number;
      draft: CaseDraft;
      asked?: DraftField;
      pendingIssues: string[];
      /**
       * The case this dialogue opened and collects for (null before it has one). The dialogue only ever
       * writes to this case, never to one its thread or a subject tag points at (issue 18 §2).
       * Absent in dialogues stored before it existed: their conversation's case.
       */
      caseId?: number | null;
    }
  | { kind: 'offer-new-case'; text: string; pairId?: number }
  /** contactId: the contact whose empty PIN was found in a PIN form (Slack has no address to identify them by). */
  | { kind: 'offer-admin-case'; contactId?: number }
  | { kind: 'temp-license'; pairId: number; reason?: string; asked: 'reason' | 'original' }
  | { kind: 'controlled-software'; pairId: number; details: Record<string, string>; asked?: string }
  | { kind: 'license-request'; requestId: number }
  /** "About Case N, or a new case?" (issue 19 §4): the message waits until the contact answers. */
  | { kind: 'choose-case'; pending: PendingRequest; options: string[] };

export const IDLE: Dialogue = { kind: 'idle' };
