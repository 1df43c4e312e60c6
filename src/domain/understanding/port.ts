/**
 * The one port behind which messages are understood (issue 21). The rules in rule-reader.ts implement
 * it; a model-backed reader can be plugged in later as long as its answer satisfies ReadingSchema.
 */
import type { Sender } from '../own-signature.ts';
import type { Reading, SlotName } from './reading.ts';

export interface CatalogProduct {
  /** The canonical name (README of tests/fixtures/understanding, policy `products`). */
  name: string;
  /** Other ways of writing it: acronyms, short names. Matching ignores case and spaces. */
  aliases: readonly string[];
}

export interface ReadContext {
  /** What the bot has just asked for in this conversation; the message may answer it, or not. */
  asked?: readonly SlotName[];
  /** The message is written in the thread of an existing case. */
  inCaseThread: boolean;
  /** Every product the reader knows (policy catalog plus the directory's contracts). */
  catalog: readonly CatalogProduct[];
  /** Products of the contact's own contracts: near misses are offered from these first. */
  contractProducts?: readonly string[];
  /** The product of the case in whose thread the message is written. */
  caseProduct?: string;
  /** Addresses that are not third parties' (the sender's own, the directory's, the vendor's). */
  ownAddresses?: readonly string[];
  /** Who wrote the message (directory name and address): their own signature is not sensitive data. */
  sender?: Sender;
  /** The sender's own phone number, which is not sensitive in their own message. */
  ownPhone?: string;
  /** The vendor's own numbers (Customer Care lines), quoted back by customers. */
  publicPhones?: readonly string[];
  /** The mail subject: "[Case 01234567]" names the case. */
  subject?: string;
}

export interface MessageReader {
  read(text: string, context: ReadContext): Reading;
}
