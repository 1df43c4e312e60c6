/**
 * Slack events a dead peer left behind (issue 24 §2): with several processes on one database, the
 * process that received an event records it and queues its processing; killed in between, it leaves
 * the event `received`, and Slack — which had its acknowledgement — never sends it again. A peer takes
 * such an event up once it is older than any live process's queue would hold it (STRANDED_AFTER_MS),
 * and never one it took up before. Should the receiver still be alive and merely slow, the engine's
 * exactly-once key (`slack:<channel>:<ts>`) makes the second processing a duplicate with no reply.
 */
import type { SlackEventRow } from '../../store/slack-event-store.ts';

export const STRANDED_AFTER_MS = 60_000;

export function strandedSlackEvents(
  unprocessed: SlackEventRow[],
  alreadyResumed: ReadonlySet<number>,
  now: Date,
  afterMs = STRANDED_AFTER_MS,
): SlackEventRow[] {
  const before = now.getTime() - afterMs;
  return unprocessed.filter((row) => !alreadyResumed.has(row.id) && Date.parse(row.receivedAt) <= before);
}
