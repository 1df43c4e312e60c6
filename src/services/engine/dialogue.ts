/** The dialogue state kept on a conversation (JSON in the database, so it survives restarts). */

import type { CaseDraft, DraftField } from '../../domain/cases/required-info.ts';
import type { Referral } from '../../domain/conversation/referral-followup.ts';
import type { Intent } from '../../domain/understanding/reading.ts';

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
  /**
   * referral: whom the bot last sent the contact to, and why — a reply about it is answered about it.
   * releaseAnswered: when release types were last answered — "and 9.0 -> 9.1?" next asks the same of that pair.
   */
  | { kind: 'idle'; referral?: Referral; releaseAnswered?: string }
  | { kind: 'awaiting-verification'; pending: PendingRequest }
  | { kind: 'choose-pair'; options: number[]; pending: PendingRequest }
  | {
      kind: 'open-case';
      pairId: number;
      draft: CaseDraft;
      /** What the last reply asked (several fields in one message; a single string in older rows). */
      asked?: DraftField[] | DraftField;
      /** Everything asked so far: a helpful field is asked once, a field the clock needs again when missing. */
      askedBefore?: DraftField[];
      /** Products offered as choices for a loosely written name (issue 21 §8). */
      choices?: string[];
      pendingIssues: string[];
      /**
       * The case this dialogue opened and collects for (null before it has one). The dialogue only ever
       * writes to this case, never to one its thread or a subject tag points at (issue 18 §2).
       * Absent in dialogues stored before it existed: their conversation's case.
       */
      caseId?: number | null;
    }
  /** A case whose clock runs, with the helpful fields asked once in the opening reply (issue 21). */
  | { kind: 'case-details'; caseId: number; asked: DraftField[] }
  | { kind: 'offer-new-case'; text: string; pairId?: number }
  /** contactId: the contact whose empty PIN was found in a PIN form (Slack has no address to identify them by). */
  | { kind: 'offer-admin-case'; contactId?: number }
  | { kind: 'temp-license'; pairId: number; reason?: string; asked: 'reason' | 'original' }
  | {
      kind: 'controlled-software';
      pairId: number;
      details: Record<string, string>;
      asked?: string[] | string;
      askedBefore?: string[];
    }
  | { kind: 'license-request'; requestId: number }
  /** "About Case N, or a new case?" (issue 19 §4): the message waits until the contact answers. */
  | { kind: 'choose-case'; pending: PendingRequest; options: string[] }
  /** "It sounds like you want … — is that right?": the statistical fallback's guess, asked before acting (issue 21). */
  | { kind: 'confirm-intent'; intent: Intent; text: string };

export const IDLE: Dialogue = { kind: 'idle' };

export function askedList<T extends string>(asked: T[] | T | undefined): T[] {
  return Array.isArray(asked) ? asked : asked ? [asked] : [];
}
