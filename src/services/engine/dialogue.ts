/** The dialogue state kept on a conversation (JSON in the database, so it survives restarts). */

import type { CaseDraft, DraftField } from '../../domain/cases/required-info.ts';
import type { Intent } from '../../domain/conversation/intents.ts';

export interface PendingRequest {
  intent: Intent;
  text: string;
}

export type Dialogue =
  | { kind: 'idle' }
  | { kind: 'awaiting-verification'; pending: PendingRequest }
  | { kind: 'choose-pair'; options: number[]; pending: PendingRequest }
  | { kind: 'open-case'; pairId: number; draft: CaseDraft; asked?: DraftField; pendingIssues: string[] }
  | { kind: 'offer-new-case'; text: string; pairId?: number }
  /** contactId: the contact whose empty PIN was found in a PIN form (Slack has no address to identify them by). */
  | { kind: 'offer-admin-case'; contactId?: number }
  | { kind: 'temp-license'; pairId: number; reason?: string; asked: 'reason' | 'original' }
  | { kind: 'controlled-software'; pairId: number; details: Record<string, string>; asked?: string }
  | { kind: 'license-request'; requestId: number }
  /** "About Case N, or a new case?" (issue 19 §4): the message waits until the contact answers. */
  | { kind: 'choose-case'; pending: PendingRequest; options: string[] };

export const IDLE: Dialogue = { kind: 'idle' };
