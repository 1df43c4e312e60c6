/**
 * The staff cards' own runs beside the Slack sender's (issue 19 Speed, issue 20 §2): a customer reply
 * never waits for card work. The sender starts a card run with each of its runs without awaiting it;
 * runs never overlap (a start asked for during one makes one more after it). A staff notice that
 * belongs in its case card's thread asks for that one card first (staffDestination), so it still
 * finds the card's ts.
 */
import type { OutboxRow } from '../../store/outbox-store.ts';
import type { SlackCardRow } from '../../store/slack-card-store.ts';
import type { CardSync } from './staff/card-sender.ts';

export interface Destination {
  channel?: string;
  user?: string;
  threadTs?: string;
}

export interface CardRuns {
  /** Starts a run now, or one more after the run in progress. */
  kick(): void;
  /** Waits for the run in progress, then runs once more; how many cards that run synced. */
  settle(): Promise<number>;
  /** Waits for the run in progress (stopping). */
  idle(): Promise<void>;
  /** Where a row goes once its case card is posted (see staffDestination). */
  destination(row: OutboxRow, dest: Destination | null): Promise<Destination | null>;
}

export function startCardRuns(options: {
  cards: CardSync | undefined;
  /** The card as stored: used as it is once posted, or when there is no card sync (no staff side). */
  storedCard: (key: string) => Promise<SlackCardRow | undefined>;
  onError: (error: unknown) => void;
  isStopped: () => boolean;
}): CardRuns {
  const { cards, onError, isStopped } = options;
  // A card already posted is used as it stands (an update it may be due does not hold the notice up).
  const cardOf = async (key: string) => {
    const stored = await options.storedCard(key);
    return stored?.ts || !cards ? stored : cards.syncCard(key);
  };
  let running: Promise<number> | null = null;
  let again = false;
  const kick = (): void => {
    if (!cards || isStopped()) return;
    if (running) {
      again = true;
      return;
    }
    again = false;
    running = cards
      .sync()
      .catch((error) => {
        onError(error);
        return 0;
      })
      .finally(() => {
        running = null;
        if (again) kick();
      });
  };
  return {
    kick,
    settle: async () => {
      if (!cards) return 0;
      while (running) await running;
      return cards.sync();
    },
    idle: async () => {
      while (running) await running;
    },
    destination: (row, dest) => staffDestination(cardOf, row, dest),
  };
}

/**
 * A staff notice about a case goes into its card's thread, where the case's history lives (issue 20
 * §2). A card not posted yet is posted first, for this row alone (the wait of one card, not of every
 * card behind); a card that cannot be posted now leaves the notice at the top of the staff channel.
 */
async function staffDestination(
  cardOf: (key: string) => Promise<SlackCardRow | undefined>,
  row: OutboxRow,
  dest: Destination | null,
): Promise<Destination | null> {
  if (row.audience !== 'staff' || row.caseId === null || !dest?.channel || dest.threadTs) return dest;
  const card = await cardOf(`case:${row.caseId}`);
  return card?.ts && card.channel ? { channel: card.channel, threadTs: card.ts } : dest;
}
