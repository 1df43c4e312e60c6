/** Issue 24 §2: Slack events a dead peer recorded but never processed are taken up by a live process. */
import { describe, expect, it } from 'vitest';
import { STRANDED_AFTER_MS, strandedSlackEvents } from '../../../../src/channels/slack/stranded-events.ts';
import type { SlackEventRow } from '../../../../src/store/slack-event-store.ts';

const NOW = new Date('2026-11-23T14:00:00.000Z');
const row = (id: number, secondsAgo: number): SlackEventRow =>
  ({
    id,
    eventId: `Ev${id}`,
    kind: 'message',
    channel: 'D1',
    messageTs: `${id}.0001`,
    state: 'received',
    reason: null,
    summary: {},
    inboundId: null,
    receivedAt: new Date(NOW.getTime() - secondsAgo * 1000).toISOString(),
    retryNum: null,
  }) as SlackEventRow;

describe('events a dead peer left received (issue 24 §2)', () => {
  it('issue 24 §2: only events older than a live queue would hold them, and each taken up once by this process', () => {
    const rows = [row(1, 300), row(2, STRANDED_AFTER_MS / 1000), row(3, STRANDED_AFTER_MS / 1000 - 1), row(4, 5)];
    expect(strandedSlackEvents(rows, new Set(), NOW).map((r) => r.id)).toEqual([1, 2]);
    expect(strandedSlackEvents(rows, new Set([1]), NOW).map((r) => r.id)).toEqual([2]);
    expect(strandedSlackEvents(rows, new Set([1, 2]), new Date(NOW.getTime() + 2_000)).map((r) => r.id)).toEqual([3]);
  });
});
