/**
 * What a reader can answer a reply with, independent of the channel (issue 19): Slack renders these as
 * Block Kit buttons; mail, the terminal and replay show the reply's text, which always says in words how
 * to answer (so no channel depends on buttons). Values are opaque and carry nothing secret.
 */
export type ReplyAction =
  /** Open the private PIN form (DOMAIN.md §8: a PIN is never typed in a message). */
  | { kind: 'verify' }
  /** Which case a new message is about: one of the contact's open cases, or a new one. */
  | { kind: 'choose-case'; options: ChoiceOption[] };

export interface ChoiceOption {
  /** Sent back as the answer: a case number, or `new`. */
  value: string;
  label: string;
}

export const NEW_CASE_CHOICE = 'new';

/** The answer a choice stands for, as a sentence the engine can also read when it is typed. */
export function choiceLabel(value: string): string {
  return value === NEW_CASE_CHOICE ? 'New case' : `Case ${value}`;
}
